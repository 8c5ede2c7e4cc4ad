"""The CreateJobRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class CreateJobRequest(_Model):
    """Body for defining a job.

    Attributes:
        project_id (str): Project the job belongs to.
        name (str): Name of the job.
        script (str): Script to execute, relative to the project root.
        cpu (float): Virtual CPU cores per run.
        memory (float): Memory per run, in GiB.
        nvidia_gpu (int): NVIDIA GPUs per run.
        parent_job_id (str): Run this job after the given job succeeds (dependency chain)
        environment (Dict[str, str]): Environment variables for every run, e.g. {"MODE": "nightly"}.
        arguments (str): Script arguments

            Command-line arguments passed to the script. They are split the way a
            shell would split them, so write a literal space as "\\ ".
        timeout (int): Seconds before a run is considered timed out.
        schedule (str): Cron expression for scheduled runs, in five fields:
            minute hour day-of-month month day-of-week.
            Leave it empty for a manual or dependent job.
        kernel (str): Kernel for legacy engine images.
        recipients (List[JobRecipient]): Who is e-mailed about run outcomes.
        attachments (List[str]): Project files attached to notification e-mails.
        runtime_identifier (str): Image identifier of the runtime to run in.
        runtime_addon_identifiers (List[str]): Add-ons to mount, by identifier.
        kill_on_timeout (bool): Stop the run once the timeout passes.
        timezone (str): Time zone the schedule is read in, such as "Europe/Paris".
        paused (bool): Create the job with its schedule paused.
        run_as (int): Numeric user the runs execute as
        accelerator_label_id (str): Accelerator node label to schedule runs on
    """

    project_id: Optional[str] = None
    name: Optional[str] = None
    script: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    parent_job_id: Optional[str] = None
    environment: Optional[Dict[str, str]] = None
    arguments: Optional[str] = None
    timeout: Optional[int] = None
    schedule: Optional[str] = None
    kernel: Optional[str] = None
    recipients: Optional[List[_m.JobRecipient]] = None
    attachments: Optional[List[str]] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    kill_on_timeout: Optional[bool] = None
    timezone: Optional[str] = None
    paused: Optional[bool] = None
    run_as: Optional[int] = None
    accelerator_label_id: Optional[str] = None
