"""The ProtobufAny model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class ProtobufAny(_Model):
    """The protobufAny object.

    Attributes:
        type_url (str)
        value (str)
    """

    __slots__ = ()
    _schema = (
        ("type_url", "type_url", "str"),
        ("value", "value", "str"),
    )
    type_url: Optional[str]
    value: Optional[str]

    def __init__(
        self,
        type_url: Optional[str] = None,
        value: Optional[str] = None,
    ) -> None:
        self._d = {
            "type_url": type_url,
            "value": value,
        }
        self._c = None
