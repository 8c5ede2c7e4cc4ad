"""The ExperimentRun model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ExperimentRun(_Model):
    """One tracked execution inside an experiment.

    Attributes:
        id (str): Run identifier.
        name (str): Run name.
        experiment_id (str): Experiment the run belongs to.
        user (ShortUser): Who started the run.
        status (str): Current state of the run.
        start_time (datetime): When the run started.
        end_time (datetime): When the run ended; unset while it is still going.
        artifact_uri (str): Root URI of the run's artifacts.
        lifecycle_stage (str): Either "active" or "deleted".
        data (ExperimentRunData): Logged values.
    """

    _types = {"status": "ExperimentRunStatus"}
    id: Optional[str] = None
    name: Optional[str] = None
    experiment_id: Optional[str] = None
    user: Optional[_m.ShortUser] = None
    status: Optional[str] = None
    start_time: Optional[_dt.datetime] = None
    end_time: Optional[_dt.datetime] = None
    artifact_uri: Optional[str] = None
    lifecycle_stage: Optional[str] = None
    data: Optional[_m.ExperimentRunData] = None
