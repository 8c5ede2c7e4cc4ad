"""The ShortProject model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class ShortProject(_Model):
    """Minimal reference to a project.

    Attributes:
        id (str): Project identifier.
        name (str): Project name.
        slug (str): URL-friendly name.
    """

    __slots__ = ()
    _schema = (
        ("id", "id", "str"),
        ("name", "name", "str"),
        ("slug", "slug", "str"),
    )
    id: Optional[str]
    name: Optional[str]
    slug: Optional[str]

    def __init__(
        self,
        id: Optional[str] = None,
        name: Optional[str] = None,
        slug: Optional[str] = None,
    ) -> None:
        self._d = {
            "id": id,
            "name": name,
            "slug": slug,
        }
        self._c = None
