"""The Model model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Model(_Model):
    """A model served over HTTP.

    Attributes:
        id (str): Model identifier.
        name (str): What the model is called.
        description (str): Free text about the model.
        creator (ShortUser): Who created the model.
        access_key (str): Key callers send with prediction requests.
        deletion_status (str): Progress of a pending deletion.
        created_at (datetime): Creation time of the model.
        updated_at (datetime): When the model last changed.
        crn (str): Cloudera resource name.
        auth_enabled (bool): Whether prediction calls need the access key.
        project (ShortProject): Project that holds the model.
        registered_model_id (str): Registry entry the model came from.
        visibility (str): Who can see the model.
        run_as (int): Numeric user the replicas run as
    """

    id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    creator: Optional[_m.ShortUser] = None
    access_key: Optional[str] = None
    deletion_status: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    crn: Optional[str] = None
    auth_enabled: Optional[bool] = None
    project: Optional[_m.ShortProject] = None
    registered_model_id: Optional[str] = None
    visibility: Optional[str] = None
    run_as: Optional[int] = None
