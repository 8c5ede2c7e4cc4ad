"""The BatchListProjectsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class BatchListProjectsResponse(_Model):
    """Reply to a batch project lookup.

    Attributes:
        projects (List[Project]): The projects that were found, in request order.
    """

    projects: Optional[List[_m.Project]] = None
