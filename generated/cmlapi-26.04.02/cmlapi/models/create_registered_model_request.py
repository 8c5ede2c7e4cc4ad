"""The CreateRegisteredModelRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .tag import Tag

    from .visibility import Visibility


class CreateRegisteredModelRequest(_Model):
    """Body for registering a model. If model_name is already taken, the call
    appends a version to that entry.

    Attributes:
        project_id (str): Source project
        experiment_id (str): Experiment that produced the model.
        run_id (str): Run that logged the model.
        model_path (str): Artifact path of the model inside the run, e.g. "model".
        model_name (str): Registry name
        tags (List[Tag]): Tags to attach.
        description (str): Free text about the model.
        notes (str): Notes stored on the first version.
        visibility (str): Who can see the entry.
    """

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("experiment_id", "experiment_id", "str"),
        ("run_id", "run_id", "str"),
        ("model_path", "model_path", "str"),
        ("model_name", "model_name", "str"),
        ("tags", "tags", "list[Tag]"),
        ("description", "description", "str"),
        ("notes", "notes", "str"),
        ("visibility", "visibility", "Visibility", "str"),
    )
    project_id: Optional[str]
    experiment_id: Optional[str]
    run_id: Optional[str]
    model_path: Optional[str]
    model_name: Optional[str]
    tags: Optional[List[Tag]]
    description: Optional[str]
    notes: Optional[str]
    visibility: Optional[str]

    def __init__(
        self,
        project_id: Optional[str] = None,
        experiment_id: Optional[str] = None,
        run_id: Optional[str] = None,
        model_path: Optional[str] = None,
        model_name: Optional[str] = None,
        tags: Optional[List[Tag]] = None,
        description: Optional[str] = None,
        notes: Optional[str] = None,
        visibility: Optional[str] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "experiment_id": experiment_id,
            "run_id": run_id,
            "model_path": model_path,
            "model_name": model_name,
            "tags": tags,
            "description": description,
            "notes": notes,
            "visibility": visibility,
        }
        self._c = None
