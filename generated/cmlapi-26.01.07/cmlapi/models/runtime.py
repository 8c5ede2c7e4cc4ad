"""The Runtime model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .runtime_status import RuntimeStatus


class Runtime(_Model):
    """A container image workloads run in.

    Attributes:
        image_identifier (str): Full container image reference.
        editor (str): Editor offered, such as "JupyterLab".
        kernel (str): Language and version, such as "Python 3.11".
        edition (str): Edition, such as "Standard".
        description (str): Free text about the runtime.
        full_version (str): Complete version string.
        short_version (str): Short version, such as "2025.01".
        maintenance_version (int): Maintenance release number.
        git_hash (str): Commit the image was built from.
        status (str): Whether new workloads may use it.
        register_user_id (int): User who registered a custom runtime
        id (str): Numeric runtime identifier.
    """

    __slots__ = ()
    _schema = (
        ("image_identifier", "image_identifier", "str"),
        ("editor", "editor", "str"),
        ("kernel", "kernel", "str"),
        ("edition", "edition", "str"),
        ("description", "description", "str"),
        ("full_version", "full_version", "str"),
        ("short_version", "short_version", "str"),
        ("maintenance_version", "maintenance_version", "int"),
        ("git_hash", "git_hash", "str"),
        ("status", "status", "RuntimeStatus", "str"),
        ("register_user_id", "register_user_id", "int"),
        ("id", "id", "str"),
    )
    image_identifier: Optional[str]
    editor: Optional[str]
    kernel: Optional[str]
    edition: Optional[str]
    description: Optional[str]
    full_version: Optional[str]
    short_version: Optional[str]
    maintenance_version: Optional[int]
    git_hash: Optional[str]
    status: Optional[str]
    register_user_id: Optional[int]
    id: Optional[str]

    def __init__(
        self,
        image_identifier: Optional[str] = None,
        editor: Optional[str] = None,
        kernel: Optional[str] = None,
        edition: Optional[str] = None,
        description: Optional[str] = None,
        full_version: Optional[str] = None,
        short_version: Optional[str] = None,
        maintenance_version: Optional[int] = None,
        git_hash: Optional[str] = None,
        status: Optional[str] = None,
        register_user_id: Optional[int] = None,
        id: Optional[str] = None,
    ) -> None:
        self._d = {
            "image_identifier": image_identifier,
            "editor": editor,
            "kernel": kernel,
            "edition": edition,
            "description": description,
            "full_version": full_version,
            "short_version": short_version,
            "maintenance_version": maintenance_version,
            "git_hash": git_hash,
            "status": status,
            "register_user_id": register_user_id,
            "id": id,
        }
        self._c = None
