"""A real HTTP server on 127.0.0.1 for tests: records each request, answers as told.

Tests set ``server.reply`` (a callable taking the :class:`Recorded` request and
returning ``(status, headers, body bytes)``) or queue fixed answers with
:meth:`LocalServer.queue`. The server runs in a thread and stops when the
context manager exits.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Deque, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

Answer = Tuple[int, Dict[str, str], bytes]


@dataclass
class Recorded:
    method: str
    target: str
    path: str
    query: Dict[str, List[str]]
    headers: Dict[str, str]
    body: bytes
    raw_query: str = ""

    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> Optional[str]:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class LocalServer:
    requests: List[Recorded] = field(default_factory=list)
    answers: Deque[Answer] = field(default_factory=deque)
    reply: Optional[Callable[[Recorded], Answer]] = None
    httpd: Any = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def queue(self, status: int = 200, body: Any = b"{}", headers: Optional[Dict[str, str]] = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.answers.append((status, dict(headers or {"Content-Type": "application/json"}), data))

    def answer(self, request: Recorded) -> Answer:
        if self.answers:
            return self.answers.popleft()
        if self.reply is not None:
            return self.reply(request)
        return 200, {"Content-Type": "application/json"}, b"{}"

    def __enter__(self) -> "LocalServer":
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out in two writes: with Nagle on, each answer waits ~40 ms for a delayed ACK
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                rec = Recorded(
                    self.command, self.path, split.path, parse_qs(split.query, keep_blank_values=True),
                    dict(self.headers.items()), body, split.query,
                )
                owner.requests.append(rec)
                status, headers, data = owner.answer(rec)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
