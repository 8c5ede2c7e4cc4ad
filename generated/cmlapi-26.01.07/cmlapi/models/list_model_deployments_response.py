"""The ListModelDeploymentsResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListModelDeploymentsResponse(_Model):
    """One page of model deployments.

    Attributes:
        model_deployments (List[ModelDeployment]): Deployments on this page.
        next_page_token (str): Cursor for the following page; an empty string means this was the last
            page.
    """

    model_deployments: Optional[List[_m.ModelDeployment]] = None
    next_page_token: Optional[str] = None
