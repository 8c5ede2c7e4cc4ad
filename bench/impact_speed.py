"""Measure: ``impact`` over 10,000 lines of user code, wall time of the real command.

The code is the team's script corpus (``tests/impact/scripts``) copied until it holds at
least 10,000 lines; the specs are the team's two releases, whose diff has breaking
changes the corpus uses. The baseline is ``diff`` of the same two specs in the same run:
what ``impact`` costs beyond it is reading the code.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import List

from .common import BenchError, Context, Row, median

REPO = Path(__file__).resolve().parents[1]
OLD = REPO / "specs/cml-26.01.07.json"
NEW = REPO / "specs/cml-26.04.02.json"
SCRIPTS = REPO / "tests/impact/scripts"
LINES = 10_000
TARGET_S = 2.0


def corpus(folder: Path) -> int:
    """Copy the scripts into ``folder`` until it holds LINES lines; the count written."""
    sources = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SCRIPTS.glob("*.py"))]
    if not sources:
        raise BenchError(f"no scripts in {SCRIPTS}")
    folder.mkdir(parents=True, exist_ok=True)
    total, copy = 0, 0
    while total < LINES:
        for name, text in sources:
            (folder / f"c{copy:04d}_{name}").write_text(text, encoding="utf-8")
            total += text.count("\n")
        copy += 1
    return total


def _wall(args: List[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "generator", *args], cwd=REPO, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise BenchError(f"generator {args[0]} failed: {done.stderr.strip()[-300:]}")
    return seconds


def run(ctx: Context) -> List[Row]:
    lines = corpus(ctx.work / "impact-corpus")
    reps = ctx.reps(5, 1)
    impact = median([_wall(["impact", str(OLD), str(NEW), str(ctx.work / "impact-corpus")]) for _ in range(reps)])
    diff = median([_wall(["diff", str(OLD), str(NEW)]) for _ in range(reps)])
    return [
        Row(
            measure=f"impact over {lines:,} lines of user code (team releases)",
            unit="s",
            ours=impact,
            baseline=diff,
            baseline_name="diff of the same specs",
            ratio=impact / diff if diff else None,
            target=f"< {TARGET_S:.0f} s",
            limit=TARGET_S,
            target_on="ours",
            strict=True,
            note="wall time of the command in a fresh interpreter, specs loaded and validated",
        )
    ]
