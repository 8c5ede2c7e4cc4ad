"""The CreateExperimentRunRequest model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class CreateExperimentRunRequest(_Model):
    """Body for opening an experiment run.

    Attributes:
        project_id (str)
        experiment_id (str)
        name (str): Optional run name.
        start_time (datetime): When the run started; defaults to now.
        tags (List[Tag]): Initial tags of the run.
    """

    project_id: Optional[str] = None
    experiment_id: Optional[str] = None
    name: Optional[str] = None
    start_time: Optional[_dt.datetime] = None
    tags: Optional[List[_m.Tag]] = None
