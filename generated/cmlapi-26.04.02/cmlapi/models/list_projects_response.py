"""The ListProjectsResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .project import Project


class ListProjectsResponse(_Model):
    """One page of projects.

    Attributes:
        projects (List[Project]): Projects on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    __slots__ = ()
    _schema = (
        ("projects", "projects", "list[Project]"),
        ("next_page_token", "next_page_token", "str"),
    )
    projects: Optional[List[Project]]
    next_page_token: Optional[str]

    def __init__(
        self,
        projects: Optional[List[Project]] = None,
        next_page_token: Optional[str] = None,
    ) -> None:
        self._d = {
            "projects": projects,
            "next_page_token": next_page_token,
        }
        self._c = None
