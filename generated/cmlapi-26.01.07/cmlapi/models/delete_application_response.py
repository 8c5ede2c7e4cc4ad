"""The DeleteApplicationResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteApplicationResponse(_Model):
    """Nothing is returned when an application is removed."""
