"""The Application model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Application(_Model):
    """A long-running web application hosted in a project.

    Attributes:
        id (str): Application identifier, assigned by the server. [read-only]
        name (str): Display name
        description (str): Free text shown on the application page.
        creator (ShortUser): User who created the application. [read-only]
        script (str): Script that starts the application
        subdomain (str): Host prefix the application is served under
        status (str): Lifecycle state
        created_at (datetime): Creation time of the application.
        stopped_at (datetime): Last time it was stopped
        updated_at (datetime): Last time its settings changed
        starting_at (datetime): Last time a start was requested
        running_at (datetime): Last time it reached the running state
        cpu (float): Virtual CPU cores reserved for the application.
        memory (float): Memory reserved for the application, in GiB.
        nvidia_gpu (int): Number of NVIDIA GPUs attached.
        bypass_authentication (bool): Serve without asking viewers to sign in
        environment (str): Environment variables as one JSON-encoded string, for example
            "{\\"PORT\\": \\"8080\\"}"; decode it with json.loads.
        runtime_identifier (str): Image identifier of the runtime in use.
        runtime_addon_identifiers (List[str]): Identifiers of the add-ons mounted into it.
        run_as (int): Numeric user the process runs as (0 means the creator)
        accelerator_label_id (str): Accelerator node label the workload is pinned to
    """

    _types = {"status": "ApplicationStatus"}
    id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    creator: Optional[_m.ShortUser] = None
    script: Optional[str] = None
    subdomain: Optional[str] = None
    status: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    stopped_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    starting_at: Optional[_dt.datetime] = None
    running_at: Optional[_dt.datetime] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    bypass_authentication: Optional[bool] = None
    environment: Optional[str] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    run_as: Optional[int] = None
    accelerator_label_id: Optional[str] = None
