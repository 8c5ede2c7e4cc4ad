"""The RestartModelDeploymentResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class RestartModelDeploymentResponse(_Model):
    """Nothing is returned when a restart is accepted."""
