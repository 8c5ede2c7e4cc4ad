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
    id: Optional[str] = None
    name: Optional[str] = None
    slug: Optional[str] = None
