"""The one escaping layer: spec text becomes a Python literal or docstring body here.

Nothing from a spec is ever placed in generated code except through
:func:`literal` (a valid Python literal whose value equals the input) or
:func:`doc` (text that is inert inside a triple-quoted docstring). Comments
never carry spec text.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

MAX_DOC_CHARS = 4000
WRAP = 76


def literal(value: Any) -> str:
    """A Python literal for a JSON value (str, int, float, bool, None, list, dict)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f"float({str(value)!r})"
        return repr(value)
    if isinstance(value, str):
        return _str_literal(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if isinstance(value, tuple) and len(value) == 1 else (
            f"({inner})" if isinstance(value, tuple) else f"[{inner}]"
        )
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return _str_literal(json.dumps(value, default=str))


# printable ASCII but for the quote and the backslash: such text is its own literal body
_PLAIN = re.compile(r'[ !#-\[\]-~]*')


def _str_literal(text: str) -> str:
    if _PLAIN.fullmatch(text):
        return f'"{text}"'
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif 0xD800 <= code <= 0xDFFF or not ch.isprintable():
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _doc_char(ch: str) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if ch == "\n":
        return "\n"
    if ch == "\t":
        return "    "
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF:
        # shown as the text \udXXX: a class docstring holding a real lone
        # surrogate makes the class statement fail (CPython encodes it to UTF-8)
        return f"\\\\u{code:04x}"
    if not ch.isprintable() and ch != " ":
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return ch


def doc_lines(text: str, width: int = WRAP) -> list[str]:
    """Spec text as escaped, wrapped docstring lines (no indentation)."""
    if not text:
        return []
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_DOC_CHARS:
        text = text[:MAX_DOC_CHARS] + " [...]"
    safe = "".join(_doc_char(ch) for ch in text).replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for raw in safe.split("\n"):
        raw = raw.rstrip()
        if len(raw) > width:
            lines.extend(textwrap.wrap(raw, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            lines.append(raw)
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def hanging(head: str, text: str, width: int = WRAP, step: int = 4) -> list[str]:
    """``head: text`` with continuation lines indented by ``step`` (Google style)."""
    body = doc_lines(text, width - step)
    if not body:
        return doc_lines(head, 10_000)
    first = doc_lines(head, 10_000)[0] + ": " + body[0]
    return [first] + [(" " * step + line) if line else "" for line in body[1:]]


def join_doc(lines: list[str], indent: int) -> str:
    """Docstring body from escaped lines; continuation lines get ``indent`` spaces."""
    pad = " " * indent
    body = "\n".join((pad + line) if (i and line) else line for i, line in enumerate(lines))
    if body.endswith('"'):
        body += " "
    return body


def doc(text: str, indent: int = 0, width: int = WRAP) -> str:
    """Spec text made safe and tidy for the inside of a ``\"\"\"`` docstring.

    Backslashes, control characters and unprintable code points are escaped,
    ``\"\"\"`` cannot close the string, long lines are wrapped, and the result
    never ends in a quote or backslash. Continuation lines get ``indent`` spaces.
    """
    return join_doc(doc_lines(text, width), indent)


def md_cell(text: str, limit: int = 200) -> str:
    """One line of plain text for a Markdown table cell."""
    flat = " ".join(str(text or "").split())
    flat = "".join(ch for ch in flat if ch.isprintable())
    flat = flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    flat = flat.replace("`", "\\`").replace("[", "\\[").replace("]", "\\]")
    if len(flat) > limit:
        flat = flat[: limit - 3] + "..."
    return flat


def toml_str(text: str) -> str:
    """A TOML basic string whose value is ``text`` (one line); a lone surrogate,
    which no TOML string may hold, becomes U+FFFD."""
    out = ['"']
    for ch in " ".join(str(text).split()):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            out.append("\\ufffd")
        elif ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF or not ch.isprintable():
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
