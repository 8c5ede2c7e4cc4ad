"""The CpuProfile model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class CpuProfile(_Model):
    """CPU and memory preset

    Attributes:
        id (int)
        cpu (float)
        memory (float)
        resource_group_id (int)
    """

    id: Optional[int] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    resource_group_id: Optional[int] = None
