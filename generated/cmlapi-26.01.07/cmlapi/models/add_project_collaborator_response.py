"""The AddProjectCollaboratorResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class AddProjectCollaboratorResponse(_Model):
    """Nothing is returned when a collaborator is added."""
