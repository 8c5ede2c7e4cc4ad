"""The generated MCP server (``python -m <package>.mcp``), driven by the MCP SDK's own client.

The server runs as a real subprocess over stdio (and once over streamable HTTP), and
calls a local CML-shaped HTTP server on 127.0.0.1 that keeps a little state: projects that
page, a 404 with a grpc-gateway error body, an update that echoes, an application restart.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence

import pytest
from conftest import REAL_SPEC, TEAM_SPEC, Generate
from server import LocalServer, Recorded

mcp = pytest.importorskip("mcp", reason="the MCP SDK (dev dependency mcp>=2) is not installed")
anyio = pytest.importorskip("anyio")
jsonschema = pytest.importorskip("jsonschema")

KEY = "sk-test-5b1c9e0f-do-not-print"
PACKAGE = "cmlapi_mcp"
PROJECTS = [{"id": f"p{i}", "name": f"demo-{i}", "description": "d"} for i in range(1, 6)]


def workspace(request: Recorded) -> Any:
    """A small CML: paged projects, get/patch one project, restart an application."""
    ok = {"Content-Type": "application/json"}
    if request.header("authorization") != f"Bearer {KEY}":
        return 401, ok, b'{"code": 16, "message": "unauthenticated"}'
    path = request.path
    if request.method == "GET" and path == "/api/v2/projects":
        size = int(request.query.get("page_size", ["2"])[0])
        start = int(request.query.get("page_token", ["0"])[0] or 0)
        page = PROJECTS[start : start + size]
        token = str(start + size) if start + size < len(PROJECTS) else ""
        return 200, ok, json.dumps({"projects": page, "next_page_token": token}).encode()
    found = re.fullmatch(r"/api/v2/projects/([^/]+)", path)
    if found and request.method == "GET":
        match = [p for p in PROJECTS if p["id"] == found.group(1)]
        if not match:
            return 404, ok, b'{"code": 5, "message": "project not found", "details": []}'
        return 200, ok, json.dumps(match[0]).encode()
    if found and request.method == "PATCH":
        return 200, ok, json.dumps(dict(request.json(), id=found.group(1))).encode()
    if request.method == "POST" and path.endswith(":restart"):
        return 200, ok, b'{"id": "a1", "status": "APPLICATION_STARTING"}'
    return 404, ok, b'{"code": 5, "message": "no route"}'


@pytest.fixture(scope="module")
def team_package(generate: Generate) -> Path:
    return generate(TEAM_SPEC, PACKAGE)


@pytest.fixture
def cml(http_server: LocalServer) -> Iterator[LocalServer]:
    http_server.requests.clear()
    http_server.reply = workspace
    yield http_server
    http_server.reply = None
    http_server.requests.clear()


def server_env(out: Path, cml: LocalServer) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CDSW_", "API_KEY"))}
    env.update(PYTHONPATH=str(out), CDSW_DOMAIN=cml.url, CDSW_APIV2_KEY=KEY)
    return env


def session(out: Path, cml: LocalServer, args: Sequence[str], calls: Any, command: Optional[List[str]] = None) -> Any:
    """Start the server over stdio with ``args``, run ``calls(client)``, return what it returns."""
    params = mcp.StdioServerParameters(
        command=(command or [sys.executable])[0],
        args=(command or [sys.executable])[1:] + ["-m", f"{PACKAGE}.mcp", *args],
        env=server_env(out, cml),
    )

    async def run() -> Any:
        async with mcp.Client(params) as client:
            return await calls(client)

    return anyio.run(run)


def texts(result: Any) -> str:
    return "\n".join(getattr(c, "text", "") for c in result.content) + json.dumps(result.structured_content)


def catalog_ops(out: Path, package: str = PACKAGE) -> List[Dict[str, Any]]:
    data = json.loads((out / package / "_catalog.json").read_text(encoding="utf-8"))
    ops: List[Dict[str, Any]] = data["operations"]
    return ops


def test_read_only_by_default_and_more_on_request(team_package: Path, cml: LocalServer) -> None:
    ops = catalog_ops(team_package)
    uploads = {o["name"] for o in ops if any(p["in"] == "formData" for p in o["params"])}
    gets = {o["name"] for o in ops if o["method"] == "GET"}
    helpers = {"find_project", "find_job", "find_model", "wait_for_job_run", "wait_for_model_build",
               "wait_for_model_deployment"}

    async def names(client: Any) -> List[str]:
        return [t.name for t in (await client.list_tools()).tools]

    assert set(session(team_package, cml, [], names)) == gets | helpers
    write = set(session(team_package, cml, ["--allow-write"], names))
    assert gets < write and "update_project" in write and "delete_project" not in write
    everything = set(session(team_package, cml, ["--allow-admin"], names))
    assert everything == {o["name"] for o in ops} - uploads | helpers
    assert set(session(team_package, cml, ["--include", "delete_project"], names)) == {"delete_project"}
    assert cml.requests == []  # listing tools sends nothing to the workspace


def test_schemas_are_valid_and_match_the_operations(team_package: Path, cml: LocalServer) -> None:
    async def listed(client: Any) -> Any:
        return (await client.list_tools()).tools

    tools = {t.name: t for t in session(team_package, cml, ["--allow-admin"], listed)}
    for op in catalog_ops(team_package):
        if op["name"] not in tools:
            continue
        schema = tools[op["name"]].input_schema
        jsonschema.Draft202012Validator.check_schema(schema)
        props = schema["properties"]
        for p in op["params"]:
            if p["in"] in ("path", "query"):
                assert p["name"] in props, (op["name"], p["name"])
                assert (p["name"] in schema.get("required", [])) is bool(p["required"]), (op["name"], p["name"])
        assert schema["additionalProperties"] is False
    create = tools["create_project"].input_schema
    assert "name" in create["properties"] and "body" not in create["properties"]  # the body is flattened
    assert "id" not in tools["update_project"].input_schema["properties"]  # read-only fields are left out


def test_calls_against_a_workspace(team_package: Path, cml: LocalServer) -> None:
    async def calls(client: Any) -> Dict[str, Any]:
        return {
            "paged": await client.call_tool("list_projects", {"page_size": 2, "max_items": 3}),
            "all": await client.call_tool("list_projects", {"page_size": 2}),
            "get": await client.call_tool("get_project", {"project_id": "p2"}),
            "missing": await client.call_tool("get_project", {"project_id": "nope"}),
            "update": await client.call_tool("update_project", {"project_id": "p1", "name": "renamed"}),
            "restart": await client.call_tool("restart_application", {"project_id": "p1", "application_id": "a1"}),
            "bad_type": await client.call_tool("list_projects", {"page_size": "five"}),
            "unknown": await client.call_tool("get_project", {"project_id": "p1", "nope": 1}),
            "find": await client.call_tool("find_project", {"name": "DEMO-4"}),
        }

    results = session(team_package, cml, ["--allow-write"], calls)
    paged = results["paged"].structured_content
    assert not results["paged"].is_error
    assert [p["id"] for p in paged["items"]] == ["p1", "p2", "p3"] and paged["count"] == 3
    assert paged["next_page_token"] == "4"
    everything = results["all"].structured_content
    assert everything["count"] == 5 and everything["next_page_token"] is None
    assert results["get"].structured_content["name"] == "demo-2"
    missing = results["missing"]
    assert missing.is_error
    assert missing.structured_content == {"operation": "get_project", "status": 404, "message": "project not found"}
    assert "404" in missing.content[0].text and "project not found" in missing.content[0].text
    patch = next(r for r in cml.requests if r.method == "PATCH")
    assert patch.path == "/api/v2/projects/p1" and patch.json() == {"name": "renamed"}
    restart = next(r for r in cml.requests if r.method == "POST")
    assert restart.path == "/api/v2/projects/p1/applications/a1:restart"
    assert results["restart"].structured_content["status"] == "APPLICATION_STARTING"
    assert results["bad_type"].is_error and "page_size" in results["bad_type"].content[0].text
    assert results["unknown"].is_error and "nope" in results["unknown"].content[0].text
    assert results["find"].structured_content["count"] == 1
    sent = [r for r in cml.requests if r.path == "/api/v2/projects"]
    assert all(r.query.get("page_size") != ["five"] for r in sent)  # the bad call sent nothing
    assert all(r.header("authorization") == f"Bearer {KEY}" for r in cml.requests)
    for result in results.values():
        assert KEY not in texts(result)


def test_a_write_is_refused_in_read_only_mode(team_package: Path, cml: LocalServer) -> None:
    async def call(client: Any) -> Any:
        return await client.call_tool("update_project", {"project_id": "p1", "name": "x"})

    result = session(team_package, cml, [], call)
    assert result.is_error and "update_project" in result.content[0].text
    assert not any(r.method == "PATCH" for r in cml.requests)


def test_usage_errors_are_one_line(team_package: Path, cml: LocalServer) -> None:
    env = server_env(team_package, cml)
    budget = subprocess.run([sys.executable, "-m", f"{PACKAGE}.mcp", "--max-tools", "3"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert budget.returncode == 2 and budget.stderr.startswith("error: ") and "--max-tools 3" in budget.stderr
    no_key = dict(env)
    del no_key["CDSW_APIV2_KEY"]
    missing = subprocess.run([sys.executable, "-m", f"{PACKAGE}.mcp"], env=no_key, capture_output=True,
                             text=True, timeout=60)
    assert missing.returncode == 2 and "CDSW_APIV2_KEY" in missing.stderr and "Traceback" not in missing.stderr
    listing = subprocess.run([sys.executable, "-m", f"{PACKAGE}.mcp", "--list-tools"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert listing.returncode == 0 and listing.stdout.rstrip().splitlines()[-1].endswith("bytes")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_http_transport_refuses_requests_without_the_token(team_package: Path, cml: LocalServer) -> None:
    port = _free_port()
    env = server_env(team_package, cml)
    proc = subprocess.Popen(
        [sys.executable, "-m", f"{PACKAGE}.mcp", "--transport", "http", "--port", str(port),
         "--http-token", "let-me-in"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/mcp"
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}).encode()

        def post(headers: Dict[str, str]) -> int:
            req = urllib.request.Request(url, data=body, method="POST", headers={
                "Content-Type": "application/json", "Accept": "application/json, text/event-stream", **headers})
            try:
                with urllib.request.urlopen(req, timeout=5) as answer:
                    return int(answer.status)
            except urllib.error.HTTPError as exc:
                return exc.code

        deadline = time.monotonic() + 30
        while True:
            try:
                status = post({})
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert status == 401
        assert post({"Authorization": "Bearer wrong"}) == 401
        assert post({"Authorization": "Bearer let-me-in"}) == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert KEY not in (proc.stderr.read() if proc.stderr else b"").decode()


def test_the_readme_configuration_starts_as_written(team_package: Path, cml: LocalServer) -> None:
    readme = (team_package / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(\{\s*\"mcpServers\".*?)\n```", readme, re.S)
    assert block, "the generated README has no MCP client configuration"
    config = json.loads(block.group(1))
    (entry,) = config["mcpServers"].values()
    assert entry["command"] == "python" and entry["args"][:2] == ["-m", f"{PACKAGE}.mcp"]
    assert set(entry["env"]) == {"CDSW_DOMAIN", "CDSW_APIV2_KEY"}

    async def names(client: Any) -> List[str]:
        return [t.name for t in (await client.list_tools()).tools]

    # as written, with the interpreter of this test for "python" and the local workspace in env
    found = session(team_package, cml, entry["args"][2:], names, command=[sys.executable])
    assert "list_projects" in found


def test_real_spec_tool_counts(generate: Generate, cml: LocalServer) -> None:
    if not REAL_SPEC.is_file():
        pytest.skip(f"real CML spec not found at <repo>/../shared/specs/cml/{REAL_SPEC.name}")
    out = generate(REAL_SPEC, "cmlapi_mcp_real")
    env = server_env(out, cml)
    counts = {}
    for mode in ([], ["--allow-write"], ["--allow-admin"]):
        done = subprocess.run([sys.executable, "-m", "cmlapi_mcp_real.mcp", "--list-tools", *mode], env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        last = done.stdout.rstrip().splitlines()[-1]
        found = re.fullmatch(r"(\d+) tools, tools/list ([\d,]+) bytes", last)
        assert found, last
        counts[" ".join(mode) or "read-only"] = (int(found.group(1)), int(found.group(2).replace(",", "")))
    ops = catalog_ops(out, "cmlapi_mcp_real")
    assert counts["read-only"][0] == sum(1 for o in ops if o["method"] == "GET") + 6
    assert counts["read-only"][1] < counts["--allow-write"][1] < counts["--allow-admin"][1] < 200_000
