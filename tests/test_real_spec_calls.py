"""Every operation of the real CML spec, called through a generated client against a live server.

The spec is read from ``<repo>/../shared/specs/cml/swagger-26.06.13.json`` (never
copied into the repository); without it every test here is skipped. The
expected method name, argument order, request and parsed response of each
operation are worked out from the spec itself, independently of the
generator: a call passes only if the client sends exactly the request the
official client would and parses the schema-shaped answer into the right
models.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple
from urllib.parse import parse_qs, quote

import pytest
from plain import plain_json
from schema_fixtures import (
    REF_PREFIX,
    SchemaFixtures,
    model_class_name,
    operations,
    parse_multipart,
    parse_rfc3339,
    py_name,
    ref_name,
    snake,
)
from server import LocalServer

SPEC_PATH = Path(__file__).resolve().parents[2] / "shared/specs/cml/swagger-26.06.13.json"
SKIP_REASON = "real CML spec not found at <repo>/../shared/specs/cml/swagger-26.06.13.json"
PACKAGE = "cmlapi_real"
KEY = "test-key.0123456789abcdef"
ERROR_STATUSES = (400, 500, 401, 501, 403, 404, 409, 422)


def _load_spec() -> Optional[Dict[str, Any]]:
    if not SPEC_PATH.is_file():
        return None
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: Dict[str, Any] = json.load(handle)
    return loaded


SPEC = _load_spec()
OPERATION_IDS: List[Any] = (
    [op["operationId"] for _, _, op in operations(SPEC)]
    if SPEC is not None
    else [pytest.param(None, marks=pytest.mark.skip(reason=SKIP_REASON))]
)


# ---- what the spec says each call looks like --------------------------------


@dataclass
class Case:
    """One operation as the spec describes it, and the call a test makes for it."""

    index: int
    operation_id: str
    method: str
    path: str
    op: Dict[str, Any]
    params: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return snake(self.operation_id)

    def by_location(self, location: str) -> List[Dict[str, Any]]:
        return [p for p in self.params if p["in"] == location]

    @property
    def body(self) -> Optional[Dict[str, Any]]:
        found = self.by_location("body")
        return found[0] if found else None

    @property
    def path_params(self) -> List[Dict[str, Any]]:
        """In URL order, which is the order of the official client's positional ids."""
        by_name = {p["name"]: p for p in self.by_location("path")}
        return [by_name[slot] for slot in re.findall(r"\{([^{}]+)\}", self.path)]

    @property
    def required_rest(self) -> List[Dict[str, Any]]:
        """Required non-path, non-body parameters (formData files first, as the generator orders them)."""
        forms = [p for p in self.params if p["in"] == "formData" and p.get("required")]
        others = [p for p in self.params if p["in"] in ("query", "header") and p.get("required")]
        return forms + others

    @property
    def optional(self) -> List[Dict[str, Any]]:
        return [p for p in self.params if p["in"] not in ("path", "body") and not p.get("required")]

    @property
    def response_definition(self) -> Optional[str]:
        schema = (self.op.get("responses", {}).get("200") or {}).get("schema")
        return ref_name(schema["$ref"]) if schema and "$ref" in schema else None


def all_cases(spec: Mapping[str, Any]) -> Dict[str, Case]:
    out = {}
    for index, (path, method, op) in enumerate(operations(spec)):
        out[op["operationId"]] = Case(index, op["operationId"], method, path, op, list(op.get("parameters", [])))
    return out


def is_paged(spec: Mapping[str, Any], case: Case) -> bool:
    """A list call: a ``page_token`` query parameter and a response with ``next_page_token`` and one array."""
    if not any(p["name"] == "page_token" and p["in"] == "query" for p in case.params):
        return False
    name = case.response_definition
    props = spec["definitions"][name].get("properties", {}) if name else {}
    arrays = [w for w, s in props.items() if s.get("type") == "array"]
    return "next_page_token" in props and len(arrays) == 1


# ---- the generated client, one server, two ways of authenticating -------------


@dataclass
class Real:
    pkg: ModuleType
    spec: Dict[str, Any]
    fixtures: SchemaFixtures
    cases: Dict[str, Case]
    api_default: Any  # built by default_client(url=..., cml_api_key=...)
    api_manual: Any  # built from Configuration + ApiClient + set_default_header


@pytest.fixture(scope="module")
def real(real_spec: Path, import_generated: Any, http_server: LocalServer) -> Iterator[Real]:
    if SPEC is None:
        pytest.skip(SKIP_REASON)
    pkg = import_generated(real_spec, PACKAGE)
    config = pkg.Configuration()
    config.host = http_server.url
    client = pkg.ApiClient(config)
    client.set_default_header("authorization", "Bearer " + KEY)
    manual = pkg.CMLServiceApi(client)
    default = pkg.default_client(url=http_server.url, cml_api_key=KEY)
    yield Real(pkg, SPEC, SchemaFixtures(SPEC, max_depth=3), all_cases(SPEC), default, manual)
    client.close()
    default.api_client.close()


# ---- building a call -------------------------------------------------------


def path_value(param: Mapping[str, Any], index: int) -> Any:
    """Strings carry ``/``, a space and ``@`` so each must be percent-encoded into one segment."""
    if param["type"] == "integer":
        return 40 + index
    if param.get("format") in ("int64", "uint64"):
        return str(2**60 + index)
    return f"{param['name']} v/{index}@x"


def query_value(param: Mapping[str, Any], index: int) -> Any:
    kind = param["type"]
    if kind == "boolean":
        return index % 2 == 0
    if kind == "integer":
        return 10 + index
    if kind == "array":
        return [f"a b/{index}", "c&d=e"]
    if param.get("format") in ("int64", "uint64"):
        return str(2**62 + index)
    return f'{param["name"]} "v"&x=1 /\u00e9'


def expected_query_text(param: Mapping[str, Any], value: Any) -> List[str]:
    if isinstance(value, bool):
        return [str(value).lower()]  # compared case-insensitively: "True" and "true" both parse in Go
    if isinstance(value, list):
        assert param.get("collectionFormat") == "multi"
        return [str(v) for v in value]
    return [str(value)]


def to_python(fx: SchemaFixtures, pkg: ModuleType, schema: Mapping[str, Any], wire: Any) -> Any:
    """The value a user would pass for ``wire``: model objects, aware datetimes, lists, dicts."""
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        target = fx.definition(name)
        if "enum" in target:
            return wire
        cls = getattr(pkg.models, model_class_name(name))
        props = target.get("properties", {})
        return cls(**{py_name(w): to_python(fx, pkg, s, wire[w]) for w, s in props.items() if w in wire})
    kind = schema.get("type")
    if kind == "string" and schema.get("format") == "date-time":
        return parse_rfc3339(wire)
    if kind == "array":
        return [to_python(fx, pkg, schema.get("items", {}), v) for v in wire]
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return {k: to_python(fx, pkg, schema["additionalProperties"], v) for k, v in wire.items()}
    return wire


def normalized(fx: SchemaFixtures, schema: Mapping[str, Any], wire: Any) -> Any:
    """``wire`` with date-time text replaced by datetimes, so equal instants compare equal."""
    if "$ref" in schema:
        target = fx.definition(ref_name(schema["$ref"]))
        if "enum" in target or not isinstance(wire, dict):
            return wire
        props = target.get("properties", {})
        return {k: normalized(fx, props[k], v) if k in props else v for k, v in wire.items()}
    kind = schema.get("type")
    if kind == "string" and schema.get("format") == "date-time" and isinstance(wire, str):
        return parse_rfc3339(wire)
    if kind == "array" and isinstance(wire, list):
        return [normalized(fx, schema.get("items", {}), v) for v in wire]
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict) and isinstance(wire, dict):
        return {k: normalized(fx, schema["additionalProperties"], v) for k, v in wire.items()}
    return wire


@dataclass
class Call:
    args: List[Any]
    kwargs: Dict[str, Any]
    url_path: str
    query: Dict[str, List[str]]
    bool_params: List[str]
    body_json: Any = None  # normalized expected JSON body
    files: Dict[str, Tuple[str, bytes]] = field(default_factory=dict)  # field -> (file name, content)
    api: Any = None
    auth_way: str = "default_client"


def build_call(real: Real, case: Case, tmp_path: Path) -> Call:
    """The arguments for ``case`` and the request the server must then see."""
    fx, pkg, i = real.fixtures, real.pkg, case.index
    args: List[Any] = []
    kwargs: Dict[str, Any] = {}
    call = Call(args, kwargs, case.path, {}, [])
    body = case.body
    if body is not None:
        schema = body["schema"]
        name = ref_name(schema["$ref"])
        wire = fx.for_definition(name, f"{case.operation_id}.body")
        if i % 4 == 0:
            # a plain dict is sent as it is, keys unknown to the schema included
            sent = dict(wire, x_not_in_schema={"kept": [1, None]})
            args.append(sent)
            call.body_json = normalized(fx, schema, sent)
        else:
            model = to_python(fx, pkg, schema, wire)
            props = list(fx.definition(name).get("properties", {}))
            if props:
                # a None attribute is left out of the body
                setattr(model, py_name(props[-1]), None)
                wire = {k: v for k, v in wire.items() if k != props[-1]}
            args.append(model)
            call.body_json = normalized(fx, schema, wire)
    for n, param in enumerate(case.path_params):
        value = path_value(param, i * 10 + n)
        call.url_path = call.url_path.replace("{%s}" % param["name"], quote(str(value), safe=""))
        if i % 3 == 1:
            kwargs[py_name(param["name"])] = value
        else:
            args.append(value)
    for param in case.required_rest + case.optional:
        if param["in"] == "formData":
            local = tmp_path / f"{param['name']}-{i}.bin"
            content = f"{case.operation_id}:{param['name']}:\x00\xff".encode("latin-1")
            local.write_bytes(content)
            call.files[param["name"]] = (local.name, content)
            value: Any = str(local)
        else:
            value = query_value(param, i)
            call.query[param["name"]] = expected_query_text(param, value)
            if param["type"] == "boolean":
                call.bool_params.append(param["name"])
        if param.get("required"):
            args.append(value)
        else:
            kwargs[py_name(param["name"])] = value
    if i % 10 == 3:
        call.api, call.auth_way = real.api_manual, "Configuration+ApiClient"
    else:
        call.api = real.api_default
    return call


# ---- checking the response ---------------------------------------------------


def check_parsed(real: Real, value: Any, schema: Mapping[str, Any], wire: Any, where: str) -> None:
    """``value`` (what the client returned) must be ``wire`` decoded as ``schema`` prescribes."""
    fx = real.fixtures
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        target = fx.definition(name)
        if "enum" in target:
            assert value == wire and isinstance(value, str), where
            return
        cls_name = model_class_name(name)
        assert type(value).__name__ == cls_name, f"{where}: {type(value).__name__} is not {cls_name}"
        assert type(value) is getattr(real.pkg.models, cls_name), where
        for prop, sub in target.get("properties", {}).items():
            got = getattr(value, py_name(prop))
            if prop not in wire:  # a truncated (depth-bounded) object: every attribute is None
                assert got is None, f"{where}.{prop}"
            else:
                check_parsed(real, got, sub, wire[prop], f"{where}.{prop}")
        return
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string" and fmt == "date-time":
        assert isinstance(value, dt.datetime) and value.tzinfo is not None, f"{where}: {value!r}"
        assert value == parse_rfc3339(wire), where
    elif kind == "string":
        # int64 / uint64 stay decimal text, exactly as sent
        assert type(value) is str and value == wire, f"{where}: {value!r} != {wire!r}"
    elif kind == "boolean":
        assert value is wire, where
    elif kind in ("integer", "number"):
        assert value == wire and type(value) in (int, float), where
    elif kind == "array":
        assert isinstance(value, list) and len(value) == len(wire), where
        for n, (got, sent) in enumerate(zip(value, wire)):
            check_parsed(real, got, schema.get("items", {}), sent, f"{where}[{n}]")
    elif kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        assert isinstance(value, dict) and set(value) == set(wire), where
        for key, sent in wire.items():
            check_parsed(real, value[key], schema["additionalProperties"], sent, f"{where}[{key!r}]")
    else:
        assert value == wire, where


def json_reply(status: int, value: Any) -> Any:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return lambda request: (status, {"Content-Type": "application/json"}, data)


# ---- the tests ---------------------------------------------------------------


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_round_trip(real: Real, live_server: LocalServer, tmp_path: Path, operation_id: str) -> None:
    case = real.cases[operation_id]
    call = build_call(real, case, tmp_path)
    response_def = case.response_definition
    sent = real.fixtures.for_definition(response_def, f"{operation_id}.response") if response_def else {}
    live_server.reply = json_reply(200, sent)

    result = getattr(call.api, case.name)(*call.args, **call.kwargs)

    assert len(live_server.requests) == 1
    request = live_server.requests[0]
    assert request.method == case.method
    assert request.path == call.url_path
    if any(p["type"] == "string" and p.get("format") not in ("int64", "uint64") for p in case.path_params):
        assert "%2F" in request.path and "%20" in request.path and "%40" in request.path
    query = parse_qs(request.raw_query, keep_blank_values=True)
    for name in call.bool_params:
        query[name] = [v.lower() for v in query.get(name, [])]
    assert query == call.query
    assert request.header("authorization") == f"Bearer {KEY}", call.auth_way
    content_type = request.header("Content-Type") or ""
    if case.body is not None:
        assert content_type.startswith("application/json")
        assert normalized(real.fixtures, case.body["schema"], request.json()) == call.body_json
    elif call.files:
        assert content_type.startswith("multipart/form-data")
        parts = {p.name: (p.filename, p.data) for p in parse_multipart(content_type, request.body)}
        assert parts == call.files
    else:
        assert request.body == b""

    if response_def is None:
        assert result is None
    else:
        check_parsed(real, result, {"$ref": REF_PREFIX + response_def}, sent, response_def)
        for prop in real.fixtures.definition(response_def).get("properties", {}):
            assert hasattr(result, py_name(prop))
        plain_json(result.to_dict())  # to_dict() is plain data: nested models as dicts


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_error_raises_api_exception(
    real: Real, live_server: LocalServer, tmp_path: Path, operation_id: str
) -> None:
    case = real.cases[operation_id]
    status = ERROR_STATUSES[case.index % len(ERROR_STATUSES)]
    message = f"{operation_id} failed: caf\u00e9 <{status}>"
    live_server.reply = json_reply(status, {"error": message, "code": 3, "message": message, "details": []})
    call = build_call(real, case, tmp_path)

    with pytest.raises(real.pkg.rest.ApiException) as caught:
        getattr(call.api, case.name)(*call.args, **call.kwargs)

    error = caught.value
    assert error.status == status
    assert message in error.body
    assert error.data.message == message
    assert type(error.data) is real.pkg.models.RuntimeError
    assert len(live_server.requests) == 1  # 4xx and these 5xx are never retried


def test_service_api_has_exactly_the_operation_methods(real: Real) -> None:
    """158 methods, their ``_with_http_info`` twins, ``_iter`` twins only for paged ops; nothing else public."""
    expected = set()
    paged = 0
    for case in real.cases.values():
        expected |= {case.name, case.name + "_with_http_info"}
        if is_paged(real.spec, case):
            expected.add(case.name + "_iter")
            paged += 1
    public = {n for n in dir(real.pkg.CMLServiceApi) if not n.startswith("_")}
    assert len(real.cases) == 158
    assert public == expected
    assert len(public) == 2 * 158 + paged
    assert paged > 0
    for case in real.cases.values():
        assert callable(getattr(real.pkg.CMLServiceApi, case.name))
