"""The RuntimeAddon model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model


class RuntimeAddon(_Model):
    """Extra software mounted into a runtime.

    Attributes:
        identifier (str): Stable add-on identifier.
        component (str): What the add-on provides, such as "Spark".
        display_name (str): Name shown in the UI.
        status (str): Availability of the add-on.
        manageable (bool): Whether administrators may disable it.
        created_at (datetime): When it was installed.
        id (str): Numeric identifier.
        reason (str): Why the add-on is in its status.
        size_bytes (str): Size of the add-on files.
    """

    identifier: Optional[str] = None
    component: Optional[str] = None
    display_name: Optional[str] = None
    status: Optional[str] = None
    manageable: Optional[bool] = None
    created_at: Optional[_dt.datetime] = None
    id: Optional[str] = None
    reason: Optional[str] = None
    size_bytes: Optional[str] = None
