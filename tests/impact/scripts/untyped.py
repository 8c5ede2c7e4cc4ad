"""Code that passes things around without saying what they are."""


def describe(thing):
    return thing.kernel  # may be an Application, may be anything


def poll(api, project_id, job_id, run_id):
    return api.get_job_run(project_id, job_id, run_id)  # impact: operation-removed


def fetch(store):
    return store.get("kernel")
