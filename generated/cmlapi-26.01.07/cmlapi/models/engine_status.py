"""The EngineStatus enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class EngineStatus(_EnumModel):
    """State of the container behind a session or job run.

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    ENGINE_UNKNOWN = "ENGINE_UNKNOWN"
    ENGINE_SCHEDULING = "ENGINE_SCHEDULING"
    ENGINE_STARTING = "ENGINE_STARTING"
    ENGINE_RUNNING = "ENGINE_RUNNING"
    ENGINE_STOPPING = "ENGINE_STOPPING"
    ENGINE_STOPPED = "ENGINE_STOPPED"
    ENGINE_SUCCEEDED = "ENGINE_SUCCEEDED"
    ENGINE_FAILED = "ENGINE_FAILED"
    ENGINE_TIMEDOUT = "ENGINE_TIMEDOUT"
    allowable_values = (
        "ENGINE_UNKNOWN",
        "ENGINE_SCHEDULING",
        "ENGINE_STARTING",
        "ENGINE_RUNNING",
        "ENGINE_STOPPING",
        "ENGINE_STOPPED",
        "ENGINE_SUCCEEDED",
        "ENGINE_FAILED",
        "ENGINE_TIMEDOUT",
    )
