"""A small typed program written against the generated ``cmlapi``.

``bench.typing_check`` runs ``mypy --strict`` on it with the generated package
importable. Every function returns a value read from the client, so a client
type that leaked ``Any`` would be reported (``warn_return_any``), and a wrong
attribute or argument type would be an error. It uses operations and fields
that both the team specs and the real CML spec have.

Run it against a workspace: ``python bench/typed_user.py URL API_KEY``.
"""

from __future__ import annotations

import datetime
import sys
from typing import Iterator, List, Optional

import cmlapi


def make_api(host: str, api_key: str) -> cmlapi.CMLServiceApi:
    config = cmlapi.Configuration()
    config.host = host
    client = cmlapi.ApiClient(config)
    client.set_default_header("authorization", "Bearer " + api_key)
    return cmlapi.CMLServiceApi(client)


def project_names(api: cmlapi.CMLServiceApi, page_size: int = 10) -> List[str]:
    response: cmlapi.ListProjectsResponse = api.list_projects(page_size=page_size, sort="-created_at")
    return [p.name for p in response.projects or [] if p.name is not None]


def first_name(api: cmlapi.CMLServiceApi) -> Optional[str]:
    projects = api.list_projects(search_filter={"name": "bench"}).projects
    return projects[0].name if projects else None


def newest(api: cmlapi.CMLServiceApi) -> Optional[datetime.datetime]:
    for project in api.list_projects(page_size=1, sort="-created_at").projects or []:
        return project.created_at
    return None


def next_token(api: cmlapi.CMLServiceApi) -> str:
    token = api.list_projects(page_size=5).next_page_token
    return token if token is not None else ""


def owner_username(api: cmlapi.CMLServiceApi, project_id: str) -> Optional[str]:
    project = api.get_project(project_id)
    owner = project.owner
    return owner.username if owner is not None else None


def can_write(project: cmlapi.Project) -> bool:
    permissions = project.permissions
    return bool(permissions is not None and permissions.write)


def memory_limit(project: cmlapi.Project) -> int:
    return project.shared_memory_limit or 0


def create(api: cmlapi.CMLServiceApi, name: str) -> str:
    request = cmlapi.CreateProjectRequest(name=name, description="made by bench/typed_user.py")
    created: cmlapi.Project = api.create_project(request)
    return created.id or ""


def every_project(api: cmlapi.CMLServiceApi) -> Iterator[cmlapi.Project]:
    yield from api.list_projects_iter(page_size=100)


def status_of_missing(api: cmlapi.CMLServiceApi, project_id: str) -> Optional[int]:
    try:
        api.get_project(project_id)
    except cmlapi.ApiException as exc:
        return exc.status
    return None


def main(argv: List[str]) -> int:
    if len(argv) != 2:
        print("usage: python bench/typed_user.py URL API_KEY", file=sys.stderr)
        return 2
    api = make_api(argv[0], argv[1])
    for name in project_names(api):
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
