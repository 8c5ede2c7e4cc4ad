"""openapi-spec-validator with a per-fragment cache, so regenerating after a small
spec change re-validates only what changed.

A spec is cut into fragments: each path item and each definition, each keyed by
its own canonical JSON, the definitions it reaches through ``$ref`` and the rest
of the document (everything but ``paths`` and ``definitions``). A fragment whose
key was seen in a valid spec before is valid again. The first time (nothing
cached) the whole document is validated in one pass; later, only the changed
fragments, in one reduced document that keeps every key and so every JSON
pointer. Keys include the identity of the installed validator (and of
jsonschema, which it runs); ``CMLAPI_GEN_CACHE=off`` turns the cache off.

Keys leave prose out: a ``summary``, ``description`` or ``title`` that is a
string, at a place where Swagger 2.0 defines it as free text (an operation, a
parameter, a response, a header, a schema and the schemas inside it, ``info``,
a tag, ``externalDocs``), counts as the empty string. The validator only checks
that such a value is a string, so rewording documentation never changes the
verdict, and a spec that differs from a validated one only in its docs is not
validated again. Text anywhere else (defaults, examples, enums, extensions) is
kept as it is, and so is a non-string value in a prose place.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .cache import VALID, cache_dir, installed_identity
from .errors import Problem
from .validate import check_schema, iter_refs

_PREFIX = "#/definitions/"


def _folder() -> Optional[Path]:
    return cache_dir(VALID)


def _validator_version() -> str:
    return "\0".join(installed_identity(name) for name in ("openapi_spec_validator", "jsonschema"))


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def _blank(node: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: ("" if k in keys and isinstance(v, str) else v) for k, v in node.items()}


def _each(node: Any, fn: Any) -> Any:
    """``fn`` over the values of a dict or the items of a list; anything else as it is."""
    if isinstance(node, dict):
        return {k: fn(v) for k, v in node.items()}
    if isinstance(node, list):
        return [fn(v) for v in node]
    return node


def _docs(node: Any) -> Any:
    return _blank(node, ("description",)) if isinstance(node, dict) else node


def _documented(node: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """``_blank(node, keys)`` for an object that may carry ``externalDocs``, whose
    description is prose too."""
    out = _blank(node, keys)
    if "externalDocs" in out:
        out["externalDocs"] = _docs(out["externalDocs"])
    return out


def _schema(node: Any, depth: int = 0) -> Any:
    if not isinstance(node, dict) or depth > 200:  # deeper schemas keep their text (a miss, never a wrong hit)
        return node
    out = _documented(node, ("description", "title"))

    def inner(child: Any) -> Any:
        return _schema(child, depth + 1)

    if isinstance(out.get("properties"), dict):
        out["properties"] = _each(out["properties"], inner)
    for key in ("items", "allOf", "additionalProperties"):  # a schema, or (items, allOf) a list of them
        if key in out:
            out[key] = inner(out[key]) if isinstance(out[key], dict) else _each(out[key], inner)
    return out


def _with_schema(node: Any) -> Any:
    """A parameter or a response: its description, its schema's prose, its headers' descriptions."""
    if not isinstance(node, dict):
        return node
    out = _blank(node, ("description",))
    if "schema" in out:
        out["schema"] = _schema(out["schema"])
    if isinstance(out.get("headers"), dict):
        out["headers"] = _each(out["headers"], _docs)
    return out


def _operation(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    out = _documented(node, ("summary", "description"))
    if isinstance(out.get("parameters"), list):
        out["parameters"] = _each(out["parameters"], _with_schema)
    if isinstance(out.get("responses"), dict):
        out["responses"] = _each(out["responses"], _with_schema)
    return out


def _path_item(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for method in _METHODS:
        if method in out:
            out[method] = _operation(out[method])
    if isinstance(out.get("parameters"), list):
        out["parameters"] = _each(out["parameters"], _with_schema)
    return out


def _base(node: dict[str, Any]) -> dict[str, Any]:
    """The rest of the document, prose left out (see the module docstring)."""
    out = _documented(node, ())
    if isinstance(out.get("info"), dict):
        out["info"] = _blank(out["info"], ("title", "description"))
    if isinstance(out.get("tags"), list):
        out["tags"] = [_documented(tag, ("description",)) if isinstance(tag, dict) else tag for tag in out["tags"]]
    for key in ("parameters", "responses"):
        if isinstance(out.get(key), dict):
            out[key] = _each(out[key], _with_schema)
    return out


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
    base = _base({k: v for k, v in doc.items() if k not in ("paths", "definitions")})
    salt = _validator_version() + "\0" + hashlib.sha256(_canon(base).encode()).hexdigest()
    own = {name: hashlib.sha256(_canon(_schema(schema)).encode()).hexdigest() for name, schema in defs.items()}
    edges = _edges(defs)

    def key(kind: str, name: str, text: str, start: set[str]) -> str:
        parts = [salt, kind, name, text] + [own[d] for d in sorted(_closure(start, edges))]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    path_keys = {p: key("path", p, _canon(_path_item(item)), set(_direct_refs(item))) for p, item in paths.items()}
    # a definition's own text is in its closure already (as its own hash)
    def_keys = {d: key("def", d, "", {d}) for d in defs}
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
