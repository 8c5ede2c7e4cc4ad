"""The BatchListProjectsResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .project import Project


class BatchListProjectsResponse(_Model):
    """Reply to a batch project lookup.

    Attributes:
        projects (List[Project]): The projects that were found, in request order.
    """

    __slots__ = ()
    projects: Optional[List[Project]] = None
