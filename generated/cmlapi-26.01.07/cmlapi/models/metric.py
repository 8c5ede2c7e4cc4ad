"""The Metric model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class Metric(_Model):
    """One metric measurement.

    Attributes:
        key (str): Metric name.
        value (float): Measured value.
        timestamp (str): Milliseconds since the Unix epoch.
        step (int): Training step the value belongs to.
    """

    __slots__ = ()
    key: Optional[str] = None
    value: Optional[float] = None
    timestamp: Optional[str] = None
    step: Optional[int] = None
