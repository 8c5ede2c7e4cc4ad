"""The DeleteJobResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteJobResponse(_Model):
    """Nothing is returned when a job is removed."""
