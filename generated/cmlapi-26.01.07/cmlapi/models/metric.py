"""The Metric model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class Metric(_Model):
    """One metric measurement.

    Attributes:
        key (str): Metric name.
        value (float): Measured value.
        timestamp (str): Milliseconds since the Unix epoch.
        step (int): Training step the value belongs to.
    """

    key: Optional[str] = None
    value: Optional[float] = None
    timestamp: Optional[str] = None
    step: Optional[int] = None
