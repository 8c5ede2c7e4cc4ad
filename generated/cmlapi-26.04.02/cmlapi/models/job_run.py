"""The JobRun model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Dict, List, Optional

    from .engine_status import EngineStatus

    from .short_user import ShortUser


class JobRun(_Model):
    """One execution of a job.

    Attributes:
        project_id (str): Project the run belongs to.
        job_id (str): Job that was run.
        status (str): Container state
        id (str): Run identifier.
        created_at (_dt.datetime): When the run was requested.
        scheduling_at (_dt.datetime): When scheduling began.
        starting_at (_dt.datetime): When the container started.
        running_at (_dt.datetime): When the script began.
        finished_at (_dt.datetime): When the run ended.
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

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("job_id", "job_id", "str"),
        ("status", "status", "EngineStatus", "str"),
        ("id", "id", "str"),
        ("created_at", "created_at", "datetime"),
        ("scheduling_at", "scheduling_at", "datetime"),
        ("starting_at", "starting_at", "datetime"),
        ("running_at", "running_at", "datetime"),
        ("finished_at", "finished_at", "datetime"),
        ("kernel", "kernel", "str"),
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("nvidia_gpu", "nvidia_gpu", "int"),
        ("arguments", "arguments", "str"),
        ("environment", "environment", "str"),
        ("creator", "creator", "ShortUser"),
        ("runtime_identifier", "runtime_identifier", "str"),
        ("exit_code", "exit_code", "int"),
    )
    project_id: Optional[str]
    job_id: Optional[str]
    status: Optional[str]
    id: Optional[str]
    created_at: Optional[_dt.datetime]
    scheduling_at: Optional[_dt.datetime]
    starting_at: Optional[_dt.datetime]
    running_at: Optional[_dt.datetime]
    finished_at: Optional[_dt.datetime]
    kernel: Optional[str]
    cpu: Optional[float]
    memory: Optional[float]
    nvidia_gpu: Optional[int]
    arguments: Optional[str]
    environment: Optional[str]
    creator: Optional[ShortUser]
    runtime_identifier: Optional[str]
    exit_code: Optional[int]

    def __init__(
        self,
        project_id: Optional[str] = None,
        job_id: Optional[str] = None,
        status: Optional[str] = None,
        id: Optional[str] = None,
        created_at: Optional[_dt.datetime] = None,
        scheduling_at: Optional[_dt.datetime] = None,
        starting_at: Optional[_dt.datetime] = None,
        running_at: Optional[_dt.datetime] = None,
        finished_at: Optional[_dt.datetime] = None,
        kernel: Optional[str] = None,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        nvidia_gpu: Optional[int] = None,
        arguments: Optional[str] = None,
        environment: Optional[str] = None,
        creator: Optional[ShortUser] = None,
        runtime_identifier: Optional[str] = None,
        exit_code: Optional[int] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "job_id": job_id,
            "status": status,
            "id": id,
            "created_at": created_at,
            "scheduling_at": scheduling_at,
            "starting_at": starting_at,
            "running_at": running_at,
            "finished_at": finished_at,
            "kernel": kernel,
            "cpu": cpu,
            "memory": memory,
            "nvidia_gpu": nvidia_gpu,
            "arguments": arguments,
            "environment": environment,
            "creator": creator,
            "runtime_identifier": runtime_identifier,
            "exit_code": exit_code,
        }
        self._c = None
