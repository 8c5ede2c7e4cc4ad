"""The CreateApplicationRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, List, Optional

from .._model import Model as _Model


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

    project_id: Optional[str] = None
    name: Optional[str] = None
    subdomain: Optional[str] = None
    description: Optional[str] = None
    script: Optional[str] = None
    cpu: Optional[float] = None
    memory: Optional[float] = None
    nvidia_gpu: Optional[int] = None
    environment: Optional[Dict[str, str]] = None
    kernel: Optional[str] = None
    bypass_authentication: Optional[bool] = None
    runtime_identifier: Optional[str] = None
    runtime_addon_identifiers: Optional[List[str]] = None
    run_as: Optional[int] = None
    accelerator_label_id: Optional[str] = None
