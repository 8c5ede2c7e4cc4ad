"""``python -m generator diff``: one tiny spec pair per check id, the team's two
releases, the real CML spec against itself and against a mutated copy, and the
CLI contract (formats, exit status, determinism, documented JSON keys).

Each check case starts from ``tests/diff_cases/base.json`` and applies one
edit; the whole list of findings (id, verdict, location) is asserted, so a
case also proves nothing else is reported.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest

from generator.diff import CHECKS, Report, diff
from generator.ir import Api
from generator.naming import attr_name
from generator.pipeline import load, model

REPO = Path(__file__).resolve().parents[1]
BASE = REPO / "tests/diff_cases/base.json"
OLD_TEAM = REPO / "specs/cml-26.01.07.json"
NEW_TEAM = REPO / "specs/cml-26.04.02.json"
REAL_SPEC = Path(__file__).resolve().parents[2] / "shared/specs/cml/swagger-26.06.13.json"
SCHEMA_DOC = REPO / "docs/diff-schema.md"

Doc = Dict[str, Any]
Finding = Tuple[str, bool, str]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )


_RUNS: Dict[Tuple[str, ...], subprocess.CompletedProcess[str]] = {}


def run_cli_once(*args: str) -> subprocess.CompletedProcess[str]:
    """``run_cli``, shared between tests of this module (each run costs about a second)."""
    if args not in _RUNS:
        _RUNS[args] = run_cli(*args)
    return _RUNS[args]


def build(doc: Doc, tmp_path: Path, name: str) -> Api:
    """Write ``doc`` as a real file and build it the way the CLI does."""
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return model(load(str(path)), "cmlapi", "0")


def findings(report: Report) -> List[Finding]:
    return [(c.id, c.breaking, c.location) for c in report.changes]


# ---- edits on the base spec -------------------------------------------------
def op(doc: Doc, path: str, method: str) -> Doc:
    result: Doc = doc["paths"][path][method]
    return result


def param(doc: Doc, path: str, method: str, name: str) -> Doc:
    return next(p for p in op(doc, path, method)["parameters"] if p.get("name") == name)


def props(doc: Doc, definition: str) -> Doc:
    result: Doc = doc["definitions"][definition]["properties"]
    return result


def reorder(mapping: Doc, keys: List[str]) -> None:
    """Rebuild ``mapping`` in place with ``keys`` first, in that order."""
    items = [(k, mapping.pop(k)) for k in keys] + list(mapping.items())
    mapping.clear()
    mapping.update(items)


def add_op(doc: Doc, path: str, op_id: str, tag: str = "CMLService") -> None:
    params = [{"name": n, "in": "path", "required": True, "type": "string"} for n in re.findall(r"\{(\w+)\}", path)]
    doc["paths"][path] = {
        "get": {"operationId": op_id, "tags": [tag], "parameters": params, "responses": {"200": {"description": "ok"}}}
    }


def move_path(doc: Doc, old: str, new: str) -> None:
    doc["paths"][new] = doc["paths"].pop(old)


def set_type(node: Doc, kind: str, fmt: Optional[str] = None) -> None:
    node.pop("format", None)
    node["type"] = kind
    if fmt:
        node["format"] = fmt


P = "/api/v2/projects"
P1 = "/api/v2/projects/{project_id}"
PF = "/api/v2/projects/{project_id}/files"
API = "CMLServiceApi"

Edit = Callable[[Doc], None]
CASES: List[Tuple[str, Edit, List[Finding]]] = [
    ("api-added", lambda d: add_op(d, "/api/v2/teams", "ListTeams", tag="Teams"),
     [("api-added", False, "TeamsApi"), ("operation-added", False, "TeamsApi.list_teams")]),
    ("api-removed", lambda d: d["paths"].pop("/api/v2/version"),
     [("api-removed", True, "ExtraApi"), ("operation-removed", True, "ExtraApi.get_version")]),
    ("operation-added", lambda d: add_op(d, "/api/v2/projects/{project_id}/star", "StarProject"),
     [("operation-added", False, f"{API}.star_project")]),
    ("operation-removed", lambda d: d["paths"].pop(PF),
     [("operation-removed", True, f"{API}.download_file")]),
    ("operation-renamed", lambda d: op(d, P1, "get").update(operationId="FetchProject"),
     [("operation-renamed", True, f"{API}.get_project")]),
    ("operation-method-changed",
     lambda d: d["paths"]["/api/v2/projects/{project.id}"].update(put=d["paths"]["/api/v2/projects/{project.id}"].pop("patch")),
     [("operation-method-changed", True, f"{API}.update_project")]),
    ("operation-path-changed", lambda d: move_path(d, P1, "/api/v2/project/{project_id}"),
     [("operation-path-changed", True, f"{API}.get_project")]),
    ("parameter-added/optional",
     lambda d: op(d, P, "get")["parameters"].append({"name": "include_archived", "in": "query", "type": "boolean"}),
     [("parameter-added", False, f"{API}.list_projects(include_archived)")]),
    ("parameter-added/required",
     lambda d: op(d, P1, "get")["parameters"].append({"name": "fields", "in": "query", "required": True, "type": "string"}),
     [("parameter-added", True, f"{API}.get_project(fields)")]),
    ("parameter-removed", lambda d: op(d, P, "get")["parameters"].remove(param(d, P, "get", "page_size")),
     [("parameter-removed", True, f"{API}.list_projects(page_size)")]),
    ("parameter-made-required", lambda d: param(d, P, "get", "search_filter").update(required=True),
     [("parameter-made-required", True, f"{API}.list_projects(search_filter)")]),
    ("parameter-made-optional", lambda d: param(d, P1, "get", "view").update(required=False),
     [("parameter-made-optional", True, f"{API}.get_project(view)")]),
    ("parameter-type-changed", lambda d: param(d, P, "get", "page_size").update(format="int64"),
     [("parameter-type-changed", True, f"{API}.list_projects(page_size)")]),
    ("parameter-location-changed", lambda d: param(d, P, "get", "search_filter").update({"in": "header"}),
     [("parameter-location-changed", True, f"{API}.list_projects(search_filter)")]),
    ("positional-order-changed", lambda d: op(d, PF, "get")["parameters"].reverse(),
     [("positional-order-changed", True, f"{API}.download_file")]),
    ("response-type-changed",
     lambda d: op(d, P1, "get")["responses"]["200"].update(schema={"$ref": "#/definitions/ShortUser"}),
     [("response-type-changed", True, f"{API}.get_project")]),
    ("response-type-changed/was-none",
     lambda d: op(d, PF, "get")["responses"]["200"].update(schema={"type": "string"}),
     [("response-type-changed", False, f"{API}.download_file")]),
    ("model-added", lambda d: d["definitions"].update(Team={"type": "object", "properties": {"id": {"type": "string"}}}),
     [("model-added", False, "Team")]),
    ("model-removed", lambda d: d["definitions"].pop("Orphan"), [("model-removed", True, "Orphan")]),
    ("model-kind-changed", lambda d: d["definitions"].update(Orphan={"type": "string", "enum": ["a"]}),
     [("model-kind-changed", True, "Orphan")]),
    ("enum-value-added", lambda d: d["definitions"]["Visibility"]["enum"].append("internal"),
     [("enum-value-added", False, "Visibility[internal]")]),
    ("enum-value-removed", lambda d: d["definitions"]["ProjectStatus"]["enum"].remove("ARCHIVED"),
     [("enum-value-removed", True, "ProjectStatus[ARCHIVED]")]),
    ("enum-value/inline",
     lambda d: (props(d, "CreateProjectRequest")["permission"]["enum"].append("admin"),
                param(d, P, "get", "order")["enum"].remove("desc")),
     [("enum-value-removed", True, f"{API}.list_projects(order)[desc]"),
      ("enum-value-added", False, "CreateProjectRequest.permission[admin]")]),
    ("enum-value/inline-lifted", lambda d: props(d, "CreateProjectRequest")["permission"].pop("enum"), []),
    ("request-field-added", lambda d: props(d, "CreateProjectRequest").update(template={"type": "string"}),
     [("request-field-added", False, "CreateProjectRequest.template")]),
    ("request-field-added/required",
     lambda d: (props(d, "CreateProjectRequest").update(owner={"type": "string"}),
                d["definitions"]["CreateProjectRequest"]["required"].append("owner")),
     [("request-field-added", True, "CreateProjectRequest.owner")]),
    ("request-field-removed", lambda d: props(d, "CreateProjectRequest").pop("description"),
     [("request-field-removed", True, "CreateProjectRequest.description")]),
    ("request-field-made-required", lambda d: d["definitions"]["CreateProjectRequest"]["required"].append("description"),
     [("request-field-made-required", True, "CreateProjectRequest.description")]),
    ("request-field-made-optional", lambda d: d["definitions"]["CreateProjectRequest"].pop("required"),
     [("request-field-made-optional", False, "CreateProjectRequest.name")]),
    ("request-field-type-changed", lambda d: set_type(props(d, "CreateProjectRequest")["description"], "integer", "int64"),
     [("request-field-type-changed", True, "CreateProjectRequest.description")]),
    ("response-field-added", lambda d: props(d, "ListProjectsResponse").update(total={"type": "integer"}),
     [("response-field-added", False, "ListProjectsResponse.total")]),
    # ShortUser is reached from a request body only through the read-only Project.owner
    ("response-field-added/read-only-edge",
     lambda d: (props(d, "ShortUser").update(email={"type": "string"}),
                d["definitions"]["ShortUser"].update(required=["email"])),
     [("response-field-added", False, "ShortUser.email")]),
    ("response-field-removed", lambda d: props(d, "ShortUser").pop("name"),
     [("response-field-removed", True, "ShortUser.name")]),
    ("response-field-type-changed", lambda d: set_type(props(d, "ShortUser")["username"], "integer", "int32"),
     [("response-field-type-changed", True, "ShortUser.username")]),
    ("field-added", lambda d: props(d, "Orphan").update(c={"type": "string"}), [("field-added", False, "Orphan.c")]),
    ("field-removed", lambda d: props(d, "Orphan").pop("b"), [("field-removed", True, "Orphan.b")]),
    ("field-type-changed", lambda d: props(d, "Orphan")["b"].update(format="int64"),
     [("field-type-changed", True, "Orphan.b")]),
    ("field-order-changed/unused-model", lambda d: reorder(props(d, "Orphan"), ["b"]),
     [("field-order-changed", False, "Orphan")]),
    ("field-order-changed/request-model",
     lambda d: (props(d, "CreateProjectRequest").update(template={"type": "string"}),
                reorder(props(d, "CreateProjectRequest"), ["template"])),
     [("field-order-changed", True, "CreateProjectRequest"), ("request-field-added", False, "CreateProjectRequest.template")]),
    # Project is both a request body (UpdateProject) and a response: the stricter verdict wins...
    ("both-contexts/made-required", lambda d: d["definitions"]["Project"].update(required=["name"]),
     [("request-field-made-required", True, "Project.name")]),
    # ...a required field added: breaking for the request, harmless for the response; the request wins
    ("both-contexts/required-added",
     lambda d: (props(d, "Project").update(team={"type": "string"}), d["definitions"]["Project"].update(required=["team"])),
     [("request-field-added", True, "Project.team")]),
    # ...a tie is reported under the response id...
    ("both-contexts/removed", lambda d: props(d, "Project").pop("status"),
     [("response-field-removed", True, "Project.status")]),
    # ...and a read-only field is judged as response-only: required-ness does not matter there
    ("both-contexts/read-only-made-required", lambda d: d["definitions"]["Project"].update(required=["id"]), []),
    ("both-contexts/read-only-added",
     lambda d: props(d, "Project").update(owner_type={"type": "string", "readOnly": True}),
     [("response-field-added", False, "Project.owner_type")]),
    ("parameter-collection-changed", lambda d: param(d, P, "get", "labels").update(collectionFormat="csv"),
     [("parameter-collection-changed", True, f"{API}.list_projects(labels)")]),
    ("auth-added", lambda d: d["securityDefinitions"].update(Basic={"type": "basic"}),
     [("auth-added", False, "auth Basic")]),
    ("auth-removed", lambda d: d.pop("securityDefinitions") and d.pop("security"),
     [("auth-removed", True, "auth Bearer")]),
    ("auth-changed", lambda d: d["securityDefinitions"]["Bearer"].update(name="X-Api-Key"),
     [("auth-changed", True, "auth Bearer")]),
    ("auth-changed/to-query", lambda d: d["securityDefinitions"]["Bearer"].update({"in": "query"}),
     [("auth-changed", True, "auth Bearer")]),
    ("auth-changed/query-name-case", lambda d: d["securityDefinitions"]["Bearer"].update({"in": "query", "name": "Key"}),
     [("auth-changed", True, "auth Bearer")]),
    ("nothing", lambda d: d["info"].update(version="2.0.0", description="text is not compared"), []),
    # HTTP header names are case-insensitive, and prose around the header name is not sent
    ("nothing/header-case", lambda d: d["securityDefinitions"]["Bearer"].update(name="authorization"), []),
    ("nothing/header-prose", lambda d: d["securityDefinitions"]["Bearer"].update(
        name="AUTHORIZATION header, sent as 'AUTHORIZATION: Bearer <key>'"), []),
]


@pytest.fixture(scope="module")
def base_doc() -> Doc:
    doc: Doc = json.loads(BASE.read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def base_api(base_doc: Doc, tmp_path_factory: pytest.TempPathFactory) -> Api:
    return build(base_doc, tmp_path_factory.mktemp("base"), "base")


@pytest.mark.parametrize("name,edit,expected", CASES, ids=[c[0] for c in CASES])
def test_check_case(
    name: str, edit: Edit, expected: List[Finding], base_doc: Doc, base_api: Api, tmp_path: Path
) -> None:
    doc = copy.deepcopy(base_doc)
    edit(doc)
    report = diff(base_api, build(doc, tmp_path, "new"))
    assert findings(report) == expected, [c.line() for c in report.changes]


def test_every_check_id_has_a_case() -> None:
    covered = {finding[0] for _, _, expected in CASES for finding in expected}
    assert covered == set(CHECKS)


def test_contexts_and_values_are_recorded(base_doc: Doc, base_api: Api, tmp_path: Path) -> None:
    doc = copy.deepcopy(base_doc)
    doc["definitions"]["Project"]["required"] = ["name"]
    set_type(props(doc, "Orphan")["b"], "string", "int64")
    by_id = {c.id: c for c in diff(base_api, build(doc, tmp_path, "new")).changes}
    assert by_id["request-field-made-required"].contexts == ("request", "response")
    changed = by_id["field-type-changed"]
    assert (changed.old, changed.new, changed.contexts) == ("int (int32)", "str (int64)", ())
    assert changed.old_pointer == changed.new_pointer == "/definitions/Orphan"


def test_required_argument_inserted_first_names_the_shifted_ones(
    base_doc: Doc, base_api: Api, tmp_path: Path
) -> None:
    doc = copy.deepcopy(base_doc)
    op(doc, PF, "get")["parameters"].append(
        {"name": "body", "in": "body", "required": True, "schema": {"type": "string"}}
    )
    [change] = diff(base_api, build(doc, tmp_path, "new")).changes
    assert (change.id, change.breaking, change.location) == ("parameter-added", True, f"{API}.download_file(body)")
    assert "positional argument 1" in change.message and "shifts project_id, path, revision" in change.message


def test_renamed_operation_reports_inner_changes_under_the_new_name(
    base_doc: Doc, base_api: Api, tmp_path: Path
) -> None:
    doc = copy.deepcopy(base_doc)
    op(doc, P1, "get")["operationId"] = "FetchProject"
    param(doc, P1, "get", "view")["required"] = False
    assert findings(diff(base_api, build(doc, tmp_path, "new"))) == [
        ("operation-renamed", True, f"{API}.get_project"),
        ("parameter-made-optional", True, f"{API}.fetch_project(view)"),
    ]


def test_header_name_changed_only_in_case_passes_the_breaking_gate(base_doc: Doc, tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(base_doc), encoding="utf-8")
    doc = copy.deepcopy(base_doc)
    doc["securityDefinitions"]["Bearer"]["name"] = "authorization"  # was Authorization
    new.write_text(json.dumps(doc), encoding="utf-8")
    proc = run_cli(str(old), str(new), "--fail-on-breaking")
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stdout
    assert proc.stdout.endswith("0 breaking, 0 non-breaking\n"), proc.stdout
    doc["securityDefinitions"]["Bearer"]["name"] = "X-Authorization"  # another header: still breaking
    new.write_text(json.dumps(doc), encoding="utf-8")
    proc = run_cli(str(old), str(new), "--fail-on-breaking")
    assert proc.returncode == 1 and "auth-changed: auth Bearer" in proc.stdout, proc.stdout


# ---- the team's two releases ------------------------------------------------
# specs/README.md "Planted changes": every one, with its verdict (change 1 also
# adds the two definitions it names).
PLANTED: List[Finding] = [
    ("operation-added", False, f"{API}.get_runtime_addon"),
    ("operation-added", False, f"{API}.list_teams"),
    ("model-added", False, "ListTeamsResponse"),
    ("model-added", False, "Team"),
    ("request-field-added", False, "CreateJobRequest.accelerator_label_id"),
    ("response-field-added", False, "Project.owner_type"),
    ("response-field-removed", True, "Application.kernel"),
    ("parameter-made-required", True, f"{API}.list_job_runs(sort)"),
    ("enum-value-added", False, "ApplicationStatus[APPLICATION_SUSPENDED]"),
    ("enum-value-removed", True, "RuntimeStatus[DEPRECATED]"),
    ("operation-renamed", True, f"{API}.validate_api_key"),
    ("parameter-added", False, f"{API}.list_jobs(include_archived)"),
    ("request-field-made-required", True, "CreateProjectRequest.name"),
    ("response-field-type-changed", True, "RuntimeAddon.id"),
]


@pytest.fixture(scope="module")
def team_json() -> Dict[str, Any]:
    proc = run_cli_once(str(OLD_TEAM), str(NEW_TEAM), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data: Dict[str, Any] = json.loads(proc.stdout)
    return data


def test_team_releases_report_exactly_the_planted_changes(team_json: Dict[str, Any]) -> None:
    got = [(c["id"], c["breaking"], c["location"]) for c in team_json["changes"]]
    assert sorted(got) == sorted(PLANTED)
    assert team_json["old"]["version"] == "26.01.07" and team_json["new"]["version"] == "26.04.02"
    assert (team_json["breaking"], team_json["non_breaking"]) == (6, 8)


def test_team_releases_are_sorted_by_verdict_id_location(team_json: Dict[str, Any]) -> None:
    keys = [(not c["breaking"], c["id"], c["location"]) for c in team_json["changes"]]
    assert keys == sorted(keys)


def test_team_text_report_and_fail_on_breaking() -> None:
    proc = run_cli_once(str(OLD_TEAM), str(NEW_TEAM), "--format", "text")
    assert proc.returncode == 0 and proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0] == "API changes 26.01.07 -> 26.04.02"
    breaking_at, other_at = lines.index("Breaking changes (6)"), lines.index("Non-breaking changes (8)")
    assert lines[-1] == "6 breaking, 8 non-breaking"
    entries = [line for line in lines if line.startswith("  ")]
    assert len(entries) == 14
    assert all(re.fullmatch(r"  [a-z-]+: \S+: .+", line) for line in entries)
    breaking_block = lines[breaking_at + 1 : other_at]
    assert "  response-field-removed: Application.kernel: field kernel is gone" in breaking_block
    assert any(line.startswith("  request-field-added: CreateJobRequest.accelerator_label_id: ") for line in lines[other_at:])
    assert run_cli(str(OLD_TEAM), str(NEW_TEAM), "--fail-on-breaking").returncode == 1
    assert run_cli(str(OLD_TEAM), str(OLD_TEAM), "--fail-on-breaking").returncode == 0


def test_output_is_byte_identical_across_runs() -> None:
    for fmt in ("text", "json"):
        first = run_cli_once(str(OLD_TEAM), str(NEW_TEAM), "--format", fmt)
        second = run_cli(str(OLD_TEAM), str(NEW_TEAM), "--format", fmt)
        assert first.returncode == second.returncode == 0
        assert first.stdout.encode() == second.stdout.encode() and first.stdout


def documented_keys(section: str) -> List[str]:
    """First-column keys of the table under ``### <section>`` in docs/diff-schema.md."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    body = text.split(f"### {section}\n", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([a-z0-9_]+)` \|", body, flags=re.M)


def test_json_matches_documented_schema(team_json: Dict[str, Any]) -> None:
    assert list(team_json) == documented_keys("Top level")
    for side in ("old", "new"):
        assert list(team_json[side]) == documented_keys("Spec")
        assert re.fullmatch(r"[0-9a-f]{64}", team_json[side]["sha256"])
    change_keys = documented_keys("Change")
    for change in team_json["changes"]:
        assert list(change) == change_keys
        assert change["id"] in CHECKS and isinstance(change["breaking"], bool)
        assert all(isinstance(v, (str, type(None))) for k, v in change.items() if k in ("old", "new", "old_pointer", "new_pointer"))
    assert team_json["breaking"] == sum(c["breaking"] for c in team_json["changes"])
    documented_ids = re.findall(r"^\| `([a-z-]+)` \| (?:non-)?breaking", SCHEMA_DOC.read_text(encoding="utf-8"), flags=re.M)
    assert documented_ids == list(CHECKS)


# ---- CLI errors ---------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [(str(OLD_TEAM),), (str(OLD_TEAM), str(NEW_TEAM), "--format", "xml"), ("-", "-"), (str(OLD_TEAM), str(NEW_TEAM), "--bogus")],
    ids=["missing-new", "bad-format", "both-stdin", "unknown-option"],
)
def test_usage_errors_exit_2(args: Tuple[str, ...]) -> None:
    proc = run_cli(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert re.fullmatch(r"error: [^\n]+\n", proc.stderr), proc.stderr


def test_missing_and_unparsable_files_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    proc = run_cli(str(OLD_TEAM), str(missing))
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", f"error: {missing}: no such file\n")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    proc = run_cli(str(garbage), str(OLD_TEAM))
    assert proc.returncode == 2 and proc.stderr.startswith(f"error: {garbage}: ") and "Traceback" not in proc.stderr


def test_invalid_specs_exit_1_naming_the_file(tmp_path: Path, base_doc: Doc) -> None:
    bad_old, bad_new = tmp_path / "old.json", tmp_path / "new.json"
    broken = copy.deepcopy(base_doc)
    op(broken, P1, "get")["responses"]["200"]["schema"] = {"$ref": "#/definitions/Missing"}
    bad_old.write_text(json.dumps(broken), encoding="utf-8")
    bad_new.write_text(json.dumps({"swagger": "3.0", "info": {}, "paths": {}}), encoding="utf-8")
    proc = run_cli(str(bad_old), str(bad_new))
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert lines and all(line.startswith("error: ") for line in lines)
    assert any(line.startswith(f"error: {bad_old}#/paths/") for line in lines), lines
    assert any(line.startswith(f"error: {bad_new}#/swagger: ") for line in lines), lines


# ---- the real CML spec ----------------------------------------------------------
@pytest.fixture(scope="module")
def real_spec() -> Path:
    if not REAL_SPEC.is_file():
        pytest.skip(f"real CML spec not found at ../shared/specs/cml/{REAL_SPEC.name}")
    return REAL_SPEC


def test_real_spec_against_itself_reports_nothing(real_spec: Path) -> None:
    proc = run_cli(str(real_spec), str(real_spec), "--format", "json", "--fail-on-breaking")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["breaking"], data["non_breaking"], data["changes"]) == (0, 0, [])
    assert data["old"] == data["new"]


def test_real_spec_against_a_mutated_copy(real_spec: Path, tmp_path: Path) -> None:
    doc = json.loads(real_spec.read_text(encoding="utf-8"))
    project = doc["definitions"]["Project"]["properties"]
    dropped = list(project)[-1]
    del project[dropped]
    route = next(
        (path, method) for path, item in doc["paths"].items() for method, o in item.items()
        if isinstance(o, dict) and o.get("operationId") == "GetProject"
    )
    doc["paths"][route[0]][route[1]]["operationId"] = "FetchProject"
    enum_name = sorted(k for k, v in doc["definitions"].items() if isinstance(v.get("enum"), list))[0]
    doc["definitions"][enum_name]["enum"].append("DIFF_TEST_VALUE")
    mutated = tmp_path / "mutated.json"
    mutated.write_text(json.dumps(doc), encoding="utf-8")

    proc = run_cli(str(real_spec), str(mutated), "--format", "json", "--fail-on-breaking")
    assert proc.returncode == 1, proc.stderr
    got = [(c["id"], c["breaking"], c["location"]) for c in json.loads(proc.stdout)["changes"]]
    assert got == [
        ("operation-renamed", True, f"{API}.get_project"),
        ("response-field-removed", True, f"Project.{attr_name(dropped)}"),
        ("enum-value-added", False, f"{enum_name}[DIFF_TEST_VALUE]"),
    ]
