"""The V2Key model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Dict, List, Optional


class V2Key(_Model):
    """The V2Key object.

    Attributes:
        key_id (str): Key identifier
        comments (str): Note
        created_at (_dt.datetime): Creation time
        expiry_date (_dt.datetime): Expiry time
        last_used_at (_dt.datetime): Last time the key was seen; unset if never used.
        audiences (List[str]): Audiences
    """

    __slots__ = ()
    key_id: Optional[str] = None
    comments: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    expiry_date: Optional[_dt.datetime] = None
    last_used_at: Optional[_dt.datetime] = None
    audiences: Optional[List[str]] = None
