"""The JobRecipient model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class JobRecipient(_Model):
    """Someone notified about job runs.

    Attributes:
        email (str): Address to notify.
        notify_on_success (bool)
        notify_on_failure (bool)
        notify_on_timeout (bool)
        notify_on_stop (bool)
    """

    email: Optional[str] = None
    notify_on_success: Optional[bool] = None
    notify_on_failure: Optional[bool] = None
    notify_on_timeout: Optional[bool] = None
    notify_on_stop: Optional[bool] = None
