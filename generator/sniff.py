"""What a text that should have been a spec is instead, in one wording for
every command: a file given to ``validate``/``generate``/``diff``/``vendor``
(:mod:`generator.load`) and a body that ``fetch`` downloaded
(:mod:`generator.fetch`) say the same thing about an HTML page or a JSON
document cut off at the end.
"""

from __future__ import annotations

import json
import re
from typing import Optional

# a complete JSON string (escapes included): removed before counting brackets
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# what a text cut off inside a literal ends with
_LITERAL_STARTS = frozenset(word[:n] for word in ("true", "false", "null") for n in range(1, len(word)))


def is_html(text: str) -> bool:
    """Whether ``text`` starts (after a BOM and white space) as an HTML page does."""
    return _HTML_START.match(text.lstrip("\ufeff \t\r\n")) is not None


def html_page(origin: str = "") -> str:
    """The words for an HTML page where the spec was expected; ``origin`` is e.g. `` from <url>``."""
    return f"an HTML page{origin}, not the spec: a login page or proxy?"


def truncated(text: str, exc: json.JSONDecodeError) -> Optional[str]:
    """``looks truncated: ...`` when ``exc`` says ``text`` ended while a string, array or object
    was still open (the first part of a document); None for any other JSON error."""
    rest = text[exc.pos :].strip()
    at_end = not rest or rest in _LITERAL_STARTS or exc.msg.startswith("Unterminated string")
    if not at_end:
        return None
    unquoted = _STRING.sub("", text)
    in_string = '"' in unquoted  # a string still open at the end
    if in_string:
        unquoted = unquoted[: unquoted.index('"')]
    still_open = unquoted.count("{") + unquoted.count("[") - unquoted.count("}") - unquoted.count("]")
    if still_open <= 0:
        return None
    body = text.rstrip()
    line = body.count("\n") + 1
    inside = "inside a string, " if in_string else ""
    brackets = "bracket" if still_open == 1 else "brackets"
    return f"looks truncated: the JSON stops at line {line} {inside}with {still_open} {brackets} still open"
