"""The ValidateAPIKeyResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class ValidateAPIKeyResponse(_Model):
    """The ValidateAPIKeyResponse object.

    Attributes:
        valid (bool)
        username (str)
        message (str)
    """

    __slots__ = ()
    valid: Optional[bool] = None
    username: Optional[str] = None
    message: Optional[str] = None
