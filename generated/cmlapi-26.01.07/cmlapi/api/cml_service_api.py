"""CMLServiceApi: the operations tagged CMLService (generated; do not edit)."""

from __future__ import annotations

from .._api import BaseApi as _BaseApi
from .._api import pages as _pages
from .._api import with_http_info as _with_http_info
from .._op import Op as _Op

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Mapping, Optional, Union

    from .. import models as _m

_OP_validate_api_key = _Op(
    "validate_api_key GET /api/v2/apikey/validate ValidateAPIKeyResponse 1 - q:audience"
)
_OP_list_cpu_profiles = _Op(
    "list_cpu_profiles GET /api/v2/cpuprofiles ListCpuProfilesResponse 0 - q:search_filter q:sort q:page_size q:page_token"
)
_OP_delete_cpu_profile = _Op(
    "delete_cpu_profile DELETE /api/v2/cpuprofiles/{id} DeleteCpuProfileResponse 1 - p:id"
)
_OP_list_all_experiments = _Op(
    "list_all_experiments GET /api/v2/experiments ListExperimentsResponse 0 - q:search_filter q:page_size q:page_token"
)
_OP_list_projects = _Op(
    "list_projects GET /api/v2/projects ListProjectsResponse 0 - q:search_filter q:sort q:page_size q:page_token q:include_public_projects q:include_all_projects"
)
_OP_create_project = _Op("create_project POST /api/v2/projects Project 1 application/json b:body")
_OP_batch_list_projects = _Op(
    "batch_list_projects GET /api/v2/projects/batch BatchListProjectsResponse 0 - q:project_ids:project_ids:multi"
)
_OP_update_experiment = _Op(
    "update_experiment PATCH /api/v2/projects/{experiment.project_id}/experiments/{experiment.id} Experiment 3 application/json b:body p:experiment.project_id:experiment_project_id p:experiment.id:experiment_id"
)
_OP_update_project = _Op(
    "update_project PATCH /api/v2/projects/{project.id} Project 2 application/json b:body p:project.id:project_id"
)
_OP_get_project = _Op("get_project GET /api/v2/projects/{project_id} Project 1 - p:project_id")
_OP_delete_project = _Op(
    "delete_project DELETE /api/v2/projects/{project_id} DeleteProjectResponse 1 - p:project_id"
)
_OP_list_applications = _Op(
    "list_applications GET /api/v2/projects/{project_id}/applications ListApplicationsResponse 1 - p:project_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_application = _Op(
    "create_application POST /api/v2/projects/{project_id}/applications Application 2 application/json b:body p:project_id"
)
_OP_update_application = _Op(
    "update_application PATCH /api/v2/projects/{project_id}/applications/{application.id} Application 3 application/json b:body p:project_id p:application.id:application_id"
)
_OP_get_application = _Op(
    "get_application GET /api/v2/projects/{project_id}/applications/{application_id} Application 2 - p:project_id p:application_id"
)
_OP_delete_application = _Op(
    "delete_application DELETE /api/v2/projects/{project_id}/applications/{application_id} DeleteApplicationResponse 2 - p:project_id p:application_id"
)
_OP_restart_application = _Op(
    "restart_application",
    "POST",
    "/api/v2/projects/{project_id}/applications/{application_id}:restart",
    "Application",
    (
        ("p", "project_id"),
        ("p", "application_id"),
    ),
    2,
)
_OP_stop_application = _Op(
    "stop_application",
    "POST",
    "/api/v2/projects/{project_id}/applications/{application_id}:stop",
    "StopApplicationResponse",
    (
        ("p", "project_id"),
        ("p", "application_id"),
    ),
    2,
)
_OP_list_project_collaborators = _Op(
    "list_project_collaborators GET /api/v2/projects/{project_id}/collaborators ListProjectCollaboratorsResponse 1 - p:project_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_add_project_collaborator = _Op(
    "add_project_collaborator PUT /api/v2/projects/{project_id}/collaborators/{username} AddProjectCollaboratorResponse 3 application/json b:body p:project_id p:username"
)
_OP_delete_project_collaborator = _Op(
    "delete_project_collaborator DELETE /api/v2/projects/{project_id}/collaborators/{username} DeleteProjectCollaboratorResponse 2 - p:project_id p:username"
)
_OP_list_experiments = _Op(
    "list_experiments GET /api/v2/projects/{project_id}/experiments ListExperimentsResponse 1 - p:project_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_experiment = _Op(
    "create_experiment POST /api/v2/projects/{project_id}/experiments Experiment 2 application/json b:body p:project_id"
)
_OP_get_experiment = _Op(
    "get_experiment GET /api/v2/projects/{project_id}/experiments/{experiment_id} Experiment 2 - p:project_id p:experiment_id"
)
_OP_list_experiment_runs = _Op(
    "list_experiment_runs GET /api/v2/projects/{project_id}/experiments/{experiment_id}/runs ListExperimentRunsResponse 2 - p:project_id p:experiment_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_experiment_run = _Op(
    "create_experiment_run POST /api/v2/projects/{project_id}/experiments/{experiment_id}/runs ExperimentRun 3 application/json b:body p:project_id p:experiment_id"
)
_OP_update_experiment_run = _Op(
    "update_experiment_run PATCH /api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run.id} ExperimentRun 4 application/json b:body p:project_id p:experiment_id p:run.id:run_id"
)
_OP_get_experiment_run = _Op(
    "get_experiment_run GET /api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run_id} ExperimentRun 3 - p:project_id p:experiment_id p:run_id"
)
_OP_log_experiment_run_batch = _Op(
    "log_experiment_run_batch",
    "POST",
    "/api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run_id}:logbatch",
    "LogExperimentRunBatchResponse",
    (
        ("b", "body"),
        ("p", "project_id"),
        ("p", "experiment_id"),
        ("p", "run_id"),
    ),
    4,
    "application/json",
)
_OP_list_project_files = _Op(
    "list_project_files GET /api/v2/projects/{project_id}/files/{path} ListProjectFilesResponse 2 - p:project_id p:path"
)
_OP_delete_project_file = _Op(
    "delete_project_file DELETE /api/v2/projects/{project_id}/files/{path} DeleteProjectFileResponse 2 - p:project_id p:path"
)
_OP_update_project_file_metadata = _Op(
    "update_project_file_metadata PATCH /api/v2/projects/{project_id}/files/{path} FileInfo 3 application/json b:body p:project_id p:path"
)
_OP_list_jobs = _Op(
    "list_jobs GET /api/v2/projects/{project_id}/jobs ListJobsResponse 1 - p:project_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_job = _Op(
    "create_job POST /api/v2/projects/{project_id}/jobs Job 2 application/json b:body p:project_id"
)
_OP_update_job = _Op(
    "update_job PATCH /api/v2/projects/{project_id}/jobs/{job.id} Job 3 application/json b:body p:project_id p:job.id:job_id"
)
_OP_get_job = _Op(
    "get_job GET /api/v2/projects/{project_id}/jobs/{job_id} Job 2 - p:project_id p:job_id"
)
_OP_delete_job = _Op(
    "delete_job DELETE /api/v2/projects/{project_id}/jobs/{job_id} DeleteJobResponse 2 - p:project_id p:job_id"
)
_OP_list_job_runs = _Op(
    "list_job_runs GET /api/v2/projects/{project_id}/jobs/{job_id}/runs ListJobRunsResponse 2 - p:project_id p:job_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_job_run = _Op(
    "create_job_run POST /api/v2/projects/{project_id}/jobs/{job_id}/runs JobRun 3 application/json b:body p:project_id p:job_id"
)
_OP_get_job_run = _Op(
    "get_job_run GET /api/v2/projects/{project_id}/jobs/{job_id}/runs/{run_id} JobRun 3 - p:project_id p:job_id p:run_id"
)
_OP_stop_job_run = _Op(
    "stop_job_run",
    "POST",
    "/api/v2/projects/{project_id}/jobs/{job_id}/runs/{run_id}:stop",
    "JobRun",
    (
        ("p", "project_id"),
        ("p", "job_id"),
        ("p", "run_id"),
    ),
    3,
)
_OP_list_models = _Op(
    "list_models GET /api/v2/projects/{project_id}/models ListModelsResponse 1 - p:project_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_model = _Op(
    "create_model POST /api/v2/projects/{project_id}/models Model 2 application/json b:body p:project_id"
)
_OP_update_model = _Op(
    "update_model PATCH /api/v2/projects/{project_id}/models/{model.id} Model 3 application/json b:body p:project_id p:model.id:model_id"
)
_OP_get_model = _Op(
    "get_model GET /api/v2/projects/{project_id}/models/{model_id} Model 2 - p:project_id p:model_id"
)
_OP_delete_model = _Op(
    "delete_model DELETE /api/v2/projects/{project_id}/models/{model_id} DeleteModelResponse 2 - p:project_id p:model_id"
)
_OP_list_model_builds = _Op(
    "list_model_builds GET /api/v2/projects/{project_id}/models/{model_id}/builds ListModelBuildsResponse 2 - p:project_id p:model_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_model_build = _Op(
    "create_model_build POST /api/v2/projects/{project_id}/models/{model_id}/builds ModelBuild 3 application/json b:body p:project_id p:model_id"
)
_OP_get_model_build = _Op(
    "get_model_build GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id} ModelBuild 3 - p:project_id p:model_id p:build_id"
)
_OP_delete_model_build = _Op(
    "delete_model_build DELETE /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id} DeleteModelBuildResponse 3 - p:project_id p:model_id p:build_id"
)
_OP_list_model_deployments = _Op(
    "list_model_deployments GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments ListModelDeploymentsResponse 3 - p:project_id p:model_id p:build_id q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_model_deployment = _Op(
    "create_model_deployment POST /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments ModelDeployment 4 application/json b:body p:project_id p:model_id p:build_id"
)
_OP_get_model_deployment = _Op(
    "get_model_deployment GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id} ModelDeployment 4 - p:project_id p:model_id p:build_id p:deployment_id"
)
_OP_restart_model_deployment = _Op(
    "restart_model_deployment",
    "POST",
    "/api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id}:restart",
    "RestartModelDeploymentResponse",
    (
        ("p", "project_id"),
        ("p", "model_id"),
        ("p", "build_id"),
        ("p", "deployment_id"),
    ),
    4,
)
_OP_stop_model_deployment = _Op(
    "stop_model_deployment",
    "POST",
    "/api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id}:stop",
    "StopModelDeploymentResponse",
    (
        ("p", "project_id"),
        ("p", "model_id"),
        ("p", "build_id"),
        ("p", "deployment_id"),
    ),
    4,
)
_OP_list_registered_models = _Op(
    "list_registered_models GET /api/v2/registry/models ListRegisteredModelsResponse 0 - q:search_filter q:sort q:page_size q:page_token"
)
_OP_create_registered_model = _Op(
    "create_registered_model POST /api/v2/registry/models RegisteredModel 1 application/json b:body"
)
_OP_get_registered_model = _Op(
    "get_registered_model GET /api/v2/registry/models/{model_id} RegisteredModel 1 - p:model_id q:sort"
)
_OP_delete_registered_model = _Op(
    "delete_registered_model DELETE /api/v2/registry/models/{model_id} DeleteRegisteredModelResponse 1 - p:model_id"
)
_OP_list_runtime_addons = _Op(
    "list_runtime_addons GET /api/v2/runtimeaddons ListRuntimeAddonsResponse 0 - q:search_filter q:page_size q:page_token q:sort"
)
_OP_list_runtimes = _Op(
    "list_runtimes GET /api/v2/runtimes ListRuntimesResponse 0 - q:search_filter q:page_size q:page_token q:sort"
)
_OP_get_runtime = _Op("get_runtime GET /api/v2/runtimes/{runtime_id} Runtime 1 - p:runtime_id")
_OP_get_short_user_by_id = _Op(
    "get_short_user_by_id GET /api/v2/users/{user_id} ShortUser 1 - p:user_id"
)
_OP_list_v2_keys = _Op(
    "list_v2_keys GET /api/v2/users/{username}/v2_keys ListV2KeysResponse 1 - p:username"
)
_OP_create_v2_key = _Op(
    "create_v2_key POST /api/v2/users/{username}/v2_keys CreateV2KeyResponse 2 application/json b:body p:username"
)
_OP_delete_v2_key = _Op(
    "delete_v2_key DELETE /api/v2/users/{username}/v2_keys/{key_id} DeleteV2KeyResponse 2 - p:username p:key_id"
)
_OP_upload_file = _Op(
    "upload_file POST /api/v2/projects/{project_id}/files - 1 multipart/form-data p:project_id F:file"
)
_OP_download_project_file = _Op(
    "download_project_file",
    "POST",
    "/api/v2/projects/{project_id}/files/{path}:download",
    None,
    (
        ("p", "project_id"),
        ("p", "path"),
    ),
    2,
)
_OP_handle_custom_runtime_upload = _Op(
    "handle_custom_runtime_upload POST /api/v2/runtimeaddons/custom - 2 multipart/form-data F:metadata F:tarball"
)


class CMLServiceApi(_BaseApi):
    """The operations tagged CMLService.

    Required arguments are positional (body first, then path parameters in URL
    order); optional ones are keywords. Every method also takes ``async_req``,
    ``_request_timeout``, ``_preload_content`` and ``_return_http_data_only``,
    and has a ``*_with_http_info`` twin; paged list methods have an ``*_iter`` twin.
    """

    def validate_api_key(self, audience: str, **kwargs: Any) -> _m.ValidateAPIKeyResponse:
        """Check that the key sent with this request is usable.

        HTTP: GET /api/v2/apikey/validate

        Args:
            audience (str, required, query): Audience the key has to be valid for, such as "workbench".

        Returns:
            ValidateAPIKeyResponse
        """
        result: _m.ValidateAPIKeyResponse = self.api_client._call(
            _OP_validate_api_key,
            (audience,),
            kwargs,
        )
        return result

    validate_api_key_with_http_info = _with_http_info(validate_api_key)

    def list_cpu_profiles(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListCpuProfilesResponse:
        """List the CPU and memory presets offered to users.

        HTTP: GET /api/v2/cpuprofiles

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListCpuProfilesResponse
        """
        result: _m.ListCpuProfilesResponse = self.api_client._call(
            _OP_list_cpu_profiles,
            (
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_cpu_profiles_with_http_info = _with_http_info(list_cpu_profiles)
    list_cpu_profiles_iter = _pages(list_cpu_profiles, "cpu_resource_profiles", "next_page_token")

    def delete_cpu_profile(self, id: int, **kwargs: Any) -> _m.DeleteCpuProfileResponse:
        """Remove a CPU and memory preset.

        HTTP: DELETE /api/v2/cpuprofiles/{id}

        Args:
            id (int, required, path): Numeric identifier of the preset.

        Returns:
            DeleteCpuProfileResponse
        """
        result: _m.DeleteCpuProfileResponse = self.api_client._call(
            _OP_delete_cpu_profile,
            (id,),
            kwargs,
        )
        return result

    delete_cpu_profile_with_http_info = _with_http_info(delete_cpu_profile)

    def list_all_experiments(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListExperimentsResponse:
        """List experiments across every project the caller can read.

        HTTP: GET /api/v2/experiments

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListExperimentsResponse
        """
        result: _m.ListExperimentsResponse = self.api_client._call(
            _OP_list_all_experiments,
            (
                search_filter,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_all_experiments_with_http_info = _with_http_info(list_all_experiments)
    list_all_experiments_iter = _pages(list_all_experiments, "experiments", "next_page_token")

    def list_projects(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        include_public_projects: Optional[bool] = None,
        include_all_projects: Optional[bool] = None,
        **kwargs: Any,
    ) -> _m.ListProjectsResponse:
        """List the projects the caller can see.

        Results are paged.
        Keep calling with the returned next_page_token until it comes back as an
        empty string.

        HTTP: GET /api/v2/projects

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.
            include_public_projects (bool, optional, query): When true, projects that are visible to everyone in the workspace are
                listed as well, not only the ones the caller belongs to.
            include_all_projects (bool, optional, query): Administrators only: when true, every project in the workspace is listed
                regardless of membership. Ignored for other callers.

        Returns:
            ListProjectsResponse
        """
        result: _m.ListProjectsResponse = self.api_client._call(
            _OP_list_projects,
            (
                search_filter,
                sort,
                page_size,
                page_token,
                include_public_projects,
                include_all_projects,
            ),
            kwargs,
        )
        return result

    list_projects_with_http_info = _with_http_info(list_projects)
    list_projects_iter = _pages(list_projects, "projects", "next_page_token")

    def create_project(
        self,
        body: Union[_m.CreateProjectRequest, Dict[str, Any]],
        **kwargs: Any,
    ) -> _m.Project:
        """Start a project from scratch, a template or a Git repository.

        HTTP: POST /api/v2/projects

        Args:
            body (Union[CreateProjectRequest, Dict[str, Any]], required, body)

        Returns:
            Project
        """
        result: _m.Project = self.api_client._call(_OP_create_project, (body,), kwargs)
        return result

    create_project_with_http_info = _with_http_info(create_project)

    def batch_list_projects(
        self,
        *,
        project_ids: Optional[List[str]] = None,
        **kwargs: Any,
    ) -> _m.BatchListProjectsResponse:
        """Fetch several projects by identifier in one call.

        HTTP: GET /api/v2/projects/batch

        Args:
            project_ids (List[str], optional, query): Project identifiers; repeat the argument once per project.

        Returns:
            BatchListProjectsResponse
        """
        result: _m.BatchListProjectsResponse = self.api_client._call(
            _OP_batch_list_projects,
            (project_ids,),
            kwargs,
        )
        return result

    batch_list_projects_with_http_info = _with_http_info(batch_list_projects)

    def update_experiment(
        self,
        body: Union[_m.Experiment, Dict[str, Any]],
        experiment_project_id: str,
        experiment_id: str,
        **kwargs: Any,
    ) -> _m.Experiment:
        """Rename an experiment or change its tags.

        HTTP: PATCH /api/v2/projects/{experiment.project_id}/experiments/{experiment.id}

        Args:
            body (Union[Experiment, Dict[str, Any]], required, body)
            experiment_project_id (str, required, path experiment.project_id): Project that holds the experiment.
            experiment_id (str, required, path experiment.id): Identifier of the experiment being changed.

        Returns:
            Experiment
        """
        result: _m.Experiment = self.api_client._call(
            _OP_update_experiment,
            (
                body,
                experiment_project_id,
                experiment_id,
            ),
            kwargs,
        )
        return result

    update_experiment_with_http_info = _with_http_info(update_experiment)

    def update_project(
        self,
        body: Union[_m.Project, Dict[str, Any]],
        project_id: str,
        **kwargs: Any,
    ) -> _m.Project:
        """Change fields of a project.

        HTTP: PATCH /api/v2/projects/{project.id}

        Args:
            body (Union[Project, Dict[str, Any]], required, body): Project fields to change; fields left unset keep their value.
            project_id (str, required, path project.id): Identifier of the project being changed.

        Returns:
            Project
        """
        result: _m.Project = self.api_client._call(_OP_update_project, (body, project_id), kwargs)
        return result

    update_project_with_http_info = _with_http_info(update_project)

    def get_project(self, project_id: str, **kwargs: Any) -> _m.Project:
        """Read one project.

        HTTP: GET /api/v2/projects/{project_id}

        Args:
            project_id (str, required, path): Identifier of the project.

        Returns:
            Project
        """
        result: _m.Project = self.api_client._call(_OP_get_project, (project_id,), kwargs)
        return result

    get_project_with_http_info = _with_http_info(get_project)

    def delete_project(self, project_id: str, **kwargs: Any) -> _m.DeleteProjectResponse:
        """Remove a project and everything in it.

        HTTP: DELETE /api/v2/projects/{project_id}

        Args:
            project_id (str, required, path): Identifier of the project.

        Returns:
            DeleteProjectResponse
        """
        result: _m.DeleteProjectResponse = self.api_client._call(
            _OP_delete_project,
            (project_id,),
            kwargs,
        )
        return result

    delete_project_with_http_info = _with_http_info(delete_project)

    def list_applications(
        self,
        project_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListApplicationsResponse:
        """List the applications of a project.

        HTTP: GET /api/v2/projects/{project_id}/applications

        Args:
            project_id (str, required, path): Identifier of the project.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListApplicationsResponse
        """
        result: _m.ListApplicationsResponse = self.api_client._call(
            _OP_list_applications,
            (
                project_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_applications_with_http_info = _with_http_info(list_applications)
    list_applications_iter = _pages(list_applications, "applications", "next_page_token")

    def create_application(
        self,
        body: Union[_m.CreateApplicationRequest, Dict[str, Any]],
        project_id: str,
        **kwargs: Any,
    ) -> _m.Application:
        """Create and launch an application.

        HTTP: POST /api/v2/projects/{project_id}/applications

        Args:
            body (Union[CreateApplicationRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.

        Returns:
            Application
        """
        result: _m.Application = self.api_client._call(
            _OP_create_application,
            (
                body,
                project_id,
            ),
            kwargs,
        )
        return result

    create_application_with_http_info = _with_http_info(create_application)

    def update_application(
        self,
        body: Union[_m.Application, Dict[str, Any]],
        project_id: str,
        application_id: str,
        **kwargs: Any,
    ) -> _m.Application:
        """Change settings of an application.

        HTTP: PATCH /api/v2/projects/{project_id}/applications/{application.id}

        Args:
            body (Union[Application, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            application_id (str, required, path application.id): Identifier of the application being changed.

        Returns:
            Application
        """
        result: _m.Application = self.api_client._call(
            _OP_update_application,
            (
                body,
                project_id,
                application_id,
            ),
            kwargs,
        )
        return result

    update_application_with_http_info = _with_http_info(update_application)

    def get_application(
        self,
        project_id: str,
        application_id: str,
        **kwargs: Any,
    ) -> _m.Application:
        """Read one application.

        HTTP: GET /api/v2/projects/{project_id}/applications/{application_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            application_id (str, required, path): Identifier of the application.

        Returns:
            Application
        """
        result: _m.Application = self.api_client._call(
            _OP_get_application,
            (
                project_id,
                application_id,
            ),
            kwargs,
        )
        return result

    get_application_with_http_info = _with_http_info(get_application)

    def delete_application(
        self,
        project_id: str,
        application_id: str,
        **kwargs: Any,
    ) -> _m.DeleteApplicationResponse:
        """Remove an application.

        HTTP: DELETE /api/v2/projects/{project_id}/applications/{application_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            application_id (str, required, path): Identifier of the application.

        Returns:
            DeleteApplicationResponse
        """
        result: _m.DeleteApplicationResponse = self.api_client._call(
            _OP_delete_application,
            (
                project_id,
                application_id,
            ),
            kwargs,
        )
        return result

    delete_application_with_http_info = _with_http_info(delete_application)

    def restart_application(
        self,
        project_id: str,
        application_id: str,
        **kwargs: Any,
    ) -> _m.Application:
        """Stop an application if needed and start it again.

        HTTP: POST /api/v2/projects/{project_id}/applications/{application_id}:restart

        Args:
            project_id (str, required, path): Identifier of the project.
            application_id (str, required, path): Identifier of the application.

        Returns:
            Application
        """
        result: _m.Application = self.api_client._call(
            _OP_restart_application,
            (
                project_id,
                application_id,
            ),
            kwargs,
        )
        return result

    restart_application_with_http_info = _with_http_info(restart_application)

    def stop_application(
        self,
        project_id: str,
        application_id: str,
        **kwargs: Any,
    ) -> _m.StopApplicationResponse:
        """Shut an application down.

        HTTP: POST /api/v2/projects/{project_id}/applications/{application_id}:stop

        Args:
            project_id (str, required, path): Identifier of the project.
            application_id (str, required, path): Identifier of the application.

        Returns:
            StopApplicationResponse
        """
        result: _m.StopApplicationResponse = self.api_client._call(
            _OP_stop_application,
            (
                project_id,
                application_id,
            ),
            kwargs,
        )
        return result

    stop_application_with_http_info = _with_http_info(stop_application)

    def list_project_collaborators(
        self,
        project_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListProjectCollaboratorsResponse:
        """List the people who can work on a project.

        HTTP: GET /api/v2/projects/{project_id}/collaborators

        Args:
            project_id (str, required, path): Identifier of the project.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListProjectCollaboratorsResponse
        """
        result: _m.ListProjectCollaboratorsResponse = self.api_client._call(
            _OP_list_project_collaborators,
            (
                project_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_project_collaborators_with_http_info = _with_http_info(list_project_collaborators)
    list_project_collaborators_iter = _pages(
        list_project_collaborators, "collaborators", "next_page_token"
    )

    def add_project_collaborator(
        self,
        body: Union[_m.AddProjectCollaboratorRequest, Dict[str, Any]],
        project_id: str,
        username: str,
        **kwargs: Any,
    ) -> _m.AddProjectCollaboratorResponse:
        """Give a user access to a project.

        HTTP: PUT /api/v2/projects/{project_id}/collaborators/{username}

        Args:
            body (Union[AddProjectCollaboratorRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            username (str, required, path): Login name of the user to add.

        Returns:
            AddProjectCollaboratorResponse
        """
        result: _m.AddProjectCollaboratorResponse = self.api_client._call(
            _OP_add_project_collaborator,
            (
                body,
                project_id,
                username,
            ),
            kwargs,
        )
        return result

    add_project_collaborator_with_http_info = _with_http_info(add_project_collaborator)

    def delete_project_collaborator(
        self,
        project_id: str,
        username: str,
        **kwargs: Any,
    ) -> _m.DeleteProjectCollaboratorResponse:
        """Take a user's access to a project away.

        HTTP: DELETE /api/v2/projects/{project_id}/collaborators/{username}

        Args:
            project_id (str, required, path): Identifier of the project.
            username (str, required, path): Login name of the user to remove.

        Returns:
            DeleteProjectCollaboratorResponse
        """
        result: _m.DeleteProjectCollaboratorResponse = self.api_client._call(
            _OP_delete_project_collaborator,
            (
                project_id,
                username,
            ),
            kwargs,
        )
        return result

    delete_project_collaborator_with_http_info = _with_http_info(delete_project_collaborator)

    def list_experiments(
        self,
        project_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListExperimentsResponse:
        """List the experiments of a project.

        HTTP: GET /api/v2/projects/{project_id}/experiments

        Args:
            project_id (str, required, path): Identifier of the project.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListExperimentsResponse
        """
        result: _m.ListExperimentsResponse = self.api_client._call(
            _OP_list_experiments,
            (
                project_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_experiments_with_http_info = _with_http_info(list_experiments)
    list_experiments_iter = _pages(list_experiments, "experiments", "next_page_token")

    def create_experiment(
        self,
        body: Union[_m.CreateExperimentRequest, Dict[str, Any]],
        project_id: str,
        **kwargs: Any,
    ) -> _m.Experiment:
        """Create an experiment in a project.

        HTTP: POST /api/v2/projects/{project_id}/experiments

        Args:
            body (Union[CreateExperimentRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.

        Returns:
            Experiment
        """
        result: _m.Experiment = self.api_client._call(
            _OP_create_experiment,
            (
                body,
                project_id,
            ),
            kwargs,
        )
        return result

    create_experiment_with_http_info = _with_http_info(create_experiment)

    def get_experiment(self, project_id: str, experiment_id: str, **kwargs: Any) -> _m.Experiment:
        """Read one experiment.

        HTTP: GET /api/v2/projects/{project_id}/experiments/{experiment_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.

        Returns:
            Experiment
        """
        result: _m.Experiment = self.api_client._call(
            _OP_get_experiment,
            (
                project_id,
                experiment_id,
            ),
            kwargs,
        )
        return result

    get_experiment_with_http_info = _with_http_info(get_experiment)

    def list_experiment_runs(
        self,
        project_id: str,
        experiment_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListExperimentRunsResponse:
        """List the runs recorded under an experiment.

        HTTP: GET /api/v2/projects/{project_id}/experiments/{experiment_id}/runs

        Args:
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListExperimentRunsResponse
        """
        result: _m.ListExperimentRunsResponse = self.api_client._call(
            _OP_list_experiment_runs,
            (
                project_id,
                experiment_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_experiment_runs_with_http_info = _with_http_info(list_experiment_runs)
    list_experiment_runs_iter = _pages(list_experiment_runs, "experiment_runs", "next_page_token")

    def create_experiment_run(
        self,
        body: Union[_m.CreateExperimentRunRequest, Dict[str, Any]],
        project_id: str,
        experiment_id: str,
        **kwargs: Any,
    ) -> _m.ExperimentRun:
        """Open a new run under an experiment.

        HTTP: POST /api/v2/projects/{project_id}/experiments/{experiment_id}/runs

        Args:
            body (Union[CreateExperimentRunRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.

        Returns:
            ExperimentRun
        """
        result: _m.ExperimentRun = self.api_client._call(
            _OP_create_experiment_run,
            (
                body,
                project_id,
                experiment_id,
            ),
            kwargs,
        )
        return result

    create_experiment_run_with_http_info = _with_http_info(create_experiment_run)

    def update_experiment_run(
        self,
        body: Union[_m.ExperimentRun, Dict[str, Any]],
        project_id: str,
        experiment_id: str,
        run_id: str,
        **kwargs: Any,
    ) -> _m.ExperimentRun:
        """Change the name, status or end time of a run.

        HTTP: PATCH /api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run.id}

        Args:
            body (Union[ExperimentRun, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.
            run_id (str, required, path run.id): Identifier of the run being changed.

        Returns:
            ExperimentRun
        """
        result: _m.ExperimentRun = self.api_client._call(
            _OP_update_experiment_run,
            (
                body,
                project_id,
                experiment_id,
                run_id,
            ),
            kwargs,
        )
        return result

    update_experiment_run_with_http_info = _with_http_info(update_experiment_run)

    def get_experiment_run(
        self,
        project_id: str,
        experiment_id: str,
        run_id: str,
        **kwargs: Any,
    ) -> _m.ExperimentRun:
        """Read one experiment run.

        HTTP: GET /api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.
            run_id (str, required, path): Identifier of the experiment run.

        Returns:
            ExperimentRun
        """
        result: _m.ExperimentRun = self.api_client._call(
            _OP_get_experiment_run,
            (
                project_id,
                experiment_id,
                run_id,
            ),
            kwargs,
        )
        return result

    get_experiment_run_with_http_info = _with_http_info(get_experiment_run)

    def log_experiment_run_batch(
        self,
        body: Union[_m.LogExperimentRunBatchRequest, Dict[str, Any]],
        project_id: str,
        experiment_id: str,
        run_id: str,
        **kwargs: Any,
    ) -> _m.LogExperimentRunBatchResponse:
        """Record many metrics, parameters and tags at once.

        HTTP: POST /api/v2/projects/{project_id}/experiments/{experiment_id}/runs/{run_id}:logbatch

        Args:
            body (Union[LogExperimentRunBatchRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            experiment_id (str, required, path): Identifier of the experiment.
            run_id (str, required, path): Identifier of the experiment run.

        Returns:
            LogExperimentRunBatchResponse
        """
        result: _m.LogExperimentRunBatchResponse = self.api_client._call(
            _OP_log_experiment_run_batch,
            (
                body,
                project_id,
                experiment_id,
                run_id,
            ),
            kwargs,
        )
        return result

    log_experiment_run_batch_with_http_info = _with_http_info(log_experiment_run_batch)

    def list_project_files(
        self,
        project_id: str,
        path: str,
        **kwargs: Any,
    ) -> _m.ListProjectFilesResponse:
        """List a folder of a project, or describe one file.

        HTTP: GET /api/v2/projects/{project_id}/files/{path}

        Args:
            project_id (str, required, path): Identifier of the project.
            path (str, required, path): File or folder path inside the project, relative to its root. Slashes in
                it must be percent-encoded ("a/b.txt" becomes "a%2Fb.txt").

        Returns:
            ListProjectFilesResponse
        """
        result: _m.ListProjectFilesResponse = self.api_client._call(
            _OP_list_project_files,
            (
                project_id,
                path,
            ),
            kwargs,
        )
        return result

    list_project_files_with_http_info = _with_http_info(list_project_files)

    def delete_project_file(
        self,
        project_id: str,
        path: str,
        **kwargs: Any,
    ) -> _m.DeleteProjectFileResponse:
        """Delete a file or folder of a project.

        HTTP: DELETE /api/v2/projects/{project_id}/files/{path}

        Args:
            project_id (str, required, path): Identifier of the project.
            path (str, required, path): File or folder path inside the project, relative to its root. Slashes in
                it must be percent-encoded ("a/b.txt" becomes "a%2Fb.txt").

        Returns:
            DeleteProjectFileResponse
        """
        result: _m.DeleteProjectFileResponse = self.api_client._call(
            _OP_delete_project_file,
            (
                project_id,
                path,
            ),
            kwargs,
        )
        return result

    delete_project_file_with_http_info = _with_http_info(delete_project_file)

    def update_project_file_metadata(
        self,
        body: Union[_m.FileInfo, Dict[str, Any]],
        project_id: str,
        path: str,
        **kwargs: Any,
    ) -> _m.FileInfo:
        """Rename or move a project file.

        HTTP: PATCH /api/v2/projects/{project_id}/files/{path}

        Args:
            body (Union[FileInfo, Dict[str, Any]], required, body): New metadata; set path to move or rename the file.
            project_id (str, required, path): Identifier of the project.
            path (str, required, path): File or folder path inside the project, relative to its root. Slashes in
                it must be percent-encoded ("a/b.txt" becomes "a%2Fb.txt").

        Returns:
            FileInfo
        """
        result: _m.FileInfo = self.api_client._call(
            _OP_update_project_file_metadata,
            (
                body,
                project_id,
                path,
            ),
            kwargs,
        )
        return result

    update_project_file_metadata_with_http_info = _with_http_info(update_project_file_metadata)

    def list_jobs(
        self,
        project_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListJobsResponse:
        """List the jobs defined in a project.

        HTTP: GET /api/v2/projects/{project_id}/jobs

        Args:
            project_id (str, required, path): Identifier of the project.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListJobsResponse
        """
        result: _m.ListJobsResponse = self.api_client._call(
            _OP_list_jobs,
            (
                project_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_jobs_with_http_info = _with_http_info(list_jobs)
    list_jobs_iter = _pages(list_jobs, "jobs", "next_page_token")

    def create_job(
        self,
        body: Union[_m.CreateJobRequest, Dict[str, Any]],
        project_id: str,
        **kwargs: Any,
    ) -> _m.Job:
        """Define a new job in a project.

        HTTP: POST /api/v2/projects/{project_id}/jobs

        Args:
            body (Union[CreateJobRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.

        Returns:
            Job
        """
        result: _m.Job = self.api_client._call(_OP_create_job, (body, project_id), kwargs)
        return result

    create_job_with_http_info = _with_http_info(create_job)

    def update_job(
        self,
        body: Union[_m.Job, Dict[str, Any]],
        project_id: str,
        job_id: str,
        **kwargs: Any,
    ) -> _m.Job:
        """Change the definition of a job.

        HTTP: PATCH /api/v2/projects/{project_id}/jobs/{job.id}

        Args:
            body (Union[Job, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path job.id): Identifier of the job being changed.

        Returns:
            Job
        """
        result: _m.Job = self.api_client._call(_OP_update_job, (body, project_id, job_id), kwargs)
        return result

    update_job_with_http_info = _with_http_info(update_job)

    def get_job(self, project_id: str, job_id: str, **kwargs: Any) -> _m.Job:
        """Read one job definition.

        HTTP: GET /api/v2/projects/{project_id}/jobs/{job_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.

        Returns:
            Job
        """
        result: _m.Job = self.api_client._call(_OP_get_job, (project_id, job_id), kwargs)
        return result

    get_job_with_http_info = _with_http_info(get_job)

    def delete_job(self, project_id: str, job_id: str, **kwargs: Any) -> _m.DeleteJobResponse:
        """Remove a job definition.

        HTTP: DELETE /api/v2/projects/{project_id}/jobs/{job_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.

        Returns:
            DeleteJobResponse
        """
        result: _m.DeleteJobResponse = self.api_client._call(
            _OP_delete_job,
            (
                project_id,
                job_id,
            ),
            kwargs,
        )
        return result

    delete_job_with_http_info = _with_http_info(delete_job)

    def list_job_runs(
        self,
        project_id: str,
        job_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListJobRunsResponse:
        """List past and current runs of a job.

        HTTP: GET /api/v2/projects/{project_id}/jobs/{job_id}/runs

        Args:
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListJobRunsResponse
        """
        result: _m.ListJobRunsResponse = self.api_client._call(
            _OP_list_job_runs,
            (
                project_id,
                job_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_job_runs_with_http_info = _with_http_info(list_job_runs)
    list_job_runs_iter = _pages(list_job_runs, "job_runs", "next_page_token")

    def create_job_run(
        self,
        body: Union[_m.CreateJobRunRequest, Dict[str, Any]],
        project_id: str,
        job_id: str,
        **kwargs: Any,
    ) -> _m.JobRun:
        """Start a job right away.

        HTTP: POST /api/v2/projects/{project_id}/jobs/{job_id}/runs

        Args:
            body (Union[CreateJobRunRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.

        Returns:
            JobRun
        """
        result: _m.JobRun = self.api_client._call(
            _OP_create_job_run,
            (
                body,
                project_id,
                job_id,
            ),
            kwargs,
        )
        return result

    create_job_run_with_http_info = _with_http_info(create_job_run)

    def get_job_run(self, project_id: str, job_id: str, run_id: str, **kwargs: Any) -> _m.JobRun:
        """Read one run of a job.

        HTTP: GET /api/v2/projects/{project_id}/jobs/{job_id}/runs/{run_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.
            run_id (str, required, path): Identifier of the run.

        Returns:
            JobRun
        """
        result: _m.JobRun = self.api_client._call(
            _OP_get_job_run,
            (
                project_id,
                job_id,
                run_id,
            ),
            kwargs,
        )
        return result

    get_job_run_with_http_info = _with_http_info(get_job_run)

    def stop_job_run(self, project_id: str, job_id: str, run_id: str, **kwargs: Any) -> _m.JobRun:
        """Ask a running job run to stop.

        HTTP: POST /api/v2/projects/{project_id}/jobs/{job_id}/runs/{run_id}:stop

        Args:
            project_id (str, required, path): Identifier of the project.
            job_id (str, required, path): Identifier of the job.
            run_id (str, required, path): Identifier of the run.

        Returns:
            JobRun
        """
        result: _m.JobRun = self.api_client._call(
            _OP_stop_job_run,
            (
                project_id,
                job_id,
                run_id,
            ),
            kwargs,
        )
        return result

    stop_job_run_with_http_info = _with_http_info(stop_job_run)

    def list_models(
        self,
        project_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListModelsResponse:
        """List the models of a project.

        HTTP: GET /api/v2/projects/{project_id}/models

        Args:
            project_id (str, required, path): Identifier of the project.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListModelsResponse
        """
        result: _m.ListModelsResponse = self.api_client._call(
            _OP_list_models,
            (
                project_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_models_with_http_info = _with_http_info(list_models)
    list_models_iter = _pages(list_models, "models", "next_page_token")

    def create_model(
        self,
        body: Union[_m.CreateModelRequest, Dict[str, Any]],
        project_id: str,
        **kwargs: Any,
    ) -> _m.Model:
        """Create a model entry in a project.

        HTTP: POST /api/v2/projects/{project_id}/models

        Args:
            body (Union[CreateModelRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.

        Returns:
            Model
        """
        result: _m.Model = self.api_client._call(_OP_create_model, (body, project_id), kwargs)
        return result

    create_model_with_http_info = _with_http_info(create_model)

    def update_model(
        self,
        body: Union[_m.Model, Dict[str, Any]],
        project_id: str,
        model_id: str,
        **kwargs: Any,
    ) -> _m.Model:
        """Change settings of a model.

        HTTP: PATCH /api/v2/projects/{project_id}/models/{model.id}

        Args:
            body (Union[Model, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path model.id): Identifier of the model being changed.

        Returns:
            Model
        """
        result: _m.Model = self.api_client._call(
            _OP_update_model,
            (
                body,
                project_id,
                model_id,
            ),
            kwargs,
        )
        return result

    update_model_with_http_info = _with_http_info(update_model)

    def get_model(self, project_id: str, model_id: str, **kwargs: Any) -> _m.Model:
        """Read one model.

        HTTP: GET /api/v2/projects/{project_id}/models/{model_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.

        Returns:
            Model
        """
        result: _m.Model = self.api_client._call(_OP_get_model, (project_id, model_id), kwargs)
        return result

    get_model_with_http_info = _with_http_info(get_model)

    def delete_model(self, project_id: str, model_id: str, **kwargs: Any) -> _m.DeleteModelResponse:
        """Remove a model with its builds and deployments.

        HTTP: DELETE /api/v2/projects/{project_id}/models/{model_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.

        Returns:
            DeleteModelResponse
        """
        result: _m.DeleteModelResponse = self.api_client._call(
            _OP_delete_model,
            (
                project_id,
                model_id,
            ),
            kwargs,
        )
        return result

    delete_model_with_http_info = _with_http_info(delete_model)

    def list_model_builds(
        self,
        project_id: str,
        model_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListModelBuildsResponse:
        """List the builds of a model.

        HTTP: GET /api/v2/projects/{project_id}/models/{model_id}/builds

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListModelBuildsResponse
        """
        result: _m.ListModelBuildsResponse = self.api_client._call(
            _OP_list_model_builds,
            (
                project_id,
                model_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_model_builds_with_http_info = _with_http_info(list_model_builds)
    list_model_builds_iter = _pages(list_model_builds, "model_builds", "next_page_token")

    def create_model_build(
        self,
        body: Union[_m.CreateModelBuildRequest, Dict[str, Any]],
        project_id: str,
        model_id: str,
        **kwargs: Any,
    ) -> _m.ModelBuild:
        """Package a model into a new build.

        HTTP: POST /api/v2/projects/{project_id}/models/{model_id}/builds

        Args:
            body (Union[CreateModelBuildRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.

        Returns:
            ModelBuild
        """
        result: _m.ModelBuild = self.api_client._call(
            _OP_create_model_build,
            (
                body,
                project_id,
                model_id,
            ),
            kwargs,
        )
        return result

    create_model_build_with_http_info = _with_http_info(create_model_build)

    def get_model_build(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        **kwargs: Any,
    ) -> _m.ModelBuild:
        """Read one model build.

        HTTP: GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.

        Returns:
            ModelBuild
        """
        result: _m.ModelBuild = self.api_client._call(
            _OP_get_model_build,
            (
                project_id,
                model_id,
                build_id,
            ),
            kwargs,
        )
        return result

    get_model_build_with_http_info = _with_http_info(get_model_build)

    def delete_model_build(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        **kwargs: Any,
    ) -> _m.DeleteModelBuildResponse:
        """Remove a model build.

        HTTP: DELETE /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.

        Returns:
            DeleteModelBuildResponse
        """
        result: _m.DeleteModelBuildResponse = self.api_client._call(
            _OP_delete_model_build,
            (
                project_id,
                model_id,
                build_id,
            ),
            kwargs,
        )
        return result

    delete_model_build_with_http_info = _with_http_info(delete_model_build)

    def list_model_deployments(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListModelDeploymentsResponse:
        """List the deployments made from a build.

        HTTP: GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListModelDeploymentsResponse
        """
        result: _m.ListModelDeploymentsResponse = self.api_client._call(
            _OP_list_model_deployments,
            (
                project_id,
                model_id,
                build_id,
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_model_deployments_with_http_info = _with_http_info(list_model_deployments)
    list_model_deployments_iter = _pages(
        list_model_deployments, "model_deployments", "next_page_token"
    )

    def create_model_deployment(
        self,
        body: Union[_m.CreateModelDeploymentRequest, Dict[str, Any]],
        project_id: str,
        model_id: str,
        build_id: str,
        **kwargs: Any,
    ) -> _m.ModelDeployment:
        """Deploy a model build.

        HTTP: POST /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments

        Args:
            body (Union[CreateModelDeploymentRequest, Dict[str, Any]], required, body)
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.

        Returns:
            ModelDeployment
        """
        result: _m.ModelDeployment = self.api_client._call(
            _OP_create_model_deployment,
            (
                body,
                project_id,
                model_id,
                build_id,
            ),
            kwargs,
        )
        return result

    create_model_deployment_with_http_info = _with_http_info(create_model_deployment)

    def get_model_deployment(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        deployment_id: str,
        **kwargs: Any,
    ) -> _m.ModelDeployment:
        """Read one model deployment.

        HTTP: GET /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id}

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.
            deployment_id (str, required, path): Identifier of the model deployment.

        Returns:
            ModelDeployment
        """
        result: _m.ModelDeployment = self.api_client._call(
            _OP_get_model_deployment,
            (
                project_id,
                model_id,
                build_id,
                deployment_id,
            ),
            kwargs,
        )
        return result

    get_model_deployment_with_http_info = _with_http_info(get_model_deployment)

    def restart_model_deployment(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        deployment_id: str,
        **kwargs: Any,
    ) -> _m.RestartModelDeploymentResponse:
        """Restart the replicas of a deployment.

        HTTP: POST /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id}:restart

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.
            deployment_id (str, required, path): Identifier of the model deployment.

        Returns:
            RestartModelDeploymentResponse
        """
        result: _m.RestartModelDeploymentResponse = self.api_client._call(
            _OP_restart_model_deployment,
            (
                project_id,
                model_id,
                build_id,
                deployment_id,
            ),
            kwargs,
        )
        return result

    restart_model_deployment_with_http_info = _with_http_info(restart_model_deployment)

    def stop_model_deployment(
        self,
        project_id: str,
        model_id: str,
        build_id: str,
        deployment_id: str,
        **kwargs: Any,
    ) -> _m.StopModelDeploymentResponse:
        """Stop serving a deployment.

        HTTP: POST /api/v2/projects/{project_id}/models/{model_id}/builds/{build_id}/deployments/{deployment_id}:stop

        Args:
            project_id (str, required, path): Identifier of the project.
            model_id (str, required, path): Identifier of the model.
            build_id (str, required, path): Identifier of the model build.
            deployment_id (str, required, path): Identifier of the model deployment.

        Returns:
            StopModelDeploymentResponse
        """
        result: _m.StopModelDeploymentResponse = self.api_client._call(
            _OP_stop_model_deployment,
            (
                project_id,
                model_id,
                build_id,
                deployment_id,
            ),
            kwargs,
        )
        return result

    stop_model_deployment_with_http_info = _with_http_info(stop_model_deployment)

    def list_registered_models(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        sort: Optional[str] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListRegisteredModelsResponse:
        """List the models in the workspace registry.

        HTTP: GET /api/v2/registry/models

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.

        Returns:
            ListRegisteredModelsResponse
        """
        result: _m.ListRegisteredModelsResponse = self.api_client._call(
            _OP_list_registered_models,
            (
                search_filter,
                sort,
                page_size,
                page_token,
            ),
            kwargs,
        )
        return result

    list_registered_models_with_http_info = _with_http_info(list_registered_models)
    list_registered_models_iter = _pages(list_registered_models, "models", "next_page_token")

    def create_registered_model(
        self,
        body: Union[_m.CreateRegisteredModelRequest, Dict[str, Any]],
        **kwargs: Any,
    ) -> _m.RegisteredModel:
        """Register a model, or add a version to one.

        HTTP: POST /api/v2/registry/models

        Args:
            body (Union[CreateRegisteredModelRequest, Dict[str, Any]], required, body)

        Returns:
            RegisteredModel
        """
        result: _m.RegisteredModel = self.api_client._call(
            _OP_create_registered_model,
            (body,),
            kwargs,
        )
        return result

    create_registered_model_with_http_info = _with_http_info(create_registered_model)

    def get_registered_model(
        self,
        model_id: str,
        *,
        sort: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.RegisteredModel:
        """Read a registered model with its versions.

        HTTP: GET /api/v2/registry/models/{model_id}

        Args:
            model_id (str, required, path): Identifier of the registered model.
            sort (str, optional, query): Order of the versions in the reply, e.g. "-version_number".

        Returns:
            RegisteredModel
        """
        result: _m.RegisteredModel = self.api_client._call(
            _OP_get_registered_model,
            (
                model_id,
                sort,
            ),
            kwargs,
        )
        return result

    get_registered_model_with_http_info = _with_http_info(get_registered_model)

    def delete_registered_model(
        self,
        model_id: str,
        **kwargs: Any,
    ) -> _m.DeleteRegisteredModelResponse:
        """Remove a registered model and all of its versions.

        HTTP: DELETE /api/v2/registry/models/{model_id}

        Args:
            model_id (str, required, path): Identifier of the registered model.

        Returns:
            DeleteRegisteredModelResponse
        """
        result: _m.DeleteRegisteredModelResponse = self.api_client._call(
            _OP_delete_registered_model,
            (model_id,),
            kwargs,
        )
        return result

    delete_registered_model_with_http_info = _with_http_info(delete_registered_model)

    def list_runtime_addons(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        sort: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListRuntimeAddonsResponse:
        """List add-ons that can be mounted into runtimes.

        HTTP: GET /api/v2/runtimeaddons

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".

        Returns:
            ListRuntimeAddonsResponse
        """
        result: _m.ListRuntimeAddonsResponse = self.api_client._call(
            _OP_list_runtime_addons,
            (
                search_filter,
                page_size,
                page_token,
                sort,
            ),
            kwargs,
        )
        return result

    list_runtime_addons_with_http_info = _with_http_info(list_runtime_addons)
    list_runtime_addons_iter = _pages(list_runtime_addons, "runtime_addons", "next_page_token")

    def list_runtimes(
        self,
        *,
        search_filter: Optional[Union[str, Mapping[str, Any]]] = None,
        page_size: Optional[int] = None,
        page_token: Optional[str] = None,
        sort: Optional[str] = None,
        **kwargs: Any,
    ) -> _m.ListRuntimesResponse:
        """List the runtimes that workloads can use.

        HTTP: GET /api/v2/runtimes

        Args:
            search_filter (Union[str, Mapping[str, Any]], optional, query): Optional filter, written as a JSON-encoded object. Each key names a
                field (dotted names reach into nested objects) and each value is matched
                as a case-insensitive substring, e.g. {"name": "churn",
                "owner.username": "alice"}.
                All keys have to match for an item to be returned.
            page_size (int, optional, query): Upper bound on how many items one page holds. The server may return
                fewer, and clamps values above its own limit.
            page_token (str, optional, query): Cursor copied from next_page_token of the previous page. Omit it to
                start at the first page; repeat the other query arguments unchanged.
            sort (str, optional, query): Field used to order the results. Put a "-" in front of it to reverse the
                order, as in "-created_at".

        Returns:
            ListRuntimesResponse
        """
        result: _m.ListRuntimesResponse = self.api_client._call(
            _OP_list_runtimes,
            (
                search_filter,
                page_size,
                page_token,
                sort,
            ),
            kwargs,
        )
        return result

    list_runtimes_with_http_info = _with_http_info(list_runtimes)
    list_runtimes_iter = _pages(list_runtimes, "runtimes", "next_page_token")

    def get_runtime(self, runtime_id: str, **kwargs: Any) -> _m.Runtime:
        """Read one runtime by its numeric identifier.

        HTTP: GET /api/v2/runtimes/{runtime_id}

        Args:
            runtime_id (str, required, path): Numeric runtime identifier (64-bit).

        Returns:
            Runtime
        """
        result: _m.Runtime = self.api_client._call(_OP_get_runtime, (runtime_id,), kwargs)
        return result

    get_runtime_with_http_info = _with_http_info(get_runtime)

    def get_short_user_by_id(self, user_id: int, **kwargs: Any) -> _m.ShortUser:
        """Look a user up by numeric identifier.

        HTTP: GET /api/v2/users/{user_id}

        Args:
            user_id (int, required, path): Numeric identifier of the user.

        Returns:
            ShortUser
        """
        result: _m.ShortUser = self.api_client._call(_OP_get_short_user_by_id, (user_id,), kwargs)
        return result

    get_short_user_by_id_with_http_info = _with_http_info(get_short_user_by_id)

    def list_v2_keys(self, username: str, **kwargs: Any) -> _m.ListV2KeysResponse:
        """List the API v2 keys a user holds.

        HTTP: GET /api/v2/users/{username}/v2_keys

        Args:
            username (str, required, path): Login name of the key owner.

        Returns:
            ListV2KeysResponse
        """
        result: _m.ListV2KeysResponse = self.api_client._call(_OP_list_v2_keys, (username,), kwargs)
        return result

    list_v2_keys_with_http_info = _with_http_info(list_v2_keys)

    def create_v2_key(
        self,
        body: Union[_m.CreateV2KeyRequest, Dict[str, Any]],
        username: str,
        **kwargs: Any,
    ) -> _m.CreateV2KeyResponse:
        """Issue a new API v2 key for a user.

        HTTP: POST /api/v2/users/{username}/v2_keys

        Args:
            body (Union[CreateV2KeyRequest, Dict[str, Any]], required, body)
            username (str, required, path): Login name of the key owner.

        Returns:
            CreateV2KeyResponse
        """
        result: _m.CreateV2KeyResponse = self.api_client._call(
            _OP_create_v2_key,
            (
                body,
                username,
            ),
            kwargs,
        )
        return result

    create_v2_key_with_http_info = _with_http_info(create_v2_key)

    def delete_v2_key(self, username: str, key_id: str, **kwargs: Any) -> _m.DeleteV2KeyResponse:
        """Revoke one API v2 key.

        HTTP: DELETE /api/v2/users/{username}/v2_keys/{key_id}

        Args:
            username (str, required, path): Login name of the key owner.
            key_id (str, required, path): Identifier of the key to revoke.

        Returns:
            DeleteV2KeyResponse
        """
        result: _m.DeleteV2KeyResponse = self.api_client._call(
            _OP_delete_v2_key,
            (
                username,
                key_id,
            ),
            kwargs,
        )
        return result

    delete_v2_key_with_http_info = _with_http_info(delete_v2_key)

    def upload_file(self, project_id: str, *, file: Optional[Any] = None, **kwargs: Any) -> None:
        """Upload one file into a project.

        Send the file as multipart/form-data.
        The part name is the target path inside the project.

        HTTP: POST /api/v2/projects/{project_id}/files

        Args:
            project_id (str, required, path): Identifier of the project.
            file (Any, optional, formData): Content of the file to store.

        Returns:
            None
        """
        result: None = self.api_client._call(_OP_upload_file, (project_id, file), kwargs)
        return result

    upload_file_with_http_info = _with_http_info(upload_file)

    def download_project_file(self, project_id: str, path: str, **kwargs: Any) -> None:
        """Download a project file as raw bytes.

        HTTP: POST /api/v2/projects/{project_id}/files/{path}:download

        Args:
            project_id (str, required, path): Identifier of the project.
            path (str, required, path): File or folder path inside the project, relative to its root. Slashes in
                it must be percent-encoded ("a/b.txt" becomes "a%2Fb.txt").

        Returns:
            None
        """
        result: None = self.api_client._call(_OP_download_project_file, (project_id, path), kwargs)
        return result

    download_project_file_with_http_info = _with_http_info(download_project_file)

    def handle_custom_runtime_upload(self, metadata: Any, tarball: Any, **kwargs: Any) -> None:
        """Upload a custom runtime add-on (metadata plus tarball).

        HTTP: POST /api/v2/runtimeaddons/custom

        Args:
            metadata (Any, required, formData): JSON document describing the add-on.
            tarball (Any, required, formData): Compressed archive holding the add-on files.

        Returns:
            None
        """
        result: None = self.api_client._call(
            _OP_handle_custom_runtime_upload,
            (
                metadata,
                tarball,
            ),
            kwargs,
        )
        return result

    handle_custom_runtime_upload_with_http_info = _with_http_info(handle_custom_runtime_upload)
