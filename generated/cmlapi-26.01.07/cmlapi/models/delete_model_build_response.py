"""The DeleteModelBuildResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class DeleteModelBuildResponse(_Model):
    """Nothing is returned when a build is removed."""

    __slots__ = ()
