"""The ShortUser model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class ShortUser(_Model):
    """Minimal description of a user.

    Attributes:
        id (int): Numeric user identifier.
        username (str): Login name.
        name (str): Full name.
        email (str): E-mail address.
    """

    id: Optional[int] = None
    username: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
