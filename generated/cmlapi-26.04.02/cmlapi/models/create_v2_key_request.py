"""The CreateV2KeyRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model


class CreateV2KeyRequest(_Model):
    """The CreateV2KeyRequest object.

    Attributes:
        username (str): Key owner; must match the path
        expiry_date (str): Expiry, as an RFC 3339 timestamp
        comments (str): Note about the key
        audiences (List[str]): Services the key may be used with
    """

    username: Optional[str] = None
    expiry_date: Optional[str] = None
    comments: Optional[str] = None
    audiences: Optional[List[str]] = None
