"""The ListRuntimeAddonsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListRuntimeAddonsResponse(_Model):
    """One page of runtime add-ons.

    Attributes:
        runtime_addons (List[RuntimeAddon]): Add-ons on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    runtime_addons: Optional[List[_m.RuntimeAddon]] = None
    next_page_token: Optional[str] = None
