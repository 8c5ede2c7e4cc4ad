"""The RegisteredModel model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class RegisteredModel(_Model):
    """A model in the workspace registry.

    Attributes:
        model_id (str): Registry identifier.
        name (str): Registry name.
        description (str): Free text.
        owner (ShortUser): Owner.
        permission (str): What the caller may do with the entry.
        visibility (str): Who can see the entry.
        created_at (datetime): Registration time.
        updated_at (datetime): Last change.
        model_versions (List[RegisteredModelVersion]): Versions, ordered as requested.
    """

    _types = {"visibility": "Visibility"}
    model_id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    owner: Optional[_m.ShortUser] = None
    permission: Optional[str] = None
    visibility: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    model_versions: Optional[List[_m.RegisteredModelVersion]] = None
