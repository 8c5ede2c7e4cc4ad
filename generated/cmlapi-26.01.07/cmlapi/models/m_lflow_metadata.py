"""The MLflowMetadata model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .metric import Metric

    from .tag import Tag


class MLflowMetadata(_Model):
    """MLflow details of a registered model version.

    Attributes:
        experiment_id (str): Experiment the version came from.
        run_id (str): Run the version came from.
        metrics (List[Metric]): Metrics of that run.
        params (List[Tag]): Parameters of that run.
        tags (List[Tag]): Tags of that run.
    """

    __slots__ = ()
    experiment_id: Optional[str] = None
    run_id: Optional[str] = None
    metrics: Optional[List[Metric]] = None
    params: Optional[List[Tag]] = None
    tags: Optional[List[Tag]] = None
