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
    _schema = (
        ("key", "key", "str"),
        ("value", "value", "float"),
        ("timestamp", "timestamp", "str"),
        ("step", "step", "int"),
    )
    key: Optional[str]
    value: Optional[float]
    timestamp: Optional[str]
    step: Optional[int]

    def __init__(
        self,
        key: Optional[str] = None,
        value: Optional[float] = None,
        timestamp: Optional[str] = None,
        step: Optional[int] = None,
    ) -> None:
        self._d = {
            "key": key,
            "value": value,
            "timestamp": timestamp,
            "step": step,
        }
        self._c = None
