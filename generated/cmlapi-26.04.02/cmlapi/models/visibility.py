"""The Visibility enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class Visibility(_EnumModel):
    """The Visibility object.

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    allowable_values = ("PRIVATE", "PUBLIC")
