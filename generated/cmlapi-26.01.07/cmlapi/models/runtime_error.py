"""The RuntimeError model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .protobuf_any import ProtobufAny


class RuntimeError(_Model):
    """The runtimeError object.

    Attributes:
        error (str)
        code (int)
        message (str)
        details (List[ProtobufAny])
    """

    __slots__ = ()
    error: Optional[str] = None
    code: Optional[int] = None
    message: Optional[str] = None
    details: Optional[List[ProtobufAny]] = None
