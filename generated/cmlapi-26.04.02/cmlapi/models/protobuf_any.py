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
    type_url: Optional[str] = None
    value: Optional[str] = None
