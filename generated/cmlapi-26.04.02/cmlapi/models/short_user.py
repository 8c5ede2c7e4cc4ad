"""The ShortUser model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class ShortUser(_Model):
    """Minimal description of a user.

    Attributes:
        id (int): Numeric user identifier.
        username (str): Login name.
        name (str): Full name.
        email (str): E-mail address.
    """

    __slots__ = ()
    id: Optional[int] = None
    username: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
