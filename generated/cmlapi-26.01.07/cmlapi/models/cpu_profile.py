"""The CpuProfile model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class CpuProfile(_Model):
    """CPU and memory preset

    Attributes:
        id (int)
        cpu (float)
        memory (float)
        resource_group_id (int)
    """

    __slots__ = ()
    _schema = (
        ("id", "id", "int"),
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("resource_group_id", "resource_group_id", "int"),
    )
    id: Optional[int]
    cpu: Optional[float]
    memory: Optional[float]
    resource_group_id: Optional[int]

    def __init__(
        self,
        id: Optional[int] = None,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        resource_group_id: Optional[int] = None,
    ) -> None:
        self._d = {
            "id": id,
            "cpu": cpu,
            "memory": memory,
            "resource_group_id": resource_group_id,
        }
        self._c = None
