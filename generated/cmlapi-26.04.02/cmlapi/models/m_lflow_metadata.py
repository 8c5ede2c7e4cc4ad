"""The MLflowMetadata model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class MLflowMetadata(_Model):
    """MLflow details of a registered model version.

    Attributes:
        experiment_id (str): Experiment the version came from.
        run_id (str): Run the version came from.
        metrics (List[Metric]): Metrics of that run.
        params (List[Tag]): Parameters of that run.
        tags (List[Tag]): Tags of that run.
    """

    experiment_id: Optional[str] = None
    run_id: Optional[str] = None
    metrics: Optional[List[_m.Metric]] = None
    params: Optional[List[_m.Tag]] = None
    tags: Optional[List[_m.Tag]] = None
