"""The CreateRegisteredModelRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


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

    _types = {"visibility": "Visibility"}
    project_id: Optional[str] = None
    experiment_id: Optional[str] = None
    run_id: Optional[str] = None
    model_path: Optional[str] = None
    model_name: Optional[str] = None
    tags: Optional[List[_m.Tag]] = None
    description: Optional[str] = None
    notes: Optional[str] = None
    visibility: Optional[str] = None
