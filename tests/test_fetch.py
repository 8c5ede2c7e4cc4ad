"""``python -m generator fetch`` against real HTTPS servers on 127.0.0.1.

Each server runs in a thread with a certificate from a CA that ``trustme``
makes for this session; the CLI runs as a subprocess. Every failure case
checks the same contract: exit 1, exactly one ``error:`` line, no traceback,
the API key nowhere in the output or the output directory, and the output
directory exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import ssl
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest
import trustme

from generator.fetch import (
    FetchError,
    OptionError,
    parse_host,
    retry_after_seconds,
    safe_version,
    write_new,
)

REPO = Path(__file__).resolve().parents[1]
SPEC = (REPO / "specs" / "cml-26.01.07.json").read_bytes()
SPEC_SHA = hashlib.sha256(SPEC).hexdigest()
TOKEN = "cmlkey-" + secrets.token_hex(20)
SPEC_PATH = "/api/v2/swagger.json"
FAST = ["--timeout", "3", "--retry-delay", "0.01"]

Action = Callable[["Handler"], None]


# ---------------------------------------------------------------- the server


@dataclass
class Seen:
    path: str
    headers: Dict[str, str]

    @property
    def authorization(self) -> Optional[str]:
        return self.headers.get("authorization")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_HTTPServer"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
        index = min(len(owner.seen) - 1, len(owner.script) - 1)
        owner.script[index](self)
        self.close_connection = True


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: "Server"

    def finish_request(self, request: Any, client_address: Any) -> None:
        # TLS handshake here, in the request's thread, so a client that
        # rejects the certificate cannot block the accept loop.
        if self.owner.context is not None:
            try:
                request = self.owner.context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)


@dataclass
class Server:
    """A server on 127.0.0.1; ``script[i]`` answers request ``i`` (the last repeats)."""

    context: Optional[ssl.SSLContext]
    script: List[Action] = field(default_factory=list)
    seen: List[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    sent: int = 0  # body bytes written by ``endless``
    done: threading.Event = field(default_factory=threading.Event)
    httpd: Any = None

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"{'https' if self.context else 'http'}://127.0.0.1:{self.port}"

    def __enter__(self) -> "Server":
        self.httpd = _HTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.owner = self
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def reply(status: int = 200, body: bytes = SPEC, content_type: str = "application/json", **headers: str) -> Action:
    def act(h: Handler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        for name, value in headers.items():
            h.send_header(name.replace("_", "-"), value)
        h.send_header("Content-Length", str(len(body)))
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(body)

    return act


def redirect(location: str, status: int = 302) -> Action:
    return reply(status, b"", "text/plain", Location=location)


def cut_off(body: bytes = SPEC, pause: float = 0.0) -> Action:
    """Promise the whole body, send half, optionally stall, then hang up."""

    def act(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body[: len(body) // 2])
        h.wfile.flush()
        if pause:
            h.server.owner.stop.wait(pause)

    return act


def endless(h: Handler) -> None:
    """A body with no Content-Length that goes on until the client hangs up (or 256 MiB)."""
    owner = h.server.owner
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"{" + b" " * 65535
    try:
        for _ in range(4096):
            if owner.stop.is_set():
                return
            h.wfile.write(chunk)
            owner.sent += len(chunk)
    except OSError:
        pass
    finally:
        owner.done.set()


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def server(ca: trustme.CA) -> Iterator[Server]:
    with Server(tls_context(ca), [reply()]) as srv:
        yield srv


@pytest.fixture
def other(ca: trustme.CA) -> Iterator[Server]:
    with Server(tls_context(ca), [reply()]) as srv:
        yield srv


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output directory that already holds a good spec that must survive."""
    directory = tmp_path / "specs"
    directory.mkdir()
    (directory / "cml-25.1.0.json").write_bytes(b'{"kept": true}\n')
    return directory


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str
    seconds: float


def clean_env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CDSW_APIV2_KEY", "API_KEY", "CDSW_DOMAIN")}
    env.update(extra)
    return env


def run(*args: str, env: Optional[Dict[str, str]] = None, cwd: Path = REPO) -> Result:
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "fetch", *args],
        cwd=cwd, env=env if env is not None else clean_env(), capture_output=True, text=True, timeout=60,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start)


def fetch(srv: Server, out: Path, *extra: str, ca_file: Optional[str] = None, token: bool = True) -> Result:
    args = ["--host", srv.url, "--out", str(out), *FAST]
    if token:
        args += ["--token", TOKEN]
    if ca_file is not None:
        args += ["--ca-bundle", ca_file]
    return run(*args, *extra)


def snapshot(directory: Path) -> Dict[str, bytes]:
    if not directory.exists():
        return {}
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def assert_no_token(result: Result, directory: Path) -> None:
    assert TOKEN not in result.stdout + result.stderr
    for name, data in snapshot(directory).items():
        assert TOKEN.encode() not in data, name


def assert_failed(result: Result, directory: Path, before: Dict[str, bytes], *needles: str) -> str:
    """The failure contract; returns the error line."""
    assert result.code == 1, result
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert result.stdout == ""
    assert_no_token(result, directory)
    assert snapshot(directory) == before, "the output directory changed"
    for needle in needles:
        assert needle.lower() in errors[0].lower(), errors[0]
    return errors[0]


def saved_line(path: Path, version: str = "26.01.07", sha: str = SPEC_SHA, verb: str = "saved") -> str:
    return f"{verb} {path} version {version} sha256 {sha}\n"


# ---------------------------------------------------------------- success


def test_saves_the_spec_byte_for_byte(server: Server, ca_file: str, tmp_path: Path) -> None:
    target = tmp_path / "new" / "dir"
    result = fetch(server, target, ca_file=ca_file)
    assert result.code == 0, result
    assert result.stdout == saved_line(target / "cml-26.01.07.json")
    assert result.stderr == ""
    assert snapshot(target) == {"cml-26.01.07.json": SPEC}
    assert hashlib.sha256((target / "cml-26.01.07.json").read_bytes()).hexdigest() == SPEC_SHA
    assert [(s.path, s.authorization) for s in server.seen] == [(SPEC_PATH, f"Bearer {TOKEN}")]
    assert_no_token(result, target)


def test_default_out_and_environment(server: Server, ca_file: str, tmp_path: Path) -> None:
    host = server.url.split("://", 1)[1]  # a bare domain means https
    env = clean_env(CDSW_DOMAIN=host, CDSW_APIV2_KEY=TOKEN, API_KEY="not-this-one", PYTHONPATH=str(REPO))
    result = run("--ca-bundle", ca_file, *FAST, env=env, cwd=tmp_path)
    assert result.code == 0, result
    assert result.stdout == saved_line(Path("specs") / "cml-26.01.07.json")
    assert (tmp_path / "specs" / "cml-26.01.07.json").read_bytes() == SPEC
    assert server.seen[0].authorization == f"Bearer {TOKEN}"


def test_api_key_fallback(server: Server, ca_file: str, out: Path) -> None:
    env = clean_env(API_KEY=TOKEN)
    result = run("--host", server.url, "--out", str(out), "--ca-bundle", ca_file, *FAST, env=env)
    assert result.code == 0, result
    assert server.seen[0].authorization == f"Bearer {TOKEN}"


def test_same_version_same_content(server: Server, ca_file: str, out: Path) -> None:
    (out / "cml-26.01.07.json").write_bytes(SPEC)
    before = snapshot(out)
    mtime = (out / "cml-26.01.07.json").stat().st_mtime_ns
    result = fetch(server, out, ca_file=ca_file)
    assert result.code == 0, result
    assert result.stdout == saved_line(out / "cml-26.01.07.json", verb="already saved")
    assert result.stderr == ""
    assert snapshot(out) == before
    assert (out / "cml-26.01.07.json").stat().st_mtime_ns == mtime


def test_same_version_other_content_is_saved_aside(server: Server, ca_file: str, out: Path) -> None:
    edited = SPEC.replace(b"Hand-written", b"Edited")
    (out / "cml-26.01.07.json").write_bytes(edited)
    aside = out / f"cml-26.01.07.{SPEC_SHA[:12]}.json"
    result = fetch(server, out, ca_file=ca_file)
    assert result.code == 0, result
    assert result.stdout == saved_line(aside)
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("warning:"), result.stderr
    assert "different content" in warnings[0] and str(aside) in warnings[0]
    assert (out / "cml-26.01.07.json").read_bytes() == edited
    assert aside.read_bytes() == SPEC
    again = fetch(server, out, ca_file=ca_file)
    assert again.code == 0, again
    assert again.stdout == saved_line(aside, verb="already saved")
    assert sorted(snapshot(out)) == sorted(["cml-25.1.0.json", "cml-26.01.07.json", aside.name])


def test_same_host_redirects_are_followed(server: Server, ca_file: str, out: Path) -> None:
    server.script = [redirect("/moved/once"), redirect(f"{server.url}/moved/twice", 301), reply()]
    result = fetch(server, out, ca_file=ca_file)
    assert result.code == 0, result
    assert [s.path for s in server.seen] == [SPEC_PATH, "/moved/once", "/moved/twice"]
    assert {s.authorization for s in server.seen} == {f"Bearer {TOKEN}"}


def test_retry_after_zero_then_success(server: Server, ca_file: str, out: Path) -> None:
    server.script = [reply(503, b"busy", "text/plain", Retry_After="0"), reply()]
    result = fetch(server, out, ca_file=ca_file)
    assert result.code == 0, result
    assert len(server.seen) == 2
    assert (out / "cml-26.01.07.json").read_bytes() == SPEC


def test_backoff_without_retry_after(server: Server, ca_file: str, out: Path) -> None:
    server.script = [reply(500, b"oops", "text/plain"), reply(502, b"oops", "text/plain"), reply()]
    result = fetch(server, out, ca_file=ca_file)
    assert result.code == 0, result
    assert len(server.seen) == 3


def test_insecure_works_and_warns(server: Server, out: Path) -> None:
    result = fetch(server, out, "--insecure")
    assert result.code == 0, result
    assert result.stdout == saved_line(out / "cml-26.01.07.json")
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: --insecure"), result.stderr
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr


def test_plain_http_when_explicit(out: Path) -> None:
    with Server(None, [reply()]) as srv:
        result = fetch(srv, out)
    assert result.code == 0, result
    assert (out / "cml-26.01.07.json").read_bytes() == SPEC
    assert srv.seen[0].authorization == f"Bearer {TOKEN}"


# ---------------------------------------------------------------- failures


@pytest.mark.parametrize(
    "status, needles",
    [
        (401, ("401", "api key was rejected")),
        (403, ("403", "lacks permission")),
        (404, ("404", "cml workspace")),
        (400, ("400", "unexpected")),
    ],
)
def test_http_errors(server: Server, ca_file: str, out: Path, status: int, needles: tuple) -> None:
    server.script = [reply(status, b'{"message": "no"}')]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, *needles)
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    "content_type, body",
    [("text/html; charset=utf-8", b"<html><form>Sign in</form></html>"), ("application/json", b"\n  <!doctype html><p>login")],
)
def test_html_login_page(server: Server, ca_file: str, out: Path, content_type: str, body: bytes) -> None:
    server.script = [reply(200, body, content_type)]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "html page", "login")


def test_a_one_letter_key_is_redacted_as_a_token_not_inside_words(server: Server, ca_file: str, out: Path) -> None:
    # "k" is in "workspace", "check" and "key": those words are printed whole
    server.script = [reply(404, b'{"message": "no"}')]
    before = snapshot(out)
    result = run("--host", server.url, "--token", "k", "--out", str(out), "--ca-bundle", ca_file, *FAST)
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: HTTP 404 Not Found from {server.url}{SPEC_PATH}: no API v2 spec there; "
        "is --host the URL of a CML workspace?\n"
    )
    assert snapshot(out) == before
    assert [seen.authorization for seen in server.seen] == ["Bearer k"]
    result = run("--token", "k", "--out", str(out), env=clean_env())
    assert (result.code, result.stderr) == (2, "error: no workspace: pass --host URL or set CDSW_DOMAIN\n")
    # where the key itself is echoed back (argparse quoting a bad value), it is hidden
    result = run("--host", server.url, "--token", "k", "--timeout", "k")
    assert result.code == 2 and "'***'" in result.stderr and "'k'" not in result.stderr, result.stderr
    assert "not a number of seconds" in result.stderr


def test_not_json(server: Server, ca_file: str, out: Path) -> None:
    server.script = [reply(200, b"swagger: '2.0'\ninfo: {}\n", "text/plain")]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "not json")


@pytest.mark.parametrize("body", [b'{"message": "hello"}', b"[1, 2, 3]"])
def test_json_that_is_not_a_spec(server: Server, ca_file: str, out: Path, body: bytes) -> None:
    server.script = [reply(200, body)]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "json but not a swagger spec")


def test_invalid_spec_reports_the_first_problem(server: Server, ca_file: str, out: Path) -> None:
    doc = json.loads(SPEC)
    operations = [op for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    operations[1]["operationId"] = operations[0]["operationId"]
    server.script = [reply(200, json.dumps(doc).encode())]
    before = snapshot(out)
    line = assert_failed(fetch(server, out, ca_file=ca_file), out, before, "is invalid", "operationId")
    assert operations[0]["operationId"] in line


def test_unsafe_version(server: Server, ca_file: str, out: Path) -> None:
    doc = json.loads(SPEC)
    doc["info"]["version"] = "../../etc/x"
    server.script = [reply(200, json.dumps(doc).encode())]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "info.version", "file name")


def test_spec_echoing_the_key_is_refused(server: Server, ca_file: str, out: Path) -> None:
    doc = json.loads(SPEC)
    doc["info"]["description"] = f"your key is {TOKEN}"
    server.script = [reply(200, json.dumps(doc).encode())]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "contains the api key")


def test_truncated_body(server: Server, ca_file: str, out: Path) -> None:
    server.script = [cut_off()]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "truncated", f"of {len(SPEC)} bytes")


def test_a_complete_response_holding_half_a_spec_looks_truncated(server: Server, ca_file: str, out: Path) -> None:
    # the HTTP body is whole (its Content-Length is right): the JSON in it is cut off
    server.script = [reply(200, SPEC[: len(SPEC) // 2])]
    before = snapshot(out)
    line = assert_failed(fetch(server, out, ca_file=ca_file), out, before, "looks truncated", "still open")
    assert line.startswith(f"error: the response from {server.url}{SPEC_PATH} looks truncated: the JSON stops at line ")


def test_stall_mid_body_ends_within_the_timeout(server: Server, ca_file: str, out: Path) -> None:
    server.script = [cut_off(pause=30)]
    before = snapshot(out)
    result = run("--host", server.url, "--token", TOKEN, "--out", str(out), "--ca-bundle", ca_file, "--timeout", "1.5")
    assert_failed(result, out, before, "timed out after 1.5 s")
    # The server stalls for 30 s; the margin covers interpreter start on a busy machine.
    assert result.seconds < 1.5 + 3, result.seconds


def test_429_retries_exhausted(server: Server, ca_file: str, out: Path) -> None:
    server.script = [reply(429, b"slow down", "text/plain", Retry_After="0")]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "429", "gave up after 4 attempts")
    assert len(server.seen) == 4


def test_retry_after_beyond_the_deadline_gives_up_at_once(server: Server, ca_file: str, out: Path) -> None:
    server.script = [reply(503, b"", "text/plain", Retry_After="120")]
    before = snapshot(out)
    result = fetch(server, out, ca_file=ca_file)
    assert_failed(result, out, before, "503", "no time left")
    assert len(server.seen) == 1
    assert result.seconds < 2.5


def test_unknown_ca_fails_verification(server: Server, out: Path, tmp_path: Path) -> None:
    before = snapshot(out)
    assert_failed(fetch(server, out), out, before, "certificate verification failed", "--ca-bundle")
    stranger = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(stranger))
    assert_failed(fetch(server, out, ca_file=str(stranger)), out, before, "certificate verification failed")
    assert server.seen == []


def test_connection_refused(out: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
        port = sock.getsockname()[1]
        before = snapshot(out)
        result = run("--host", f"https://127.0.0.1:{port}", "--token", TOKEN, "--out", str(out), *FAST)
    assert_failed(result, out, before, "cannot connect", "refused", "gave up after 4 attempts")


def test_dns_failure(out: Path) -> None:
    before = snapshot(out)
    result = run("--host", "https://cml-workspace.invalid", "--token", TOKEN, "--out", str(out), *FAST)
    assert_failed(result, out, before, "cannot resolve", "cml-workspace.invalid")


@pytest.mark.parametrize("host, needle", [("localhost", "another host"), ("127.0.0.1", "another port")])
def test_redirect_elsewhere_is_refused(
    server: Server, other: Server, ca_file: str, out: Path, host: str, needle: str
) -> None:
    server.script = [redirect(f"https://{host}:{other.port}{SPEC_PATH}")]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, needle, "refused" if host == "127.0.0.1" else "not sent")
    assert other.seen == []
    assert len(server.seen) == 1


@pytest.mark.parametrize("start, to", [("127.0.0.1", "localhost"), ("localhost", "127.0.0.1")])
def test_redirect_to_another_host_on_the_same_port_gets_no_key(
    server: Server, ca_file: str, out: Path, start: str, to: str
) -> None:
    """#10: both names reach this one server, so a followed redirect would arrive here: it must not."""
    server.script = [redirect(f"https://{to}:{server.port}{SPEC_PATH}"), reply()]
    before = snapshot(out)
    args = ["--host", f"https://{start}:{server.port}", "--out", str(out), "--token", TOKEN, "--ca-bundle", ca_file]
    result = run(*args, *FAST)
    assert_failed(result, out, before)
    assert [s.authorization for s in server.seen] == [f"Bearer {TOKEN}"]  # no second request, keyed or not


def test_redirect_to_plain_http_is_refused(server: Server, other: Server, ca_file: str, out: Path) -> None:
    server.script = [redirect(f"http://127.0.0.1:{server.port}{SPEC_PATH}")]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "plain http", "refused")
    assert len(server.seen) == 1


def test_too_many_redirects(server: Server, ca_file: str, out: Path) -> None:
    server.script = [redirect("/loop")]
    before = snapshot(out)
    assert_failed(fetch(server, out, ca_file=ca_file), out, before, "too many redirects")
    assert len(server.seen) == 6  # the request and five redirects followed


def test_oversize_declared_length(server: Server, ca_file: str, out: Path) -> None:
    before = snapshot(out)
    result = fetch(server, out, "--max-bytes", "1000", ca_file=ca_file)
    assert_failed(result, out, before, "larger than 1000 bytes")


def test_oversize_stream_is_cut_short(server: Server, ca_file: str, out: Path) -> None:
    server.script = [endless]
    before = snapshot(out)
    result = fetch(server, out, "--max-bytes", "200000", ca_file=ca_file)
    assert_failed(result, out, before, "larger than 200000 bytes")
    assert server.done.wait(10)
    # Only the limit plus what socket buffers held was sent: the client hung up early.
    assert server.sent < 32 * 1024 * 1024, server.sent


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    "args, env, needle",
    [
        ([], {"CDSW_APIV2_KEY": TOKEN}, "no workspace"),
        (["--host", "https://127.0.0.1:9"], {}, "no api key"),
        (["--host", "https://127.0.0.1:9"], {"CDSW_APIV2_KEY": ""}, "no api key"),
        ([], {"CDSW_DOMAIN": "http://127.0.0.1:9", "CDSW_APIV2_KEY": TOKEN}, "plain http"),
        (["--host", f"https://me:{TOKEN}@127.0.0.1:9", "--token", TOKEN], {}, "user name or password"),
        (["--host", "ftp://127.0.0.1", "--token", TOKEN], {}, "scheme"),
        (["--host", "https://127.0.0.1:9", "--token", TOKEN, "--insecure", "--ca-bundle", "x.pem"], {}, "choose one"),
        (["--host", "https://127.0.0.1:9", "--token", TOKEN, "--ca-bundle", "no-such.pem"], {}, "no such file"),
        (["--host", "https://127.0.0.1:9", "--token", TOKEN, "--ca-bundle", "pyproject.toml"], {}, "pem"),
        (["--host", "https://127.0.0.1:9", "--token", TOKEN, "--timeout", "0"], {}, "--timeout"),
        (["--host", "https://127.0.0.1:9", "--token", TOKEN, "--out", "pyproject.toml"], {}, "not a directory"),
        (["--host", "https://127.0.0.1:9", "--token", "two words"], {}, "not allowed in an http header"),
    ],
)
def test_usage_errors(args: List[str], env: Dict[str, str], needle: str) -> None:
    result = run(*args, env=clean_env(**env))
    assert result.code == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert needle in lines[0].lower(), lines[0]
    assert TOKEN not in result.stdout + result.stderr
    assert "two words" not in result.stderr


# ---------------------------------------------------------------- pieces


def test_retry_after_parsing() -> None:
    now = 1_700_000_000.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("0") == 0
    assert retry_after_seconds(" 7 ") == 7
    assert retry_after_seconds("86400") == 60  # capped
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("-3") is None
    assert retry_after_seconds("Tue, 14 Nov 2023 22:13:30 GMT", now) == pytest.approx(10)
    assert retry_after_seconds("Tue, 14 Nov 2023 22:13:00 GMT", now) == 0  # in the past
    assert retry_after_seconds("Wed, 15 Nov 2023 22:13:20 GMT", now) == 60


def test_parse_host() -> None:
    assert parse_host("ml-1.example.site", "CDSW_DOMAIN").url == "https://ml-1.example.site/api/v2/swagger.json"
    assert parse_host("HTTPS://ML-1.Example.site:8443/", "--host").url == "https://ml-1.example.site:8443/api/v2/swagger.json"
    assert parse_host("http://127.0.0.1:80/prefix/", "--host").url == "http://127.0.0.1/prefix/api/v2/swagger.json"
    assert parse_host("https://h/api/v2/swagger.json", "--host").path == SPEC_PATH
    for bad in ("https://", "https://h?x=1", "https://h:99999", "https://u@h"):
        with pytest.raises(OptionError):
            parse_host(bad, "--host")


@pytest.mark.parametrize("version", ["26.06.13", "1.2.3-rc_1", "v2"])
def test_safe_versions(version: str) -> None:
    assert safe_version(version) == version


@pytest.mark.parametrize("version", ["", ".hidden", "a/b", "..", "1 2", "x" * 200, "é", "a\\b"])
def test_unsafe_versions(version: str) -> None:
    with pytest.raises(FetchError):
        safe_version(version)


SAVE_UNDER_A_FILE_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
from generator.fetch import FetchError, save
out, spec, sha = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), sys.argv[3]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    save(out, "26.01.07", spec, sha)
except FetchError as exc:
    print(exc)
    sys.exit(3)
"""


def test_failed_write_leaves_nothing(out: Path) -> None:
    """A real write fault (a file size limit: EFBIG even for root), not a patched os.fsync."""
    assert len(SPEC) > 4096
    before = snapshot(out)
    proc = subprocess.run(
        [sys.executable, "-c", SAVE_UNDER_A_FILE_SIZE_LIMIT, str(out), str(REPO / "specs" / "cml-26.01.07.json"),
         SPEC_SHA],
        cwd=REPO, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.returncode == 3, proc.stderr
    assert "cannot write" in proc.stdout and "File too large" in proc.stdout, proc.stdout
    assert snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted(before)  # no temporary file left either


def test_write_new_never_overwrites(out: Path) -> None:
    before = snapshot(out)
    assert write_new(out / "cml-25.1.0.json", SPEC) is False
    assert snapshot(out) == before
    assert write_new(out / "cml-9.json", SPEC) is True
    assert snapshot(out) == {**before, "cml-9.json": SPEC}


def test_command_defaults_match_the_fetch_module() -> None:
    from generator import cmd_fetch, fetch

    assert (cmd_fetch.DEFAULT_TIMEOUT, cmd_fetch.RETRY_DELAY) == (fetch.DEFAULT_TIMEOUT, fetch.RETRY_DELAY)
