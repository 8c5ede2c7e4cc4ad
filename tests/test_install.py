"""The generated project installs with pip into a fresh venv and imports there."""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def fail_unless_offline(python: Path, proc: subprocess.CompletedProcess[str], tmp_path: Path) -> None:
    """A failed install fails the test, unless pip cannot reach any package index at all.

    "No matching distribution" also means a dependency nothing satisfies (a bad pin in
    the generated pyproject.toml), so the index is probed on its own: fetching the
    newest setuptools, which every index has, with the same pip and settings.
    """
    if proc.returncode == 0:
        return
    probe = subprocess.run(
        [str(python), "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--dest", str(tmp_path / "probe"), "setuptools"],
        capture_output=True, text=True, timeout=300,
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"pip cannot reach any package index (pip download setuptools failed: {last})")
    pytest.fail(f"pip install failed with a reachable index:\n{proc.stderr[-2000:]}")


@pytest.mark.parametrize("version", ["26.01.07"])
def test_pip_install_into_fresh_venv(tmp_path: Path, version: str) -> None:
    # a copy: pip builds in place, and build/ or *.egg-info must never land in the snapshot
    project = tmp_path / "project"
    shutil.copytree(ROOT / "generated" / f"cmlapi-{version}", project)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    proc = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(project)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    fail_unless_offline(python, proc, tmp_path)
    check = (
        "import cmlapi, inspect; api = cmlapi.CMLServiceApi; "
        "names = [n for n in dir(api) if not n.startswith('_') and callable(getattr(api, n))]; "
        "print(cmlapi.__version__, cmlapi.SPEC_VERSION, len(names), cmlapi.__file__)"
    )
    out = subprocess.run([str(python), "-c", check], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    got_version, spec_version, count, where = out.stdout.split()
    assert got_version == spec_version == version
    assert str(env_dir) in where
    assert int(count) > 0


def test_cmlapi_gen_itself_installs_and_generates_the_snapshot(tmp_path: Path) -> None:
    """A plain (not editable) install of the generator carries its templates: from any
    folder, its ``cmlapi-gen`` writes exactly the checked-in snapshot."""
    source = tmp_path / "src"
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "constraints.txt"):
        shutil.copy(ROOT / name, source / name)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    proc = subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-c", str(source / "constraints.txt"), str(source)],
        capture_output=True, text=True, timeout=900,
    )
    fail_unless_offline(env_dir / "bin" / "python", proc, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = elsewhere / "client"
    run = subprocess.run(
        [str(env_dir / "bin" / "cmlapi-gen"), "generate", str(ROOT / "specs" / "cml-26.01.07.json"), "--out", str(out)],
        capture_output=True, text=True, cwd=elsewhere, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CMLAPI_GEN_CACHE": "off"},
    )
    assert run.returncode == 0, run.stderr
    snapshot = ROOT / "generated" / "cmlapi-26.01.07"
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    expected = {
        p.relative_to(snapshot).as_posix(): p.read_bytes()
        for p in sorted(snapshot.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert written == expected
