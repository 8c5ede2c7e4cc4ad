"""The CreateApplicationRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


class CreateApplicationRequest(_Model):
    """Body for creating an application.

    Attributes:
        project_id (str): Owning project
        name (str): Name shown in the UI.
        subdomain (str): Subdomain

            Host prefix for the application URL. Lower-case letters, digits and
            dashes only; a pattern such as ^[a-z0-9-]+$ is enforced.
        description (str): Optional free text.
        script (str): Script, relative to the project root, that starts the server.
        cpu (float): Virtual CPU cores to reserve.
        memory (float): Memory to reserve, in GiB.
        nvidia_gpu (int): NVIDIA GPUs to attach; zero means none.
        environment (Dict[str, str]): Extra environment variables, e.g. {"PORT": "8080"}.
        kernel (str): Kernel name; only used with legacy engine images.
        bypass_authentication (bool): Let anyone open the application without signing in
        runtime_identifier (str): Image identifier of the runtime to use.
        runtime_addon_identifiers (List[str]): Add-ons to mount, by identifier.
        run_as (int): Numeric user to run as; zero runs as the creator.
        accelerator_label_id (str): Accelerator node label to schedule on
    """

    __slots__ = ()
    _schema = (
        ("project_id", "project_id", "str"),
        ("name", "name", "str"),
        ("subdomain", "subdomain", "str"),
        ("description", "description", "str"),
        ("script", "script", "str"),
        ("cpu", "cpu", "float"),
        ("memory", "memory", "float"),
        ("nvidia_gpu", "nvidia_gpu", "int"),
        ("environment", "environment", "dict(str, str)"),
        ("kernel", "kernel", "str"),
        ("bypass_authentication", "bypass_authentication", "bool"),
        ("runtime_identifier", "runtime_identifier", "str"),
        ("runtime_addon_identifiers", "runtime_addon_identifiers", "list[str]"),
        ("run_as", "run_as", "int"),
        ("accelerator_label_id", "accelerator_label_id", "str"),
    )
    project_id: Optional[str]
    name: Optional[str]
    subdomain: Optional[str]
    description: Optional[str]
    script: Optional[str]
    cpu: Optional[float]
    memory: Optional[float]
    nvidia_gpu: Optional[int]
    environment: Optional[Dict[str, str]]
    kernel: Optional[str]
    bypass_authentication: Optional[bool]
    runtime_identifier: Optional[str]
    runtime_addon_identifiers: Optional[List[str]]
    run_as: Optional[int]
    accelerator_label_id: Optional[str]

    def __init__(
        self,
        project_id: Optional[str] = None,
        name: Optional[str] = None,
        subdomain: Optional[str] = None,
        description: Optional[str] = None,
        script: Optional[str] = None,
        cpu: Optional[float] = None,
        memory: Optional[float] = None,
        nvidia_gpu: Optional[int] = None,
        environment: Optional[Dict[str, str]] = None,
        kernel: Optional[str] = None,
        bypass_authentication: Optional[bool] = None,
        runtime_identifier: Optional[str] = None,
        runtime_addon_identifiers: Optional[List[str]] = None,
        run_as: Optional[int] = None,
        accelerator_label_id: Optional[str] = None,
    ) -> None:
        self._d = {
            "project_id": project_id,
            "name": name,
            "subdomain": subdomain,
            "description": description,
            "script": script,
            "cpu": cpu,
            "memory": memory,
            "nvidia_gpu": nvidia_gpu,
            "environment": environment,
            "kernel": kernel,
            "bypass_authentication": bypass_authentication,
            "runtime_identifier": runtime_identifier,
            "runtime_addon_identifiers": runtime_addon_identifiers,
            "run_as": run_as,
            "accelerator_label_id": accelerator_label_id,
        }
        self._c = None
