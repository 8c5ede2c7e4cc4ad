"""The Tag model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class Tag(_Model):
    """A key and value pair.

    Attributes:
        key (str): Tag name.
        value (str): Tag value.
    """

    __slots__ = ()
    key: Optional[str] = None
    value: Optional[str] = None
