"""The Job model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Job(_Model):
    """A reusable, optionally scheduled script execution.

    Attributes:
        id (str): Job identifier. [read-only]
        name (str): Name of the job.
        script (str): Script the job runs.
        cpu (float): Virtual CPU cores per run.
        memory (float): Memory per run, in GiB.
        nvidia_gpu (int): NVIDIA GPUs per run.
        created_at (datetime): When the job was defined. [read-only]
        updated_at (datetime): When the job last changed. [read-only]
        creator (ShortUser): Who defined the job. [read-only]
        engine_image_id (str): Legacy engine image used, if any. [read-only]
        english_schedule (str): Schedule spelled out in words. [read-only]
        arguments (str): Arguments passed to the script.
        type (str): How the job is triggered: "manual", "cron" or "dependent". [read-only]
        kernel (str): Kernel for legacy engine images.
        parent_id (str): Job this one waits for, if it is a dependent job.
        paused (bool): True while the schedule is paused. [read-only]
        schedule (str): Cron expression.
        timeout (str): Timeout in seconds.
        timezone (str): Time zone of the schedule. [read-only]
        environment (str): Environment variables as one JSON-encoded string.
        runtime_identifier (str): Image identifier of the runtime.
        runtime_addon_identifiers (List[str]): Add-ons mounted into runs.
        kill_on_timeout (bool): Whether runs are stopped at the timeout.
        project (ShortProject)
        owner (ShortUser)
        run_as (int): Numeric user the runs execute as
        recipients (List[JobRecipient]): Who is e-mailed about run outcomes.
        attachments (List[str]): Project files attached to notification e-mails.
    """

    id: Optional[str] = None
    name: Optional[str] = None
    script: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    creator: Optional[_m.ShortUser] = None
    engine_image_id: Optional[str] = None
    english_schedule: Optional[str] = None
    arguments: Optional[str] = None
    type: Optional[str] = None
    kernel: Optional[str] = None
    parent_id: Optional[str] = None
    paused: Optional[bool] = None
    schedule: Optional[str] = None
    timeout: Optional[str] = None
    timezone: Optional[str] = None
    environment: Optional[str] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    kill_on_timeout: Optional[bool] = None
    project: Optional[_m.ShortProject] = None
    owner: Optional[_m.ShortUser] = None
    run_as: Optional[int] = None
    recipients: Optional[List[_m.JobRecipient]] = None
    attachments: Optional[List[str]] = None
