"""The ShortCreateModelDeployment model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, Optional

from .._model import Model as _Model


class ShortCreateModelDeployment(_Model):
    """Deployment settings given inline with a build.

    Attributes:
        cpu (float): Virtual CPU cores per replica.
        memory (float): Memory per replica, in GiB.
        nvidia_gpus (int): NVIDIA GPUs per replica.
        environment (Dict[str, str]): Environment variables for the replicas.
        replicas (int): Number of replicas.
    """

    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpus: Optional[int] = None
    environment: Optional[Dict[str, str]] = None
    replicas: Optional[int] = None
