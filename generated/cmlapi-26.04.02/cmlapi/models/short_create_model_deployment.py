"""The ShortCreateModelDeployment model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class ShortCreateModelDeployment(_Model):
    """Deployment settings given inline with a build.

    Attributes:
        cpu (float): Virtual CPU cores per replica.
        memory (float): Memory per replica, in GiB.
        nvidia_gpus (int): NVIDIA GPUs per replica.
        environment (Dict[str, str]): Environment variables for the replicas.
        replicas (int): Number of replicas.
    """

    __slots__ = ()
    _schema = (
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("nvidia_gpus", "nvidia_gpus", "int"),
        ("environment", "environment", "dict(str, str)"),
        ("replicas", "replicas", "int"),
    )
    cpu: Optional[float]
    memory: Optional[float]
    nvidia_gpus: Optional[int]
    environment: Optional[Dict[str, str]]
    replicas: Optional[int]

    def __init__(
        self,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        nvidia_gpus: Optional[int] = None,
        environment: Optional[Dict[str, str]] = None,
        replicas: Optional[int] = None,
    ) -> None:
        self._d = {
            "cpu": cpu,
            "memory": memory,
            "nvidia_gpus": nvidia_gpus,
            "environment": environment,
            "replicas": replicas,
        }
        self._c = None
