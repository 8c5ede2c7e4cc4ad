"""The CreateJobRunRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, Optional

from .._model import Model as _Model


class CreateJobRunRequest(_Model):
    """Body for starting a job run.

    Attributes:
        project_id (str): Project the job belongs to.
        job_id (str): Job to start.
        environment (Dict[str, str]): Variables added for this run only, e.g. {"LOG_LEVEL": "debug"}.
        arguments (str): Arguments that replace the job's own for this run
    """

    project_id: Optional[str] = None
    job_id: Optional[str] = None
    environment: Optional[Dict[str, str]] = None
    arguments: Optional[str] = None
