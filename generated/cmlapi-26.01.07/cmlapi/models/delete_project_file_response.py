"""The DeleteProjectFileResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteProjectFileResponse(_Model):
    """Nothing is returned when a file is deleted."""
