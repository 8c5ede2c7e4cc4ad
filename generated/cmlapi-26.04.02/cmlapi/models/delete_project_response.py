"""The DeleteProjectResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteProjectResponse(_Model):
    """Nothing is returned when a project is removed."""
