"""The StopModelDeploymentResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class StopModelDeploymentResponse(_Model):
    """Nothing is returned when a deployment is stopped."""
