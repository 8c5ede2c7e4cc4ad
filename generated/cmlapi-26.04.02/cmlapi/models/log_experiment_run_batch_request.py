"""The LogExperimentRunBatchRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class LogExperimentRunBatchRequest(_Model):
    """Body for logging many values to a run in one call.
    At most 1000 metrics, 100 parameters and 100 tags are accepted per call.

    Attributes:
        project_id (str)
        experiment_id (str)
        run_id (str): Run the values are logged to
        metrics (List[Metric]): Metric points.
        params (List[Tag]): Parameters.
        tags (List[Tag]): Tags.
    """

    project_id: Optional[str] = None
    experiment_id: Optional[str] = None
    run_id: Optional[str] = None
    metrics: Optional[List[_m.Metric]] = None
    params: Optional[List[_m.Tag]] = None
    tags: Optional[List[_m.Tag]] = None
