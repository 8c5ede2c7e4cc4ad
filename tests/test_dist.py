"""``make dist`` artifacts install side by side: one venv per pinned release, each knows its spec."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import venv
from pathlib import Path

from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def test_wheels_install_in_fresh_venvs_and_report_their_release(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "generator.dist", str(ROOT / "generated"), str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr
    releases = sorted(p.name.split("-", 1)[1] for p in (ROOT / "generated").iterdir() if p.is_dir())
    assert len(releases) >= 2
    names = sorted(p.name for p in out.iterdir())
    wheels = {}
    for version in releases:
        normal = str(Version(version))  # 26.01.07 is published as 26.1.7 (PEP 440)
        assert f"cmlapi-{normal}.tar.gz" in names
        assert f"cmlapi-{normal}-py3-none-any.whl" in names
        wheels[version] = out / f"cmlapi-{normal}-py3-none-any.whl"
    assert not list((ROOT / "generated").glob("*/build")) and not list((ROOT / "generated").glob("*/*.egg-info"))
    for version in releases:
        env_dir = tmp_path / f"venv-{version}"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = str(env_dir / "bin" / "python")
        wheel = wheels[version]
        pip = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
            capture_output=True, text=True, timeout=600,
        )
        assert pip.returncode == 0, pip.stderr[-2000:]
        probe = "import cmlapi, json; print(json.dumps([cmlapi.__version__, cmlapi.SPEC_VERSION, cmlapi.SPEC_SHA256]))"
        got = subprocess.run([python, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert got.returncode == 0, got.stderr
        package_version, spec_version, sha = json.loads(got.stdout)
        spec = ROOT / "specs" / f"cml-{version}.json"
        assert package_version == spec_version == version
        assert sha == hashlib.sha256(spec.read_bytes()).hexdigest()
