"""``async_req=True`` support: each call runs on its own daemon thread.

No pool is kept, so nothing is leaked and nothing blocks interpreter exit.
"""

from __future__ import annotations

import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Optional


class AsyncResult:
    """The pending result of a call, in the shape of ``multiprocessing.pool.AsyncResult``."""

    def __init__(self, func: Callable[..., Any], *args: Any) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: Optional[BaseException] = None
        thread = threading.Thread(target=self._run, args=(func, args), daemon=True)
        thread.start()

    def _run(self, func: Callable[..., Any], args: Any) -> None:
        try:
            self._value = func(*args)
        except BaseException as exc:  # handed to the caller of get()
            self._error = exc
        finally:
            self._done.set()

    def ready(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: Optional[float] = None) -> None:
        self._done.wait(timeout)

    def successful(self) -> bool:
        if not self.ready():
            raise ValueError("the call has not finished")
        return self._error is None

    def get(self, timeout: Optional[float] = None) -> Any:
        """The call's return value; re-raises its exception."""
        if not self._done.wait(timeout):
            raise TimeoutError("the call has not finished")
        if self._error is not None:
            raise self._error
        return self._value
