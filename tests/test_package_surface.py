"""Each way real code reaches a name works as the *first* thing a fresh interpreter does
(lazy loading must not depend on what was imported before)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parents[1]
TEAM_SPEC = REPO / "specs/cml-26.01.07.json"

FIRST_ACCESS = [
    "import cmlapi; assert cmlapi.CreateJobRunRequest('p', 'j').job_id == 'j'",
    "import cmlapi; assert cmlapi.Project is cmlapi.models.Project",
    "from cmlapi import Project, CMLServiceApi, ApiClient, Configuration, default_client",
    "import cmlapi.models.create_job_request as m; m.CreateJobRequest(name='x')",
    "import cmlapi; cmlapi.models.create_job_request.CreateJobRequest",
    "import cmlapi; cmlapi.api.cml_service_api.CMLServiceApi",
    "import cmlapi; cmlapi.rest.ApiException(); cmlapi.utils.Cursor",
    "from cmlapi.rest import ApiException; ApiException().status",
    "from cmlapi import *; Project; RuntimeError; CMLServiceApi",
    "from cmlapi.models import *; Project",
    "import cmlapi; assert 'Project' in dir(cmlapi) and 'Project' in cmlapi.__all__",
    "import cmlapi, inspect; assert list(inspect.signature(cmlapi.CreateJobRunRequest).parameters)[:2] == ['project_id', 'job_id']",
    "import cmlapi\ntry:\n    cmlapi.NoSuchThing\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit(1)",
    "import cmlapi; raise SystemExit(0 if issubclass(RuntimeError, Exception) and cmlapi.RuntimeError is not RuntimeError else 1)",
]


@pytest.fixture(scope="module")
def out(generate: Callable[[Path, str], Path]) -> Path:
    return generate(TEAM_SPEC, "cmlapi")


@pytest.mark.parametrize("code", FIRST_ACCESS)
def test_first_access(out: Path, code: str) -> None:
    proc = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-1500:]
