"""The CreateProjectRequest model (generated; do not edit)."""

from __future__ import annotations

from typing import Dict, Optional

from .._model import Model as _Model


class CreateProjectRequest(_Model):
    """Body for creating a project.

    Attributes:
        name (str): Project name. [required]
        description (str): Free text about the project.
        visibility (str): One of "private", "organization" or "public".
        parent_project (str): Project to copy files from, if any.
        git_url (str): Repository to clone into the project.
        template (str): Starter template, such as "Python" or "blank".
        organization_permission (str): Access level for team-owned projects.
        default_project_engine_type (str): Either "ml_runtime" or "legacy_engine"; decides what new workloads use.
        environment (Dict[str, str]): Project-wide environment variables
        shared_memory_limit (int): Shared memory per session, in MiB.
        team_name (str): Team that will own the project instead of the caller
    """

    name: Optional[str] = None
    description: Optional[str] = None
    visibility: Optional[str] = None
    parent_project: Optional[str] = None
    git_url: Optional[str] = None
    template: Optional[str] = None
    organization_permission: Optional[str] = None
    default_project_engine_type: Optional[str] = None
    environment: Optional[Dict[str, str]] = None
    shared_memory_limit: Optional[int] = None
    team_name: Optional[str] = None
