"""The CreateModelRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Optional

from .._model import Model as _Model


class CreateModelRequest(_Model):
    """Body for creating a model.

    Attributes:
        project_id (str): Project that will hold the model.
        name (str): What the model is called.
        description (str): Free text about the model.
        disable_authentication (bool): Accept prediction calls that carry no access key.
        registered_model_id (str): Registry entry the model comes from, if any.
        visibility (str): Who can see the model.
        run_as (int): Numeric user the replicas run as
    """

    project_id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    disable_authentication: Optional[bool] = None
    registered_model_id: Optional[str] = None
    visibility: Optional[str] = None
    run_as: Optional[int] = None
