"""The ProtobufAny model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class ProtobufAny(_Model):
    """The protobufAny object.

    Attributes:
        type_url (str)
        value (str)
    """

    type_url: Optional[str] = None
    value: Optional[str] = None
