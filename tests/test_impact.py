"""``python -m generator impact``: breaking changes located in user code.

The corpus in ``tests/impact/scripts/`` is automation code written by the team in the
style of real CML scripts. A line that a planted change breaks ends with
``# impact: <case>[, <case>]``. Each case below starts from the older team spec,
applies one edit, and asserts that the certain findings of its check id are exactly
the marked lines, and that no certain finding of any id lands on an unmarked line.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Set, Tuple

import pytest

from generator.diff import CHECKS, diff
from generator.impact import ImpactReport, impact
from generator.ir import Api
from generator.pipeline import load, model

REPO = Path(__file__).resolve().parents[1]
OLD_TEAM = REPO / "specs/cml-26.01.07.json"
NEW_TEAM = REPO / "specs/cml-26.04.02.json"
SCRIPTS = REPO / "tests/impact/scripts"
SCHEMA_DOC = REPO / "docs/impact-schema.md"

Doc = Dict[str, Any]
Edit = Callable[[Doc], None]
MARK = re.compile(r"#\s*impact:\s*(.+)$")


def marked_lines() -> Dict[str, Set[Tuple[str, int]]]:
    """case -> {(script file name, line)} from the ``# impact:`` markers."""
    out: Dict[str, Set[Tuple[str, int]]] = {}
    for script in sorted(SCRIPTS.glob("*.py")):
        for number, line in enumerate(script.read_text(encoding="utf-8").splitlines(), 1):
            found = MARK.search(line)
            if found:
                for case in found.group(1).split(","):
                    out.setdefault(case.strip(), set()).add((script.name, number))
    return out


def operation(doc: Doc, operation_id: str) -> Tuple[str, str, Doc]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise KeyError(operation_id)


def parameter(doc: Doc, operation_id: str, name: str) -> Doc:
    return next(p for p in operation(doc, operation_id)[2]["parameters"] if p["name"] == name)


def move(doc: Doc, operation_id: str, new_path: Optional[str] = None, new_method: Optional[str] = None) -> None:
    path, method, op = operation(doc, operation_id)
    del doc["paths"][path][method]
    if not doc["paths"][path]:
        del doc["paths"][path]
    doc["paths"].setdefault(new_path or path, {})[new_method or method] = op


def _remove_op(doc: Doc) -> None:
    path, method, _ = operation(doc, "GetJobRun")
    del doc["paths"][path][method]


def _rename_op(doc: Doc) -> None:
    operation(doc, "ListJobs")[2]["operationId"] = "ListProjectJobs"


def _add_required_param(doc: Doc) -> None:
    operation(doc, "CreateJobRun")[2]["parameters"].append(
        {"name": "reason", "in": "query", "required": True, "type": "string"}
    )


def _remove_param(doc: Doc) -> None:
    op = operation(doc, "ListProjects")[2]
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "include_all_projects"]


def _make_required(doc: Doc) -> None:
    parameter(doc, "ListJobRuns", "sort")["required"] = True


def _make_optional(doc: Doc) -> None:
    parameter(doc, "ValidateAPIKey", "audience")["required"] = False


def _param_type(doc: Doc) -> None:
    p = parameter(doc, "ListProjects", "page_size")
    p["type"], p["format"] = "string", "int64"


def _param_location(doc: Doc) -> None:
    parameter(doc, "ListApplications", "search_filter")["in"] = "header"


def _param_collection(doc: Doc) -> None:
    parameter(doc, "BatchListProjects", "project_ids")["collectionFormat"] = "csv"


def _positional_order(doc: Doc) -> None:
    move(doc, "GetJob", new_path="/api/v2/jobs/{job_id}/projects/{project_id}")


def _response_type(doc: Doc) -> None:
    operation(doc, "GetRuntime")[2]["responses"]["200"]["schema"] = {"$ref": "#/definitions/RuntimeAddon"}


def _remove_model(doc: Doc) -> None:
    body = parameter(doc, "CreateJobRun", "body")
    body["schema"] = copy.deepcopy(doc["definitions"]["CreateJobRunRequest"])
    del doc["definitions"]["CreateJobRunRequest"]


def _model_kind(doc: Doc) -> None:
    doc["definitions"]["EngineStatus"] = {"type": "object", "properties": {"value": {"type": "string"}}}


def _request_field_added(doc: Doc) -> None:
    definition = doc["definitions"]["CreateProjectRequest"]
    definition["properties"]["team_id"] = {"type": "string"}
    definition["required"] = ["team_id"]


def _request_field_removed(doc: Doc) -> None:
    del doc["definitions"]["CreateJobRequest"]["properties"]["kernel"]


def _request_field_required(doc: Doc) -> None:
    doc["definitions"]["CreateProjectRequest"]["required"] = ["parent_project"]


def _request_field_type(doc: Doc) -> None:
    doc["definitions"]["CreateJobRequest"]["properties"]["cpu"] = {"type": "string"}


def _response_field_removed(doc: Doc) -> None:
    del doc["definitions"]["Application"]["properties"]["kernel"]


def _response_field_type(doc: Doc) -> None:
    doc["definitions"]["JobRun"]["properties"]["status"] = {"type": "string"}


def _field_removed(doc: Doc) -> None:
    del doc["definitions"]["runtimeError"]["properties"]["message"]


def _field_order(doc: Doc) -> None:
    props = doc["definitions"]["CreateJobRunRequest"]["properties"]
    order = ["job_id", "project_id"] + [k for k in props if k not in ("job_id", "project_id")]
    doc["definitions"]["CreateJobRunRequest"]["properties"] = {k: props[k] for k in order}


def _enum_removed(doc: Doc) -> None:
    values = doc["definitions"]["EngineStatus"]["enum"]
    values.remove("ENGINE_FAILED")


def _api_removed(doc: Doc) -> None:
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op["tags"] = ["Workbench"]


def _method_changed(doc: Doc) -> None:
    move(doc, "StopApplication", new_method="put")


def _path_changed(doc: Doc) -> None:
    move(doc, "DeleteProject", new_path="/api/v2/projects/{project_id}:remove")


def _auth_changed(doc: Doc) -> None:
    for scheme in doc["securityDefinitions"].values():
        scheme["name"] = "X-Api-Key"


# (case = the marker name, edit, the check id it plants, whether other ids may cascade)
CASES: List[Tuple[str, Edit, str, bool]] = [
    ("operation-removed", _remove_op, "operation-removed", False),
    ("operation-renamed", _rename_op, "operation-renamed", False),
    ("operation-method-changed", _method_changed, "operation-method-changed", False),
    ("operation-path-changed", _path_changed, "operation-path-changed", False),
    ("parameter-added", _add_required_param, "parameter-added", False),
    ("parameter-removed", _remove_param, "parameter-removed", False),
    ("parameter-made-required", _make_required, "parameter-made-required", False),
    ("parameter-made-optional", _make_optional, "parameter-made-optional", False),
    ("parameter-type-changed", _param_type, "parameter-type-changed", False),
    ("parameter-location-changed", _param_location, "parameter-location-changed", False),
    ("parameter-collection-changed", _param_collection, "parameter-collection-changed", False),
    ("positional-order-changed", _positional_order, "positional-order-changed", False),
    ("response-type-changed", _response_type, "response-type-changed", False),
    ("model-removed", _remove_model, "model-removed", True),
    ("model-kind-changed", _model_kind, "model-kind-changed", True),
    ("request-field-added", _request_field_added, "request-field-added", False),
    ("request-field-removed", _request_field_removed, "request-field-removed", False),
    ("request-field-made-required", _request_field_required, "request-field-made-required", False),
    ("request-field-type-changed", _request_field_type, "request-field-type-changed", False),
    ("response-field-removed", _response_field_removed, "response-field-removed", False),
    ("response-field-type-changed", _response_field_type, "response-field-type-changed", False),
    ("field-removed", _field_removed, "field-removed", False),
    ("field-order-changed", _field_order, "field-order-changed", False),
    ("enum-value-removed", _enum_removed, "enum-value-removed", False),
    ("api-removed", _api_removed, "api-removed", True),
    ("auth-changed", _auth_changed, "auth-changed", False),
]


@pytest.fixture(scope="module")
def old_doc() -> Doc:
    doc: Doc = json.loads(OLD_TEAM.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def old_api(old_doc: Doc, tmp_path_factory: pytest.TempPathFactory) -> Api:
    return build(old_doc, tmp_path_factory.mktemp("old"))


def build(doc: Doc, folder: Path) -> Api:
    path = folder / "spec.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return model(load(str(path)), "cmlapi", "0")


def lines(report: ImpactReport, check: Optional[str] = None, certain: bool = True) -> Set[Tuple[str, int]]:
    return {
        (Path(f.path).name, f.line) for f in report.findings
        if f.certain is certain and (check is None or f.check == check)
    }


@pytest.mark.parametrize(("case", "edit", "check", "cascades"), CASES, ids=[c[0] for c in CASES])
def test_planted_break_is_found_at_its_lines(
    case: str, edit: Edit, check: str, cascades: bool, old_doc: Doc, old_api: Api, tmp_path: Path
) -> None:
    doc = copy.deepcopy(old_doc)
    edit(doc)
    new_api = build(doc, tmp_path)
    changes = diff(old_api, new_api)
    assert check in {c.id for c in changes.changes if c.breaking}, f"the edit did not plant {check}"
    report = impact(old_api, new_api, changes, [SCRIPTS])
    expected = marked_lines().get(case, set())
    assert lines(report, check) == expected
    if not cascades:
        assert lines(report) <= expected, "certain findings on lines the change does not break"


# check ids that are never breaking, or that no line of client code can show
NEVER_BREAKING = {"api-added", "operation-added", "model-added", "response-field-added", "field-added",
                  "enum-value-added", "auth-added", "request-field-made-optional"}
NO_CODE = {"auth-removed", "auth-changed"}  # the credential is configuration, not a call


def test_every_breaking_check_id_has_a_case() -> None:
    covered = {c[2] for c in CASES}
    assert set(CHECKS) - NEVER_BREAKING - NO_CODE - covered == {"field-type-changed"}, (
        "field-type-changed works as field-removed does (models no operation uses); "
        "every other id needs a case"
    )


def test_team_releases_against_the_corpus() -> None:
    proc = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(SCRIPTS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    certain = {(Path(f["path"]).name, f["line"], f["check"]) for f in data["findings"] if f["certain"]}
    assert certain == {
        ("jobs.py", 39, "parameter-made-required"),
        ("projects.py", 26, "response-field-removed"),
        ("projects.py", 36, "operation-renamed"),
        ("projects.py", 42, "enum-value-removed"),
    }
    renamed = next(f for f in data["findings"] if f["check"] == "operation-renamed")
    assert renamed["old"] == "validate_api_key" and renamed["new"] == "validate_v2_key"
    assert "validate_v2_key" in renamed["instead"]
    possible = {(Path(f["path"]).name, f["line"]) for f in data["findings"] if not f["certain"]}
    assert ("untyped.py", 5) in possible
    assert data["counts"] == {
        "enum-value-removed": 1, "operation-renamed": 1, "parameter-made-required": 1, "response-field-removed": 1,
    }


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "impact", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_text_report_and_fail_on_breaking() -> None:
    proc = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(SCRIPTS))
    assert proc.returncode == 0
    assert "projects.py:36:12: operation-renamed" in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-1].startswith("4 certain, 3 possible in 3 files")
    gated = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(SCRIPTS), "--fail-on-breaking")
    assert gated.returncode == 1
    clean = run_cli(str(OLD_TEAM), str(OLD_TEAM), str(SCRIPTS), "--fail-on-breaking")
    assert clean.returncode == 0 and "0 certain, 0 possible" in clean.stdout


def test_vendored_package_name(tmp_path: Path) -> None:
    script = tmp_path / "vendored.py"
    script.write_text(
        "from acme._vendor import cmlapi_a as cmlapi\n"
        "import acme._vendor.cmlapi_a\n"
        "from acme._vendor.cmlapi_a.models import Application\n"
        "api = cmlapi.default_client()\n"
        "api.validate_api_key('workbench')\n"
        "other = acme._vendor.cmlapi_a.default_client()\n"
        "print(other.get_application('p', 'a').kernel)\n"
        "def show(app: Application) -> None:\n"
        "    print(app.kernel)\n"
        "import cmlapi as unrelated\n"
        "unrelated.Application().kernel\n",
        encoding="utf-8",
    )
    proc = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(script), "--package-name", "acme._vendor.cmlapi_a",
                   "--format", "json")
    assert proc.returncode == 0, proc.stderr
    certain = {(f["line"], f["check"]) for f in json.loads(proc.stdout)["findings"] if f["certain"]}
    assert certain == {(5, "operation-renamed"), (7, "response-field-removed"), (9, "response-field-removed")}


def test_unparsable_file_is_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("def broken(:\n", encoding="utf-8")
    (tmp_path / "good.py").write_text("import cmlapi\ncmlapi.default_client().validate_api_key('x')\n")
    proc = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"skipped .*bad\.py: invalid syntax", proc.stdout)
    assert "good.py:2:1: operation-renamed" in proc.stdout


def test_usage_errors(tmp_path: Path) -> None:
    missing = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(tmp_path / "nope"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: impact:") and "Traceback" not in missing.stderr
    bad_name = run_cli(str(OLD_TEAM), str(NEW_TEAM), str(SCRIPTS), "--package-name", "1x")
    assert bad_name.returncode == 2


def test_json_matches_documented_schema() -> None:
    data = json.loads(run_cli(str(OLD_TEAM), str(NEW_TEAM), str(SCRIPTS), "--format", "json").stdout)
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    top = re.findall(r"^\| `([a-z_]+)` \|", text.split("## Finding")[0], re.M)
    assert sorted(top) == sorted(data)
    finding = re.findall(r"^\| `([a-z_]+)` \|", text.split("## Finding")[1], re.M)
    assert sorted(finding) == sorted(data["findings"][0])


def test_real_spec_against_itself_has_no_findings(real_spec: Path) -> None:
    proc = run_cli(str(real_spec), str(real_spec), str(SCRIPTS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["findings"] == []


def test_real_spec_against_a_mutated_copy(real_spec: Path, tmp_path: Path) -> None:
    doc: Doc = json.loads(real_spec.read_text(encoding="utf-8"))
    path, method, _ = operation(doc, "GetJobRun")
    del doc["paths"][path][method]  # operation removed
    operation(doc, "ListJobs")[2]["operationId"] = "ListProjectJobs"  # renamed
    parameter(doc, "ListJobRuns", "sort")["required"] = True  # made required
    del doc["definitions"]["Application"]["properties"]["kernel"]  # field removed
    doc["definitions"]["EngineStatus"]["enum"].remove("ENGINE_FAILED")  # enum value removed
    mutated = tmp_path / "mutated.json"
    mutated.write_text(json.dumps(doc), encoding="utf-8")
    proc = run_cli(str(real_spec), str(mutated), str(SCRIPTS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    checks = {f["check"] for f in json.loads(proc.stdout)["findings"] if f["certain"]}
    assert {"operation-removed", "operation-renamed", "parameter-made-required", "response-field-removed",
            "enum-value-removed"} <= checks
