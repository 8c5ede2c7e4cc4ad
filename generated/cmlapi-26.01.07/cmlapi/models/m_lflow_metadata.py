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
    _schema = (
        ("experiment_id", "experiment_id", "str"),
        ("run_id", "run_id", "str"),
        ("metrics", "metrics", "list[Metric]"),
        ("params", "params", "list[Tag]"),
        ("tags", "tags", "list[Tag]"),
    )
    experiment_id: Optional[str]
    run_id: Optional[str]
    metrics: Optional[List[Metric]]
    params: Optional[List[Tag]]
    tags: Optional[List[Tag]]

    def __init__(
        self,
        experiment_id: Optional[str] = None,
        run_id: Optional[str] = None,
        metrics: Optional[List[Metric]] = None,
        params: Optional[List[Tag]] = None,
        tags: Optional[List[Tag]] = None,
    ) -> None:
        self._d = {
            "experiment_id": experiment_id,
            "run_id": run_id,
            "metrics": metrics,
            "params": params,
            "tags": tags,
        }
        self._c = None
