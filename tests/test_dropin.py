"""The drop-in contract of the official ``cmlapi`` client, one fact per test.

Each test replays a way real code uses the official client (see the team's
usage notes) against a client generated from ``specs/cml-26.01.07.json`` and
a live HTTP server on 127.0.0.1. In-process the package is imported as
``cmlapi_team`` so it cannot clash with other tests' clients; the literal
``cmlapi`` import paths are checked in a subprocess.
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import importlib
import inspect
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple
from urllib.parse import quote

import pytest
from schema_fixtures import SchemaFixtures, model_class_name, parse_multipart, parse_rfc3339, py_name, snake
from server import LocalServer, Recorded

REPO = Path(__file__).resolve().parents[1]
TEAM_SPEC = REPO / "specs/cml-26.01.07.json"
PACKAGE = "cmlapi_team"
KEY = "dropin-key.0123456789"
Answer = Tuple[int, Dict[str, str], bytes]


@pytest.fixture(scope="module")
def spec() -> Dict[str, Any]:
    loaded: Dict[str, Any] = json.loads(TEAM_SPEC.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def fx(spec: Dict[str, Any]) -> SchemaFixtures:
    return SchemaFixtures(spec, max_depth=3)


@pytest.fixture(scope="module")
def cm(import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    """The generated package (``cmlapi`` under another name)."""
    return import_generated(TEAM_SPEC, PACKAGE)


def sub(cm: ModuleType, name: str) -> ModuleType:
    """``cmlapi.<name>`` of the generated package."""
    return importlib.import_module(f"{cm.__name__}.{name}")


@pytest.fixture
def api(cm: ModuleType, live_server: LocalServer) -> Iterator[Any]:
    """``cmlapi.default_client(url=<server>, cml_api_key=KEY)``."""
    client = cm.default_client(url=live_server.url, cml_api_key=KEY)
    yield client
    client.api_client.close()


def answer(value: Any, status: int = 200, headers: Optional[Dict[str, str]] = None) -> Callable[[Recorded], Answer]:
    data = value if isinstance(value, bytes) else json.dumps(value).encode("utf-8")
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return lambda request: (status, all_headers, data)


def only_request(server: LocalServer) -> Recorded:
    assert len(server.requests) == 1, [r.target for r in server.requests]
    return server.requests[0]


# ---- Configuration, ApiClient, CMLServiceApi ---------------------------------


def test_configuration_has_the_official_attributes(cm: ModuleType, tmp_path: Path) -> None:
    config = cm.Configuration()
    assert config.verify_ssl is True and config.ssl_ca_cert is None and config.proxy is None
    assert config.debug is False
    assert config.api_key == {} and config.api_key_prefix == {}
    config.host = "https://ml-1234.example.invalid"
    config.verify_ssl = False
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not read until a TLS connection is made\n")
    config.ssl_ca_cert = str(bundle)
    assert (config.host, config.verify_ssl, config.ssl_ca_cert) == ("https://ml-1234.example.invalid", False, str(bundle))
    pool = cm.ApiClient(config).rest_client.pool_manager
    assert pool.connection_pool_kw["cert_reqs"] == "CERT_NONE"
    config.verify_ssl = True
    pool = cm.ApiClient(config).rest_client.pool_manager
    assert pool.connection_pool_kw["cert_reqs"] == "CERT_REQUIRED"
    assert pool.connection_pool_kw["ca_certs"] == str(bundle)


def test_configuration_api_key_and_prefix_become_the_header(cm: ModuleType, live_server: LocalServer) -> None:
    live_server.reply = answer({"projects": [], "next_page_token": ""})
    for prefix in ({"BearerAuth": "Bearer"}, {}):
        config = cm.Configuration()
        config.host = live_server.url
        config.api_key = {"BearerAuth": KEY if prefix else "Bearer " + KEY}
        config.api_key_prefix = prefix
        cm.CMLServiceApi(cm.ApiClient(config)).list_projects()
    assert [r.header("authorization") for r in live_server.requests] == [f"Bearer {KEY}"] * 2


def test_configuration_proxy_sends_requests_through_it(cm: ModuleType, live_server: LocalServer) -> None:
    live_server.reply = answer({"projects": [], "next_page_token": ""})
    config = cm.Configuration()
    config.host = "http://cml-workspace.invalid"
    config.proxy = live_server.url
    client = cm.ApiClient(config)
    client.set_default_header("authorization", "Bearer " + KEY)
    cm.CMLServiceApi(client).list_projects(page_size=3)
    request = only_request(live_server)
    # a proxy receives the absolute URL of the target
    assert request.target == "http://cml-workspace.invalid/api/v2/projects?page_size=3"


def test_configuration_debug_logs_requests_without_the_key(
    cm: ModuleType, api: Any, live_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    live_server.reply = answer({"projects": [], "next_page_token": ""})
    config = api.api_client.configuration
    config.debug = True
    try:
        assert logging.getLogger(cm.__name__).isEnabledFor(logging.DEBUG)
        with caplog.at_level(logging.DEBUG, logger=cm.__name__):
            api.list_projects(search_filter="debug-probe")
    finally:
        config.debug = False
    assert "/api/v2/projects" in caplog.text
    assert KEY not in caplog.text
    assert not logging.getLogger(cm.__name__).isEnabledFor(logging.DEBUG)


def test_api_client_call_api_uploads_a_file(cm: ModuleType, live_server: LocalServer, tmp_path: Path) -> None:
    """``client.api_client.call_api(..., files={target_path: local_path})``, as real upload code does."""
    local = tmp_path / "train data.csv"
    local.write_bytes(b"a,b\n1,2\n\xe2\x82\xac\n")
    config = cm.Configuration()
    config.host = live_server.url
    client = cm.ApiClient(config)
    client.set_default_header("authorization", "Bearer " + KEY)
    api = cm.CMLServiceApi(client)
    assert api.api_client is client
    target = "data/in/train data.csv"
    result = api.api_client.call_api(
        "/api/v2/projects/{project_id}/files", "POST", path_params={"project_id": "proj/1"},
        header_params={"Content-Type": "multipart/form-data"}, files={target: str(local)}, response_type=None,
    )
    request = only_request(live_server)
    assert request.method == "POST"
    assert request.path == "/api/v2/projects/proj%2F1/files"
    assert request.header("authorization") == f"Bearer {KEY}"
    content_type = request.header("Content-Type") or ""
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = parse_multipart(content_type, request.body)
    assert [(p.name, p.filename, p.data) for p in parts] == [(target, local.name, local.read_bytes())]
    assert result[0] is None and result[1] == 200


def test_service_api_class_is_one_class(cm: ModuleType) -> None:
    module = sub(cm, "api.cml_service_api")
    assert cm.CMLServiceApi is module.CMLServiceApi is sub(cm, "api").CMLServiceApi
    client = cm.ApiClient(cm.Configuration())
    assert cm.CMLServiceApi(client).api_client is client


# ---- default_client ------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("CDSW_API_URL", "CDSW_APIV2_KEY", "CDSW_DOMAIN"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _list_projects_sees(api: Any, server: LocalServer) -> Recorded:
    server.reply = answer({"projects": [{"id": "p1"}], "next_page_token": ""})
    assert api.list_projects().projects[0].id == "p1"
    return only_request(server)


def test_default_client_inside_a_session(cm: ModuleType, live_server: LocalServer, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("CDSW_API_URL", live_server.url + "/api/v1")
    clean_env.setenv("CDSW_APIV2_KEY", KEY)
    request = _list_projects_sees(cm.default_client(), live_server)
    assert request.path == "/api/v2/projects"  # no /api/v1 left in front
    assert request.header("authorization") == f"Bearer {KEY}"


def test_default_client_without_environment_raises_value_error(cm: ModuleType, clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError):
        cm.default_client()
    with pytest.raises(ValueError):
        cm.default_client(url="http://127.0.0.1:9")  # no key anywhere


def test_default_client_url_with_key_from_environment(
    cm: ModuleType, live_server: LocalServer, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("CDSW_APIV2_KEY", KEY)
    request = _list_projects_sees(cm.default_client(url=live_server.url), live_server)
    assert request.header("authorization") == f"Bearer {KEY}"


def test_default_client_positional(cm: ModuleType, live_server: LocalServer, clean_env: pytest.MonkeyPatch) -> None:
    api = cm.default_client(live_server.url, "positional-key")
    assert type(api) is cm.CMLServiceApi
    request = _list_projects_sees(api, live_server)
    assert request.header("authorization") == "Bearer positional-key"


# ---- paging --------------------------------------------------------------------


def _three_pages(request: Recorded) -> Answer:
    token = (request.query.get("page_token") or [""])[0]
    pages = {"": (["p1", "p2"], "t2"), "t2": (["p3", "p4"], "t3"), "t3": (["p5"], "")}
    ids, following = pages[token]
    body = {"projects": [{"id": i, "name": f"name {i}"} for i in ids], "next_page_token": following}
    return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()


def _check_three_pages(server: LocalServer, ids: List[str], search: str) -> None:
    assert ids == ["p1", "p2", "p3", "p4", "p5"]
    assert [r.query.get("page_token") for r in server.requests] == [None, ["t2"], ["t3"]]
    assert all(r.query["search_filter"] == [search] for r in server.requests)
    assert all(r.query["page_size"] == ["2"] for r in server.requests)


def test_utils_cursor_follows_next_page_token(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    live_server.reply = _three_pages
    search = json.dumps({"name": "demo"})
    cursor = sub(cm, "utils").Cursor(api.list_projects, search_filter=search, page_size=2)
    items = list(cursor.items())
    assert all(type(p) is cm.Project for p in items)
    _check_three_pages(live_server, [p.id for p in items], search)


def test_list_iter_follows_next_page_token(api: Any, live_server: LocalServer) -> None:
    live_server.reply = _three_pages
    search = json.dumps({"owner.username": "alice"})
    _check_three_pages(live_server, [p.id for p in api.list_projects_iter(search_filter=search, page_size=2)], search)


# ---- errors ----------------------------------------------------------------------


def test_rest_api_exception_fields(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    ApiException = sub(cm, "rest").ApiException
    empty = ApiException()
    assert (empty.status, empty.reason, empty.body, empty.headers) == (None, None, None, None)
    empty.body = "set by a test"
    assert empty.body == "set by a test"
    error = {"error": "no such project", "code": 5, "message": "no such project", "details": []}
    live_server.reply = answer(error, status=404, headers={"X-Request-Id": "r-1"})
    with pytest.raises(ApiException) as caught:
        api.get_project("missing")
    exc = caught.value
    assert exc.status == 404 and exc.reason == "Not Found"
    assert json.loads(exc.body) == error
    assert exc.headers["X-Request-Id"] == "r-1"
    assert "404" in str(exc)


def test_runtime_error_model_does_not_replace_the_builtin(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    assert cm.RuntimeError is cm.models.RuntimeError is sub(cm, "models.runtime_error").RuntimeError
    assert cm.RuntimeError is not builtins.RuntimeError
    live_server.reply = answer({"error": "boom", "code": 13, "message": "boom", "details": []}, status=500)
    with pytest.raises(sub(cm, "rest").ApiException) as caught:
        api.get_project("p")
    assert isinstance(caught.value.data, cm.models.RuntimeError)
    assert caught.value.data.message == "boom" and caught.value.data.code == 13
    # the package's own modules, and code that imported it, still see the builtin
    for name in ("rest", "api_client", "exceptions", "_async", "utils", "api.cml_service_api"):
        assert getattr(sub(cm, name), "RuntimeError", builtins.RuntimeError) is builtins.RuntimeError
    with pytest.raises(builtins.RuntimeError):
        raise RuntimeError("user code")


# ---- names and argument order ------------------------------------------------------

TAGGED_SPEC = {
    "swagger": "2.0",
    "info": {"title": "tagged", "version": "1.0.0"},
    "paths": {
        "/api/v2/projects": {
            "get": {
                "operationId": "Api_ListProjects",
                "tags": ["Api"],
                "parameters": [{"name": "page_size", "in": "query", "type": "integer", "format": "int32"}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Page"}}},
            }
        },
        "/api/v2/ping": {
            "get": {
                "operationId": "Ping",
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Page"}}},
            }
        },
    },
    "definitions": {"Page": {"type": "object", "properties": {"next_page_token": {"type": "string"}}}},
}


def test_tags_name_the_api_classes(
    tmp_path: Path, import_generated: Callable[[Path, str], ModuleType], live_server: LocalServer
) -> None:
    spec_file = tmp_path / "tagged.json"
    spec_file.write_text(json.dumps(TAGGED_SPEC), encoding="utf-8")
    tagged = import_generated(spec_file, "cmlapi_tagged")
    assert {n for n in dir(tagged.ApiApi) if not n.startswith("_")} == {
        "api_list_projects", "api_list_projects_with_http_info"}
    assert {n for n in dir(tagged.DefaultApi) if not n.startswith("_")} == {"ping", "ping_with_http_info"}
    config = tagged.Configuration()
    config.host = live_server.url
    live_server.reply = answer({"next_page_token": "n"})
    assert tagged.ApiApi(tagged.ApiClient(config)).api_list_projects(page_size=1).next_page_token == "n"
    assert tagged.DefaultApi(tagged.ApiClient(config)).ping().next_page_token == "n"
    assert [r.target for r in live_server.requests] == ["/api/v2/projects?page_size=1", "/api/v2/ping"]


@pytest.mark.parametrize(
    ("operation_id", "method"),
    [("ValidateAPIKey", "validate_api_key"), ("ListV2Keys", "list_v2_keys"), ("ListCPUProfiles", "list_cpu_profiles"),
     ("GetShortUserByID", "get_short_user_by_id")],
)
def test_method_names(cm: ModuleType, operation_id: str, method: str) -> None:
    assert snake(operation_id) == method
    assert callable(getattr(cm.CMLServiceApi, method))


def _positional_names(method: Any) -> List[str]:
    return [p.name for p in inspect.signature(method).parameters.values()
            if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"]


def test_body_first_then_path_params_in_url_order(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    Service = cm.CMLServiceApi
    assert _positional_names(Service.create_job_run) == ["body", "project_id", "job_id"]
    assert _positional_names(Service.update_project) == ["body", "project_id"]
    assert _positional_names(Service.update_experiment) == ["body", "experiment_project_id", "experiment_id"]
    assert _positional_names(Service.update_experiment_run) == ["body", "project_id", "experiment_id", "run_id"]
    live_server.reply = answer({})
    api.create_job_run(cm.CreateJobRunRequest("P", "J"), "P", "J")
    api.update_project(cm.Project(name="n"), "P")
    api.update_project(cm.Project(name="n"), project_id="P")
    api.update_experiment({"name": "e"}, "P", "E")
    api.update_experiment({"name": "e"}, experiment_project_id="P", experiment_id="E")
    api.create_job_run(body={"arguments": "x"}, project_id="P", job_id="J")
    seen = [(r.method, r.path, r.json()) for r in live_server.requests]
    assert seen == [
        ("POST", "/api/v2/projects/P/jobs/J/runs", {"project_id": "P", "job_id": "J"}),
        ("PATCH", "/api/v2/projects/P", {"name": "n"}),
        ("PATCH", "/api/v2/projects/P", {"name": "n"}),
        ("PATCH", "/api/v2/projects/P/experiments/E", {"name": "e"}),
        ("PATCH", "/api/v2/projects/P/experiments/E", {"name": "e"}),
        ("POST", "/api/v2/projects/P/jobs/J/runs", {"arguments": "x"}),
    ]
    with pytest.raises(TypeError):
        api.get_project("P", page_size=1)  # not a parameter of get_project


def test_optional_query_params_are_keywords_with_spec_names(api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({"projects": [], "next_page_token": ""})
    api.list_projects(search_filter='{"name":"a b"}', sort="-created_at", page_size=5, page_token="tok/1",
                      include_public_projects=True, include_all_projects=False)
    api.list_projects(search_filter={"owner.username": "al ice", "name": "x"})
    api.list_jobs("P", search_filter={"name": "j"}, page_size=1)
    api.batch_list_projects(project_ids=["a b", "c/d"])
    first, second, third, fourth = live_server.requests
    assert first.query == {"search_filter": ['{"name":"a b"}'], "sort": ["-created_at"], "page_size": ["5"],
                           "page_token": ["tok/1"], "include_public_projects": ["True"],
                           "include_all_projects": ["False"]}
    assert json.loads(second.query["search_filter"][0]) == {"owner.username": "al ice", "name": "x"}
    assert (third.path, json.loads(third.query["search_filter"][0])) == ("/api/v2/projects/P/jobs", {"name": "j"})
    assert fourth.query == {"project_ids": ["a b", "c/d"]}
    with pytest.raises(TypeError):
        api.list_projects("positional-filter")


def test_path_values_are_url_encoded(api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({})
    api.get_project("a/b c@d")
    api.delete_project_file(project_id="p", path="studio-data/dir x/f.py")
    api.get_short_user_by_id(42)
    assert [r.target for r in live_server.requests] == [
        "/api/v2/projects/a%2Fb%20c%40d",
        "/api/v2/projects/p/files/studio-data%2Fdir%20x%2Ff.py",
        "/api/v2/users/42",
    ]


# ---- call options ------------------------------------------------------------------------


def test_async_req_returns_an_object_with_get(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({"models": [{"id": "m1"}], "next_page_token": ""})
    pending = api.list_models(project_id="P", async_req=True)
    assert pending.get(timeout=10).to_dict()["models"][0]["id"] == "m1"
    info = api.list_models_with_http_info("P", async_req=True).get(timeout=10)
    assert info[1] == 200 and type(info[0]) is cm.ListModelsResponse


def test_request_timeout(api: Any, live_server: LocalServer, cm: ModuleType) -> None:
    def slow(request: Recorded) -> Answer:
        if request.query.get("page_token") == ["slow"]:
            time.sleep(0.8)
        return 200, {"Content-Type": "application/json"}, b'{"next_page_token": "x"}'

    live_server.reply = slow
    assert api.list_projects(page_token="fast", _request_timeout=5).next_page_token == "x"
    assert api.list_projects(page_token="fast", _request_timeout=(2, 5)).next_page_token == "x"
    started = time.monotonic()
    with pytest.raises(sub(cm, "rest").ApiException) as caught:
        api.list_projects(page_token="slow", _request_timeout=0.2)
    assert time.monotonic() - started < 0.7
    assert caught.value.status == 0


def test_preload_content_false_returns_the_raw_response(api: Any, live_server: LocalServer) -> None:
    raw = b'{"id": "p1", "created_at": "2024-01-02T03:04:05Z", "surprise": 1}'
    live_server.reply = answer(raw)
    response = api.get_project("p1", _preload_content=False)
    assert response.status == 200
    assert response.data == raw


def test_with_http_info_and_return_http_data_only(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({"id": "p1"}, headers={"X-Trace": "abc"})
    data, status, headers = api.get_project_with_http_info("p1")
    assert (type(data), data.id, status, headers["X-Trace"]) == (cm.Project, "p1", 200, "abc")
    data, status, headers = api.get_project_with_http_info(project_id="p1")
    assert data.id == "p1"
    only = api.get_project_with_http_info("p1", _return_http_data_only=True)
    assert type(only) is cm.Project and only.id == "p1"
    assert api.get_project("p1", _return_http_data_only=True).id == "p1"


# ---- models ----------------------------------------------------------------------------------


def test_every_model_importable_three_ways(cm: ModuleType, spec: Dict[str, Any]) -> None:
    names = list(spec["definitions"])
    assert len(names) == 82
    for definition in names:
        cls_name = model_class_name(definition)
        module = sub(cm, "models." + snake(cls_name))
        assert getattr(cm, cls_name) is getattr(cm.models, cls_name) is getattr(module, cls_name), definition


def test_model_constructors(cm: ModuleType) -> None:
    positional = cm.CreateJobRunRequest("proj", "job")
    assert (positional.project_id, positional.job_id, positional.environment, positional.arguments) == (
        "proj", "job", None, None)
    keywords = cm.CreateJobRunRequest(job_id="job", project_id="proj", environment={"A": "1"})
    assert keywords.environment == {"A": "1"}
    params = {"name": "app", "subdomain": "app-1", "script": "run.py", "cpu": 1.5, "memory": 2.0,
              "environment": {"K": "V"}, "bypass_authentication": True, "project_id": "P"}
    app = cm.CreateApplicationRequest(**params)
    assert {k: getattr(app, k) for k in params} == params
    full = cm.CreateJobRunRequest("proj", "job", {"A": "1"}, "--fast")
    assert (full.project_id, full.job_id, full.environment, full.arguments) == ("proj", "job", {"A": "1"}, "--fast")
    assert cm.CreateJobRequest("P").project_id == "P"
    assert cm.CreateApplicationRequest("P").project_id == "P"
    with pytest.raises(TypeError):
        cm.CreateJobRunRequest("proj", "job", {"A": "1"}, "--fast", "one too many")
    build = cm.CreateModelBuildRequest(
        project_id="P", auto_deploy_model=True,
        auto_deployment_config=cm.ShortCreateModelDeployment(cpu=1.0, memory=2.0, replicas=1))
    assert build.auto_deployment_config.replicas == 1
    with pytest.raises(TypeError):
        cm.CreateJobRunRequest(no_such_field=1)


def test_model_attributes_to_dict_repr_eq(cm: ModuleType, spec: Dict[str, Any]) -> None:
    job = cm.CreateJobRequest()
    job.name = "nightly"
    job.project_id = "P"
    assert (job.name, job.project_id) == ("nightly", "P")
    properties = list(spec["definitions"]["Experiment"]["properties"])
    assert cm.models.Experiment().to_dict() == dict.fromkeys(properties)
    assert list(cm.Experiment().to_dict()) == properties
    request = cm.CreateJobRunRequest("proj", "job", environment={"A": "1"})
    assert request.to_dict() == {"project_id": "proj", "job_id": "job", "environment": {"A": "1"}, "arguments": None}
    assert "proj" in request.to_str() and "'environment'" in request.to_str()
    assert repr(request) == request.to_str()
    assert request == cm.CreateJobRunRequest("proj", "job", {"A": "1"})
    assert request != cm.CreateJobRunRequest("proj", "other")
    assert request != {"project_id": "proj", "job_id": "job", "environment": {"A": "1"}, "arguments": None}
    nested = cm.Project(id="p", owner=cm.ShortUser(id=1, username="u"))
    assert nested.to_dict()["owner"] == {"id": 1, "username": "u", "name": None, "email": None}


def test_model_swagger_types_and_attribute_map(cm: ModuleType, spec: Dict[str, Any]) -> None:
    assert cm.CreateJobRunRequest.swagger_types == {
        "project_id": "str", "job_id": "str", "environment": "dict(str, str)", "arguments": "str"}
    props = spec["definitions"]["Project"]["properties"]
    assert cm.Project.attribute_map == {py_name(w): w for w in props}
    types = cm.Project.swagger_types
    assert list(types) == [py_name(w) for w in props]
    assert types["owner"] == "ShortUser" and types["created_at"] == "datetime"
    assert cm.ListProjectsResponse.swagger_types["projects"] == "list[Project]"


# ---- bodies ------------------------------------------------------------------------------------


def test_dict_body_is_sent_as_is(api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({})
    body = {"runtime_identifier": "docker.example/rt:1", "environment": {"A": "1"}, "nested": {"x": None}}
    api.create_job_run(body, "P", "J")
    api.create_v2_key(body={"expiry": "2030-01-01", "key_type": "API_KEY_TYPE_V2", "audiences": ["a"]}, username="u")
    first, second = live_server.requests
    assert first.json() == body
    assert second.json() == {"expiry": "2030-01-01", "key_type": "API_KEY_TYPE_V2", "audiences": ["a"]}
    assert second.path == "/api/v2/users/u/v2_keys"


def test_none_attributes_are_left_out_of_a_model_body(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({})
    api.create_project(cm.CreateProjectRequest(name="n", description=None))
    api.update_project(cm.Project(name="x", visibility="public"), "P")
    request = cm.CreateJobRequest(project_id="P", name="job")
    request.name = None
    api.create_job(request, "P")
    assert [r.json() for r in live_server.requests] == [
        {"name": "n"}, {"name": "x", "visibility": "public"}, {"project_id": "P"}]


def test_get_modify_send_round_trips_datetimes_and_nested_models(
    cm: ModuleType, api: Any, live_server: LocalServer, fx: SchemaFixtures
) -> None:
    sent = fx.for_definition("Project")
    live_server.reply = answer(sent)
    project = api.get_project(project_id="p")
    assert isinstance(project.created_at, dt.datetime) and project.created_at.tzinfo is not None
    assert type(project.owner) is cm.ShortUser
    project.environment = json.dumps({"NEW": "1"})
    api.update_project(project_id=project.id, body=project)
    update = live_server.requests[1]
    assert update.method == "PATCH"
    assert update.target == "/api/v2/projects/" + quote(project.id, safe="")
    got = update.json()
    assert set(got) == set(sent)
    assert got["environment"] == json.dumps({"NEW": "1"})
    assert got["owner"] == sent["owner"] and got["creator"] == sent["creator"]
    for stamp in ("created_at", "updated_at"):
        assert parse_rfc3339(got[stamp]) == parse_rfc3339(sent[stamp])
    rest = {k: v for k, v in got.items() if k not in ("environment", "created_at", "updated_at")}
    assert rest == {k: v for k, v in sent.items() if k in rest}


def test_unknown_fields_and_enum_values_parse(cm: ModuleType, api: Any, live_server: LocalServer) -> None:
    live_server.reply = answer({"id": "a1", "status": "APPLICATION_FROM_THE_FUTURE", "brand_new": {"x": [1]},
                                "creator": {"id": 3, "username": "u", "shoe_size": 44}})
    app = api.get_application("P", "a1")
    assert type(app) is cm.Application
    assert app.status == "APPLICATION_FROM_THE_FUTURE"
    assert app.additional_properties == {"brand_new": {"x": [1]}}
    assert app.to_dict()["brand_new"] == {"x": [1]}
    assert app.to_dict()["creator"]["shoe_size"] == 44
    assert app.creator.username == "u"


# ---- the literal ``cmlapi`` names, and old Pythons -------------------------------------------

SMOKE = r"""
import json, sys
import cmlapi
import cmlapi.models.create_job_run_request
from cmlapi.rest import ApiException
from cmlapi.utils import Cursor
from cmlapi.models import CreateJobRunRequest, Project
import cmlapi.api.cml_service_api

assert cmlapi.api.cml_service_api.CMLServiceApi is cmlapi.CMLServiceApi
assert cmlapi.models.create_job_run_request.CreateJobRunRequest is CreateJobRunRequest is cmlapi.CreateJobRunRequest
assert ApiException().status is None
run = CreateJobRunRequest("p", "j")
assert run.to_dict() == {"project_id": "p", "job_id": "j", "environment": None, "arguments": None}
class Response:
    data = b'{"id": "x", "created_at": "2024-01-02T03:04:05Z", "owner": {"id": 1}}'
project = cmlapi.ApiClient().deserialize(Response(), "Project")
assert type(project) is Project
assert project.created_at.year == 2024 and project.created_at.tzinfo is not None and project.owner.id == 1
try:
    import urllib3  # noqa: F401
except ImportError:
    print("no-urllib3")
else:
    api = cmlapi.default_client(url=sys.argv[1], cml_api_key="smoke-key")
    assert api.get_project("a/b").id == "p1"
    print("called")
print("ok", "%d.%d" % sys.version_info[:2])
"""


@functools.lru_cache(maxsize=None)
def _oldest_python() -> Optional[Tuple[str, Tuple[int, int]]]:
    """The oldest CPython >= 3.8 (what generated packages support) that runs here and is older
    than the current one, with its version; None when there is none."""
    found: Dict[Tuple[int, int], str] = {}
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    candidates = [str(p) for p in sorted(root.glob("3.*/bin/python3"))] if root.is_dir() else []
    candidates += [f"python3.{minor}" for minor in range(8, sys.version_info[1])]
    for exe in candidates:
        try:
            out = subprocess.run([exe, "-c", "import sys; print(*sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            continue
        words = out.stdout.split()
        if out.returncode == 0 and len(words) == 2:
            version = (int(words[0]), int(words[1]))
            if (3, 8) <= version < sys.version_info[:2]:
                found.setdefault(version, exe)
    if not found:
        return None
    oldest = min(found)
    return found[oldest], oldest


@pytest.mark.parametrize("python", ["current", "oldest"])
def test_literal_cmlapi_package_in_a_subprocess(
    python: str, generate: Callable[[Path, str], Path], live_server: LocalServer
) -> None:
    if python == "current":
        exe, version = sys.executable, tuple(sys.version_info[:2])
    else:
        oldest = _oldest_python()
        if oldest is None:
            pytest.skip("no CPython >= 3.8 older than the current one is installed")
        exe, version = oldest
    out = generate(TEAM_SPEC, "cmlapi")
    live_server.reply = answer({"id": "p1"})
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(out)
    proc = subprocess.run([exe, "-c", SMOKE, live_server.url], capture_output=True, text=True, timeout=60,
                          env=env, cwd=str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[-2:] == ["ok", "%d.%d" % version]
    if python == "current":
        assert "called" in proc.stdout
        assert only_request(live_server).target == "/api/v2/projects/a%2Fb"
