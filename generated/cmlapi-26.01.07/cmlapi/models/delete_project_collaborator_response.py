"""The DeleteProjectCollaboratorResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteProjectCollaboratorResponse(_Model):
    """Nothing is returned when access is revoked."""
