"""The DeleteModelResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteModelResponse(_Model):
    """Nothing is returned when a model is removed."""
