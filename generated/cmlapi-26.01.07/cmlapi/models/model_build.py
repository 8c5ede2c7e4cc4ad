"""The ModelBuild model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ModelBuild(_Model):
    """A packaged, deployable version of a model.

    Attributes:
        id (str): Build identifier.
        model_id (str): Model that was built.
        creator (ShortUser): Who started the build.
        comment (str): Note stored with the build.
        file_path (str): File that defines the predict function.
        function_name (str): Function that serves predictions.
        engine_image (str): Legacy engine image used, if any.
        kernel (str): Kernel used, for legacy engine images.
        created_at (datetime): When the build was requested.
        updated_at (datetime): When the build last changed.
        status (str): Build progress, such as "built" or "build failed".
        deletion_status (str): Progress of a pending deletion.
        crn (str): Cloudera resource name.
        built_at (datetime): When the build finished.
        runtime_identifier (str): Image identifier of the runtime used.
        runtime_addon_identifiers (List[str]): Add-ons mounted during the build.
        registered_model_version_id (str): Registry version built from, if any.
        model_root_dir (str): Working directory of the model
        build_duration_seconds (float): Wall-clock time the build took, in seconds.
    """

    id: Optional[str] = None
    model_id: Optional[str] = None
    creator: Optional[_m.ShortUser] = None
    comment: Optional[str] = None
    file_path: Optional[str] = None
    function_name: Optional[str] = None
    engine_image: Optional[str] = None
    kernel: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    status: Optional[str] = None
    deletion_status: Optional[str] = None
    crn: Optional[str] = None
    built_at: Optional[_dt.datetime] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    registered_model_version_id: Optional[str] = None
    model_root_dir: Optional[str] = None
    build_duration_seconds: Optional[float] = None
