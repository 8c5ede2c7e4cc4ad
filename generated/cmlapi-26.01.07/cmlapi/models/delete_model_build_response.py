"""The DeleteModelBuildResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteModelBuildResponse(_Model):
    """Nothing is returned when a build is removed."""
