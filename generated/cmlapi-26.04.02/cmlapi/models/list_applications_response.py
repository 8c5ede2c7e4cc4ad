"""The ListApplicationsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListApplicationsResponse(_Model):
    """One page of applications.

    Attributes:
        applications (List[Application]): Applications on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    applications: Optional[List[_m.Application]] = None
    next_page_token: Optional[str] = None
