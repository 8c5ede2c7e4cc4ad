"""The ModelVersionMetadata model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .mlops_type import MLOPSType

    from .m_lflow_metadata import MLflowMetadata

    from .short_user import ShortUser

    from .tag import Tag


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

    __slots__ = ()
    _schema = (
        ("mlops_type", "mlops_type", "MLOPSType", "str"),
        ("tags", "tags", "list[Tag]"),
        ("workspace_url", "workspace_url", "str"),
        ("project_id", "project_id", "str"),
        ("owner", "owner", "ShortUser"),
        ("mlflow_metadata", "mlflow_metadata", "MLflowMetadata"),
    )
    mlops_type: Optional[str]
    tags: Optional[List[Tag]]
    workspace_url: Optional[str]
    project_id: Optional[str]
    owner: Optional[ShortUser]
    mlflow_metadata: Optional[MLflowMetadata]

    def __init__(
        self,
        mlops_type: Optional[str] = None,
        tags: Optional[List[Tag]] = None,
        workspace_url: Optional[str] = None,
        project_id: Optional[str] = None,
        owner: Optional[ShortUser] = None,
        mlflow_metadata: Optional[MLflowMetadata] = None,
    ) -> None:
        self._d = {
            "mlops_type": mlops_type,
            "tags": tags,
            "workspace_url": workspace_url,
            "project_id": project_id,
            "owner": owner,
            "mlflow_metadata": mlflow_metadata,
        }
        self._c = None
