"""Nightly training: find the project, make sure the job exists, run it and wait for the result."""

import time

import cmlapi
from cmlapi import CreateJobRequest, CreateJobRunRequest  # impact: model-removed
from cmlapi.rest import ApiException

PROJECT = "churn-model"


def find_project(api: cmlapi.CMLServiceApi, name: str) -> cmlapi.Project:  # impact: api-removed
    page = api.list_projects(search_filter={"name": name}, page_size=10)  # impact: parameter-type-changed
    for project in page.projects:
        if project.name == name:
            return project
    return api.create_project(cmlapi.CreateProjectRequest(name=name, description="nightly"))  # impact: request-field-added, request-field-made-required


def ensure_job(api, project_id):
    for job in api.list_jobs(project_id).jobs:  # impact: operation-renamed
        if job.name == "train":
            return job
    request = CreateJobRequest(name="train", script="train.py", kernel="python3", cpu=2)  # impact: request-field-removed, request-field-type-changed
    return api.create_job(request, project_id)


def run_and_wait(api: cmlapi.CMLServiceApi, project_id: str, job_id: str) -> str:  # impact: api-removed
    body = CreateJobRunRequest(project_id, job_id)  # impact: field-order-changed, model-removed
    run = api.create_job_run(body, project_id, job_id)  # impact: parameter-added
    while True:
        current = api.get_job_run(project_id, job_id, run.id)  # impact: operation-removed
        if current.status in ("ENGINE_SUCCEEDED", "ENGINE_FAILED"):  # impact: enum-value-removed, response-field-type-changed
            return str(current.status)  # impact: response-field-type-changed
        time.sleep(10)


def history(api: cmlapi.CMLServiceApi, project_id: str, job_id: str) -> list:  # impact: api-removed
    runs = api.list_job_runs(project_id, job_id, page_size=50)  # impact: parameter-made-required
    ordered = api.list_job_runs(project_id, job_id, sort="-created_at")
    return [r.id for r in runs.job_runs] + [r.id for r in ordered.job_runs]


def main() -> None:
    api = cmlapi.default_client()
    project = find_project(api, PROJECT)
    job = ensure_job(api, project.id)
    try:
        print(run_and_wait(api, project.id, job.id))
    except ApiException as e:
        print("failed:", e.status, e.data.message if e.data else "")  # impact: field-removed
    print(history(api, project.id, job.id))
    if cmlapi.EngineStatus.ENGINE_FAILED:  # impact: enum-value-removed, model-kind-changed
        pass


if __name__ == "__main__":
    main()
