"""The Team model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Team(_Model):
    """A group of users that can own projects.

    Attributes:
        id (int): Numeric team identifier.
        username (str): Team handle, unique with user names.
        name (str): Display name.
        description (str): Free text.
        created_at (datetime): When the team was created.
        creator (ShortUser): Who created the team. [read-only]
        member_count (int): Number of members.
    """

    id: Optional[int] = None
    username: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    creator: Optional[_m.ShortUser] = None
    member_count: Optional[int] = None
