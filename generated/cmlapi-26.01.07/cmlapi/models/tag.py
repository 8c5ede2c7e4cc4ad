"""The Tag model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class Tag(_Model):
    """A key and value pair.

    Attributes:
        key (str): Tag name.
        value (str): Tag value.
    """

    key: Optional[str] = None
    value: Optional[str] = None
