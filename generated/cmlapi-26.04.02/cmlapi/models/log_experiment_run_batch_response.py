"""The LogExperimentRunBatchResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class LogExperimentRunBatchResponse(_Model):
    """Nothing is returned once the batch is stored."""

    __slots__ = ()
