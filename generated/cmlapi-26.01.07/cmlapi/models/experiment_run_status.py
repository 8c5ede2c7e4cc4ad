"""The ExperimentRunStatus enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class ExperimentRunStatus(_EnumModel):
    """State of an experiment run.

     - EXPERIMENT_RUN_RUNNING: still executing
     - EXPERIMENT_RUN_SCHEDULED: queued, not started
     - EXPERIMENT_RUN_FINISHED: ended normally
     - EXPERIMENT_RUN_FAILED: ended with an error
     - EXPERIMENT_RUN_KILLED: stopped by a user

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    EXPERIMENT_RUN_RUNNING = "EXPERIMENT_RUN_RUNNING"
    EXPERIMENT_RUN_SCHEDULED = "EXPERIMENT_RUN_SCHEDULED"
    EXPERIMENT_RUN_FINISHED = "EXPERIMENT_RUN_FINISHED"
    EXPERIMENT_RUN_FAILED = "EXPERIMENT_RUN_FAILED"
    EXPERIMENT_RUN_KILLED = "EXPERIMENT_RUN_KILLED"
    allowable_values = (
        "EXPERIMENT_RUN_RUNNING",
        "EXPERIMENT_RUN_SCHEDULED",
        "EXPERIMENT_RUN_FINISHED",
        "EXPERIMENT_RUN_FAILED",
        "EXPERIMENT_RUN_KILLED",
    )
