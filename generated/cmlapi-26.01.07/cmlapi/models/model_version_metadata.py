"""The ModelVersionMetadata model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ModelVersionMetadata(_Model):
    """Metadata stored with a registered model version.

    Attributes:
        mlops_type (str): Which kind of metadata follows.
        tags (List[Tag]): Version tags.
        workspace_url (str): Workspace the version was registered from.
        project_id (str): Source project.
        owner (ShortUser): Who registered the version.
        mlflow_metadata (MLflowMetadata): MLflow run details.
    """

    _types = {"mlops_type": "MLOPSType"}
    mlops_type: Optional[str] = None
    tags: Optional[List[_m.Tag]] = None
    workspace_url: Optional[str] = None
    project_id: Optional[str] = None
    owner: Optional[_m.ShortUser] = None
    mlflow_metadata: Optional[_m.MLflowMetadata] = None
