"""``vendor``: the client package alone, in a user's tree, under the user's name.

Two team releases are vendored once per module as ``acme._vendor.cmlapi_a``
and ``acme._vendor.cmlapi_b``; one fresh interpreter (cwd and PYTHONPATH in
the temporary tree, never the repo) imports both and talks to two real local
servers. Destructive checks (regeneration, refusals, failures) work on copies.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

REPO = Path(__file__).resolve().parents[1]
SPEC_A = REPO / "specs" / "cml-26.01.07.json"
SPEC_B = REPO / "specs" / "cml-26.04.02.json"
NAME_A = "acme._vendor.cmlapi_a"
NAME_B = "acme._vendor.cmlapi_b"
MANIFEST = ".cmlapi-gen-manifest.json"
TINY_SPEC = {
    "swagger": "2.0",
    "info": {"title": "tiny", "version": "0.0.1"},
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "paths": {
        "/api/v2/projects/{project_id}": {
            "get": {
                "operationId": "GetProject",
                "tags": ["CMLService"],
                "parameters": [{"name": "project_id", "in": "path", "required": True, "type": "string"}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Project"}}},
            }
        }
    },
    "definitions": {
        "Project": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
    },
    "securityDefinitions": {"BearerAuth": {"type": "apiKey", "in": "header", "name": "Authorization"}},
}


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def vendor_cli(spec: Path, into: Path, name: str) -> subprocess.CompletedProcess[str]:
    return cli("vendor", str(spec), "--into", str(into), "--package-name", name)


def folder(root: Path, name: str) -> Path:
    return root.joinpath(*name.split("."))


def snapshot(root: Path) -> Dict[str, bytes]:
    """Every file under ``root`` (bytecode caches included) by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def package_tree(path: Path) -> Dict[str, bytes]:
    return {k: v for k, v in snapshot(path).items() if "__pycache__" not in k}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both team releases vendored side by side; asserts each run's CLI contract."""
    root = tmp_path_factory.mktemp("tree")
    for spec, name in ((SPEC_A, NAME_A), (SPEC_B, NAME_B)):
        result = vendor_cli(spec, root, name)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        lines = result.stdout.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"vendored {folder(root, name)}: "), lines
    return root


def test_writes_the_package_only_and_creates_missing_parent_inits(tree: Path) -> None:
    assert sorted(p.name for p in tree.iterdir()) == ["acme"]
    assert sorted(p.name for p in (tree / "acme").iterdir()) == ["__init__.py", "_vendor"]
    assert sorted(p.name for p in (tree / "acme/_vendor").iterdir()) == ["__init__.py", "cmlapi_a", "cmlapi_b"]
    for init in (tree / "acme/__init__.py", tree / "acme/_vendor/__init__.py"):
        text = init.read_text()
        assert len(text.splitlines()) == 1 and ast.get_docstring(ast.parse(text))
    for name in (NAME_A, NAME_B):
        pkg = folder(tree, name)
        assert (pkg / "__init__.py").is_file() and (pkg / "models").is_dir() and (pkg / "api").is_dir()
        assert not (pkg / "pyproject.toml").exists() and not (pkg / "README.md").exists()


def test_package_is_byte_identical_to_generate(tree: Path, tmp_path: Path) -> None:
    result = cli("generate", str(SPEC_A), "--out", str(tmp_path / "gen"), "--package-name", NAME_A)
    assert result.returncode == 0, result.stderr
    generated = package_tree(folder(tmp_path / "gen", NAME_A))
    vendored = package_tree(folder(tree, NAME_A))
    extra = {"VENDORED.md", MANIFEST}
    assert set(vendored) - set(generated) == extra
    assert {k: v for k, v in vendored.items() if k not in extra} == generated
    assert len(generated) > 90


def test_manifest_lists_every_file_with_its_sha256(tree: Path) -> None:
    pkg = folder(tree, NAME_B)
    manifest = json.loads((pkg / MANIFEST).read_text())
    on_disk = {k: v for k, v in package_tree(pkg).items() if k != MANIFEST}
    assert manifest["files"] == {k: hashlib.sha256(v).hexdigest() for k, v in on_disk.items()}
    assert manifest["package"] == NAME_B and manifest["spec_version"] == "26.04.02"
    assert manifest["spec_sha256"] == hashlib.sha256(SPEC_B.read_bytes()).hexdigest()
    assert not any(os.path.isabs(rel) or ".." in rel.split("/") for rel in manifest["files"])


def test_vendored_md_records_origin_with_relative_paths_and_its_command_reproduces(tree: Path) -> None:
    import generator

    pkg = folder(tree, NAME_A)
    text = (pkg / "VENDORED.md").read_text()
    assert "26.01.07" in text and hashlib.sha256(SPEC_A.read_bytes()).hexdigest() in text
    assert f"cmlapi-gen {generator.__version__}" in text
    assert "from acme._vendor import cmlapi_a" in text
    assert [t for t in re.split(r"[\s`'\"()=,]+", text) if os.path.isabs(t)] == []
    run_from = re.search(r"Run from `([^`]+)`", text)
    command = re.search(r"```\n(cmlapi-gen vendor [^\n]+)\n```", text)
    assert run_from and command, text
    argv = shlex.split(command.group(1))
    assert not any(os.path.isabs(arg) for arg in [*argv, run_from.group(1)])
    before = package_tree(pkg)
    # a bytecode cache (as importing leaves) belongs to Python: it must not block regeneration
    (pkg / "__pycache__").mkdir(exist_ok=True)
    (pkg / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0cache")
    result = cli(*argv[1:], cwd=(pkg / run_from.group(1)).resolve())
    assert result.returncode == 0, result.stderr
    assert "0 removed, 0 __init__.py created" in result.stdout
    assert package_tree(pkg) == before


CHILD = r"""
import json, logging, sys, threading

threads_before = threading.active_count()
import acme._vendor.cmlapi_a as A
from acme._vendor import cmlapi_b as B

threads_after_import = threading.active_count()
sys.path.insert(0, sys.argv[1])
from server import LocalServer

project = {"id": "p-1", "name": "demo", "owner": {"username": "ann"}, "created_at": "2026-01-02T03:04:05Z"}
out = {"threads": [threads_before, threads_after_import], "files": [A.__file__, B.__file__]}
with LocalServer() as sa, LocalServer() as sb:
    sa.queue(body=project)
    sa.queue(status=404, body={"code": 5, "message": "no such project", "error": "not found"})
    sb.queue(body={"projects": [project], "next_page_token": ""})
    api_a = A.default_client(url=sa.url, cml_api_key="key-a")
    config_b = B.Configuration()
    config_b.host = sb.url
    client_b = B.ApiClient(config_b)
    client_b.set_default_header("authorization", "Bearer key-b")
    api_b = B.CMLServiceApi(client_b)
    got_a = api_a.get_project("p-1")
    got_b = api_b.list_projects(page_size=5)
    item_b = got_b.projects[0]
    try:
        api_a.get_project("missing")
        error = None
    except A.ApiException as exc:
        error = exc
    out["a"] = {
        "modules": [type(got_a).__module__, type(got_a.owner).__module__],
        "own": isinstance(got_a, A.Project) and isinstance(got_a.owner, A.ShortUser),
        "other": isinstance(got_a, B.Project) or isinstance(got_a.owner, B.ShortUser),
        "owner": got_a.owner.username,
    }
    out["b"] = {
        "modules": [type(got_b).__module__, type(item_b).__module__, type(item_b.owner).__module__],
        "own": isinstance(got_b, B.ListProjectsResponse) and isinstance(item_b, B.Project),
        "other": isinstance(got_b, A.ListProjectsResponse) or isinstance(item_b, A.Project),
        "name": item_b.name,
    }
    out["error"] = {
        "module": type(error).__module__,
        "other": isinstance(error, B.ApiException),
        "data_module": type(error.data).__module__,
        "message": error.data.message,
    }
    out["servers"] = {
        key: {
            "host": server.url.split("://", 1)[1],
            "requests": [
                [r.method, r.path, r.header("host"), r.header("authorization")] + ([r.query] if r.query else [])
                for r in server.requests
            ],
        }
        for key, server in (("a", sa), ("b", sb))
    }
config = A.Configuration()
config.debug = True
out["debug_levels"] = [
    logging.getLogger("acme._vendor.cmlapi_a").getEffectiveLevel(),
    logging.getLogger("acme._vendor.cmlapi_b").getEffectiveLevel(),
    B.Configuration().debug,
]
out["cmlapi_modules"] = sorted(m for m in sys.modules if m == "cmlapi" or m.startswith("cmlapi."))
out["cmlapi_loggers"] = sorted(n for n in logging.root.manager.loggerDict if n.split(".")[0] == "cmlapi")
print(json.dumps(out))
"""


def test_two_releases_in_one_interpreter_each_with_its_own_server_config_and_models(
    tree: Path, tmp_path: Path
) -> None:
    # a decoy top-level cmlapi that imports silently: any import of it shows in sys.modules
    (tmp_path / "decoy" / "cmlapi").mkdir(parents=True)
    (tmp_path / "decoy" / "cmlapi" / "__init__.py").write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join([str(tree), str(tmp_path / "decoy")])
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(REPO / "tests")],
        cwd=tree, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert all(Path(f).resolve().is_relative_to(tree.resolve()) for f in out["files"])
    assert out["threads"][0] == out["threads"][1], "importing started a thread"
    assert all(m.startswith(NAME_A + ".models.") for m in out["a"]["modules"]), out["a"]
    assert all(m.startswith(NAME_B + ".models.") for m in out["b"]["modules"]), out["b"]
    assert out["a"]["own"] and not out["a"]["other"] and out["a"]["owner"] == "ann"
    assert out["b"]["own"] and not out["b"]["other"] and out["b"]["name"] == "demo"
    assert out["error"]["module"] == NAME_A + ".exceptions" and not out["error"]["other"]
    assert out["error"]["data_module"].startswith(NAME_A + ".models.") and out["error"]["message"] == "no such project"
    servers = out["servers"]
    assert servers["a"]["host"] != servers["b"]["host"]
    assert servers["a"]["requests"] == [
        ["GET", "/api/v2/projects/p-1", servers["a"]["host"], "Bearer key-a"],
        ["GET", "/api/v2/projects/missing", servers["a"]["host"], "Bearer key-a"],
    ]
    assert servers["b"]["requests"] == [
        ["GET", "/api/v2/projects", servers["b"]["host"], "Bearer key-b", {"page_size": ["5"]}]
    ]
    # debug on a configuration of A turns on A's package logger only
    assert out["debug_levels"] == [logging.DEBUG, logging.WARNING, False]
    assert out["cmlapi_modules"] == [] and out["cmlapi_loggers"] == []


def absolute_cmlapi_uses(source: str) -> List[str]:
    """Every place ``source`` imports or names the top-level ``cmlapi`` package."""
    found = [m.group(0).strip() for m in re.finditer(r"^\s*(?:import|from)\s+cmlapi\b.*$", source, re.M)]
    found += [m.group(0) for m in re.finditer(r"""(?:import_module|__import__)\(\s*[rbuf]*["']cmlapi\b""", source)]
    found += [m.group(0) for m in re.finditer(r"""[rbuf]*["']cmlapi\.""", source)]
    # outside strings and comments, the bare name is never legitimate in vendored code
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    found += [f"name at line {t.start[0]}" for t in tokens if t.type == tokenize.NAME and t.string == "cmlapi"]
    return found


GLOBAL_STATE = re.compile(
    r"logging\.basicConfig|disable_warnings|getLogger\(\s*[rbuf]*[\"']|sys\.modules\[[^\]]*\]\s*=[^=]"
    r"|sys\.modules\.(?:setdefault|update|pop)|ThreadPool|ProcessPool|setattr\(\s*(?:urllib3|logging)\b"
    r"|^\s*(?:urllib3|logging)\.\w+\s*=[^=]",
    re.M,
)


def test_checkers_catch_what_they_look_for() -> None:
    for bad in ("import cmlapi\n", "from cmlapi.models import X\n", "m = import_module('cmlapi.api')\n",
                "x = f'cmlapi.{y}'\n", "cmlapi.default_client()\n"):
        assert absolute_cmlapi_uses(bad), bad
    assert not absolute_cmlapi_uses('"""As the official ``cmlapi.utils.Cursor``."""\nfrom . import x\n')
    for bad in ('logging.getLogger("cmlapi")', "sys.modules['x'] = y", "urllib3.disable_warnings()"):
        assert GLOBAL_STATE.search(bad), bad


def test_vendored_code_imports_only_relatively_and_sets_no_fixed_global_state(tree: Path) -> None:
    sources = sorted((tree / "acme").rglob("*.py"))
    assert len(sources) > 180
    # urllib3 is the one dependency; typing_extensions appears under TYPE_CHECKING only
    allowed_roots = set(sys.stdlib_module_names) | {"urllib3", "typing_extensions"}
    for path in sources:
        source = path.read_text()
        rel = path.relative_to(tree)
        assert absolute_cmlapi_uses(source) == [], rel
        assert GLOBAL_STATE.search(source) is None, (rel, GLOBAL_STATE.search(source))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                roots = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            # the MCP server alone uses its optional extra (the MCP SDK and what it ships with)
            extra = {"mcp", "anyio", "uvicorn"} if rel.name == "mcp.py" else set()
            assert set(roots) <= allowed_roots | extra, (rel, node.lineno, roots)  # internal imports are relative


def test_readme_of_generate_and_docstrings_show_the_chosen_import_path(tree: Path, tmp_path: Path) -> None:
    pkg = folder(tree, NAME_A)
    doc = ast.get_docstring(ast.parse((pkg / "__init__.py").read_text())) or ""
    assert f"import {NAME_A}" in doc and "import cmlapi\n" not in doc
    result = cli("generate", str(SPEC_A), "--out", str(tmp_path / "gen"), "--package-name", NAME_A)
    assert result.returncode == 0, result.stderr
    readme = (tmp_path / "gen" / "README.md").read_text()
    assert f"import {NAME_A}\n" in readme and f"{NAME_A}.default_client(" in readme
    assert not re.search(r"^import cmlapi$|\bcmlapi\.default_client", readme, re.M)


@pytest.fixture()
def copy_a(tree: Path, tmp_path: Path) -> Path:
    """A private copy of the tree with release A only (manifest paths are relative, so it stays valid)."""
    root = tmp_path / "copy"
    shutil.copytree(tree / "acme", root / "acme", ignore=shutil.ignore_patterns("cmlapi_b"))
    return root


def test_regeneration_with_a_smaller_spec_removes_what_it_no_longer_produces(copy_a: Path, tmp_path: Path) -> None:
    pkg = folder(copy_a, NAME_A)
    assert (pkg / "models" / "job.py").is_file()
    (copy_a / "acme" / "__init__.py").write_text("TEAM = 'ours'\n")  # a parent __init__ is the user's
    (pkg / "models" / "__pycache__").mkdir(exist_ok=True)
    (pkg / "models" / "__pycache__" / "job.cpython-311.pyc").write_bytes(b"\0")
    tiny = tmp_path / "tiny.json"
    tiny.write_text(json.dumps(TINY_SPEC))
    old_files = set(json.loads((pkg / MANIFEST).read_text())["files"])
    result = vendor_cli(tiny, copy_a, NAME_A)
    assert result.returncode == 0, result.stderr
    new_files = set(json.loads((pkg / MANIFEST).read_text())["files"])
    on_disk = set(package_tree(pkg)) - {MANIFEST}
    assert on_disk == new_files
    assert not (pkg / "models" / "job.py").exists() and (pkg / "models" / "project.py").is_file()
    removed = len(old_files - new_files)
    assert removed > 75  # 81 models go; the runtime, api/ and the new Project model stay
    assert f", {removed} removed, 0 __init__.py created" in result.stdout
    assert (copy_a / "acme" / "__init__.py").read_text() == "TEAM = 'ours'\n"
    assert "0.0.1" in (pkg / "VENDORED.md").read_text()
    assert [p.name for p in pkg.parent.iterdir() if p.name.startswith(".")] == []  # no staging left


def _refused(root: Path, spec: Path, name: str) -> Tuple[subprocess.CompletedProcess[str], Dict[str, bytes]]:
    before = snapshot(root)
    result = vendor_cli(spec, root, name)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert all(line.startswith("error: ") for line in result.stderr.splitlines())
    assert snapshot(root) == before, "a refused run changed files"
    return result, before


def test_a_file_not_in_the_manifest_is_refused_and_nothing_changes(copy_a: Path, tmp_path: Path) -> None:
    pkg = folder(copy_a, NAME_A)
    (pkg / "notes.txt").write_text("mine\n")
    (pkg / "models" / "extra.py").write_text("X = 1\n")
    tiny = tmp_path / "tiny.json"
    tiny.write_text(json.dumps(TINY_SPEC))
    result, _ = _refused(copy_a, tiny, NAME_A)
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert any("cmlapi_a/notes.txt: not written by cmlapi-gen vendor" in line for line in lines), lines
    assert any("cmlapi_a/models/extra.py: not written" in line for line in lines), lines


def test_a_hand_edited_vendored_file_is_detected(copy_a: Path) -> None:
    pkg = folder(copy_a, NAME_A)
    path = pkg / "models" / "project.py"
    path.write_text(path.read_text() + "# patched by hand\n")
    result, _ = _refused(copy_a, SPEC_A, NAME_A)
    (line,) = result.stderr.splitlines()
    assert "cmlapi_a/models/project.py: edited since cmlapi-gen vendor wrote it" in line


def test_a_folder_without_manifest_is_not_taken_over(copy_a: Path) -> None:
    pkg = folder(copy_a, NAME_A)
    (pkg / MANIFEST).unlink()
    result, _ = _refused(copy_a, SPEC_A, NAME_A)
    assert len(result.stderr.splitlines()) > 90  # every file is named


def test_a_failure_while_writing_leaves_the_previous_tree_intact(
    copy_a: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import vendor
    from generator.write import FAIL_AFTER_ENV

    monkeypatch.setenv(FAIL_AFTER_ENV, "40")  # the writer fails with EIO at its 40th file
    before = snapshot(copy_a)
    with pytest.raises(vendor.VendorError, match="Input/output error"):
        vendor.vendor(vendor.Request(str(SPEC_B), copy_a, NAME_A))
    assert snapshot(copy_a) == before
    fresh = tmp_path / "fresh"
    with pytest.raises(vendor.VendorError):
        vendor.vendor(vendor.Request(str(SPEC_B), fresh, "team.sub.cml"))
    assert not fresh.exists(), "folders created by a failed run are removed"


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["--into", "{tmp}/out", "--package-name", "acme.2bad"], 2, "--package-name 'acme.2bad'"),
        (["--into", "{tmp}/out", "--package-name", "acme.class.x"], 2, "no keywords"),
        (["--into", "{tmp}/file.txt", "--package-name", "acme.x"], 2, "is a file, not a folder"),
        (["--package-name", "acme.x"], 2, "--into"),
    ],
)
def test_bad_arguments_are_one_line_usage_errors(tmp_path: Path, args: List[str], status: int, message: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    result = cli("vendor", str(SPEC_A), *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == status
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and message in line
    assert not (tmp_path / "out").exists()


def test_a_file_where_a_parent_package_folder_goes_is_refused(tmp_path: Path) -> None:
    (tmp_path / "acme").write_text("not a folder")
    result = vendor_cli(SPEC_A, tmp_path, "acme._vendor.x")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"error: {tmp_path / 'acme'}: exists and is not a folder"]


def test_make_vendor(tmp_path: Path) -> None:
    if shutil.which("make") is None or not (REPO / ".venv" / "bin" / "python").exists():
        pytest.skip("needs make and the repo's .venv")
    dest = tmp_path / "dest"
    result = subprocess.run(
        ["make", "-s", "vendor", f"SPEC={SPEC_A}", f"DEST={dest}", "NAME=team.vendored.cml"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    pkg = folder(dest, "team.vendored.cml")
    assert result.stdout.splitlines()[-1].startswith(f"vendored {pkg}: 69 operations")
    manifest = json.loads((pkg / MANIFEST).read_text())
    assert manifest["package"] == "team.vendored.cml" and (pkg / "api" / "__init__.py").is_file()
    assert (dest / "team" / "__init__.py").is_file() and (dest / "team" / "vendored" / "__init__.py").is_file()


def test_an_existing_namespace_package_parent_is_left_a_namespace_package(tmp_path: Path) -> None:
    """``acme`` is a PEP 420 namespace package (no ``__init__.py``), shared with other
    distributions: vendoring below it must not turn it into a regular package."""
    src = tmp_path / "src"
    (src / "acme" / "billing").mkdir(parents=True)
    (src / "acme" / "billing" / "__init__.py").write_text("NAME = 'billing'\n")
    tiny = tmp_path / "tiny.json"
    tiny.write_text(json.dumps(TINY_SPEC))
    result = vendor_cli(tiny, src, "acme._vendor.cml")
    assert result.returncode == 0, result.stderr
    assert not (src / "acme" / "__init__.py").exists()
    assert (src / "acme" / "_vendor" / "__init__.py").is_file()  # a folder this run made
    assert "1 __init__.py created" in result.stdout
    assert result.stdout.rstrip().endswith(f"; namespace packages left as they are: {src / 'acme'}")
    check = "import acme.billing, acme._vendor.cml as c; print(acme.billing.NAME, c.__name__, acme.__file__)"
    run = subprocess.run([sys.executable, "-c", check], cwd=src, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["billing", "acme._vendor.cml", "None"]  # still a namespace package


def test_vendor_says_when_it_falls_back_to_a_package_version(tmp_path: Path) -> None:
    doc = json.loads((REPO / "specs" / "cml-26.01.07.json").read_text(encoding="utf-8"))
    doc["info"]["version"] = "version not set"  # what protoc-gen-openapiv2 writes when the proto sets none
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    proc = vendor_cli(spec, tmp_path / "src", "acme.c")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        "warning: /info/version: 'version not set' is not a PEP 440 version; the package version is 0.0.0 "
        "(pass --package-version to choose one)"
    ]
    assert 'PACKAGE_VERSION = "0.0.0"' in (tmp_path / "src" / "acme" / "c" / "_spec.py").read_text()
