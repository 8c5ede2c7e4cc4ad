"""The JobRun model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class JobRun(_Model):
    """One execution of a job.

    Attributes:
        project_id (str): Project the run belongs to.
        job_id (str): Job that was run.
        status (str): Container state
        id (str): Run identifier.
        created_at (datetime): When the run was requested.
        scheduling_at (datetime): When scheduling began.
        starting_at (datetime): When the container started.
        running_at (datetime): When the script began.
        finished_at (datetime): When the run ended.
        kernel (str): Kernel used, for legacy engine images.
        cpu (float): Virtual CPU cores reserved.
        memory (float): Memory reserved, in GiB.
        nvidia_gpu (int): NVIDIA GPUs attached.
        arguments (str): Arguments the script received.
        environment (str): Environment variables as a JSON string
        creator (ShortUser): Who started the run.
        runtime_identifier (str): Image identifier of the runtime used.
        exit_code (int): Process exit code

            Exit code of the script once it has ended.
    """

    _types = {"status": "EngineStatus"}
    project_id: Optional[str] = None
    job_id: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    scheduling_at: Optional[_dt.datetime] = None
    starting_at: Optional[_dt.datetime] = None
    running_at: Optional[_dt.datetime] = None
    finished_at: Optional[_dt.datetime] = None
    kernel: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    arguments: Optional[str] = None
    environment: Optional[str] = None
    creator: Optional[_m.ShortUser] = None
    runtime_identifier: Optional[str] = None
    exit_code: Optional[int] = None
