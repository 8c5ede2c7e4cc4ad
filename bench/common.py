"""Shared pieces of the benchmarks: result rows, the run context, timing helpers.

Every figure a benchmark reports is measured in the run that prints it; no
number here is a constant except the targets, which come from the issues.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Sequence

REPO = Path(__file__).resolve().parents[1]
REAL_SPEC = REPO.parent / "shared" / "specs" / "cml" / "swagger-26.06.13.json"
TEAM_SPEC = REPO / "specs" / "cml-26.04.02.json"


@dataclass
class Row:
    """One line of the result table.

    ``target_on`` says which figure ``limit`` applies to: ``"ours"`` (an
    absolute target such as 25 ms) or ``"ratio"``; ``strict`` makes the
    comparison ``<`` instead of ``<=``. With no ``limit`` the row is
    informational and ``met`` is ``None``.
    """

    measure: str
    unit: str
    ours: Optional[float]
    baseline: Optional[float] = None
    baseline_name: str = ""
    ratio: Optional[float] = None
    target: str = ""
    limit: Optional[float] = None
    target_on: str = "ratio"
    strict: bool = False
    note: str = ""
    error: str = ""  # set when the measure could not be taken; the figures are then None

    @property
    def met(self) -> Optional[bool]:
        value = self.ours if self.target_on == "ours" else self.ratio
        if self.limit is None or value is None:
            return None
        return value < self.limit if self.strict else value <= self.limit

    def as_dict(self) -> Dict[str, Any]:
        data = asdict(self)
        data["met"] = self.met
        return data


@dataclass
class Context:
    """What every benchmark gets: the spec, the generated client, the scratch dir."""

    spec: Path
    spec_kind: str  # "real" or "team" or "given"
    work: Path
    quick: bool
    client: Optional[Path] = None  # the project dir holding the generated ``cmlapi``
    facts: Dict[str, float] = field(default_factory=dict)  # figures one measure hands to a later one

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def choose_spec(given: Optional[str]) -> tuple[Path, str]:
    """The spec to measure: ``given``, else the real CML spec when present, else the team spec."""
    if given:
        path = Path(given).resolve()
        kind = (
            "real" if path == REAL_SPEC.resolve() else "team" if path.parent == TEAM_SPEC.parent else "given"
        )
        return path, kind
    if REAL_SPEC.is_file():
        return REAL_SPEC, "real"
    return TEAM_SPEC, "team"


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


@dataclass(frozen=True)
class ProcessRun:
    """A finished child process: exit code, wall seconds, peak RSS (MiB) and output."""

    code: int
    seconds: float
    peak_mib: float
    stdout: str
    stderr: str


def run_measured(
    argv: Sequence[str], env: Optional[Mapping[str, str]] = None, cwd: Optional[Path] = None
) -> ProcessRun:
    """Run ``argv`` to completion; wall time around spawn..reap, peak RSS from ``wait4``.

    The peak is the largest single process among the child and the descendants
    it waited for (Linux ``ru_maxrss`` semantics), in MiB.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    stdout, stderr = _drain(proc)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss / 1024.0  # KiB on Linux
    else:  # no wait4: wall time only
        proc.wait()
        seconds = time.perf_counter() - start
        peak = float("nan")
    return ProcessRun(proc.returncode, seconds, peak, stdout, stderr)


def _drain(proc: subprocess.Popen) -> tuple[str, str]:  # type: ignore[type-arg]
    """Read both pipes to EOF without reaping the child (``wait4`` does that)."""
    import threading

    chunks: Dict[str, bytes] = {}

    def read(name: str, stream: Any) -> None:
        chunks[name] = stream.read()
        stream.close()

    threads = [
        threading.Thread(target=read, args=(n, s)) for n, s in (("o", proc.stdout), ("e", proc.stderr))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return chunks["o"].decode("utf-8", "replace"), chunks["e"].decode("utf-8", "replace")


def generate(spec: Path, out: Path, cache: Optional[str] = "off") -> ProcessRun:
    """``python -m generator generate SPEC --out OUT`` with ``CMLAPI_GEN_CACHE=cache``
    (``None`` leaves the user's setting); raises :class:`BenchError` when it fails.

    Python may write the generator's ``.pyc`` files, as it does on a user's machine
    (``PYTHONDONTWRITEBYTECODE`` is dropped), so only the first run compiles them."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is not None:
        env["CMLAPI_GEN_CACHE"] = cache
    run = run_measured(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)], env, REPO
    )
    if run.code != 0:
        raise BenchError(f"generator failed on {spec} (exit {run.code}): {last_line(run.stderr)}")
    return run


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


class BenchError(Exception):
    """A benchmark could not measure (the message says why); the run goes on."""


def load_client(project: Path) -> Any:
    """Import the generated ``cmlapi`` from ``project`` (once per process)."""
    root = str(project)
    existing = sys.modules.get("cmlapi")
    if existing is not None:
        where = Path(getattr(existing, "__file__", "") or "").resolve()
        if project.resolve() not in where.parents:
            raise BenchError(f"another cmlapi is already imported from {where}")
        return existing
    sys.path.insert(0, root)
    import importlib

    return importlib.import_module("cmlapi")


def make_api(cmlapi: Any, host: str) -> Any:
    """A ``CMLServiceApi`` on ``host``, built the way user code builds it."""
    config = cmlapi.Configuration()
    config.host = host
    return cmlapi.CMLServiceApi(cmlapi.ApiClient(config))


def where(exc: BaseException) -> str:
    """``file:line`` of the innermost frame of ``exc`` (where it was raised)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{frame.filename}:{frame.lineno}"


def load_json(path: Path) -> Any:
    with open(path, "rb") as handle:
        return json.load(handle)
