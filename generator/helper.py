"""A forked child that imports black at once, then formats what the parent sends.

After a small spec change only a piece or two is missing from the cache, and
importing black (about 0.12 s) would be most of the run; started before the
model is built, the helper has black ready by the time the parent has rendered
the missing pieces. One request, pickled both ways over pipes (parent and
child are the same program); any failure of the helper makes
:meth:`Helper.format` return None and the parent formats them itself.
"""

from __future__ import annotations

import os
import pickle
import signal
from typing import Optional, Sequence

# The parent's ends of a running helper's pipes. Any other child forked while it runs
# (openapi-spec-validator's, black's workers) closes them: a copy of the request's
# write end left open in another process would keep the helper from seeing the end
# of its request until that process exits.
_LIVE: set[int] = set()


def _close_inherited() -> None:
    for fd in _LIVE:
        try:
            os.close(fd)
        except OSError:
            pass
    _LIVE.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited)


class Helper:
    def __init__(self, pid: int, request: int, reply: int) -> None:
        self.pid, self.request, self.reply = pid, request, reply

    @classmethod
    def start(cls) -> Optional[Helper]:
        """A running helper, or None when it would not pay: no ``fork``, or no piece cache
        yet (then nearly every piece is missing, and they are made in parallel workers)."""
        from .cache import PIECES, has

        if not hasattr(os, "fork") or os.environ.get("CMLAPI_GEN_NO_FORK") or not has(PIECES):
            return None
        request_r, request_w = os.pipe()
        reply_r, reply_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into the parent's code
            code = 0
            try:
                os.close(request_w)
                os.close(reply_r)
                _serve(request_r, reply_w)
            except BaseException:
                code = 1
            os._exit(code)
        os.close(request_r)
        os.close(reply_w)
        _LIVE.update((request_w, reply_r))
        return cls(pid, request_w, reply_r)

    def format(self, work: Sequence[tuple[str, str]]) -> Optional[list[str]]:
        """:func:`generator.format.format_piece` of each ``(kind, source)``, or None."""
        if self.pid == 0:
            return None
        try:
            with os.fdopen(self.request, "wb") as out:
                _LIVE.discard(self.request)
                self.request = -1
                out.write(pickle.dumps(list(work), protocol=pickle.HIGHEST_PROTOCOL))
            with os.fdopen(self.reply, "rb") as handle:
                _LIVE.discard(self.reply)
                self.reply = -1
                data = handle.read()
            _, status = os.waitpid(self.pid, 0)
            self.pid = 0
            texts = pickle.loads(data) if status == 0 and data else None
        except (OSError, pickle.UnpicklingError, EOFError):
            self.close()
            return None
        if not isinstance(texts, list) or len(texts) != len(work):
            return None
        return texts

    def close(self) -> None:
        """Stop the helper if it is still running (idempotent)."""
        for fd in (self.request, self.reply):
            if fd >= 0:
                _LIVE.discard(fd)
                os.close(fd)
        self.request = self.reply = -1
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = 0


def _serve(request: int, reply: int) -> None:
    from . import format

    format.load_black()
    with os.fdopen(request, "rb") as handle:
        data = handle.read()
    if not data:  # the parent needed nothing
        return
    texts = format.format_many(pickle.loads(data), workers=1)
    with os.fdopen(reply, "wb") as out:
        out.write(pickle.dumps(texts, protocol=pickle.HIGHEST_PROTOCOL))
