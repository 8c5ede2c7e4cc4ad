"""The ListModelBuildsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListModelBuildsResponse(_Model):
    """One page of model builds.

    Attributes:
        model_builds (List[ModelBuild]): Builds on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    model_builds: Optional[List[_m.ModelBuild]] = None
    next_page_token: Optional[str] = None
