"""The ApplicationStatus enum (generated; do not edit)."""

from __future__ import annotations

from .._model import EnumModel as _EnumModel


class ApplicationStatus(_EnumModel):
    """Where an application is in its lifecycle

    Fields of this type hold plain strings; values unknown to this client are kept as they come.
    """

    APPLICATION_UNKNOWN = "APPLICATION_UNKNOWN"
    APPLICATION_STARTING = "APPLICATION_STARTING"
    APPLICATION_RUNNING = "APPLICATION_RUNNING"
    APPLICATION_STOPPING = "APPLICATION_STOPPING"
    APPLICATION_STOPPED = "APPLICATION_STOPPED"
    APPLICATION_FAILED = "APPLICATION_FAILED"
    allowable_values = (
        "APPLICATION_UNKNOWN",
        "APPLICATION_STARTING",
        "APPLICATION_RUNNING",
        "APPLICATION_STOPPING",
        "APPLICATION_STOPPED",
        "APPLICATION_FAILED",
    )
