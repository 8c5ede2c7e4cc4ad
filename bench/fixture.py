"""Response payloads built from the spec's own schemas.

:func:`list_projects_payload` makes a ``ListProjects`` answer with ``count``
projects in which every property of the item schema is filled, nested objects
included (``owner``, ``creator``, ``permissions``), date-times as RFC 3339 with
microseconds and ``Z``. Values vary with the item index so the parser cannot
share strings between items.
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, List, Tuple

from .common import BenchError

_EPOCH = datetime.datetime(2026, 1, 2, 3, 4, 5)
MAX_DEPTH = 5


def operation(doc: Dict[str, Any], operation_id: str) -> Tuple[str, str, Dict[str, Any]]:
    """``(path, method, operation)`` of the operation whose id is or ends with ``operation_id``."""
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            oid = str(op.get("operationId", ""))
            if oid == operation_id or oid.endswith("_" + operation_id):
                return path, method, op
    raise BenchError(f"spec has no operation {operation_id}")


def resolve(doc: Dict[str, Any], schema: Dict[str, Any]) -> Dict[str, Any]:
    """``schema`` with local ``$ref`` chains followed."""
    seen = 0
    while "$ref" in schema:
        ref = str(schema["$ref"])
        if not ref.startswith("#/definitions/") or seen > 20:
            raise BenchError(f"cannot follow $ref {ref}")
        schema = doc["definitions"][ref[len("#/definitions/") :]]
        seen += 1
    return schema


def sample(
    doc: Dict[str, Any], schema: Dict[str, Any], index: int, name: str = "value", depth: int = 0
) -> Any:
    """A value of ``schema`` with every property filled; ``index`` varies the values."""
    schema = resolve(doc, schema)
    if schema.get("enum"):
        values = schema["enum"]
        return values[index % len(values)]
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "object" or "properties" in schema:
        return _object(doc, schema, index, depth)
    if kind == "array":
        items = schema.get("items", {"type": "string"})
        return [sample(doc, items, index + k, name, depth + 1) for k in range(1 if depth else 2)]
    if kind == "integer":
        return index % 1000 + 1
    if kind == "number":
        return index + 0.5
    if kind == "boolean":
        return index % 2 == 0
    return _string(fmt, name, index)


def _object(doc: Dict[str, Any], schema: Dict[str, Any], index: int, depth: int) -> Dict[str, Any]:
    if depth >= MAX_DEPTH:
        return {}
    out: Dict[str, Any] = {}
    for key, sub in schema.get("properties", {}).items():
        out[key] = sample(doc, sub, index, key, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and not out:
        out["key"] = sample(doc, extra, index, "key", depth + 1)
    return out


def _string(fmt: Any, name: str, index: int) -> str:
    if fmt == "date-time":
        moment = _EPOCH + datetime.timedelta(seconds=index * 37, microseconds=(index * 7919) % 1_000_000)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if fmt == "date":
        return (_EPOCH + datetime.timedelta(days=index % 3000)).strftime("%Y-%m-%d")
    if fmt in ("int64", "uint64"):
        return str(index * 1_000_003 + 7)
    if fmt == "byte":
        return "YmVuY2g="
    if fmt in ("double", "float"):
        return f"{index}.25"
    return f"{name}-{index:06d}"


def list_items_property(doc: Dict[str, Any], schema: Dict[str, Any]) -> Tuple[str, Dict[str, Any]]:
    """The array-of-objects property of a list response: ``(name, item schema)``."""
    for key, sub in resolve(doc, schema).get("properties", {}).items():
        sub = resolve(doc, sub)
        if sub.get("type") == "array":
            items = resolve(doc, sub.get("items", {}))
            if items.get("type") == "object" or "properties" in items:
                return key, items
    raise BenchError("list response has no array of objects")


def list_projects_payload(doc: Dict[str, Any], count: int, first: int = 1) -> Tuple[str, bytes]:
    """``(path, body)``: the ListProjects path and a full answer with ``count`` projects
    (item indexes start at ``first``)."""
    path, _, op = operation(doc, "ListProjects")
    try:
        schema = op["responses"]["200"]["schema"]
    except KeyError:
        raise BenchError("ListProjects has no 200 schema")
    key, item = list_items_property(doc, schema)
    items: List[Any] = [sample(doc, item, i) for i in range(first, first + count)]
    body: Dict[str, Any] = {}
    for prop, sub in resolve(doc, schema).get("properties", {}).items():
        if prop == key:
            body[prop] = items
        elif resolve(doc, sub).get("type") == "string":
            body[prop] = ""  # next_page_token: "" says this is the last page
        else:
            body[prop] = sample(doc, sub, 0, prop)
    return path, json.dumps(body, separators=(",", ":")).encode("utf-8")
