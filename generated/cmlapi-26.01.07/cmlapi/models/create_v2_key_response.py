"""The CreateV2KeyResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model


class CreateV2KeyResponse(_Model):
    """The CreateV2KeyResponse object.

    Attributes:
        api_key (str): Secret key; only shown once
        key_id (str): Key identifier
        created_at (str): Creation time
        expiry_date (str): Expiry time
        comments (str): Note
        audiences (List[str]): Audiences
    """

    api_key: Optional[str] = None
    key_id: Optional[str] = None
    created_at: Optional[str] = None
    expiry_date: Optional[str] = None
    comments: Optional[str] = None
    audiences: Optional[List[str]] = None
