"""The CreateModelDeploymentRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class CreateModelDeploymentRequest(_Model):
    """Body for deploying a model build.

    Attributes:
        project_id (str): Project that holds the model.
        model_id (str): Model being deployed.
        build_id (str): Build being deployed.
        cpu (float): Virtual CPU cores per replica.
        memory (float): Memory per replica, in GiB.
        nvidia_gpus (int): NVIDIA GPUs per replica.
        environment (Dict[str, str]): Environment variables for the replicas.
        replicas (int): Number of replicas.
    """

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("model_id", "model_id", "str"),
        ("build_id", "build_id", "str"),
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("nvidia_gpus", "nvidia_gpus", "int"),
        ("environment", "environment", "dict(str, str)"),
        ("replicas", "replicas", "int"),
    )
    project_id: Optional[str]
    model_id: Optional[str]
    build_id: Optional[str]
    cpu: Optional[float]
    memory: Optional[float]
    nvidia_gpus: Optional[int]
    environment: Optional[Dict[str, str]]
    replicas: Optional[int]

    def __init__(
        self,
        project_id: Optional[str] = None,
        model_id: Optional[str] = None,
        build_id: Optional[str] = None,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        nvidia_gpus: Optional[int] = None,
        environment: Optional[Dict[str, str]] = None,
        replicas: Optional[int] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "model_id": model_id,
            "build_id": build_id,
            "cpu": cpu,
            "memory": memory,
            "nvidia_gpus": nvidia_gpus,
            "environment": environment,
            "replicas": replicas,
        }
        self._c = None
