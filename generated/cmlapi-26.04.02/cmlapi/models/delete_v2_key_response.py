"""The DeleteV2KeyResponse model (generated; do not edit)."""

from __future__ import annotations


from .._model import Model as _Model


class DeleteV2KeyResponse(_Model):
    """Empty reply to a key revocation"""
