"""The ListJobRunsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListJobRunsResponse(_Model):
    """One page of job runs.

    Attributes:
        job_runs (List[JobRun]): Runs on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    job_runs: Optional[List[_m.JobRun]] = None
    next_page_token: Optional[str] = None
