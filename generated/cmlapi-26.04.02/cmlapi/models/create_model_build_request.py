"""The CreateModelBuildRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


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

    project_id: Optional[str] = None
    model_id: Optional[str] = None
    comment: Optional[str] = None
    file_path: Optional[str] = None
    function_name: Optional[str] = None
    kernel: Optional[str] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    registered_model_version_id: Optional[str] = None
    auto_deployment_config: Optional[_m.ShortCreateModelDeployment] = None
    auto_deploy_model: Optional[bool] = None
    model_root_dir: Optional[str] = None
