"""The ValidateAPIKeyResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class ValidateAPIKeyResponse(_Model):
    """The ValidateAPIKeyResponse object.

    Attributes:
        valid (bool)
        username (str)
        message (str)
    """

    valid: Optional[bool] = None
    username: Optional[str] = None
    message: Optional[str] = None
