"""The ModelDeployment model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ModelDeployment(_Model):
    """A running instance of a model build.

    Attributes:
        project_id (str)
        model_id (str): Model being served.
        build_id (str): Build being served.
        id (str): Deployment identifier.
        cpu (float): Virtual CPU cores per replica.
        memory (float): Memory per replica, in GiB.
        nvidia_gpu (int): NVIDIA GPUs per replica.
        environment (str): Environment variables as one JSON-encoded string.
        created_at (datetime): When the deployment was made.
        updated_at (datetime): When the deployment last changed.
        stopped_at (datetime): Time the deployment was last stopped.
        crn (str): Cloudera resource name.
        deployer (ShortUser): Who made the deployment.
        status (str): Serving state, such as "deployed" or "stopped".
        replicas (int): Number of replicas.
    """

    project_id: Optional[str] = None
    model_id: Optional[str] = None
    build_id: Optional[str] = None
    id: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    environment: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    stopped_at: Optional[_dt.datetime] = None
    crn: Optional[str] = None
    deployer: Optional[_m.ShortUser] = None
    status: Optional[str] = None
    replicas: Optional[int] = None
