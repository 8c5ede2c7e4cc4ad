"""The CreateV2KeyResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


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

    __slots__ = ()
    _schema = (
        ("api_key", "api_key", "str"),
        ("key_id", "key_id", "str"),
        ("created_at", "created_at", "str"),
        ("expiry_date", "expiry_date", "str"),
        ("comments", "comments", "str"),
        ("audiences", "audiences", "list[str]"),
    )
    api_key: Optional[str]
    key_id: Optional[str]
    created_at: Optional[str]
    expiry_date: Optional[str]
    comments: Optional[str]
    audiences: Optional[List[str]]

    def __init__(
        self,
        api_key: Optional[str] = None,
        key_id: Optional[str] = None,
        created_at: Optional[str] = None,
        expiry_date: Optional[str] = None,
        comments: Optional[str] = None,
        audiences: Optional[List[str]] = None,
    ) -> None:
        self._d = {
            "api_key": api_key,
            "key_id": key_id,
            "created_at": created_at,
            "expiry_date": expiry_date,
            "comments": comments,
            "audiences": audiences,
        }
        self._c = None
