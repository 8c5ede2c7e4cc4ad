"""The RuntimeStatus enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class RuntimeStatus(_EnumModel):
    """The RuntimeStatus object.

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"
    allowable_values = ("ENABLED", "DISABLED")
