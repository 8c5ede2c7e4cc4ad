"""A fixed-answer HTTP/1.1 keep-alive server on 127.0.0.1, run in its own process.

``python -m bench.server BODY_FILE`` answers every request with ``200`` and
the bytes of BODY_FILE as ``application/json``, prints its port on the first
line of stdout, and stops when its stdin closes (so it never outlives the
benchmark). It runs in a separate process so that its work does not share the
client's GIL; it parses only what it must (header end, ``Content-Length``).

:class:`Served` is the parent side: a context manager yielding the base URL.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, List, Optional


def response_bytes(body: bytes) -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip() or 0)
    return 0


class FixedAnswer(asyncio.Protocol):
    """Answers each complete request on the connection with the same response bytes."""

    def __init__(self, response: bytes) -> None:
        self.response = response
        self.buffer = b""
        self.transport: Any = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            length = _content_length(buffer[:end])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            self.transport.write(self.response)
        self.buffer = buffer


async def _serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    response = response_bytes(body)
    server = await loop.create_server(lambda: FixedAnswer(response), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)

    def finish() -> None:
        if not stop.done():
            stop.set_result(None)

    def wait_for_eof() -> None:
        sys.stdin.buffer.read()  # returns when the parent closes our stdin (or dies)
        loop.call_soon_threadsafe(finish)

    threading.Thread(target=wait_for_eof, daemon=True).start()
    async with server:
        await stop


class Served:
    """``with Served(body) as url:`` -- ``body`` served by a child server process."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.proc: Optional[subprocess.Popen] = None  # type: ignore[type-arg]
        self.tmp: Optional[tempfile.TemporaryDirectory] = None  # type: ignore[type-arg]

    def __enter__(self) -> str:
        from .common import REPO, BenchError

        self.tmp = tempfile.TemporaryDirectory(prefix="cmlapi-bench-srv-")
        path = Path(self.tmp.name) / "body.json"
        path.write_bytes(self.body)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", str(path)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode("ascii", "replace").strip()
        if not line.isdigit():
            self.__exit__()
            raise BenchError(f"bench server did not start (said {line!r})")
        return f"http://127.0.0.1:{line}"

    def __exit__(self, *exc: Any) -> None:
        proc = self.proc
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
            self.proc = None
        if self.tmp is not None:
            self.tmp.cleanup()
            self.tmp = None


def main(argv: List[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m bench.server BODY_FILE", file=sys.stderr)
        return 2
    try:
        asyncio.run(_serve(Path(argv[0]).read_bytes()))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
