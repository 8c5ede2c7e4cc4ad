"""Runtime behaviour under faults, against real servers on 127.0.0.1: retries, Retry-After,
timeouts, connection resets, tolerant parsing, and the API key kept out of logs and reprs."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

import pytest
from plain import assert_plain, plain_json
from server import LocalServer

REPO = Path(__file__).resolve().parents[1]
TEAM_SPEC = REPO / "specs/cml-26.01.07.json"
KEY = "sekret-key-0123456789"
PROJECT = {"id": "p1", "name": "demo", "created_at": "2026-01-02T03:04:05.5Z"}


@pytest.fixture(scope="module")
def cml(import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(TEAM_SPEC, "cmlapi_resilience")


def client(cml: ModuleType, url: str, **settings: Any) -> Any:
    api = cml.default_client(url=url, cml_api_key=KEY)
    for name, value in settings.items():
        setattr(api.api_client.configuration, name, value)
    return api


def fast_retries(cml: ModuleType, **kw: Any) -> Any:
    return cml.Retries(backoff_factor=0.01, jitter=0, **kw)


def test_get_is_retried_on_503_then_succeeds(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.queue(503, {"error": "busy"})
    live_server.queue(200, PROJECT)
    api = client(cml, live_server.url, retries=fast_retries(cml))
    assert api.get_project("p1").name == "demo"
    assert [r.method for r in live_server.requests] == ["GET", "GET"]


def test_post_is_not_retried_unless_opted_in(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.queue(503, {"error": "busy"})
    api = client(cml, live_server.url, retries=fast_retries(cml))
    with pytest.raises(cml.rest.ServiceException) as info:
        api.create_project({"name": "x"})
    assert info.value.status == 503
    assert len(live_server.requests) == 1
    live_server.requests.clear()
    live_server.queue(503, {"error": "busy"})
    live_server.queue(200, PROJECT)
    api = client(cml, live_server.url, retries=fast_retries(cml, methods=["GET", "POST"]))
    assert api.create_project({"name": "x"}).id == "p1"
    assert len(live_server.requests) == 2


def test_retry_after_is_honoured(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.queue(429, {"error": "slow down"}, {"Content-Type": "application/json", "Retry-After": "1"})
    live_server.queue(200, PROJECT)
    api = client(cml, live_server.url, retries=fast_retries(cml))
    start = time.monotonic()
    api.get_project("p1")
    elapsed = time.monotonic() - start
    assert 0.9 <= elapsed < 3.0
    assert len(live_server.requests) == 2


def test_retries_are_bounded_and_raise_typed_error(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.reply = lambda req: (503, {"Content-Type": "application/json"}, b'{"error":"down"}')
    api = client(cml, live_server.url, retries=fast_retries(cml, total=2))
    with pytest.raises(cml.rest.ServiceException):
        api.get_project("p1")
    assert len(live_server.requests) == 3


@pytest.fixture
def silent_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """Accepts connections and reads requests, and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", held
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def test_a_stalled_server_ends_the_call_at_the_timeout(cml: ModuleType, silent_server: Any) -> None:
    url, held = silent_server
    api = client(cml, url, retries=fast_retries(cml))
    start = time.monotonic()
    with pytest.raises(cml.ApiTimeoutError) as info:
        api.get_project("p1", _request_timeout=1.0)
    elapsed = time.monotonic() - start
    assert 0.9 <= elapsed < 1.8, elapsed  # one attempt: a read timeout is not retried
    assert info.value.status == 0
    assert isinstance(info.value, cml.rest.ApiException)
    assert len(held) == 1


def test_configured_timeout_applies_too(cml: ModuleType, silent_server: Any) -> None:
    url, _ = silent_server
    api = client(cml, url, timeout=(1.0, 0.5))
    start = time.monotonic()
    with pytest.raises(cml.ApiTimeoutError):
        api.list_projects()
    assert time.monotonic() - start < 1.5


@pytest.fixture
def resetting_server() -> Iterator[tuple[str, list[str]]]:
    """Reads each request, then resets the connection; yields its URL and the request lines seen."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    seen: list[str] = []

    def reset_all() -> None:
        listener.settimeout(5)
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            data = conn.recv(65536)
            seen.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
            # linger 0: close() sends RST, the client sees a reset, not a clean EOF
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()

    thread = threading.Thread(target=reset_all, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", seen
    listener.close()
    thread.join(6)


def test_connection_reset_raises_the_documented_exception(cml: ModuleType, resetting_server: Any) -> None:
    url, seen = resetting_server
    api = client(cml, url, retries=fast_retries(cml, total=2))
    with pytest.raises(cml.ApiConnectionError) as info:
        api.get_project("p1")
    assert "urllib3" not in type(info.value).__module__
    assert info.value.status == 0
    # an idempotent call is retried after a reset: the first try and exactly `total` retries
    assert seen == ["GET /api/v2/projects/p1 HTTP/1.1"] * 3, seen


def test_connection_reset_on_post_is_not_retried(cml: ModuleType, resetting_server: Any) -> None:
    url, seen = resetting_server
    api = client(cml, url, retries=fast_retries(cml, total=2))
    with pytest.raises(cml.ApiConnectionError):
        api.create_project({"name": "x"})
    assert seen == ["POST /api/v2/projects HTTP/1.1"], seen


def test_connection_refused_is_an_api_connection_error(cml: ModuleType) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    api = client(cml, f"http://127.0.0.1:{port}", retries=fast_retries(cml, total=1))
    with pytest.raises(cml.ApiConnectionError) as info:
        api.get_project("p1")
    assert "connection failed" in str(info.value)


def test_unknown_fields_and_enum_values_parse(cml: ModuleType, live_server: LocalServer) -> None:
    app = {"id": "a1", "status": "APPLICATION_FROM_THE_FUTURE", "brand_new_field": {"x": [1, 2]}}
    live_server.queue(200, app)
    api = client(cml, live_server.url)
    got = api.get_application("p1", "a1")
    assert got.status == "APPLICATION_FROM_THE_FUTURE"
    assert got.additional_properties == {"brand_new_field": {"x": [1, 2]}}
    assert got.to_dict()["brand_new_field"] == {"x": [1, 2]}


def test_key_never_in_logs_or_reprs_with_debug_on(
    cml: ModuleType, live_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    live_server.queue(200, PROJECT)
    live_server.queue(404, {"error": "nope", "message": "no project"})
    api = client(cml, live_server.url)
    config = api.api_client.configuration
    config.debug = True
    config.api_key["BearerAuth"] = KEY
    try:
        with caplog.at_level(logging.DEBUG, logger="cmlapi_resilience"):
            api.get_project("p1")
            with pytest.raises(cml.rest.NotFoundException) as info:
                api.get_project("p2")
    finally:
        config.debug = False
    assert live_server.requests[0].header("authorization") == f"Bearer {KEY}"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET" in logged and "<redacted>" in logged
    texts = [logged, repr(api), repr(api.api_client), repr(config), repr(api.api_client.default_headers),
             str(info.value), repr(info.value), repr(api.api_client.rest_client.pool_manager)]
    for text in texts:
        assert KEY not in text


def test_async_req_threads_do_not_block_exit(cml: ModuleType, live_server: LocalServer) -> None:
    gate = threading.Event()

    def held(req: Any) -> tuple[int, dict[str, str], bytes]:
        gate.wait(5)  # keep the call pending while the test looks at its thread
        return 200, {"Content-Type": "application/json"}, json.dumps(PROJECT).encode()

    live_server.reply = held
    api = client(cml, live_server.url)
    before = set(threading.enumerate())
    try:
        result = api.get_project("p1", async_req=True)
        # the worker is the new thread running this result's own method
        workers = [
            t for t in threading.enumerate()
            if t not in before and getattr(getattr(t, "_target", None), "__self__", None) is result
        ]
    finally:
        gate.set()
    assert result.get(timeout=5).id == "p1"
    assert len(workers) == 1, threading.enumerate()
    assert workers[0].daemon


def test_a_pending_async_call_does_not_keep_the_process_alive(
    generate: Callable[[Path, str], Path], silent_server: Any
) -> None:
    url, _ = silent_server
    out = generate(TEAM_SPEC, "cmlapi_resilience")
    script = (
        "import sys, cmlapi_resilience as c\n"
        f"api = c.default_client(url={url!r}, cml_api_key='k')\n"
        "api.get_project('p1', async_req=True)\n"
        "sys.exit(7)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(out)
    # a non-daemon worker would wait out the 120 s read timeout before the interpreter exits
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=20)
    assert proc.returncode == 7, proc.stderr


def test_search_filter_dict_is_json_encoded_and_iter_pages(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.queue(200, {"projects": [PROJECT], "next_page_token": "t2"})
    live_server.queue(200, {"projects": [dict(PROJECT, id="p2")], "next_page_token": ""})
    api = client(cml, live_server.url)
    ids = [p.id for p in api.list_projects_iter(search_filter={"name": "demo"}, page_size=1)]
    assert ids == ["p1", "p2"]
    first, second = live_server.requests
    assert json.loads(first.query["search_filter"][0]) == {"name": "demo"}
    assert second.query["page_token"] == ["t2"] and second.query["page_size"] == ["1"]


def test_to_dict_turns_nested_models_into_plain_data(cml: ModuleType, live_server: LocalServer) -> None:
    live_server.queue(200, {"projects": [PROJECT, dict(PROJECT, id="p2")], "next_page_token": ""})
    page = client(cml, live_server.url).list_projects()
    data = page.to_dict()
    assert_plain(data)
    assert [type(p) for p in data["projects"]] == [dict, dict]
    assert data["projects"][1]["id"] == "p2"
    assert json.loads(plain_json(data))["projects"][0]["created_at"].startswith("2026-01-02T03:04:05.5")
    built = cml.ListProjectsResponse(projects=[cml.Project(id="p3", name="x")])
    assert built.to_dict()["projects"][0]["id"] == "p3"
    assert_plain(built.to_dict())
