"""The Project model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class Project(_Model):
    """A project: files, workloads and settings together.

    Attributes:
        id (str): Project identifier, assigned by the server. [read-only]
        name (str): Project name.
        owner (ShortUser): User or team owning the project. [read-only]
        creator (ShortUser): User who created the project. [read-only]
        description (str): Free text about the project.
        visibility (str): Who can see it: private, organization or public
        default_engine_type (str): What new workloads use: "ml_runtime" or "legacy_engine".
        created_at (datetime): When the project was created. [read-only]
        updated_at (datetime): When the project last changed. [read-only]
        creation_status (str): Progress of project creation, such as "success". [read-only]
        permissions (ProjectPermissions): What the caller may do in this project.
        shared_memory_limit (int): Shared memory per session, in MiB.
        environment (str): Environment variables as one JSON-encoded string, for example
            "{\\"API_TOKEN\\": \\"...\\"}". Send a string back when updating it.
        slug (str): URL-friendly project name
    """

    id: Optional[str] = None
    name: Optional[str] = None
    owner: Optional[_m.ShortUser] = None
    creator: Optional[_m.ShortUser] = None
    description: Optional[str] = None
    visibility: Optional[str] = None
    default_engine_type: Optional[str] = None
    created_at: Optional[_dt.datetime] = None
    updated_at: Optional[_dt.datetime] = None
    creation_status: Optional[str] = None
    permissions: Optional[_m.ProjectPermissions] = None
    shared_memory_limit: Optional[int] = None
    environment: Optional[str] = None
    slug: Optional[str] = None
