"""Load a spec document from a file, stdin or bytes, with resource bounds.

JSON is tried first; anything else goes through PyYAML's safe loader with a
cap on aliases (so "billion laughs" documents are refused). Nesting deeper
than :data:`MAX_DEPTH` and cyclic documents are refused before any other
stage walks them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem, SpecError

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 256
MAX_ALIASES = 64


def read_source(source: str) -> bytes:
    """Return the raw bytes of ``source`` (a path, or ``-`` for stdin)."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            path = Path(source)
            if not path.exists():
                raise InputError(f"{source}: no such file")
            if path.is_dir():
                raise InputError(f"{source}: is a directory, not a spec file")
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: larger than {MAX_BYTES // (1024 * 1024)} MiB, refused")
    return data


class _BoundedLoader(yaml.SafeLoader):
    """Safe loader that refuses documents with many aliases."""

    aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases_seen += 1
            if self.aliases_seen > MAX_ALIASES:
                raise InputError(f"more than {MAX_ALIASES} YAML aliases, refused")
        return super().compose_node(parent, index)


def parse_bytes(data: bytes, source: str) -> Any:
    """Parse JSON or YAML bytes; raise :class:`InputError` if neither."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source}: not UTF-8 text, so neither JSON nor YAML") from None
    stripped = text.lstrip()
    if not stripped:
        raise InputError(f"{source}: empty file, neither JSON nor YAML")
    try:
        if stripped[0] in "{[":
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                if stripped[0] == "[":
                    raise InputError(f"{source}: not valid JSON: {exc}") from None
                json_error = exc
        else:
            json_error = None
        try:
            loader = _BoundedLoader(text)
            try:
                doc = loader.get_single_data()
            finally:
                loader.dispose()
        except yaml.YAMLError as exc:
            if json_error is not None:
                raise InputError(f"{source}: not valid JSON: {json_error}") from None
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "syntax error"
            raise InputError(f"{source}: not valid JSON or YAML{where}: {problem}") from None
    except RecursionError:
        raise InputError(f"{source}: nesting too deep to parse") from None
    if isinstance(doc, (str, int, float, bool)) or doc is None:
        raise InputError(f"{source}: not a JSON or YAML document (got a bare scalar)")
    return doc


def check_shape(doc: Any) -> None:
    """Refuse documents that are too deep, cyclic, or keyed by non-strings."""
    stack: list[tuple[Any, int, str]] = [(doc, 0, "")]
    on_path: set[int] = set()
    exits: list[int] = []
    while stack:
        node, depth, where = stack.pop()
        if node is _EXIT:
            on_path.discard(exits.pop())
            continue
        if depth > MAX_DEPTH:
            raise SpecError([Problem(where, f"nested deeper than {MAX_DEPTH} levels")])
        if isinstance(node, dict):
            children: Any = node.items()
        elif isinstance(node, list):
            children = enumerate(node)
        else:
            continue
        if id(node) in on_path:
            raise SpecError([Problem(where, "document refers to itself (cyclic YAML alias)")])
        on_path.add(id(node))
        exits.append(id(node))
        stack.append((_EXIT, depth, where))
        for key, value in children:
            if isinstance(node, dict) and not isinstance(key, str):
                raise SpecError([Problem(where, f"key {key!r} is not a string")])
            part = str(key).replace("~", "~0").replace("/", "~1")
            stack.append((value, depth + 1, f"{where}/{part}"))


_EXIT = object()


def load_document(source: str) -> Any:
    """Read, parse and shape-check the spec at ``source``."""
    doc = parse_bytes(read_source(source), source)
    check_shape(doc)
    return doc
