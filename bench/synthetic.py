"""A synthetic CML-shaped Swagger 2.0 spec of any size, built in code (issue 5's scale test).

The shape follows what grpc-gateway emits for CML: one ``CMLService`` tag,
``/api/v2/<plural>`` collections, ``List``/``Create``/``Get``/``Update``/
``Delete`` per resource, dotted ``{thing.id}`` templates on the PATCH with the
model itself as the body, int64 as strings, RFC 3339 date-times, string enums,
maps (``additionalProperties``), nested ``$ref`` objects and a ``default``
``runtimeError`` response. Every text is generated here.

:func:`build` returns exactly ``operations`` operations (a multiple of 5) and
``models`` definitions (at least 8 per resource plus 2).
"""

from __future__ import annotations

from typing import Any, Dict, List

NOUNS = (
    "Workload",
    "Notebook",
    "Pipeline",
    "Dataset",
    "Endpoint",
    "Schedule",
    "Cluster",
    "Volume",
    "Secret",
    "Widget",
)
OPS_PER_RESOURCE = 5
MODELS_PER_RESOURCE = 7


def _ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


def _default() -> Dict[str, Any]:
    return {"description": "An unexpected error response.", "schema": _ref("runtimeError")}


def _ok(schema_name: str) -> Dict[str, Any]:
    return {
        "200": {"description": "A successful response.", "schema": _ref(schema_name)},
        "default": _default(),
    }


def _resource_models(x: str, shared: str) -> Dict[str, Any]:
    """The seven definitions of resource ``x``; ``shared`` is a common model it references."""
    return {
        x: {
            "type": "object",
            "description": f"One {x}.",
            "properties": {
                "id": {"type": "string", "description": "Identifier.\nOutput only.", "readOnly": True},
                "name": {"type": "string", "description": "Short name."},
                "description": {"type": "string", "description": "Free text."},
                "status": _ref(f"{x}Status"),
                "created_at": {"type": "string", "format": "date-time", "readOnly": True},
                "updated_at": {"type": "string", "format": "date-time", "readOnly": True},
                "size_bytes": {
                    "type": "string",
                    "format": "int64",
                    "description": "Size, as a decimal string.",
                },
                "replicas": {"type": "integer", "format": "int32"},
                "enabled": {"type": "boolean", "format": "boolean"},
                "ratio": {"type": "number", "format": "double"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "spec": _ref(f"{x}Spec"),
                "summary": _ref(f"{x}Summary"),
                "owner": _ref(shared),
            },
        },
        f"{x}Status": {
            "type": "string",
            "enum": ["STATUS_UNSPECIFIED", "PENDING", "RUNNING", "SUCCEEDED", "FAILED"],
            "default": "STATUS_UNSPECIFIED",
            "description": f"Lifecycle of a {x}.",
        },
        f"{x}Spec": {
            "type": "object",
            "properties": {
                "cpu": {"type": "number", "format": "float"},
                "memory": {"type": "number", "format": "float"},
                "environment": {"type": "object", "additionalProperties": {"type": "string"}},
                "arguments": {"type": "array", "items": {"type": "string"}},
                "timeout_seconds": {"type": "string", "format": "int64"},
            },
        },
        f"{x}Summary": {
            "type": "object",
            "properties": {"count": {"type": "integer", "format": "int32"}, "last_run": {"type": "string"}},
        },
        f"List{x}sResponse": {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": _ref(x)},
                "next_page_token": {"type": "string"},
            },
        },
        f"Create{x}Request": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string"},
                "spec": _ref(f"{x}Spec"),
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["name"],
        },
        f"Delete{x}Response": {"type": "object"},
    }


def _resource_paths(x: str, plural: str) -> Dict[str, Any]:
    key = f"{plural}_id"
    base = f"/api/v2/{plural}"
    tag = ["CMLService"]
    return {
        base: {
            "get": {
                "summary": f"List {x} items.",
                "operationId": f"List{x}s",
                "responses": _ok(f"List{x}sResponse"),
                "parameters": [
                    {"name": "search_filter", "in": "query", "required": False, "type": "string"},
                    {"name": "sort", "in": "query", "required": False, "type": "string"},
                    {
                        "name": "page_size",
                        "in": "query",
                        "required": False,
                        "type": "integer",
                        "format": "int32",
                    },
                    {"name": "page_token", "in": "query", "required": False, "type": "string"},
                    {
                        "name": "ids",
                        "in": "query",
                        "required": False,
                        "type": "array",
                        "items": {"type": "string"},
                        "collectionFormat": "multi",
                    },
                ],
                "tags": tag,
            },
            "post": {
                "summary": f"Create a {x}.",
                "operationId": f"Create{x}",
                "responses": _ok(x),
                "parameters": [
                    {"name": "body", "in": "body", "required": True, "schema": _ref(f"Create{x}Request")}
                ],
                "tags": tag,
            },
        },
        f"{base}/{{{x.lower()}.id}}": {
            "patch": {
                "summary": f"Update a {x}.",
                "operationId": f"Update{x}",
                "responses": _ok(x),
                "parameters": [
                    {"name": f"{x.lower()}.id", "in": "path", "required": True, "type": "string"},
                    {"name": "body", "in": "body", "required": True, "schema": _ref(x)},
                ],
                "tags": tag,
            },
        },
        f"{base}/{{{key}}}": {
            "get": {
                "summary": f"Read one {x}.",
                "operationId": f"Get{x}",
                "responses": _ok(x),
                "parameters": [{"name": key, "in": "path", "required": True, "type": "string"}],
                "tags": tag,
            },
            "delete": {
                "summary": f"Delete a {x}.",
                "operationId": f"Delete{x}",
                "responses": _ok(f"Delete{x}Response"),
                "parameters": [{"name": key, "in": "path", "required": True, "type": "string"}],
                "tags": tag,
            },
        },
    }


def _common_models(count: int) -> Dict[str, Any]:
    out: Dict[str, Any] = {
        "protobufAny": {
            "type": "object",
            "properties": {"@type": {"type": "string"}},
            "additionalProperties": {},
        },
        "runtimeError": {
            "type": "object",
            "properties": {
                "error": {"type": "string"},
                "code": {"type": "integer", "format": "int32"},
                "message": {"type": "string"},
                "details": {"type": "array", "items": _ref("protobufAny")},
            },
        },
    }
    for k in range(count - len(out)):
        out[f"SharedRecord{k:04d}"] = {
            "type": "object",
            "description": f"Shared record number {k}.",
            "properties": {
                "username": {"type": "string"},
                "display_name": {"type": "string"},
                "email": {"type": "string"},
                "joined_at": {"type": "string", "format": "date-time"},
            },
        }
    return out


def build(operations: int = 2000, models: int = 3000) -> Dict[str, Any]:
    """A valid Swagger 2.0 document with exactly ``operations`` operations and ``models`` definitions."""
    if operations % OPS_PER_RESOURCE:
        raise ValueError(f"operations must be a multiple of {OPS_PER_RESOURCE}")
    resources = operations // OPS_PER_RESOURCE
    common_count = models - resources * MODELS_PER_RESOURCE
    if common_count < 3:
        raise ValueError(
            f"models must be at least {resources * MODELS_PER_RESOURCE + 3} for {operations} operations"
        )
    common = _common_models(common_count)
    shared: List[str] = [name for name in common if name.startswith("SharedRecord")]
    paths: Dict[str, Any] = {}
    definitions: Dict[str, Any] = {}
    for i in range(resources):
        x = f"{NOUNS[i % len(NOUNS)]}{i:04d}"
        paths.update(_resource_paths(x, x.lower() + "s"))
        definitions.update(_resource_models(x, shared[i % len(shared)]))
    definitions.update(common)
    return {
        "swagger": "2.0",
        "info": {"title": "synthetic/cml_shaped_service.proto", "version": f"0.{operations}.{models}"},
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": dict(sorted(paths.items())),
        "definitions": dict(sorted(definitions.items())),
        "securityDefinitions": {"BearerAuth": {"type": "apiKey", "name": "authorization", "in": "header"}},
    }


def counts(doc: Dict[str, Any]) -> tuple[int, int]:
    """``(operations, definitions)`` of a Swagger 2.0 document."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch"}
    ops = sum(1 for item in doc["paths"].values() for m in item if m in methods)
    return ops, len(doc["definitions"])
