"""Error values shared by every stage of the pipeline.

Stages report problems with a location instead of raising tracebacks: a
:class:`Problem` names a JSON pointer into the input document, and the CLI
prints each as one ``error: <pointer>: <message>`` line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote


def pointer(*parts: object) -> str:
    """Build an RFC 6901 JSON pointer from raw path segments."""
    out = []
    for part in parts:
        text = str(part).replace("~", "~0").replace("/", "~1")
        out.append("/" + text)
    return "".join(out) or ""


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else (f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")


def one_line(text: str, limit: int = 300) -> str:
    """Collapse ``text`` to a single printable line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    flat = "".join(ch if ch.isprintable() else _escape(ch) for ch in flat)
    if len(flat) > limit:
        flat = flat[: limit - 3] + "..."
    return flat


# what any command says of a document that parses (null, 42, [1], "x") but is not an object
NOT_AN_OBJECT = "the document must be a JSON/YAML object"


def redact(text: str, secret: str) -> str:
    """``text`` with ``secret`` (an API key), as given or URL-encoded, replaced by ``***``
    wherever it stands as a token of its own (``Bearer k``, ``key=k``), never inside a longer
    word: a one-letter key ``k`` leaves "workspace" alone."""
    for form in sorted({secret, quote(secret, safe="")} - {""}, key=len, reverse=True):
        # \w on the key's own edges only: a key that starts or ends with - or = is a token anyway
        before = r"(?<!\w)" if re.match(r"\w", form[0]) else ""
        after = r"(?!\w)" if re.match(r"\w", form[-1]) else ""
        text = re.sub(before + re.escape(form) + after, "***", text)
    return text


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem in a spec."""

    pointer: str
    message: str

    def render(self) -> str:
        where = one_line(self.pointer, 200) or "/"
        return f"error: {where}: {one_line(self.message)}"


class SpecError(Exception):
    """The spec cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = sorted(set(problems))


class InputError(Exception):
    """The input could not be read or is not JSON/YAML (CLI exit status 2)."""
