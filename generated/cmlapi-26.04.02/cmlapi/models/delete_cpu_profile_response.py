"""The DeleteCpuProfileResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteCpuProfileResponse(_Model):
    """Nothing is returned when a preset is removed."""
