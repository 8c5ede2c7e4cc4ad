"""The ListProjectCollaboratorsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListProjectCollaboratorsResponse(_Model):
    """One page of collaborators.

    Attributes:
        collaborators (List[Collaborator]): Collaborators on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    collaborators: Optional[List[_m.Collaborator]] = None
    next_page_token: Optional[str] = None
