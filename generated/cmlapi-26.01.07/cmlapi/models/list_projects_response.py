"""The ListProjectsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListProjectsResponse(_Model):
    """One page of projects.

    Attributes:
        projects (List[Project]): Projects on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    projects: Optional[List[_m.Project]] = None
    next_page_token: Optional[str] = None
