"""Measure 4: ``mypy --strict`` errors in the generated package and in a typed user script.

mypy runs with an empty config file (the repo's own mypy settings are for
the generator), ``--no-incremental``, from the generated project directory.
The user script (:mod:`bench.typed_user`) is checked with the package on
``MYPYPATH`` and ``--follow-imports=silent``, so its count is the errors in
the script alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Tuple

from .common import BenchError, Context, Row

USER_SCRIPT = Path(__file__).resolve().parent / "typed_user.py"
_ERROR = re.compile(r"^[^:]+:\d+(?::\d+)?: error: ")
SHOWN = 5


def mypy_errors(project: Path, targets: List[str], silent_imports: bool = False) -> Tuple[int, List[str]]:
    """``(error count, error lines)`` of ``mypy --strict`` on ``targets``, run in ``project``."""
    config = project.parent / "bench-mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    argv = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(config)]
    argv += ["--cache-dir", os.devnull, "--no-error-summary", "--hide-error-context"]
    if silent_imports:
        argv.append("--follow-imports=silent")
    env = dict(os.environ)
    env["MYPYPATH"] = str(project)
    done = subprocess.run(argv + targets, cwd=project, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad flags, crash)
        raise BenchError(f"mypy exit {done.returncode}: {(done.stderr or done.stdout).strip()[-300:]}")
    lines = [line for line in done.stdout.splitlines() if _ERROR.match(line)]
    return len(lines), lines


def _row(measure: str, count: int, lines: List[str], note: str) -> Row:
    shown = "; ".join(lines[:SHOWN])
    return Row(
        measure=measure,
        unit="errors",
        ours=float(count),
        target="0",
        limit=0.0,
        target_on="ours",
        note=note + (f"; first: {shown}" if shown else ""),
    )


def run(ctx: Context, script: Optional[Path] = None) -> List[Row]:
    if ctx.client is None:
        raise BenchError("no generated client")
    user = script or USER_SCRIPT
    count, lines = mypy_errors(ctx.client, ["cmlapi"])
    user_count, user_lines = mypy_errors(ctx.client, [str(user)], silent_imports=True)
    return [
        _row("mypy --strict: generated cmlapi", count, lines, "mypy --strict --no-incremental cmlapi"),
        _row("mypy --strict: typed user script", user_count, user_lines, f"bench/{user.name}"),
    ]
