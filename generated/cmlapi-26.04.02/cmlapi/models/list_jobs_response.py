"""The ListJobsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListJobsResponse(_Model):
    """One page of jobs.

    Attributes:
        jobs (List[Job]): Jobs on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    jobs: Optional[List[_m.Job]] = None
    next_page_token: Optional[str] = None
