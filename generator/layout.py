"""A few simple statements laid out the way black lays them out.

black still formats every generated module, and the golden tests check the
result with ``black --check``; rendering these already in black's shape only
spares black the splitting, which is most of its time (a third of a cold
generate). A wrong guess here costs time, never correctness. Every function
takes already-escaped code text (names, literals) and returns lines joined by
``\\n``, without a final newline.
"""

from __future__ import annotations

from typing import Sequence

from .format import LINE_LENGTH


def fits(indent: int, text: str) -> bool:
    return indent + len(text) <= LINE_LENGTH


def call(indent: int, head: str, args: Sequence[str]) -> str:
    """``head`` (ending in ``(``), the arguments, ``)``: on one line when it fits, else the
    arguments together on the next line (black's right-hand split), else one a line with a
    trailing comma. One argument is never given a trailing comma (black would not)."""
    pad, inner = " " * indent, " " * (indent + 4)
    joined = ", ".join(args)
    if fits(indent, head + joined + ")") or not fits(indent, head):
        return pad + head + joined + ")"  # (a head too long for its line: black wraps the right-hand side)
    if len(args) == 1 or fits(indent + 4, joined):
        return f"{pad}{head}\n{inner}{joined}\n{pad})"
    return f"{pad}{head}\n" + "".join(f"{inner}{arg},\n" for arg in args) + f"{pad})"


def collection(indent: int, head: str, one_line: str, items: Sequence[str], close: str) -> str:
    """``head`` + ``one_line`` (a whole display such as a tuple literal) when it fits, else
    ``head`` + the opening bracket, one item a line with a trailing comma, ``close``."""
    pad, inner = " " * indent, " " * (indent + 4)
    if fits(indent, head + one_line) or not items:
        return pad + head + one_line
    return f"{pad}{head}{one_line[0]}\n" + "".join(f"{inner}{item},\n" for item in items) + f"{pad}{close}"


def import_as(indent: int, module: str, name: str) -> str:
    """``from <module> import <name> as <name>``, parenthesised over three lines when long."""
    pad = " " * indent
    line = f"from {module} import {name} as {name}"
    if fits(indent, line):
        return pad + line
    return f"{pad}from {module} import (\n{pad}    {name} as {name},\n{pad})"


def docstring(indent: int, body: str) -> str:
    """A docstring from its escaped body (see :func:`generator.pyliteral.join_doc`): closing
    quotes on the same line when the body is one line (however long), else on their own line."""
    pad = " " * indent
    if "\n" not in body:
        return f'{pad}"""{body}"""'
    return f'{pad}"""{body}\n{pad}"""'


# line breaks Python's str.splitlines() knows besides "\n" (black splits docstrings on them)
_OTHER_BREAKS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def docstring_is_verbatim(body: str, indent: int) -> bool:
    """Does black keep ``\"\"\"<body>\n<indent spaces>\"\"\"`` exactly as it is?

    A conservative reading of black's docstring rules (strip the first line, find the
    least indentation of the other lines and re-indent them to the block's, strip
    trailing whitespace, pad a leading quote; backslashes and tabs change things):
    true only for a body of two or more lines whose first line is stripped and does
    not start with a quote, whose other lines are empty or start with exactly
    ``indent`` spaces (at least one with no more) and end in no whitespace, with no
    backslash, tab or other line break. ``tests/test_layout.py`` checks it against
    black. Where it is true, such a docstring can be replaced by another without
    running black again (see :mod:`generator.pieces`).
    """
    if "\\" in body or "\t" in body or '"""' in body or any(ch in _OTHER_BREAKS for ch in body):
        return False
    lines = body.split("\n")
    first = lines[0]
    if len(lines) < 2 or not first or first != first.strip() or first.startswith('"'):
        return False
    pad = " " * indent
    at_base = False
    for line in lines[1:]:
        if not line:
            continue
        if not line.startswith(pad) or line != line.rstrip():
            return False
        rest = line[indent:]
        if rest.lstrip(" ") != rest.lstrip():  # leading whitespace other than spaces
            return False
        at_base = at_base or not rest.startswith(" ")
    return at_base
