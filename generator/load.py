"""Load a spec document from a file, stdin or bytes, with resource bounds.

JSON is tried first; anything else goes through PyYAML's safe loader with a
cap on aliases. Every bound is checked before a later stage walks the
document, so nothing downstream can be made to run for long or recurse
without end:

- input larger than :func:`generator.limits.max_bytes` is refused unread;
- nesting deeper than :data:`generator.limits.MAX_DEPTH`, cyclic documents (YAML aliases) and
  documents that expand to more than :data:`generator.limits.MAX_NODES` values (a "billion
  laughs" of YAML aliases) are refused by :func:`check_shape`, which measures
  shared (aliased) values once, so it is fast on exactly those documents.

YAML mapping keys that are plain scalars (``200:`` in ``responses``) are read
as strings, as a JSON reader of the same document would see them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .errors import InputError, Problem, SpecError, one_line, pointer
from .limits import MAX_ALIASES, MAX_DEPTH, MAX_DIGITS, MAX_NODES, TooManyAliases, TooManyDigits, max_bytes
from .sniff import html_page, is_html, truncated


def _size_text(limit: int) -> str:
    if limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MiB"
    return f"{limit} bytes"


def read_source(source: str) -> bytes:
    """Return the raw bytes of ``source`` (a path, or ``-`` for stdin); refuse more than :func:`generator.limits.max_bytes`."""
    limit = max_bytes()
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            path = Path(source)
            if not path.exists():
                raise InputError(f"{source}: no such file")
            if path.is_dir():
                raise InputError(f"{source}: is a directory, not a spec file")
            with path.open("rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL in the path
        raise InputError(f"{one_line(source, 200)}: cannot read: {exc}") from None
    if len(data) > limit:
        raise InputError(f"{source}: larger than {_size_text(limit)}, refused")
    return data


def _parse_int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise TooManyDigits(len(text))
    return int(text)


def parse_bytes(data: bytes, source: str) -> Any:
    """Parse JSON or YAML bytes; raise :class:`InputError` if neither (or too deep to parse).

    A document that parses but is not an object (``null``, ``42``, ``[1]``) is
    returned as it is: it is readable, so it is an invalid spec, which
    :func:`generator.validate.check_version` reports (exit 1, not 2)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source}: not UTF-8 text, so neither JSON nor YAML") from None
    stripped = text.lstrip()
    if not stripped:
        raise InputError(f"{source}: empty file, neither JSON nor YAML")
    if is_html(stripped):  # YAML would read most pages as one string: an invalid spec, wrongly
        raise InputError(f"{source}: {html_page()} save the workspace's swagger.json itself")
    json_error = None
    try:
        if stripped[0] in "{[":
            try:
                return json.loads(text, parse_int=_parse_int)
            except json.JSONDecodeError as exc:
                cut = truncated(text, exc)
                if cut:  # YAML would only add a second, more confusing message
                    raise InputError(f"{source}: {cut}; was it cut off while saving or downloading?") from None
                if stripped[0] == "[":
                    raise InputError(f"{source}: not valid JSON: {exc}") from None
                json_error = exc
        import yaml  # only for input that is not JSON: a JSON spec never pays for it

        from .load_yaml import parse_yaml

        try:
            doc = parse_yaml(text)
        except yaml.YAMLError as exc:
            if json_error is not None:
                raise InputError(f"{source}: not valid JSON: {json_error}") from None
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "syntax error"
            raise InputError(f"{source}: not valid JSON or YAML{where}: {problem}") from None
    except RecursionError:
        raise InputError(f"{source}: nesting too deep to parse (the limit is {MAX_DEPTH} levels)") from None
    except TooManyAliases:
        raise InputError(f"{source}: more than {MAX_ALIASES} YAML aliases, refused") from None
    except TooManyDigits as exc:
        raise InputError(f"{source}: a number of {exc.digits} digits, more than {MAX_DIGITS}, refused") from None
    except (ValueError, OverflowError) as exc:
        # a date such as 2020-13-45
        raise InputError(f"{source}: a value cannot be read: {one_line(str(exc), 200)}") from None
    return doc


def check_shape(doc: Any) -> None:
    """Refuse documents that are too deep, cyclic, too large once aliases are
    expanded, or keyed by non-strings (raise :class:`SpecError`).

    The walk is iterative, and a value reached twice (a YAML alias) is
    measured once, so the cost is linear in the size of the *file*.
    """
    # id of a finished container -> (values it expands to, levels below it)
    done: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    # frames: [node, children iterator, parent frame, key in the parent, depth, size so far, height so far];
    # a pointer is only spelled out for an error (most containers never need one)
    root: list[Any] = [None, iter([("", doc)]), None, "", -1, 0, 0]
    frames: list[list[Any]] = [root]
    total = 0  # values seen, aliases counted as often as they are used

    def where(frame: list[Any], key: Any = None) -> str:
        if frame is root:  # the document itself
            return ""
        keys = [] if key is None else [key]
        while frame is not root and frame[2] is not None:
            if frame[2] is not root:
                keys.append(frame[3])
            frame = frame[2]
        return "".join(pointer(k) for k in reversed(keys))

    while frames:
        frame = frames[-1]
        step = next(frame[1], None)
        if step is None:
            frames.pop()
            node, _, _, _, depth, size, height = frame
            if frames:
                parent = frames[-1]
                parent[5] += size
                parent[6] = max(parent[6], height + 1)
                on_path.discard(id(node))
                done[id(node)] = (size, height)
            continue
        key, value = step
        if isinstance(frame[0], dict) and not isinstance(key, str):
            raise SpecError([Problem(where(frame), f"key {one_line(repr(key), 60)} is not a string")])
        if not isinstance(value, (dict, list)):
            frame[5] += 1
            total += 1
            continue
        depth = frame[4] + 1
        if id(value) in on_path:
            raise SpecError([Problem(where(frame, key), "document refers to itself (cyclic YAML alias)")])
        seen = done.get(id(value))
        if seen is not None:  # an alias: the same object again
            size, height = seen
            if depth + height > MAX_DEPTH:
                raise SpecError([Problem(where(frame, key), f"nested deeper than {MAX_DEPTH} levels")])
            frame[5] += size
            frame[6] = max(frame[6], height + 1)
            total += size
        else:
            if depth > MAX_DEPTH:
                raise SpecError([Problem(where(frame, key), f"nested deeper than {MAX_DEPTH} levels")])
            on_path.add(id(value))
            children = iter(value.items()) if isinstance(value, dict) else iter(enumerate(value))
            frames.append([value, children, frame, key, depth, 1, 0])
            total += 1
        if total > MAX_NODES:
            raise SpecError(
                [Problem(where(frame, key), f"document expands to more than {MAX_NODES} values (YAML aliases?), refused")]
            )
