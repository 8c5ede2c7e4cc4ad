"""The CreateModelDeploymentRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, Optional

from .._model import Model as _Model


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

    project_id: Optional[str] = None
    model_id: Optional[str] = None
    build_id: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpus: Optional[int] = None
    environment: Optional[Dict[str, str]] = None
    replicas: Optional[int] = None
