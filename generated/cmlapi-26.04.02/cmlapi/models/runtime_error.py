"""The RuntimeError model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class RuntimeError(_Model):
    """The runtimeError object.

    Attributes:
        error (str)
        code (int)
        message (str)
        details (List[ProtobufAny])
    """

    error: Optional[str] = None
    code: Optional[int] = None
    message: Optional[str] = None
    details: Optional[List[_m.ProtobufAny]] = None
