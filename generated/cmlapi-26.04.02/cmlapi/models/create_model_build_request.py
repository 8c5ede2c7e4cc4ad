"""The CreateModelBuildRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .short_create_model_deployment import ShortCreateModelDeployment


class CreateModelBuildRequest(_Model):
    """The CreateModelBuildRequest object.

    Attributes:
        project_id (str): Project that holds the model.
        model_id (str): Model to build.
        comment (str): Note stored with the build.
        file_path (str): Python file that defines the predict function.
        function_name (str): Name of the function that serves predictions.
        kernel (str): Kernel for legacy engine images.
        runtime_identifier (str): Image identifier of the runtime to build on.
        runtime_addon_identifiers (List[str]): Add-ons to mount during the build.
        registered_model_version_id (str): Registry version to build from, if any.
        auto_deployment_config (ShortCreateModelDeployment): Deployment settings used when auto_deploy_model is set
        auto_deploy_model (bool): Deploy the build as soon as it succeeds
        model_root_dir (str): Folder used as the model's working directory
    """

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("model_id", "model_id", "str"),
        ("comment", "comment", "str"),
        ("file_path", "file_path", "str"),
        ("function_name", "function_name", "str"),
        ("kernel", "kernel", "str"),
        ("runtime_identifier", "runtime_identifier", "str"),
        ("runtime_addon_identifiers", "runtime_addon_identifiers", "list[str]"),
        ("registered_model_version_id", "registered_model_version_id", "str"),
        ("auto_deployment_config", "auto_deployment_config", "ShortCreateModelDeployment"),
        ("auto_deploy_model", "auto_deploy_model", "bool"),
        ("model_root_dir", "model_root_dir", "str"),
    )
    project_id: Optional[str]
    model_id: Optional[str]
    comment: Optional[str]
    file_path: Optional[str]
    function_name: Optional[str]
    kernel: Optional[str]
    runtime_identifier: Optional[str]
    runtime_addon_identifiers: Optional[List[str]]
    registered_model_version_id: Optional[str]
    auto_deployment_config: Optional[ShortCreateModelDeployment]
    auto_deploy_model: Optional[bool]
    model_root_dir: Optional[str]

    def __init__(
        self,
        project_id: Optional[str] = None,
        model_id: Optional[str] = None,
        comment: Optional[str] = None,
        file_path: Optional[str] = None,
        function_name: Optional[str] = None,
        kernel: Optional[str] = None,
        runtime_identifier: Optional[str] = None,
        runtime_addon_identifiers: Optional[List[str]] = None,
        registered_model_version_id: Optional[str] = None,
        auto_deployment_config: Optional[ShortCreateModelDeployment] = None,
        auto_deploy_model: Optional[bool] = None,
        model_root_dir: Optional[str] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "model_id": model_id,
            "comment": comment,
            "file_path": file_path,
            "function_name": function_name,
            "kernel": kernel,
            "runtime_identifier": runtime_identifier,
            "runtime_addon_identifiers": runtime_addon_identifiers,
            "registered_model_version_id": registered_model_version_id,
            "auto_deployment_config": auto_deployment_config,
            "auto_deploy_model": auto_deploy_model,
            "model_root_dir": model_root_dir,
        }
        self._c = None
