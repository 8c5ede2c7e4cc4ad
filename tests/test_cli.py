"""The command line contract: exit codes, one located error line per problem, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEAM_SPEC = ROOT / "specs" / "cml-26.01.07.json"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300
    )


def small_spec() -> dict:
    return {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {
            "/api/v2/things": {
                "get": {
                    "operationId": "ListThings",
                    "tags": ["CMLService"],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
                }
            }
        },
        "definitions": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}},
    }


def write(tmp_path: Path, doc: object, name: str = "spec.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    return path


def assert_clean(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def test_validate_team_spec_is_valid() -> None:
    proc = run("validate", str(TEAM_SPEC))
    assert proc.returncode == 0, proc.stderr
    assert_clean(proc)


def test_validate_reads_stdin_and_yaml(tmp_path: Path) -> None:
    import yaml

    proc = run("validate", "-", stdin=yaml.safe_dump(small_spec()))
    assert proc.returncode == 0, proc.stderr


def test_unresolvable_ref_is_located(tmp_path: Path) -> None:
    doc = small_spec()
    doc["paths"]["/api/v2/things"]["get"]["responses"]["200"]["schema"]["$ref"] = "#/definitions/Nope"
    spec = write(tmp_path, doc)
    for command in (["validate", str(spec)], ["generate", str(spec), "--out", str(tmp_path / "out")]):
        proc = run(*command)
        assert proc.returncode == 1
        assert_clean(proc)
        assert proc.stderr.strip() == (
            "error: /paths/~1api~1v2~1things/get/responses/200/schema/$ref: "
            "$ref '#/definitions/Nope' does not resolve"
        )
    assert not (tmp_path / "out").exists()


def test_duplicate_operation_ids_are_located(tmp_path: Path) -> None:
    doc = small_spec()
    doc["paths"]["/api/v2/other"] = {"get": dict(doc["paths"]["/api/v2/things"]["get"])}
    spec = write(tmp_path, doc)
    for command in (["validate", str(spec)], ["generate", str(spec), "--out", str(tmp_path / "out")]):
        proc = run(*command)
        assert proc.returncode == 1
        assert_clean(proc)
        lines = proc.stderr.strip().splitlines()
        assert lines and all(line.startswith("error: /paths/") for line in lines)
        assert any("ListThings" in line for line in lines)


def test_collision_after_renaming_is_numbered(tmp_path: Path) -> None:
    doc = small_spec()
    other = dict(doc["paths"]["/api/v2/things"]["get"], operationId="list_things")
    doc["paths"]["/api/v2/other"] = {"get": other}
    proc = run("validate", str(write(tmp_path, doc)))
    assert proc.returncode == 0, proc.stderr


def test_missing_file_is_usage_error(tmp_path: Path) -> None:
    for command in (["validate", str(tmp_path / "nope.json")], ["generate", str(tmp_path / "nope.json"), "--out", str(tmp_path / "o")]):
        proc = run(*command)
        assert proc.returncode == 2
        assert_clean(proc)
        assert proc.stderr.startswith("error: ") and "no such file" in proc.stderr


def test_not_json_or_yaml_is_usage_error(tmp_path: Path) -> None:
    spec = write(tmp_path, "{ this is : not [ json", "bad.json")
    for command in (["validate", str(spec)], ["generate", str(spec), "--out", str(tmp_path / "o")]):
        proc = run(*command)
        assert proc.returncode == 2
        assert_clean(proc)
        assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("text", ["null", "42", "[1]", '"x"', "- a\n- b\n"])
def test_a_document_that_is_not_an_object_is_an_invalid_spec(tmp_path: Path, text: str) -> None:
    # it parses, so it is readable (not exit 2): it is an invalid spec, for every command
    spec = write(tmp_path, text, "doc.yaml" if text.startswith("-") else "doc.json")
    good = write(tmp_path, small_spec(), "good.json")
    commands = {
        "validate": (["validate", str(spec)], "error: /: "),
        "generate": (["generate", str(spec), "--out", str(tmp_path / "out")], "error: /: "),
        "diff": (["diff", str(good), str(spec)], f"error: {spec}#: "),
        "vendor": (["vendor", str(spec), "--into", str(tmp_path / "src"), "--package-name", "acme.api"], "error: /: "),
    }
    for name, (argv, prefix) in commands.items():
        proc = run(*argv)
        assert (name, proc.returncode, proc.stderr) == (
            name, 1, prefix + "the document must be a JSON/YAML object\n"
        )
        assert proc.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["good.json", spec.name])  # nothing written


@pytest.mark.parametrize("command", ["generate", "vendor"])
def test_a_file_named_as_the_output_folder_is_a_usage_error(tmp_path: Path, command: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"mine, not a folder\n")
    option = "--out" if command == "generate" else "--into"
    extra = [] if command == "generate" else ["--package-name", "acme.api"]
    for target, reason in ((notes, "is a file, not a folder; name a folder (new or existing)"),
                           (notes / "sub" / "dir", f"its parent {notes} is not a folder")):
        proc = run(command, str(TEAM_SPEC), option, str(target), *extra)
        assert (proc.returncode, proc.stderr, proc.stdout) == (2, f"error: {option} {target}: {reason}\n", "")
    assert notes.read_bytes() == b"mine, not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no staging folder either


@pytest.mark.parametrize(
    "page", ["<!DOCTYPE html><html><body>Sign in</body></html>", "\ufeff\n  <html lang=\"en\">\n<p>login</p>"]
)
def test_a_spec_file_that_is_an_html_page_says_so(tmp_path: Path, page: str) -> None:
    spec = tmp_path / "swagger.json"
    spec.write_text(page, encoding="utf-8")
    for command in (["validate", str(spec)], ["generate", str(spec), "--out", str(tmp_path / "out")]):
        proc = run(*command)
        assert (proc.returncode, proc.stderr) == (
            2, f"error: {spec}: an HTML page, not the spec: a login page or proxy? "
            "save the workspace's swagger.json itself\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["swagger.json"]


def test_a_json_spec_cut_off_at_the_end_looks_truncated(tmp_path: Path) -> None:
    text = TEAM_SPEC.read_text(encoding="utf-8")
    half = text[: len(text) // 2]
    spec = write(tmp_path, half, "half.json")
    line = half.count("\n") + 1
    for command in (["validate", str(spec)], ["generate", str(spec), "--out", str(tmp_path / "out")]):
        proc = run(*command)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith(f"error: {spec}: looks truncated: the JSON stops at line {line} "), proc.stderr
        assert proc.stderr.endswith(" still open; was it cut off while saving or downloading?\n"), proc.stderr
    # a complete document with a syntax error in the middle is not called truncated
    broken = write(tmp_path, text.replace('"swagger"', '"swagger" "', 1), "broken.json")
    proc = run("validate", str(broken))
    assert proc.returncode == 2 and "truncated" not in proc.stderr and "not valid JSON" in proc.stderr


def test_openapi3_is_not_supported_yet(tmp_path: Path) -> None:
    proc = run("validate", str(write(tmp_path, {"openapi": "3.0.3", "info": {}, "paths": {}})))
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: /openapi: OpenAPI 3.0.3 is not supported yet; only Swagger 2.0"


@pytest.mark.parametrize("name", ["1abc", "a-b", "class", "a..b", "", "pkg.import"])
def test_bad_package_name_is_usage_error(tmp_path: Path, name: str) -> None:
    proc = run("generate", str(TEAM_SPEC), "--out", str(tmp_path / "o"), "--package-name", name)
    assert proc.returncode == 2
    assert "--package-name" in proc.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", ["generate", "vendor"])
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("json", "would shadow the standard-library module 'json'"),
        ("os", "would shadow the standard-library module 'os'"),
        ("typing.client", "would shadow the standard-library module 'typing'"),
        ("über", "'über' is not ASCII ('ü')"),
        ("acme.züri", "'züri' is not ASCII ('ü')"),
    ],
)
def test_package_name_refused_with_its_reason(tmp_path: Path, command: str, name: str, reason: str) -> None:
    target = tmp_path / "o"
    place = ["--out", str(target)] if command == "generate" else ["--into", str(target)]
    proc = run(command, str(TEAM_SPEC), *place, "--package-name", name)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"error: --package-name {name!r}: {reason}") and proc.stderr.count("\n") == 1
    assert not target.exists()


def test_package_names_that_shadow_nothing_are_accepted(tmp_path: Path) -> None:
    # only the first part can hide a module from the importing code: acme.json is fine
    proc = run("vendor", str(TEAM_SPEC), "--into", str(tmp_path / "src"), "--package-name", "acme.json")
    assert proc.returncode == 0, proc.stderr


def test_stdlib_fallback_for_old_pythons_knows_the_common_modules() -> None:
    from generator import naming

    # what 3.8/3.9 use instead of sys.stdlib_module_names, computed from this interpreter's folders
    found = naming._stdlib_from_folders()
    assert {"json", "os", "typing", "sys", "asyncio", "email", "_thread"} <= found
    assert not found & {"cmlapi", "generator", "pytest", "black"}


def test_generate_twice_is_byte_identical_and_failure_keeps_old_output(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    proc = run("generate", str(TEAM_SPEC), "--out", str(first))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1 and "operations" in proc.stdout and "models" in proc.stdout
    run("generate", str(TEAM_SPEC), "--out", str(second))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    before = {f: (first / f).read_bytes() for f in files}
    bad = write(tmp_path, "[1, 2", "broken.json")
    assert run("generate", str(bad), "--out", str(first)).returncode == 2
    assert {f: (first / f).read_bytes() for f in files} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "broken.json"]


def test_generated_output_compiles_and_is_black_clean(tmp_path: Path) -> None:
    out = tmp_path / "o"
    assert run("generate", str(TEAM_SPEC), "--out", str(out)).returncode == 0
    for path in out.rglob("*.py"):
        compile(path.read_text(), str(path), "exec")
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", "-l", "100", "--target-version", "py38", str(out)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_checked_in_snapshots_are_black_clean() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", "-l", "100", "--target-version", "py38",
         str(ROOT / "generated"), str(ROOT / "templates" / "runtime")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_generate_refuses_a_folder_with_foreign_files_and_force_replaces_it(tmp_path: Path) -> None:
    """#10: a user's file in --out is never deleted without --force (exit 2, file intact)."""
    import subprocess
    import sys

    spec = Path(__file__).resolve().parents[1] / "specs" / "cml-26.01.07.json"
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_bytes(b"mine\n")
    run = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)]
    refused = subprocess.run(run, capture_output=True, text=True)
    assert refused.returncode == 2, refused.stderr
    assert "notes.txt" in refused.stderr and "--force" in refused.stderr
    assert (out / "notes.txt").read_bytes() == b"mine\n"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    again = subprocess.run(run + ["--force"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert not (out / "notes.txt").exists()
    # a folder written by generate is replaced without --force, build artefacts dropped
    (out / "build").mkdir()
    (out / "build" / "x.py").write_text("")
    third = subprocess.run(run, capture_output=True, text=True)
    assert third.returncode == 0, third.stderr
    assert not (out / "build").exists()


def tree(root: Path) -> dict[str, bytes | None]:
    """Every entry under ``root`` (hidden ones too): file bytes, or None for a folder."""
    return {p.relative_to(root).as_posix(): None if p.is_dir() else p.read_bytes() for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize("fail_after", [0, 5, 12])
def test_a_write_failing_midway_leaves_the_old_tree_byte_identical(tmp_path: Path, fail_after: int) -> None:
    """#10: the output is staged beside --out and swapped in, never written into it file by file."""
    import os

    from generator.write import FAIL_AFTER_ENV

    out = tmp_path / "out"
    assert run("generate", str(write(tmp_path, small_spec(), "v1.json")), "--out", str(out)).returncode == 0
    newer = small_spec()
    newer["info"]["version"] = "2.0.0"
    newer["definitions"]["Other"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    spec = write(tmp_path, newer, "v2.json")
    before = tree(tmp_path)
    assert len([k for k, v in before.items() if k.startswith("out/") and v is not None]) > 12
    env = {**os.environ, FAIL_AFTER_ENV: str(fail_after)}
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode != 0
    assert_clean(proc)
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"error: --out {out}: cannot write: ") and "Input/output error" in line, line
    assert proc.stdout == ""
    assert tree(tmp_path) == before  # the old tree as it was, and no staging folder beside it
    assert run("generate", str(spec), "--out", str(out)).returncode == 0  # without the fault it goes through
    assert b"2.0.0" in (out / "pyproject.toml").read_bytes()


def test_the_write_fault_hook_fails_after_exactly_the_files_it_is_given(tmp_path: Path) -> None:
    """The hook the midway tests rely on: N files staged, then EIO; with N = every file, no fault."""
    import os

    from generator.write import FAIL_AFTER_ENV

    spec = write(tmp_path, small_spec(), "v1.json")
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    count = sum(1 for p in out.rglob("*") if p.is_file())
    for fail_after, code in ((count - 1, 1), (count, 0)):
        env = {**os.environ, FAIL_AFTER_ENV: str(fail_after)}
        argv = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(tmp_path / f"o{fail_after}")]
        proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
        assert proc.returncode == code, (fail_after, count, proc.stderr)
