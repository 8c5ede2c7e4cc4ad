"""The RegisteredModelVersion model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class RegisteredModelVersion(_Model):
    """One version of a registered model.

    Attributes:
        model_id (str): Registry identifier.
        model_version_id (str): Version identifier.
        version_name (str): Version name.
        number (int): Version number, from 1.
        notes (str): Notes on the version.
        user (ShortUser): Who added the version.
        created_at (datetime): When the version was added.
        updated_at (datetime): When the version last changed.
        status (str): Registration progress.
        model_version_metadata (ModelVersionMetadata): Version metadata.
        tags (List[Tag]): Version tags.
    """

    model_id: Optional[str] = None
    model_version_id: Optional[str] = None
    version_name: Optional[str] = None
    number: Optional[int] = None
    notes: Optional[str] = None
    user: Optional[_m.ShortUser] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    status: Optional[str] = None
    model_version_metadata: Optional[_m.ModelVersionMetadata] = None
    tags: Optional[List[_m.Tag]] = None
