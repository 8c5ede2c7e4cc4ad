"""The Experiment model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Experiment(_Model):
    """Experiment

    A named group of runs, tracked with MLflow.

    Attributes:
        id (str): Experiment identifier.
        project_id (str): Owning project
        name (str): Experiment name.
        artifact_location (str): Storage location for artifacts of its runs.
        created_at (datetime): When the experiment was created. [read-only]
        updated_at (datetime): When the experiment last changed. [read-only]
        tags (List[Tag]): Tags set on the experiment.
        lifecycle_stage (str): Either "active" or "deleted".
        user (ShortUser): Who created the experiment.
    """

    id: Optional[str] = None
    project_id: Optional[str] = None
    name: Optional[str] = None
    artifact_location: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    tags: Optional[List[_m.Tag]] = None
    lifecycle_stage: Optional[str] = None
    user: Optional[_m.ShortUser] = None
