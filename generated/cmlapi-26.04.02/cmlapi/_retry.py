"""Retry policy: which failures are retried, and how long to wait between tries."""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Collection, Optional, Union

IDEMPOTENT = frozenset(["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])


class Retries:
    """How a client retries.

    ``total`` retries at most (0 disables retrying) for connection errors and
    the statuses in ``statuses``, on the HTTP methods in ``methods`` only
    (POST and PATCH are not idempotent: add them to opt in). The wait before
    retry *n* is ``backoff_factor * 2**(n-1)`` capped at ``backoff_max``, less
    up to ``jitter`` of it at random; a ``Retry-After`` answer wins when it
    asks for at most ``retry_after_max`` seconds.
    """

    __slots__ = (
        "backoff_factor",
        "backoff_max",
        "jitter",
        "methods",
        "retry_after_max",
        "statuses",
        "total",
    )

    def __init__(
        self,
        total: int = 2,
        backoff_factor: float = 0.5,
        backoff_max: float = 8.0,
        jitter: float = 0.25,
        statuses: Collection[int] = (429, 502, 503, 504),
        methods: Collection[str] = IDEMPOTENT,
        retry_after_max: float = 60.0,
    ) -> None:
        self.total = max(0, int(total))
        self.backoff_factor = float(backoff_factor)
        self.backoff_max = float(backoff_max)
        self.jitter = min(max(float(jitter), 0.0), 1.0)
        self.statuses = frozenset(int(s) for s in statuses)
        self.methods = frozenset(m.upper() for m in methods)
        self.retry_after_max = float(retry_after_max)

    @classmethod
    def coerce(cls, value: Union[bool, int, Retries, None]) -> Retries:
        """Accept a policy, a number of retries, or None/False for no retries."""
        if isinstance(value, Retries):
            return value
        if value is None or value is False:
            return cls(total=0)
        if value is True:
            return cls()
        return cls(total=int(value))

    def allows(self, method: str, attempt: int) -> bool:
        return attempt < self.total and method.upper() in self.methods

    def backoff(self, attempt: int, retry_after: Optional[str] = None) -> float:
        """Seconds to wait before retry number ``attempt + 1``."""
        hinted = parse_retry_after(retry_after)
        if hinted is not None and hinted <= self.retry_after_max:
            return hinted
        base: float = min(self.backoff_max, self.backoff_factor * (2.0**attempt))
        return base * (1.0 - self.jitter * random.random())

    def __repr__(self) -> str:
        return (
            f"Retries(total={self.total}, backoff_factor={self.backoff_factor}, "
            f"statuses={sorted(self.statuses)}, methods={sorted(self.methods)})"
        )


def parse_retry_after(value: Any) -> Optional[float]:
    """Seconds from a ``Retry-After`` value: a number, or an HTTP date."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())
