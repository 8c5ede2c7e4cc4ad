"""The Runtime model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


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

    _types = {"status": "RuntimeStatus"}
    image_identifier: Optional[str] = None
    editor: Optional[str] = None
    kernel: Optional[str] = None
    edition: Optional[str] = None
    description: Optional[str] = None
    full_version: Optional[str] = None
    short_version: Optional[str] = None
    maintenance_version: Optional[int] = None
    git_hash: Optional[str] = None
    status: Optional[str] = None
    register_user_id: Optional[int] = None
    id: Optional[str] = None
