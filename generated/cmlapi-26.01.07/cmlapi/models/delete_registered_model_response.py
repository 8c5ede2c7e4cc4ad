"""The DeleteRegisteredModelResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteRegisteredModelResponse(_Model):
    """Nothing is returned when a registry entry is removed."""
