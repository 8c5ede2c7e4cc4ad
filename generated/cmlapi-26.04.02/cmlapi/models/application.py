"""The Application model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Dict, List, Optional

    from .application_status import ApplicationStatus

    from .short_user import ShortUser


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
        created_at (_dt.datetime): Creation time of the application.
        stopped_at (_dt.datetime): Last time it was stopped
        updated_at (_dt.datetime): Last time its settings changed
        starting_at (_dt.datetime): Last time a start was requested
        running_at (_dt.datetime): Last time it reached the running state
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

    __slots__ = ()
    _schema = (
        ("id", "id", "str"),
        ("name", "name", "str"),
        ("description", "description", "str"),
        ("creator", "creator", "ShortUser"),
        ("script", "script", "str"),
        ("subdomain", "subdomain", "str"),
        ("status", "status", "ApplicationStatus", "str"),
        ("created_at", "created_at", "datetime"),
        ("stopped_at", "stopped_at", "datetime"),
        ("updated_at", "updated_at", "datetime"),
        ("starting_at", "starting_at", "datetime"),
        ("running_at", "running_at", "datetime"),
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("nvidia_gpu", "nvidia_gpu", "int"),
        ("bypass_authentication", "bypass_authentication", "bool"),
        ("environment", "environment", "str"),
        ("runtime_identifier", "runtime_identifier", "str"),
        ("runtime_addon_identifiers", "runtime_addon_identifiers", "list[str]"),
        ("run_as", "run_as", "int"),
        ("accelerator_label_id", "accelerator_label_id", "str"),
    )
    id: Optional[str]
    name: Optional[str]
    description: Optional[str]
    creator: Optional[ShortUser]
    script: Optional[str]
    subdomain: Optional[str]
    status: Optional[str]
    created_at: Optional[_dt.datetime]
    stopped_at: Optional[_dt.datetime]
    updated_at: Optional[_dt.datetime]
    starting_at: Optional[_dt.datetime]
    running_at: Optional[_dt.datetime]
    cpu: Optional[float]
    memory: Optional[float]
    nvidia_gpu: Optional[int]
    bypass_authentication: Optional[bool]
    environment: Optional[str]
    runtime_identifier: Optional[str]
    runtime_addon_identifiers: Optional[List[str]]
    run_as: Optional[int]
    accelerator_label_id: Optional[str]

    def __init__(
        self,
        id: Optional[str] = None,
        name: Optional[str] = None,
        description: Optional[str] = None,
        creator: Optional[ShortUser] = None,
        script: Optional[str] = None,
        subdomain: Optional[str] = None,
        status: Optional[str] = None,
        created_at: Optional[_dt.datetime] = None,
        stopped_at: Optional[_dt.datetime] = None,
        updated_at: Optional[_dt.datetime] = None,
        starting_at: Optional[_dt.datetime] = None,
        running_at: Optional[_dt.datetime] = None,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        nvidia_gpu: Optional[int] = None,
        bypass_authentication: Optional[bool] = None,
        environment: Optional[str] = None,
        runtime_identifier: Optional[str] = None,
        runtime_addon_identifiers: Optional[List[str]] = None,
        run_as: Optional[int] = None,
        accelerator_label_id: Optional[str] = None,
    ) -> None:
        self._d = {
            "id": id,
            "name": name,
            "description": description,
            "creator": creator,
            "script": script,
            "subdomain": subdomain,
            "status": status,
            "created_at": created_at,
            "stopped_at": stopped_at,
            "updated_at": updated_at,
            "starting_at": starting_at,
            "running_at": running_at,
            "cpu": cpu,
            "memory": memory,
            "nvidia_gpu": nvidia_gpu,
            "bypass_authentication": bypass_authentication,
            "environment": environment,
            "runtime_identifier": runtime_identifier,
            "runtime_addon_identifiers": runtime_addon_identifiers,
            "run_as": run_as,
            "accelerator_label_id": accelerator_label_id,
        }
        self._c = None
