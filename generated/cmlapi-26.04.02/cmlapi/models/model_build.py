"""The ModelBuild model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Dict, List, Optional

    from .short_user import ShortUser


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
        created_at (_dt.datetime): When the build was requested.
        updated_at (_dt.datetime): When the build last changed.
        status (str): Build progress, such as "built" or "build failed".
        deletion_status (str): Progress of a pending deletion.
        crn (str): Cloudera resource name.
        built_at (_dt.datetime): When the build finished.
        runtime_identifier (str): Image identifier of the runtime used.
        runtime_addon_identifiers (List[str]): Add-ons mounted during the build.
        registered_model_version_id (str): Registry version built from, if any.
        model_root_dir (str): Working directory of the model
        build_duration_seconds (float): Wall-clock time the build took, in seconds.
    """

    __slots__ = ()
    _schema = (
        ("id", "id", "str"),
        ("model_id", "model_id", "str"),
        ("creator", "creator", "ShortUser"),
        ("comment", "comment", "str"),
        ("file_path", "file_path", "str"),
        ("function_name", "function_name", "str"),
        ("engine_image", "engine_image", "str"),
        ("kernel", "kernel", "str"),
        ("created_at", "created_at", "datetime"),
        ("updated_at", "updated_at", "datetime"),
        ("status", "status", "str"),
        ("deletion_status", "deletion_status", "str"),
        ("crn", "crn", "str"),
        ("built_at", "built_at", "datetime"),
        ("runtime_identifier", "runtime_identifier", "str"),
        ("runtime_addon_identifiers", "runtime_addon_identifiers", "list[str]"),
        ("registered_model_version_id", "registered_model_version_id", "str"),
        ("model_root_dir", "model_root_dir", "str"),
        ("build_duration_seconds", "build_duration_seconds", "float"),
    )
    id: Optional[str]
    model_id: Optional[str]
    creator: Optional[ShortUser]
    comment: Optional[str]
    file_path: Optional[str]
    function_name: Optional[str]
    engine_image: Optional[str]
    kernel: Optional[str]
    created_at: Optional[_dt.datetime]
    updated_at: Optional[_dt.datetime]
    status: Optional[str]
    deletion_status: Optional[str]
    crn: Optional[str]
    built_at: Optional[_dt.datetime]
    runtime_identifier: Optional[str]
    runtime_addon_identifiers: Optional[List[str]]
    registered_model_version_id: Optional[str]
    model_root_dir: Optional[str]
    build_duration_seconds: Optional[float]

    def __init__(
        self,
        id: Optional[str] = None,
        model_id: Optional[str] = None,
        creator: Optional[ShortUser] = None,
        comment: Optional[str] = None,
        file_path: Optional[str] = None,
        function_name: Optional[str] = None,
        engine_image: Optional[str] = None,
        kernel: Optional[str] = None,
        created_at: Optional[_dt.datetime] = None,
        updated_at: Optional[_dt.datetime] = None,
        status: Optional[str] = None,
        deletion_status: Optional[str] = None,
        crn: Optional[str] = None,
        built_at: Optional[_dt.datetime] = None,
        runtime_identifier: Optional[str] = None,
        runtime_addon_identifiers: Optional[List[str]] = None,
        registered_model_version_id: Optional[str] = None,
        model_root_dir: Optional[str] = None,
        build_duration_seconds: Optional[float] = None,
    ) -> None:
        self._d = {
            "id": id,
            "model_id": model_id,
            "creator": creator,
            "comment": comment,
            "file_path": file_path,
            "function_name": function_name,
            "engine_image": engine_image,
            "kernel": kernel,
            "created_at": created_at,
            "updated_at": updated_at,
            "status": status,
            "deletion_status": deletion_status,
            "crn": crn,
            "built_at": built_at,
            "runtime_identifier": runtime_identifier,
            "runtime_addon_identifiers": runtime_addon_identifiers,
            "registered_model_version_id": registered_model_version_id,
            "model_root_dir": model_root_dir,
            "build_duration_seconds": build_duration_seconds,
        }
        self._c = None
