"""Housekeeping across projects: page through them, check collaborators and applications."""

import cmlapi
from cmlapi.utils import Cursor

client = cmlapi.default_client(url="https://ml.example.test", cml_api_key="...")


def all_projects():
    names = []
    for project in client.list_projects_iter(page_size=100):  # impact: parameter-type-changed
        names.append(project.name)
    for project in Cursor(client.list_projects, include_all_projects=True).items():  # impact: parameter-removed
        names.append(project.name)
    every = client.list_projects(include_all_projects=True)  # impact: parameter-removed
    return names + [p.name for p in every.projects]


def batch(ids):
    return client.batch_list_projects(project_ids=ids)  # impact: parameter-collection-changed


def applications(project_id):
    apps = client.list_applications(project_id, search_filter='{"name": "dash"}')  # impact: parameter-location-changed
    for app in apps.applications:
        print(app.name, app.kernel)  # impact: response-field-removed
        client.restart_application(project_id, app.id)
        client.stop_application(project_id, app.id)  # impact: operation-method-changed


def cleanup(project_id):
    client.delete_project(project_id)  # impact: operation-path-changed


def key_ok():
    return client.validate_api_key("workbench")  # impact: parameter-made-optional


def runtimes():
    usable = []
    for rt in client.list_runtimes().runtimes:
        if rt.status != "DEPRECATED" and rt.kernel:
            usable.append(rt.image_identifier)
    one = client.get_runtime(usable[0])  # impact: response-type-changed
    return one.image_identifier


class Reporter:
    def __init__(self) -> None:
        self.api = cmlapi.CMLServiceApi(cmlapi.ApiClient(cmlapi.Configuration()))  # impact: api-removed

    def job(self, project_id, job_id):
        return self.api.get_job(project_id, job_id)  # impact: positional-order-changed
