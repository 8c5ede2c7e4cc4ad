"""The generated project installs with pip into a fresh venv and imports there."""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


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
    if proc.returncode != 0 and "No matching distribution" in proc.stderr:
        pytest.skip("the package index is not reachable for setuptools/urllib3")
    assert proc.returncode == 0, proc.stderr[-2000:]
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
