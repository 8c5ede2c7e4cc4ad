"""Defaults and examples that do not match their own schema, located.

Tools that write specs get these wrong harmlessly (protoc-gen-openapiv2 writes
``"default": "0.2"`` for a ``number`` and ``"default": 0`` outside ``"enum":
[1]``). The generated client carries no default or example, so such a value
costs nothing: :func:`check_values` reports each as a problem at the value's
own pointer, which the pipeline prints as a ``warning:`` (an ``error:`` under
``--strict``), and :func:`generator.validate.check_schema` hands
openapi-spec-validator a copy without them, which would otherwise report them
at ``/`` as errors.

Only places Swagger 2.0 gives a meaning are read: ``default`` of a schema, a
non-body parameter, an ``items`` object and a response header; ``example`` of a
schema. A value is checked against the type, ``enum``, bounds, lengths,
``items``, ``properties`` and ``required`` of its schema (``$ref`` followed),
never ``pattern`` (a spec's regular expression is not run on the spec's data).
"""

from __future__ import annotations

import json
from typing import Any, Iterator, Optional

from .errors import Problem, one_line, pointer
from .swagger import HTTP_METHODS, resolve_ref

_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
# how many $ref hops and nested levels a value is followed into; deeper is accepted unchecked
_MAX_DEPTH = 64


def check_values(doc: Any) -> list[Problem]:
    """Every ``default`` and ``example`` of ``doc`` that does not match its schema."""
    problems = []
    for node, where, kind in _holders(doc):
        for key in ("default", "example") if kind == "schema" else ("default",):
            if key in node and "$ref" not in node:  # beside a $ref, Swagger 2.0 ignores them
                wrong = mismatch(doc, node[key], node, 0)
                if wrong:
                    problems.append(Problem(where + pointer(key), wrong))
    return problems


def _holders(doc: Any) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(node, pointer, "schema" | "simple") for every schema and every parameter,
    items or header object of ``doc`` (iterative: specs nest deeply)."""
    if not isinstance(doc, dict):
        return
    stack: list[tuple[Any, str, str]] = []
    for key, schema in _items(doc.get("definitions")):
        stack.append((schema, pointer("definitions", key), "schema"))
    for key, param in _items(doc.get("parameters")):
        stack.append((param, pointer("parameters", key), "parameter"))
    for key, resp in _items(doc.get("responses")):
        stack.append((resp, pointer("responses", key), "response"))
    for path, item in _items(doc.get("paths")):
        if not isinstance(item, dict):
            continue
        for i, param in _items(item.get("parameters")):
            stack.append((param, pointer("paths", path, "parameters", i), "parameter"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            for i, param in _items(op.get("parameters")):
                stack.append((param, pointer("paths", path, method, "parameters", i), "parameter"))
            for code, resp in _items(op.get("responses")):
                stack.append((resp, pointer("paths", path, method, "responses", code), "response"))
    while stack:
        node, where, kind = stack.pop()
        if not isinstance(node, dict):
            continue
        if kind == "response":
            stack.append((node.get("schema"), where + "/schema", "schema"))
            stack.extend((h, where + pointer("headers", k), "simple") for k, h in _items(node.get("headers")))
            continue
        if kind == "parameter":
            if node.get("in") == "body":
                stack.append((node.get("schema"), where + "/schema", "schema"))
                continue
            kind = "simple"
        yield node, where, kind
        items = node.get("items")
        if isinstance(items, list):  # not Swagger 2.0, but harmless to read
            stack.extend((s, where + pointer("items", i), kind) for i, s in enumerate(items))
        else:
            stack.append((items, where + "/items", kind))
        if kind == "schema":
            stack.extend((s, where + pointer("properties", k), kind) for k, s in _items(node.get("properties")))
            stack.extend((s, where + pointer("allOf", i), kind) for i, s in _items(node.get("allOf")))
            stack.append((node.get("additionalProperties"), where + "/additionalProperties", kind))


def _items(node: Any) -> list[tuple[Any, Any]]:
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []


def _show(value: Any) -> str:
    return one_line(json.dumps(value) if _jsonable(value) else repr(value), 60)


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _canonical(value: Any) -> str:
    """JSON text of ``value`` in which ``1``, ``1.0`` and ``true`` stay distinct from each other."""
    return json.dumps(value, sort_keys=True, default=repr) + type(value).__name__


def mismatch(doc: Any, value: Any, schema: Any, depth: int) -> Optional[str]:
    """Why ``value`` does not match ``schema``, or None when it does (or cannot be told)."""
    for _ in range(_MAX_DEPTH):  # a $ref to a $ref ...: check_refs has made sure they end
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        try:
            schema = resolve_ref(doc, schema["$ref"])
        except KeyError:
            return None
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None
    if value is None and schema.get("x-nullable") is True:
        return None
    kind = schema.get("type")
    if isinstance(kind, str) and kind in _TYPES:
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        ok = isinstance(value, _TYPES[kind]) and (kind == "boolean" or not isinstance(value, bool))
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            return f"{_show(value)} is not of type {kind!r}"
    else:
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and _canonical(value) not in {_canonical(e) for e in enum}:
        return f"{_show(value)} is not one of {_show(enum)}"
    return _bounds(value, schema, number) or _inner(doc, value, schema, depth)


def _bounds(value: Any, schema: dict[str, Any], number: bool) -> Optional[str]:
    def limit(key: str) -> Optional[float]:
        bound = schema.get(key)
        return bound if isinstance(bound, (int, float)) and not isinstance(bound, bool) else None

    if number:
        low, high = limit("minimum"), limit("maximum")
        if low is not None and (value < low or (value == low and schema.get("exclusiveMinimum") is True)):
            return f"{_show(value)} is less than the minimum {_show(low)}"
        if high is not None and (value > high or (value == high and schema.get("exclusiveMaximum") is True)):
            return f"{_show(value)} is more than the maximum {_show(high)}"
    for key, kinds, word in (("Length", str, "characters"), ("Items", list, "items")):
        if not isinstance(value, kinds):
            continue
        low, high = limit("min" + key), limit("max" + key)
        if low is not None and len(value) < low:
            return f"{_show(value)} has fewer than {_show(low)} {word}"
        if high is not None and len(value) > high:
            return f"{_show(value)} has more than {_show(high)} {word}"
    return None


def _inner(doc: Any, value: Any, schema: dict[str, Any], depth: int) -> Optional[str]:
    """Items of an array, properties and required names of an object."""
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(value):
            wrong = mismatch(doc, item, schema["items"], depth + 1)
            if wrong:
                return f"item {i}: {wrong}"
    if isinstance(value, dict):
        required = schema.get("required")
        for name in required if isinstance(required, list) else ():
            if isinstance(name, str) and name not in value:
                return f"{_show(value)} lacks the required property {name!r}"
        props = schema.get("properties")
        for name, sub in value.items():
            if isinstance(props, dict) and name in props:
                wrong = mismatch(doc, sub, props[name], depth + 1)
                if wrong:
                    return f"property {name!r}: {wrong}"
    return None
