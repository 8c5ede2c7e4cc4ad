"""`make generate` (``python -m generator.snapshots``) and `generate --out` on folders that are
not theirs: every spec and every target is checked first, and nothing is written or deleted
unless all of them can be. Runs the real command in a subprocess on copies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict

from generator.write import is_artefact

REPO = Path(__file__).resolve().parents[1]
TEAM = sorted((REPO / "specs").glob("cml-*.json"))


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def snapshot(folder: Path) -> Dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def specs_and_generated(tmp_path: Path) -> tuple[Path, Path]:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    specs.mkdir()
    for spec in TEAM:
        shutil.copy(spec, specs / spec.name)
    proc = run("generator.snapshots", str(specs), str(generated))
    assert proc.returncode == 0, proc.stderr
    return specs, generated


def test_two_specs_of_one_version_are_named_together_and_nothing_is_written(tmp_path: Path) -> None:
    specs, generated = specs_and_generated(tmp_path)
    before = snapshot(generated)
    # what fetch saves when a workspace serves different content under a version already kept
    doc = json.loads(TEAM[0].read_text(encoding="utf-8"))
    doc["info"]["description"] = "the same version, other content"
    twin = specs / f"{TEAM[0].stem}.0123456789ab.json"
    twin.write_text(json.dumps(doc), encoding="utf-8")
    (specs / TEAM[1].name).write_text(TEAM[1].read_text(encoding="utf-8").replace("Lists", "Shows"), "utf-8")
    proc = run("generator.snapshots", str(specs), str(generated))
    assert proc.returncode == 2, proc.stderr
    first = proc.stderr.splitlines()[0]
    assert str(specs / TEAM[0].name) in first and str(twin) in first and "keep one" in first and "rename" in first
    assert proc.stderr.splitlines()[-1] == f"error: nothing written to {generated}"
    assert snapshot(generated) == before  # the other, valid and changed, spec was not written either


def test_a_failing_spec_stops_every_other_one(tmp_path: Path) -> None:
    specs, generated = specs_and_generated(tmp_path)
    before = snapshot(generated)
    (specs / TEAM[1].name).write_text(TEAM[1].read_text(encoding="utf-8").replace("Lists", "Shows"), "utf-8")
    (specs / "cml-9.9.9.json").write_text('{"swagger": "2.0", "info": {"title": "x", "version": "9.9.9"}}', "utf-8")
    proc = run("generator.snapshots", str(specs), str(generated))
    assert proc.returncode == 2 and "cml-9.9.9.json" in proc.stderr, proc.stderr
    assert snapshot(generated) == before


def test_a_target_holding_a_foreign_file_stops_them_all_and_force_replaces(tmp_path: Path) -> None:
    specs, generated = specs_and_generated(tmp_path)
    folder = generated / f"cmlapi-{TEAM[-1].stem[len('cml-'):]}"
    (folder / "notes.txt").write_text("mine\n")
    (specs / TEAM[0].name).write_text(TEAM[0].read_text(encoding="utf-8").replace("Lists", "Shows"), "utf-8")
    before = snapshot(generated)
    proc = run("generator.snapshots", str(specs), str(generated))
    assert proc.returncode == 2 and f"{folder / 'notes.txt'}: not written by cmlapi-gen" in proc.stderr
    assert snapshot(generated) == before
    proc = run("generator.snapshots", str(specs), str(generated), "--force")
    assert proc.returncode == 0, proc.stderr
    assert not (folder / "notes.txt").exists()


def test_build_artefacts_in_a_snapshot_are_ignored_and_listed_in_its_gitignore(tmp_path: Path) -> None:
    specs, generated = specs_and_generated(tmp_path)
    folder = sorted(generated.iterdir())[0]
    # what `pip install generated/cmlapi-<v>` leaves behind
    for rel in ("build/lib/cmlapi/rest.py", "cmlapi.egg-info/PKG-INFO", "cmlapi/__pycache__/rest.cpython-311.pyc"):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text("artefact\n")
        assert is_artefact(rel)
    ignored = (folder / ".gitignore").read_text().split()
    assert {"build/", "*.egg-info/", "__pycache__/"} <= set(ignored), ignored
    proc = run("generator.snapshots", str(specs), str(generated))  # an artefact is not a foreign file
    assert proc.returncode == 0, proc.stderr


def test_generate_refuses_a_git_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "main.py").write_text("print('mine')\n")
    before = snapshot(repo)
    proc = run("generator", "generate", str(TEAM[0]), "--out", str(repo))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith(f"error: {repo / '.git'}/: folder not written by cmlapi-gen generate")
    assert "--force" in proc.stderr
    assert snapshot(repo) == before


def test_generate_refuses_the_projects_own_generator_folder_from_its_root(tmp_path: Path) -> None:
    # a copy of the project's root, so that a regression deletes only the copy
    root = tmp_path / "root"
    shutil.copytree(REPO / "generator", root / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "specs", root / "specs")
    shutil.copytree(REPO / "templates", root / "templates")
    before = snapshot(root / "generator")
    proc = run("generator", "generate", "specs/" + TEAM[0].name, "--out", "generator", cwd=root)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("error: generator/") and "not written by cmlapi-gen generate" in proc.stderr
    assert snapshot(root / "generator") == before
