"""The Collaborator model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Collaborator(_Model):
    """A user with access to a project.

    Attributes:
        username (str): Login name.
        permission (str): Access level, such as "read" or "admin".
        user (ShortUser): The collaborator's account.
    """

    username: Optional[str] = None
    permission: Optional[str] = None
    user: Optional[_m.ShortUser] = None
