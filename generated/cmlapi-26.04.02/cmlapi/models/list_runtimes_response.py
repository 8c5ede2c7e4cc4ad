"""The ListRuntimesResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListRuntimesResponse(_Model):
    """One page of runtimes.

    Attributes:
        runtimes (List[Runtime]): Runtimes on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
        total_count (int): Number of runtimes matching the filter, over all pages.
    """

    runtimes: Optional[List[_m.Runtime]] = None
    next_page_token: Optional[str] = None
    total_count: Optional[int] = None
