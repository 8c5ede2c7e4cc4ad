"""The ListExperimentsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListExperimentsResponse(_Model):
    """One page of experiments.

    Attributes:
        experiments (List[Experiment]): Experiments on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    experiments: Optional[List[_m.Experiment]] = None
    next_page_token: Optional[str] = None
