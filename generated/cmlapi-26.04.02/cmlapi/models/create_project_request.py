"""The CreateProjectRequest model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional


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

    __slots__ = ()
    _schema = (
        ("name", "name", "str"),
        ("description", "description", "str"),
        ("visibility", "visibility", "str"),
        ("parent_project", "parent_project", "str"),
        ("git_url", "git_url", "str"),
        ("template", "template", "str"),
        ("organization_permission", "organization_permission", "str"),
        ("default_project_engine_type", "default_project_engine_type", "str"),
        ("environment", "environment", "dict(str, str)"),
        ("shared_memory_limit", "shared_memory_limit", "int"),
        ("team_name", "team_name", "str"),
    )
    name: Optional[str]
    description: Optional[str]
    visibility: Optional[str]
    parent_project: Optional[str]
    git_url: Optional[str]
    template: Optional[str]
    organization_permission: Optional[str]
    default_project_engine_type: Optional[str]
    environment: Optional[Dict[str, str]]
    shared_memory_limit: Optional[int]
    team_name: Optional[str]

    def __init__(
        self,
        name: Optional[str] = None,
        description: Optional[str] = None,
        visibility: Optional[str] = None,
        parent_project: Optional[str] = None,
        git_url: Optional[str] = None,
        template: Optional[str] = None,
        organization_permission: Optional[str] = None,
        default_project_engine_type: Optional[str] = None,
        environment: Optional[Dict[str, str]] = None,
        shared_memory_limit: Optional[int] = None,
        team_name: Optional[str] = None,
    ) -> None:
        self._d = {
            "name": name,
            "description": description,
            "visibility": visibility,
            "parent_project": parent_project,
            "git_url": git_url,
            "template": template,
            "organization_permission": organization_permission,
            "default_project_engine_type": default_project_engine_type,
            "environment": environment,
            "shared_memory_limit": shared_memory_limit,
            "team_name": team_name,
        }
        self._c = None
