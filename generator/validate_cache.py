"""openapi-spec-validator with a per-fragment cache, so regenerating after a small
spec change re-validates only what changed.

A spec is cut into fragments: each path item and each definition, each keyed by
its own canonical JSON, the definitions it reaches through ``$ref`` and the rest
of the document (everything but ``paths`` and ``definitions``). A fragment whose
key was seen in a valid spec before is valid again. The first time (nothing
cached) the whole document is validated in one pass; later, only the changed
fragments, in one reduced document that keeps every key and so every JSON
pointer. Keys include the validator's version; ``CMLAPI_GEN_CACHE=off`` turns
the cache off.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .errors import Problem
from .format import cache_root
from .validate import check_schema, iter_refs

_PREFIX = "#/definitions/"


def _folder() -> Optional[Path]:
    root = cache_root()
    return None if root is None else root / "valid"


def _validator_version() -> str:
    from importlib.metadata import version

    try:
        return version("openapi-spec-validator")
    except Exception:
        return "unknown"


def _canon(node: Any) -> str:
    return json.dumps(node, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def _direct_refs(node: Any) -> Iterator[str]:
    """Names of the definitions ``node`` refers to directly."""
    for _, ref in iter_refs(node):
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            yield ref[len(_PREFIX) :].replace("~1", "/").replace("~0", "~")


def _closure(start: Iterable[str], edges: dict[str, set[str]]) -> set[str]:
    """``start`` and every definition reachable from it (names not in ``edges`` dropped)."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen or name not in edges:
            continue
        seen.add(name)
        todo.extend(edges[name])
    return seen


def _edges(defs: dict[str, Any]) -> dict[str, set[str]]:
    return {name: set(_direct_refs(schema)) & defs.keys() for name, schema in defs.items()}


def fragment_keys(doc: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Keys of every path item and every definition (see the module docstring)."""
    found_defs, found_paths = doc.get("definitions"), doc.get("paths")
    defs: dict[str, Any] = found_defs if isinstance(found_defs, dict) else {}
    paths: dict[str, Any] = found_paths if isinstance(found_paths, dict) else {}
    base = {k: v for k, v in doc.items() if k not in ("paths", "definitions")}
    salt = _validator_version() + "\0" + hashlib.sha256(_canon(base).encode()).hexdigest()
    own = {name: hashlib.sha256(_canon(schema).encode()).hexdigest() for name, schema in defs.items()}
    edges = _edges(defs)

    def key(kind: str, name: str, node: Any, start: set[str]) -> str:
        parts = [salt, kind, name, _canon(node)] + [own[d] for d in sorted(_closure(start, edges))]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    path_keys = {p: key("path", p, item, set(_direct_refs(item))) for p, item in paths.items()}
    def_keys = {d: key("def", d, schema, {d}) for d, schema in defs.items()}
    return path_keys, def_keys


def check_schema_cached(doc: Any) -> list[Problem]:
    """The problems openapi-spec-validator finds, validating only fragments not known valid."""
    folder = _folder()
    if folder is None or not isinstance(doc, dict):
        return check_schema(doc)
    try:
        path_keys, def_keys = fragment_keys(doc)
    except (TypeError, ValueError, RecursionError):
        return check_schema(doc)
    known = {k for k in [*path_keys.values(), *def_keys.values()] if (folder / k[:2] / k).exists()}
    new_paths = [p for p, k in path_keys.items() if k not in known]
    new_defs = [d for d, k in def_keys.items() if k not in known]
    if not new_paths and not new_defs:
        return []
    if not known:
        problems = check_schema(doc)
    else:
        problems = check_schema(_reduced(doc, new_paths, new_defs))
    if not problems:
        _remember(folder, [path_keys[p] for p in new_paths] + [def_keys[d] for d in new_defs])
    return problems


def _reduced(doc: dict[str, Any], paths: list[str], defs: list[str]) -> dict[str, Any]:
    """The document cut down to ``paths`` and ``defs`` and every definition they reach."""
    all_defs = doc.get("definitions") or {}
    wanted = _closure(list(defs) + [d for p in paths for d in _direct_refs(doc["paths"][p])], _edges(all_defs))
    out = {k: v for k, v in doc.items() if k not in ("paths", "definitions")}
    out["paths"] = {p: doc["paths"][p] for p in paths}
    if "definitions" in doc:
        out["definitions"] = {d: all_defs[d] for d in all_defs if d in wanted}
    return out


def _remember(folder: Path, keys: list[str]) -> None:
    for key in keys:
        try:
            (folder / key[:2]).mkdir(parents=True, exist_ok=True)
            (folder / key[:2] / key).touch()
        except OSError:
            return
