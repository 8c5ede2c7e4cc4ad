"""The V2Key model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model


class V2Key(_Model):
    """The V2Key object.

    Attributes:
        key_id (str): Key identifier
        comments (str): Note
        created_at (datetime): Creation time
        expiry_date (datetime): Expiry time
        last_used_at (datetime): Last time the key was seen; unset if never used.
        audiences (List[str]): Audiences
    """

    key_id: Optional[str] = None
    comments: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    expiry_date: Optional[_dt.datetime] = None
    last_used_at: Optional[_dt.datetime] = None
    audiences: Optional[List[str]] = None
