"""Shared fixtures: generated clients (once per session) and a live HTTP server on 127.0.0.1.

A client is generated with the real CLI in a subprocess into a session temp
directory, under a package name of the test's choosing (``cmlapi_real``,
``cmlapi_team``, ...), then imported in-process: distinct names keep the
module caches of different generated clients apart in one pytest process.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable, Dict, Iterator, Tuple

import pytest
from server import LocalServer

REPO = Path(__file__).resolve().parents[1]
REAL_SPEC = REPO.parent / "shared/specs/cml/swagger-26.06.13.json"
TEAM_SPEC = REPO / "specs/cml-26.01.07.json"

Generate = Callable[[Path, str], Path]


def run_generator(spec: Path, out: Path, package_name: str) -> Path:
    """Generate ``spec`` into ``out`` with the CLI; fail the test with its stderr on error."""
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out),
         "--package-name", package_name],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, f"generate {spec.name} failed ({proc.returncode}): {proc.stderr}"
    assert (out / package_name.replace(".", "/") / "__init__.py").is_file()
    return out


@pytest.fixture(scope="session")
def generate(tmp_path_factory: pytest.TempPathFactory) -> Generate:
    """``generate(spec, package_name)`` -> the output directory; each pair is generated once."""
    done: Dict[Tuple[Path, str], Path] = {}

    def make(spec: Path, package_name: str) -> Path:
        key = (spec, package_name)
        if key not in done:
            done[key] = run_generator(spec, tmp_path_factory.mktemp(package_name), package_name)
        return done[key]

    return make


@pytest.fixture(scope="session")
def import_generated(generate: Generate) -> Iterator[Callable[[Path, str], ModuleType]]:
    """``import_generated(spec, package_name)`` -> the imported package (generated on first use).

    The output directory goes first on ``sys.path`` and is removed again when
    the session ends.
    """
    added = []

    def load(spec: Path, package_name: str) -> ModuleType:
        out = str(generate(spec, package_name))
        if out not in sys.path:
            sys.path.insert(0, out)
            added.append(out)
        return importlib.import_module(package_name)

    yield load
    for out in added:
        if out in sys.path:
            sys.path.remove(out)


@pytest.fixture(scope="session")
def real_spec() -> Path:
    """The real CML spec next to the repository; the test is skipped when it is absent."""
    if not REAL_SPEC.is_file():
        pytest.skip(f"real CML spec not found at <repo>/../shared/specs/cml/{REAL_SPEC.name}")
    return REAL_SPEC


@pytest.fixture(scope="session")
def http_server() -> Iterator[LocalServer]:
    """One server for the session: starting and stopping one per test would cost ~0.5 s each."""
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def live_server(http_server: LocalServer) -> Iterator[LocalServer]:
    """The session server with no recorded requests, queued answers or reply function."""
    http_server.requests.clear()
    http_server.answers.clear()
    http_server.reply = None
    yield http_server
    http_server.requests.clear()
    http_server.answers.clear()
    http_server.reply = None
