"""The CreateExperimentRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class CreateExperimentRequest(_Model):
    """Body for creating an experiment.

    Attributes:
        project_id (str): Project that will hold the experiment.
        name (str): Name, unique within the project.
        artifact_location (str): Where run artifacts are written; a default is chosen if empty.
        tags (List[Tag]): Initial tags.
    """

    project_id: Optional[str] = None
    name: Optional[str] = None
    artifact_location: Optional[str] = None
    tags: Optional[List[_m.Tag]] = None
