"""Every model of the API, loaded on first access (generated; do not edit)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .add_project_collaborator_request import (
        AddProjectCollaboratorRequest as AddProjectCollaboratorRequest,
    )
    from .add_project_collaborator_response import (
        AddProjectCollaboratorResponse as AddProjectCollaboratorResponse,
    )
    from .application import Application as Application
    from .application_status import ApplicationStatus as ApplicationStatus
    from .batch_list_projects_response import BatchListProjectsResponse as BatchListProjectsResponse
    from .collaborator import Collaborator as Collaborator
    from .cpu_profile import CpuProfile as CpuProfile
    from .create_application_request import CreateApplicationRequest as CreateApplicationRequest
    from .create_experiment_request import CreateExperimentRequest as CreateExperimentRequest
    from .create_experiment_run_request import (
        CreateExperimentRunRequest as CreateExperimentRunRequest,
    )
    from .create_job_request import CreateJobRequest as CreateJobRequest
    from .create_job_run_request import CreateJobRunRequest as CreateJobRunRequest
    from .create_model_build_request import CreateModelBuildRequest as CreateModelBuildRequest
    from .create_model_deployment_request import (
        CreateModelDeploymentRequest as CreateModelDeploymentRequest,
    )
    from .create_model_request import CreateModelRequest as CreateModelRequest
    from .create_project_request import CreateProjectRequest as CreateProjectRequest
    from .create_registered_model_request import (
        CreateRegisteredModelRequest as CreateRegisteredModelRequest,
    )
    from .create_v2_key_request import CreateV2KeyRequest as CreateV2KeyRequest
    from .create_v2_key_response import CreateV2KeyResponse as CreateV2KeyResponse
    from .delete_application_response import DeleteApplicationResponse as DeleteApplicationResponse
    from .delete_cpu_profile_response import DeleteCpuProfileResponse as DeleteCpuProfileResponse
    from .delete_job_response import DeleteJobResponse as DeleteJobResponse
    from .delete_model_build_response import DeleteModelBuildResponse as DeleteModelBuildResponse
    from .delete_model_response import DeleteModelResponse as DeleteModelResponse
    from .delete_project_collaborator_response import (
        DeleteProjectCollaboratorResponse as DeleteProjectCollaboratorResponse,
    )
    from .delete_project_file_response import DeleteProjectFileResponse as DeleteProjectFileResponse
    from .delete_project_response import DeleteProjectResponse as DeleteProjectResponse
    from .delete_registered_model_response import (
        DeleteRegisteredModelResponse as DeleteRegisteredModelResponse,
    )
    from .delete_v2_key_response import DeleteV2KeyResponse as DeleteV2KeyResponse
    from .engine_status import EngineStatus as EngineStatus
    from .experiment import Experiment as Experiment
    from .experiment_run import ExperimentRun as ExperimentRun
    from .experiment_run_data import ExperimentRunData as ExperimentRunData
    from .experiment_run_status import ExperimentRunStatus as ExperimentRunStatus
    from .file_info import FileInfo as FileInfo
    from .job import Job as Job
    from .job_recipient import JobRecipient as JobRecipient
    from .job_run import JobRun as JobRun
    from .list_applications_response import ListApplicationsResponse as ListApplicationsResponse
    from .list_cpu_profiles_response import ListCpuProfilesResponse as ListCpuProfilesResponse
    from .list_experiment_runs_response import (
        ListExperimentRunsResponse as ListExperimentRunsResponse,
    )
    from .list_experiments_response import ListExperimentsResponse as ListExperimentsResponse
    from .list_job_runs_response import ListJobRunsResponse as ListJobRunsResponse
    from .list_jobs_response import ListJobsResponse as ListJobsResponse
    from .list_model_builds_response import ListModelBuildsResponse as ListModelBuildsResponse
    from .list_model_deployments_response import (
        ListModelDeploymentsResponse as ListModelDeploymentsResponse,
    )
    from .list_models_response import ListModelsResponse as ListModelsResponse
    from .list_project_collaborators_response import (
        ListProjectCollaboratorsResponse as ListProjectCollaboratorsResponse,
    )
    from .list_project_files_response import ListProjectFilesResponse as ListProjectFilesResponse
    from .list_projects_response import ListProjectsResponse as ListProjectsResponse
    from .list_registered_models_response import (
        ListRegisteredModelsResponse as ListRegisteredModelsResponse,
    )
    from .list_runtime_addons_response import ListRuntimeAddonsResponse as ListRuntimeAddonsResponse
    from .list_runtimes_response import ListRuntimesResponse as ListRuntimesResponse
    from .list_teams_response import ListTeamsResponse as ListTeamsResponse
    from .list_v2_keys_response import ListV2KeysResponse as ListV2KeysResponse
    from .log_experiment_run_batch_request import (
        LogExperimentRunBatchRequest as LogExperimentRunBatchRequest,
    )
    from .log_experiment_run_batch_response import (
        LogExperimentRunBatchResponse as LogExperimentRunBatchResponse,
    )
    from .mlops_type import MLOPSType as MLOPSType
    from .m_lflow_metadata import MLflowMetadata as MLflowMetadata
    from .metric import Metric as Metric
    from .model import Model as Model
    from .model_build import ModelBuild as ModelBuild
    from .model_deployment import ModelDeployment as ModelDeployment
    from .model_version_metadata import ModelVersionMetadata as ModelVersionMetadata
    from .project import Project as Project
    from .project_permissions import ProjectPermissions as ProjectPermissions
    from .protobuf_any import ProtobufAny as ProtobufAny
    from .registered_model import RegisteredModel as RegisteredModel
    from .registered_model_version import RegisteredModelVersion as RegisteredModelVersion
    from .restart_model_deployment_response import (
        RestartModelDeploymentResponse as RestartModelDeploymentResponse,
    )
    from .runtime import Runtime as Runtime
    from .runtime_addon import RuntimeAddon as RuntimeAddon
    from .runtime_error import RuntimeError as RuntimeError
    from .runtime_status import RuntimeStatus as RuntimeStatus
    from .short_create_model_deployment import (
        ShortCreateModelDeployment as ShortCreateModelDeployment,
    )
    from .short_project import ShortProject as ShortProject
    from .short_user import ShortUser as ShortUser
    from .stop_application_response import StopApplicationResponse as StopApplicationResponse
    from .stop_model_deployment_response import (
        StopModelDeploymentResponse as StopModelDeploymentResponse,
    )
    from .tag import Tag as Tag
    from .team import Team as Team
    from .v2_key import V2Key as V2Key
    from .validate_api_key_response import ValidateAPIKeyResponse as ValidateAPIKeyResponse
    from .visibility import Visibility as Visibility

# class name and module of every model, one pair a line
_MODULES = dict(line.split(" ") for line in """
AddProjectCollaboratorRequest add_project_collaborator_request
AddProjectCollaboratorResponse add_project_collaborator_response
Application application
ApplicationStatus application_status
BatchListProjectsResponse batch_list_projects_response
Collaborator collaborator
CpuProfile cpu_profile
CreateApplicationRequest create_application_request
CreateExperimentRequest create_experiment_request
CreateExperimentRunRequest create_experiment_run_request
CreateJobRequest create_job_request
CreateJobRunRequest create_job_run_request
CreateModelBuildRequest create_model_build_request
CreateModelDeploymentRequest create_model_deployment_request
CreateModelRequest create_model_request
CreateProjectRequest create_project_request
CreateRegisteredModelRequest create_registered_model_request
CreateV2KeyRequest create_v2_key_request
CreateV2KeyResponse create_v2_key_response
DeleteApplicationResponse delete_application_response
DeleteCpuProfileResponse delete_cpu_profile_response
DeleteJobResponse delete_job_response
DeleteModelBuildResponse delete_model_build_response
DeleteModelResponse delete_model_response
DeleteProjectCollaboratorResponse delete_project_collaborator_response
DeleteProjectFileResponse delete_project_file_response
DeleteProjectResponse delete_project_response
DeleteRegisteredModelResponse delete_registered_model_response
DeleteV2KeyResponse delete_v2_key_response
EngineStatus engine_status
Experiment experiment
ExperimentRun experiment_run
ExperimentRunData experiment_run_data
ExperimentRunStatus experiment_run_status
FileInfo file_info
Job job
JobRecipient job_recipient
JobRun job_run
ListApplicationsResponse list_applications_response
ListCpuProfilesResponse list_cpu_profiles_response
ListExperimentRunsResponse list_experiment_runs_response
ListExperimentsResponse list_experiments_response
ListJobRunsResponse list_job_runs_response
ListJobsResponse list_jobs_response
ListModelBuildsResponse list_model_builds_response
ListModelDeploymentsResponse list_model_deployments_response
ListModelsResponse list_models_response
ListProjectCollaboratorsResponse list_project_collaborators_response
ListProjectFilesResponse list_project_files_response
ListProjectsResponse list_projects_response
ListRegisteredModelsResponse list_registered_models_response
ListRuntimeAddonsResponse list_runtime_addons_response
ListRuntimesResponse list_runtimes_response
ListTeamsResponse list_teams_response
ListV2KeysResponse list_v2_keys_response
LogExperimentRunBatchRequest log_experiment_run_batch_request
LogExperimentRunBatchResponse log_experiment_run_batch_response
MLOPSType mlops_type
MLflowMetadata m_lflow_metadata
Metric metric
Model model
ModelBuild model_build
ModelDeployment model_deployment
ModelVersionMetadata model_version_metadata
Project project
ProjectPermissions project_permissions
ProtobufAny protobuf_any
RegisteredModel registered_model
RegisteredModelVersion registered_model_version
RestartModelDeploymentResponse restart_model_deployment_response
Runtime runtime
RuntimeAddon runtime_addon
RuntimeError runtime_error
RuntimeStatus runtime_status
ShortCreateModelDeployment short_create_model_deployment
ShortProject short_project
ShortUser short_user
StopApplicationResponse stop_application_response
StopModelDeploymentResponse stop_model_deployment_response
Tag tag
Team team
V2Key v2_key
ValidateAPIKeyResponse validate_api_key_response
Visibility visibility
""".split("\n") if line)
_SUBMODULES = frozenset(_MODULES.values())
if not TYPE_CHECKING:  # type checkers see the imports above instead
    __all__ = list(_MODULES)


def __getattr__(name: str) -> object:
    from importlib import import_module

    module = _MODULES.get(name)
    if module is not None:
        value = getattr(import_module("." + module, __name__), name)
    elif name in _SUBMODULES:
        value = import_module("." + name, __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES) | _SUBMODULES)
