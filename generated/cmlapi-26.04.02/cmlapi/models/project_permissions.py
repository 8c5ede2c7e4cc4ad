"""The ProjectPermissions model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


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

    __slots__ = ()
    _schema = (
        ("read", "read", "bool"),
        ("write", "write", "bool"),
        ("admin", "admin", "bool"),
        ("business_user", "business_user", "bool"),
        ("operator", "operator", "bool"),
        ("inherit", "inherit", "bool"),
    )
    read: Optional[bool]
    write: Optional[bool]
    admin: Optional[bool]
    business_user: Optional[bool]
    operator: Optional[bool]
    inherit: Optional[bool]

    def __init__(
        self,
        read: Optional[bool] = None,
        write: Optional[bool] = None,
        admin: Optional[bool] = None,
        business_user: Optional[bool] = None,
        operator: Optional[bool] = None,
        inherit: Optional[bool] = None,
    ) -> None:
        self._d = {
            "read": read,
            "write": write,
            "admin": admin,
            "business_user": business_user,
            "operator": operator,
            "inherit": inherit,
        }
        self._c = None
