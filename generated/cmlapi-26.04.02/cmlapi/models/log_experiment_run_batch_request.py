"""The LogExperimentRunBatchRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .metric import Metric

    from .tag import Tag


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

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("experiment_id", "experiment_id", "str"),
        ("run_id", "run_id", "str"),
        ("metrics", "metrics", "list[Metric]"),
        ("params", "params", "list[Tag]"),
        ("tags", "tags", "list[Tag]"),
    )
    project_id: Optional[str]
    experiment_id: Optional[str]
    run_id: Optional[str]
    metrics: Optional[List[Metric]]
    params: Optional[List[Tag]]
    tags: Optional[List[Tag]]

    def __init__(
        self,
        project_id: Optional[str] = None,
        experiment_id: Optional[str] = None,
        run_id: Optional[str] = None,
        metrics: Optional[List[Metric]] = None,
        params: Optional[List[Tag]] = None,
        tags: Optional[List[Tag]] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "experiment_id": experiment_id,
            "run_id": run_id,
            "metrics": metrics,
            "params": params,
            "tags": tags,
        }
        self._c = None
