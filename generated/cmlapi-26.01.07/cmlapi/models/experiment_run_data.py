"""The ExperimentRunData model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ExperimentRunData(_Model):
    """Values logged to a run.

    Attributes:
        metrics (List[Metric]): Latest value of each metric.
        params (List[Tag]): Parameters of the run.
        tags (List[Tag]): Tags of the run.
        metric_steps (Dict[str, str]): Highest step recorded per metric key. Values are 64-bit integers sent as
            decimal strings.
    """

    metrics: Optional[List[_m.Metric]] = None
    params: Optional[List[_m.Tag]] = None
    tags: Optional[List[_m.Tag]] = None
    metric_steps: Optional[Dict[str, str]] = None
