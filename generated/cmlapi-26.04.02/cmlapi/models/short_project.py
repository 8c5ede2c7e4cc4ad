"""The ShortProject model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class ShortProject(_Model):
    """Minimal reference to a project.

    Attributes:
        id (str): Project identifier.
        name (str): Project name.
        slug (str): URL-friendly name.
    """

    id: Optional[str] = None
    name: Optional[str] = None
    slug: Optional[str] = None
