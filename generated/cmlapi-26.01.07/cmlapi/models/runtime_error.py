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
    _schema = (
        ("error", "error", "str"),
        ("code", "code", "int"),
        ("message", "message", "str"),
        ("details", "details", "list[ProtobufAny]"),
    )
    error: Optional[str]
    code: Optional[int]
    message: Optional[str]
    details: Optional[List[ProtobufAny]]

    def __init__(
        self,
        error: Optional[str] = None,
        code: Optional[int] = None,
        message: Optional[str] = None,
        details: Optional[List[ProtobufAny]] = None,
    ) -> None:
        self._d = {
            "error": error,
            "code": code,
            "message": message,
            "details": details,
        }
        self._c = None
