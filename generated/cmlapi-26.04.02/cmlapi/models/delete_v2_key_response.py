"""The DeleteV2KeyResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class DeleteV2KeyResponse(_Model):
    """Empty reply to a key revocation"""

    __slots__ = ()
