"""The ListCpuProfilesResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListCpuProfilesResponse(_Model):
    """One page of CPU and memory presets

    Attributes:
        cpu_resource_profiles (List[CpuProfile])
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    cpu_resource_profiles: Optional[List[_m.CpuProfile]] = None
    next_page_token: Optional[str] = None
