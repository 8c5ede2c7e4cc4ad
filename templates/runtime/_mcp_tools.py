"""The MCP server's tools, made from the catalog: standard library only, no MCP SDK.

Each operation of the spec becomes one tool named after its Python method, with a JSON
Schema flattened from its path, query and body parameters (a body model's top-level
fields become arguments; read-only fields are left out), arguments checked against that
schema before any request, and results as JSON-safe data with the spec's wire names.
``<package>.mcp`` wraps these in the MCP SDK; tests call them directly too.

Curation (agents do worse with hundreds of tools): ``GET`` operations are *read*;
``DELETE`` operations, and writes under the workspace-administration paths
(:data:`ADMIN_SEGMENTS`) or whose name starts with a destructive verb
(:data:`ADMIN_VERBS`), are *admin*; every other operation is *write*.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from . import _catalog

READ, WRITE, ADMIN = "read", "write", "admin"
# first path segment after /api/v2/ of workspace administration (sites, users, quotas, runtimes ...)
ADMIN_SEGMENTS = frozenset(
    {
        "site",
        "users",
        "teams",
        "nodelabels",
        "resourcegroup",
        "runtimeaddons",
        "runtimerepos",
        "runtimes",
        "cpuprofiles",
        "dockercredentials",
        "workspaces",
        "default-quota",
        "copilot",
        "diagnostics",
        "dashboardsarchive",
    }
)
ADMIN_VERBS = ("delete_", "remove_", "rotate_", "disable_")
DESCRIPTION_CHARS = 400
FIELD_DESCRIPTION_CHARS = 160
SCHEMA_DEPTH = 2  # nested models deeper than this are plain objects: keeps tools/list small
DEFAULT_MAX_ITEMS = 100
MAX_RESULT_CHARS = 60_000
_SCALARS = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "object": "object",
}


class ToolError(Exception):
    """A call that cannot be made as asked (bad arguments): an MCP tool error, no request sent."""


def _trim(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def access(op: Dict[str, Any]) -> str:
    """``read``, ``write`` or ``admin`` for a catalog operation (see the module docstring)."""
    method = op["method"].upper()
    if method == "GET":
        return READ
    if method == "DELETE" or op["name"].startswith(ADMIN_VERBS):
        return ADMIN
    segments = [s for s in op["path"].split("/") if s]
    first = (
        segments[2]
        if len(segments) > 2 and segments[:2] == ["api", "v2"]
        else (segments[0] if segments else "")
    )
    if first.split(":")[0] in ADMIN_SEGMENTS:
        return ADMIN
    return WRITE


# ---- JSON Schemas from catalog types ----


def type_schema(ref: Dict[str, Any], models: Dict[str, Any], depth: int = 0) -> Dict[str, Any]:
    """The JSON Schema of a catalog TYPE (objects below :data:`SCHEMA_DEPTH` are left open)."""
    kind = ref["kind"]
    if kind in _SCALARS:
        out: Dict[str, Any] = {"type": _SCALARS[kind]}
        if kind == "int" and ref.get("format") == "int64":
            out = {"type": ["integer", "string"], "pattern": r"^-?\d+$"}
        return out
    if kind in ("datetime", "date"):
        return {"type": "string", "format": "date-time" if kind == "datetime" else "date"}
    if kind == "file":
        return {"type": "string", "description": "path of a local file"}
    if kind == "list":
        return {"type": "array", "items": type_schema(ref["item"], models, depth)}
    if kind == "map":
        return {"type": "object", "additionalProperties": type_schema(ref["item"], models, depth)}
    model = models.get(ref.get("model") or "", {})
    if kind == "enum" or model.get("kind") == "enum":
        return {"type": "string", "enum": list(model.get("values", []))}
    if depth >= SCHEMA_DEPTH or not model.get("properties"):
        return {"type": "object"}
    props = {
        p["wire"]: _described(type_schema(p["type"], models, depth + 1), p)
        for p in model["properties"]
        if not p["read_only"]
    }
    return {"type": "object", "properties": props}


def _described(schema: Dict[str, Any], item: Dict[str, Any]) -> Dict[str, Any]:
    text = _trim(item.get("description", ""), FIELD_DESCRIPTION_CHARS)
    if text:
        schema = dict(schema, description=text)
    if item.get("enum") and "enum" not in schema and schema.get("type") == "string":
        schema = dict(schema, enum=list(item["enum"]))
    return schema


@dataclass(frozen=True)
class Argument:
    """One tool argument: where it goes (``param`` = a method argument, ``field`` = a body field)."""

    name: str
    target: str  # the method argument, or the body field's wire name
    kind: str  # param | field | body
    schema: Dict[str, Any]
    required: bool


@dataclass(frozen=True)
class Tool:
    name: str
    api: str
    method: str
    path: str
    access: str
    description: str
    arguments: Tuple[Argument, ...]
    paging: Optional[Dict[str, Any]]
    body: Optional[str] = None  # the method's body argument, when it has one
    body_model: Optional[str] = None  # the body's model class, when it is flattened
    helper: Optional[Callable[..., Any]] = field(default=None, compare=False, repr=False)

    def input_schema(self) -> Dict[str, Any]:
        props = {a.name: a.schema for a in self.arguments}
        required = [a.name for a in self.arguments if a.required]
        schema: Dict[str, Any] = {
            "type": "object",
            "properties": props,
            "additionalProperties": False,
        }
        if required:
            schema["required"] = required
        return schema


def _operation_tool(op: Dict[str, Any], models: Dict[str, Any]) -> Optional[Tool]:
    if any(p["in"] == "formData" or p["type"]["kind"] == "file" for p in op["params"]):
        return None  # uploads go through the upload helper: a part's name is its destination
    args: List[Argument] = []
    taken = set()
    body: Optional[str] = None
    body_model: Optional[str] = None
    for p in op["params"]:
        if p["in"] == "body":
            continue
        schema = _described(type_schema(p["type"], models), p)
        args.append(Argument(p["name"], p["name"], "param", schema, p["required"]))
        taken.add(p["name"])
    for p in op["params"]:
        if p["in"] != "body":
            continue
        body = p["name"]
        model = models.get(p["type"].get("model") or "", {})
        if (
            p["type"]["kind"] == "model"
            and model.get("kind") == "object"
            and model.get("properties")
        ):
            body_model = p["type"]["model"]
            for prop in model["properties"]:
                if prop["read_only"]:
                    continue
                name = prop["name"] if prop["name"] not in taken else f"body_{prop['name']}"
                if name in taken:
                    continue
                schema = _described(type_schema(prop["type"], models, 1), prop)
                args.append(Argument(name, prop["wire"], "field", schema, bool(prop["required"])))
                taken.add(name)
        else:
            schema = _described(type_schema(p["type"], models), p)
            args.append(Argument("body", p["name"], "body", schema, p["required"]))
    if op.get("paging"):
        args.append(
            Argument(
                "max_items",
                "",
                "control",
                {
                    "type": "integer",
                    "minimum": 1,
                    "description": "stop after this many items (default: the server's --max-items)",
                },
                False,
            )
        )
    text = op["summary"] or op["operation_id"]
    if op["description"] and op["description"] != op["summary"]:
        text = f"{text}. {op['description']}"
    description = f"{_trim(text, DESCRIPTION_CHARS)} [{op['method']} {op['path']}]"
    return Tool(
        op["name"],
        op["api"],
        op["method"],
        op["path"],
        access(op),
        description,
        tuple(args),
        op.get("paging"),
        body,
        body_model,
    )


def operation_tools(catalog: Optional[Dict[str, Any]] = None) -> List[Tool]:
    """One tool per operation of the spec (uploads excepted), in catalog order."""
    data = catalog if catalog is not None else _catalog.load()
    tools = [_operation_tool(op, data["models"]) for op in data["operations"]]
    return [t for t in tools if t is not None]


# ---- choosing the tool set ----


@dataclass(frozen=True)
class Selection:
    allow_write: bool = False
    allow_admin: bool = False
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    max_tools: Optional[int] = None


def _matches(tool: Tool, patterns: Iterable[str], tags: Dict[str, str]) -> bool:
    keys = (tool.name, tags.get(tool.name, ""), tool.api)
    return any(fnmatch.fnmatchcase(key, pattern) for pattern in patterns for key in keys)


def select(
    tools: Sequence[Tool], how: Selection, tags: Optional[Dict[str, str]] = None
) -> List[Tool]:
    """The tools ``how`` allows: read ones, plus write with ``allow_write``, admin with
    ``allow_admin``; ``include`` patterns (name, tag or API class, shell globs) keep only the tools
    they match, and admit tools of
    any access when they name it exactly, ``exclude`` removes. Raise ToolError past ``max_tools``.
    """
    tags = tags or {}
    allowed = (
        {READ}
        | ({WRITE} if how.allow_write or how.allow_admin else set())
        | ({ADMIN} if how.allow_admin else set())
    )

    def permitted(tool: Tool) -> bool:
        # an operation named exactly in --include is allowed whatever its access; globs and tags are not
        return tool.access in allowed or tool.name in how.include

    chosen = [
        t for t in tools if permitted(t) and (not how.include or _matches(t, how.include, tags))
    ]
    chosen = [t for t in chosen if not _matches(t, how.exclude, tags)]
    if how.max_tools is not None and len(chosen) > how.max_tools:
        raise ToolError(
            f"{len(chosen)} tools chosen, more than --max-tools {how.max_tools}: narrow the set with "
            "--include/--exclude or raise the budget"
        )
    return chosen


# ---- checking arguments against the schema ----


def check(schema: Dict[str, Any], value: Any, where: str) -> None:
    """Raise ToolError naming ``where`` when ``value`` does not fit ``schema`` (the subset of
    JSON Schema this module writes: type, enum, properties, items, additionalProperties, pattern).
    """
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        if not any(_is(kind, value) for kind in names):
            raise ToolError(
                f"argument {where}: expected {' or '.join(names)}, got {_json_kind(value)} {_short(value)}"
            )
    if "enum" in schema and value not in schema["enum"]:
        raise ToolError(
            f"argument {where}: {_short(value)} is not one of {', '.join(map(str, schema['enum']))}"
        )
    if "pattern" in schema and isinstance(value, str) and not re.match(schema["pattern"], value):
        raise ToolError(f"argument {where}: {_short(value)} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(value, (int, float)) and value < schema["minimum"]:
        raise ToolError(f"argument {where}: must be at least {schema['minimum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                check(props[key], item, f"{where}.{key}")
            elif extra is False:
                raise ToolError(f"argument {where}: unknown field {key!r}")
            elif isinstance(extra, dict):
                check(extra, item, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check(schema["items"], item, f"{where}[{i}]")


def _is(kind: str, value: Any) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return {
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "null": value is None,
    }.get(kind, True)


def _json_kind(value: Any) -> str:
    for kind in ("boolean", "integer", "number", "string", "array", "object", "null"):
        if _is(kind, value):
            return kind
    return type(value).__name__


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def check_arguments(tool: Tool, arguments: Dict[str, Any]) -> None:
    """Check every argument of a call against the tool's schema; raise ToolError naming it."""
    known = {a.name: a for a in tool.arguments}
    for name in arguments:
        if name not in known:
            raise ToolError(
                f"unknown argument {name!r} for {tool.name}; it takes: {', '.join(known) or 'none'}"
            )
    for arg in tool.arguments:
        if arg.name not in arguments or arguments[arg.name] is None:
            if arg.required:
                raise ToolError(f"argument {arg.name} is required by {tool.name}")
            continue
        check(arg.schema, arguments[arg.name], arg.name)


# ---- calling ----


def to_json(api: Any, value: Any) -> Any:
    """JSON-safe data with wire names and RFC 3339 datetimes, as the client would send it."""
    return api.api_client.sanitize_for_serialization(value)


@dataclass
class Caller:
    """Calls tools on one API object, for the lifetime of the server."""

    api: Any
    package: Any  # the generated package (its models are looked up by name)
    max_items: int = DEFAULT_MAX_ITEMS

    def call(self, tool: Tool, arguments: Dict[str, Any]) -> Any:
        """The JSON-safe result of ``tool`` with ``arguments`` (checked first).
        ApiException and ToolError propagate: the server turns them into tool errors."""
        check_arguments(tool, arguments)
        if tool.helper is not None:
            return tool.helper(self, **arguments)
        given = {k: v for k, v in arguments.items() if v is not None}
        limit = int(given.pop("max_items", self.max_items))
        kwargs: Dict[str, Any] = {}
        fields: Dict[str, Any] = {}
        for arg in tool.arguments:
            if arg.name not in given:
                continue
            if arg.kind == "param":
                kwargs[arg.target] = given[arg.name]
            elif arg.kind == "field":
                fields[arg.target] = given[arg.name]
            elif arg.kind == "body":
                kwargs[tool.body or "body"] = given[arg.name]
        if tool.body is not None and tool.body not in kwargs:
            kwargs[tool.body] = fields  # a plain dict body is sent as is, wire names and all
        method = getattr(self.api, tool.name)
        if tool.paging:
            return self.pages(tool, method, kwargs, limit)
        return to_json(self.api, method(**kwargs))

    def pages(
        self, tool: Tool, method: Callable[..., Any], kwargs: Dict[str, Any], limit: int
    ) -> Any:
        """Follow next_page_token until ``limit`` items; the items, their count and the next token."""
        assert tool.paging is not None
        items: List[Any] = []
        token: Optional[str] = kwargs.pop("page_token", None)
        while True:
            page = method(**kwargs, **({"page_token": token} if token else {}))
            found = getattr(page, tool.paging["items"], None) or []
            items.extend(found)
            token = getattr(page, tool.paging["token"], None) or None
            if not token or len(items) >= limit:
                break
        more = len(items) > limit
        items = items[:limit]
        out: Dict[str, Any] = {
            "items": to_json(self.api, items),
            "count": len(items),
            "next_page_token": token if (token or more) else None,
        }
        if more and not token:
            out["note"] = f"stopped at max_items={limit}; more items were on the last page read"
        return out


def fit(result: Any, limit: int = MAX_RESULT_CHARS) -> Tuple[Any, Optional[str]]:
    """``result``, cut to about ``limit`` characters of JSON (lists lose their tail items),
    with a note saying so when it was cut."""
    text = json.dumps(result, separators=(",", ":"))
    if len(text) <= limit:
        return result, None
    if isinstance(result, dict) and isinstance(result.get("items"), list):
        items = list(result["items"])
        while items and len(json.dumps(dict(result, items=items), separators=(",", ":"))) > limit:
            items = items[
                : max(len(items) // 2, len(items) - 1) if len(items) > 8 else len(items) - 1
            ]
        cut = dict(result, items=items, count=len(items), truncated=True)
        return (
            cut,
            f"result truncated to {len(items)} of {len(result['items'])} items ({limit} characters)",
        )
    return {
        "truncated": True,
        "json_prefix": text[:limit],
    }, f"result truncated to {limit} characters"


# ---- helper tools ----


def _find(caller: Caller, list_method: str, items_attr: str, name: str, *args: Any) -> Any:
    method = getattr(caller.api, list_method)
    page = method(*args, search_filter=json.dumps({"name": name}), page_size=100)
    found = [
        x
        for x in (getattr(page, items_attr, None) or [])
        if str(getattr(x, "name", "")).lower() == name.lower()
    ]
    return {"items": to_json(caller.api, found), "count": len(found)}


def _wait(caller: Caller, waiter: str, timeout: float, *args: Any) -> Any:
    import importlib

    wait = importlib.import_module(caller.package.__name__ + ".wait")
    final = getattr(wait, waiter)(caller.api, *args, timeout=timeout)
    return to_json(caller.api, final)


def _string(description: str) -> Dict[str, Any]:
    return {"type": "string", "description": description}


_TIMEOUT = Argument(
    "timeout",
    "",
    "control",
    {
        "type": "number",
        "minimum": 1,
        "description": "seconds to wait before giving up (default 600)",
    },
    False,
)


def helper_tools(operations: Sequence[Tool]) -> List[Tool]:
    """Find-by-name and wait-for tools, for the operations this spec has."""
    have = {t.name for t in operations}
    out: List[Tool] = []

    def add(
        name: str, needs: str, description: str, args: Sequence[Argument], run: Callable[..., Any]
    ) -> None:
        if needs in have:
            base = next(t for t in operations if t.name == needs)
            out.append(
                Tool(
                    name,
                    base.api,
                    base.method,
                    base.path,
                    READ,
                    description,
                    tuple(args),
                    None,
                    helper=run,
                )
            )

    pid = Argument("project_id", "", "control", _string("the project's id"), True)
    name = Argument("name", "", "control", _string("the exact name (case-insensitive)"), True)
    add(
        "find_project",
        "list_projects",
        "Find projects by exact name (case-insensitive).",
        [name],
        lambda c, name: _find(c, "list_projects", "projects", name),
    )
    add(
        "find_job",
        "list_jobs",
        "Find a project's jobs by exact name (case-insensitive).",
        [pid, name],
        lambda c, project_id, name: _find(c, "list_jobs", "jobs", name, project_id),
    )
    add(
        "find_model",
        "list_models",
        "Find a project's models by exact name (case-insensitive).",
        [pid, name],
        lambda c, project_id, name: _find(c, "list_models", "models", name, project_id),
    )
    jid = Argument("job_id", "", "control", _string("the job's id"), True)
    rid = Argument("run_id", "", "control", _string("the run's id"), True)
    mid = Argument("model_id", "", "control", _string("the model's id"), True)
    bid = Argument("build_id", "", "control", _string("the build's id"), True)
    did = Argument("deployment_id", "", "control", _string("the deployment's id"), True)
    add(
        "wait_for_job_run",
        "get_job_run",
        "Wait until a job run finishes; returns the final run.",
        [pid, jid, rid, _TIMEOUT],
        lambda c, project_id, job_id, run_id, timeout=600.0: _wait(
            c, "job_run", timeout, project_id, job_id, run_id
        ),
    )
    add(
        "wait_for_model_build",
        "get_model_build",
        "Wait until a model build finishes; returns the final build.",
        [pid, mid, bid, _TIMEOUT],
        lambda c, project_id, model_id, build_id, timeout=600.0: _wait(
            c, "model_build", timeout, project_id, model_id, build_id
        ),
    )
    add(
        "wait_for_model_deployment",
        "get_model_deployment",
        "Wait until a model deployment is deployed or failed; returns the final deployment.",
        [pid, mid, bid, did, _TIMEOUT],
        lambda c, project_id, model_id, build_id, deployment_id, timeout=600.0: _wait(
            c, "model_deployment", timeout, project_id, model_id, build_id, deployment_id
        ),
    )
    return out


def all_tools(catalog: Optional[Dict[str, Any]] = None) -> Tuple[List[Tool], Dict[str, str]]:
    """Every tool (operations, then helpers) and each operation tool's tag."""
    data = catalog if catalog is not None else _catalog.load()
    ops = operation_tools(data)
    tags = {op["name"]: op["tag"] for op in data["operations"]}
    return ops + helper_tools(ops), tags


def tools_list_size(tools: Sequence[Tool]) -> int:
    """Bytes of the ``tools`` array of a ``tools/list`` answer (compact JSON), for the README."""
    return len(
        json.dumps(
            [
                {"name": t.name, "description": t.description, "inputSchema": t.input_schema()}
                for t in tools
            ],
            separators=(",", ":"),
        ).encode()
    )
