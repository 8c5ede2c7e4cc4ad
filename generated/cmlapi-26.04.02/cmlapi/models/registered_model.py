"""The RegisteredModel model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Dict, List, Optional

    from .registered_model_version import RegisteredModelVersion

    from .short_user import ShortUser

    from .visibility import Visibility


class RegisteredModel(_Model):
    """A model in the workspace registry.

    Attributes:
        model_id (str): Registry identifier.
        name (str): Registry name.
        description (str): Free text.
        owner (ShortUser): Owner.
        permission (str): What the caller may do with the entry.
        visibility (str): Who can see the entry.
        created_at (_dt.datetime): Registration time.
        updated_at (_dt.datetime): Last change.
        model_versions (List[RegisteredModelVersion]): Versions, ordered as requested.
    """

    __slots__ = ()
    _schema = (
        ("model_id", "model_id", "str"),
        ("name", "name", "str"),
        ("description", "description", "str"),
        ("owner", "owner", "ShortUser"),
        ("permission", "permission", "str"),
        ("visibility", "visibility", "Visibility", "str"),
        ("created_at", "created_at", "datetime"),
        ("updated_at", "updated_at", "datetime"),
        ("model_versions", "model_versions", "list[RegisteredModelVersion]"),
    )
    model_id: Optional[str]
    name: Optional[str]
    description: Optional[str]
    owner: Optional[ShortUser]
    permission: Optional[str]
    visibility: Optional[str]
    created_at: Optional[_dt.datetime]
    updated_at: Optional[_dt.datetime]
    model_versions: Optional[List[RegisteredModelVersion]]

    def __init__(
        self,
        model_id: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        owner: Optional[ShortUser] = None,
        permission: Optional[str] = None,
        visibility: Optional[str] = None,
        created_at: Optional[_dt.datetime] = None,
        updated_at: Optional[_dt.datetime] = None,
        model_versions: Optional[List[RegisteredModelVersion]] = None,
    ) -> None:
        self._d = {
            "model_id": model_id,
            "name": name,
            "description": description,
            "owner": owner,
            "permission": permission,
            "visibility": visibility,
            "created_at": created_at,
            "updated_at": updated_at,
            "model_versions": model_versions,
        }
        self._c = None
