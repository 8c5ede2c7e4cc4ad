"""The AddProjectCollaboratorRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class AddProjectCollaboratorRequest(_Model):
    """Body for adding a collaborator to a project.

    Attributes:
        project_id (str): Project to share.
        username (str): User who gets access.
        permission (str): Access level granted to the user. [one of read, write, admin, operator]
    """

    project_id: Optional[str] = None
    username: Optional[str] = None
    permission: Optional[str] = None
