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
    _schema = (
        ("key", "key", "str"),
        ("value", "value", "str"),
    )
    key: Optional[str]
    value: Optional[str]

    def __init__(
        self,
        key: Optional[str] = None,
        value: Optional[str] = None,
    ) -> None:
        self._d = {
            "key": key,
            "value": value,
        }
        self._c = None
