"""The ProjectPermissions model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class ProjectPermissions(_Model):
    """What a caller may do in a project.

    Attributes:
        read (bool): May read files and workloads.
        write (bool): May change files and run workloads.
        admin (bool): May change settings and collaborators.
        business_user (bool): May only open applications.
        operator (bool): May start and stop workloads.
        inherit (bool): Permissions come from a team.
    """

    read: Optional[bool] = None
    write: Optional[bool] = None
    admin: Optional[bool] = None
    business_user: Optional[bool] = None
    operator: Optional[bool] = None
    inherit: Optional[bool] = None
