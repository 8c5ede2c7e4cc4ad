"""openapi-spec-validator's verdict on a whole document, remembered when it is "valid".

The cache answers one question: has a document equal to this one, prose left
aside, been found valid by this validator before? Its key is the sha256 of
exactly what the verdict depends on: the identity of the installed validator
(and of jsonschema, which it runs), the bytes of :mod:`generator.validate`,
:mod:`generator.values` and :mod:`generator.swagger` (which prepare the document for
it) and of this module (whose blanking decides which documents share a key), and the
canonical JSON of the document with its prose blanked. Nothing else is read, so an
entry cannot go stale, and only "valid" is ever stored: any other verdict is computed
again, in full, with every message. ``CMLAPI_GEN_CACHE=off`` turns it off.

Prose is blanked this way: a ``summary``, ``description`` or ``title`` that is a
string, at a place where Swagger 2.0 defines it as free text (an operation, a
parameter, a response, a header, a schema and the schemas inside it, ``info``,
a tag, ``externalDocs``), counts as the empty string. The Swagger 2.0 schema
asks only that such a value be a string, so two documents equal but for it
are valid or invalid together: a docs-only change is not validated again.
Text anywhere else (defaults, examples, enums, extensions) is kept as it is,
and so is a non-string value in a prose place.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from . import swagger, validate, values
from .cache import VALID, cache_dir, installed_identity
from .errors import Problem
from .swagger import HTTP_METHODS


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
    for method in HTTP_METHODS:
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


def without_prose(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with its prose blanked (see the module docstring)."""
    out = _base({k: v for k, v in doc.items() if k not in ("paths", "definitions")})
    for key, value in doc.items():
        if key == "paths" and isinstance(value, dict):
            out[key] = {path: _path_item(item) for path, item in value.items()}
        elif key == "definitions" and isinstance(value, dict):
            out[key] = {name: _schema(schema) for name, schema in value.items()}
        elif key in ("paths", "definitions"):
            out[key] = value
    return out


def verdict_key(doc: dict[str, Any]) -> str:
    """The sha256 of everything openapi-spec-validator's verdict on ``doc`` depends on."""
    # the modules that prepare the document for the validator (values.py hides mismatched defaults,
    # following $refs with swagger.py), and this one, whose blanking decides which documents share a key
    sources = [module.__file__ or "" for module in (validate, values, swagger)] + [__file__]
    code = b"".join(Path(source).read_bytes() for source in sources)
    identity = "\0".join(installed_identity(name) for name in ("openapi_spec_validator", "jsonschema"))
    digest = hashlib.sha256(identity.encode() + b"\0" + hashlib.sha256(code).digest())
    digest.update(_canon(without_prose(doc)).encode())
    return digest.hexdigest()


def check_schema_cached(doc: Any) -> list[Problem]:
    """What :func:`generator.validate.check_schema` says, skipped when a document equal to
    ``doc`` but for its prose was found valid before."""
    folder = cache_dir(VALID)
    if folder is None or not isinstance(doc, dict):
        return validate.check_schema(doc)
    try:
        key = verdict_key(doc)
    except (TypeError, ValueError, RecursionError, OSError):  # not JSON-able, or too deep to blank
        return validate.check_schema(doc)
    entry = folder / key[:2] / key
    if entry.exists():
        return []
    problems = validate.check_schema(doc)
    if not problems:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.touch()
        except OSError:  # a read-only cache is no cache
            pass
    return problems
