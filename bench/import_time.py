"""Measure 1: the cost of ``import cmlapi; cmlapi.CMLServiceApi`` in a fresh process.

Each sample is a new interpreter with warm ``.pyc`` files (one unmeasured run
compiles them first). ``python -c pass`` runs interleaved with it, in the same
environment, alternating which goes first; the result is the median import
wall time minus the median bare-interpreter wall time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

from .common import BenchError, Context, Row, median

STATEMENT = "import cmlapi; cmlapi.CMLServiceApi"
TARGET_MS = 25.0


def _env(project: Path) -> Dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(project)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall(code: str, env: Dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BenchError(f"`python -c {code!r}` failed: {lines[-1] if lines else done.returncode}")
    return seconds


def run(ctx: Context) -> List[Row]:
    if ctx.client is None:
        raise BenchError("no generated client")
    env = _env(ctx.client)
    _wall(STATEMENT, env)  # compiles the .pyc files
    _wall("pass", env)
    pairs = ctx.reps(21, 5)
    imports: List[float] = []
    bare: List[float] = []
    for i in range(pairs):
        if i % 2 == 0:
            imports.append(_wall(STATEMENT, env))
            bare.append(_wall("pass", env))
        else:
            bare.append(_wall("pass", env))
            imports.append(_wall(STATEMENT, env))
    total_ms = median(imports) * 1000
    bare_ms = median(bare) * 1000
    ours = total_ms - bare_ms
    return [
        Row(
            measure="import cmlapi; cmlapi.CMLServiceApi",
            unit="ms",
            ours=ours,
            baseline=bare_ms,
            baseline_name="python -c pass",
            ratio=total_ms / bare_ms if bare_ms else None,
            target=f"<= {TARGET_MS:g} ms over bare",
            limit=TARGET_MS,
            target_on="ours",
            note=f"median of {pairs} interleaved pairs; ratio = total/bare",
        )
    ]
