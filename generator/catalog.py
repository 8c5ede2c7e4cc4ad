"""The catalog: what the spec says, as plain JSON data, for the tools built on a generated package.

The command line, the fake workspace (``<package>.testing``) and the MCP server need the
spec's operations and schemas at run time: summaries for help texts, wire names and
locations for requests, types, ``required``, ``readOnly`` and enums for validation and
JSON Schemas. They read ``<package>/_catalog.json`` through ``<package>._catalog.load()``
(a runtime module); ``import <package>`` never reads it.

It is data, not code: spec text enters it through :func:`json.dumps` (ASCII only, so lone
surrogates survive), never through Python source, so nothing in it can run. Keys are
sorted and the layout fixed, so the same spec gives the same bytes.

Format (``version`` 1)::

    {
      "version": 1,
      "spec": {"title", "version", "sha256", "package", "package_version", "default_api"},
      "auth": [{"name", "in", "header"}],
      "operations": [            # in the order of the API classes and their methods
        {
          "name": "list_projects",          # the Python method
          "api": "CMLServiceApi",           # its class
          "tag": "CMLService",
          "operation_id": "ListProjects",
          "method": "GET", "path": "/api/v2/projects",
          "summary": "...", "description": "...", "deprecated": false,
          "consumes": null | "application/json" | "multipart/form-data" | ...,
          "response": TYPE | null,
          "paging": null | {"items": "projects", "token": "next_page_token", "item": TYPE},
          "params": [                       # method argument order: required positional first
            {"name": "search_filter",       # the Python argument
             "wire": "search_filter",       # the name on the wire (path template, query key, form part)
             "in": "path" | "query" | "header" | "body" | "formData",
             "type": TYPE, "required": bool, "positional": bool,
             "description": "...", "enum": [...], "collection": null | "multi" | "csv" | ...}
          ]
        }
      ],
      "models": {
        "Project": {"kind": "object", "source": "Project", "description": "...",
                    "properties": [{"name", "wire", "type", "description",
                                    "read_only", "required", "enum"}]},
        "EngineStatus": {"kind": "enum", "source": "...", "description": "...", "values": [...]}
      }
    }

    TYPE = {"kind": "str" | "int" | "float" | "bool" | "datetime" | "date" | "object" | "file"
                    | "list" | "map" | "model" | "enum",
            "item": TYPE (list and map only), "model": "ClassName" (model and enum only),
            "format": "int64" ... (when the spec gives one)}
"""

from __future__ import annotations

import json
from typing import Any

from .ir import Api, Model, Operation, Parameter, Property, TypeRef

FORMAT_VERSION = 1


def type_data(ref: TypeRef) -> dict[str, Any]:
    """A :class:`TypeRef` as catalog data (keys that do not apply are left out)."""
    out: dict[str, Any] = {"kind": ref.kind}
    if ref.item is not None:
        out["item"] = type_data(ref.item)
    if ref.model is not None:
        out["model"] = ref.model
    if ref.fmt:
        out["format"] = ref.fmt
    return out


def _param(param: Parameter, positional: bool) -> dict[str, Any]:
    return {
        "name": param.attr,
        "wire": param.wire,
        "in": param.location,
        "type": type_data(param.type),
        "required": param.required,
        "positional": positional,
        "description": param.description,
        "enum": list(param.enum),
        "collection": param.collection,
    }


def _operation(op: Operation, api_name: str, tag: str) -> dict[str, Any]:
    paging = None
    if op.paging is not None:
        paging = {
            "items": op.paging.items_attr,
            "token": op.paging.token_attr,
            "item": type_data(op.paging.items_type),
        }
    return {
        "name": op.name,
        "api": api_name,
        "tag": tag,
        "operation_id": op.operation_id,
        "method": op.method,
        "path": op.path,
        "summary": op.summary,
        "description": op.description,
        "deprecated": op.deprecated,
        "consumes": op.content_type,
        "response": type_data(op.response) if op.response is not None else None,
        "paging": paging,
        "params": [_param(p, True) for p in op.positional] + [_param(p, False) for p in op.keyword],
    }


def _property(prop: Property) -> dict[str, Any]:
    return {
        "name": prop.attr,
        "wire": prop.wire,
        "type": type_data(prop.type),
        "description": prop.description,
        "read_only": prop.read_only,
        "required": prop.required,
        "enum": list(prop.enum),
    }


def _model(model: Model) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": model.kind, "source": model.source, "description": model.description}
    if model.kind == "enum":
        out["values"] = list(model.enum)
    else:
        out["properties"] = [_property(p) for p in model.properties]
    return out


def catalog(api: Api) -> dict[str, Any]:
    """The catalog of ``api`` as a JSON-able dict (see the module docstring)."""
    first = api.apis[0].name if api.apis else None
    return {
        "version": FORMAT_VERSION,
        "spec": {
            "title": api.title,
            "version": api.spec_version,
            "sha256": api.spec_sha256,
            "package": api.package_name,
            "package_version": api.package_version,
            "default_api": first,
        },
        "auth": [{"name": a.name, "in": a.location, "header": a.header} for a in api.auth],
        "operations": [_operation(op, cls.name, cls.tag) for cls in api.apis for op in cls.operations],
        "models": {m.name: _model(m) for m in api.models},
    }


def catalog_json(api: Api) -> str:
    """The text of ``_catalog.json``: sorted keys, one space of indent (readable diffs), ASCII only."""
    return json.dumps(catalog(api), indent=1, sort_keys=True, ensure_ascii=True) + "\n"
