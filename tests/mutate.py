"""``make mutate``: plant small bugs one at a time and check that the tests notice.

Each mutation (``tests/mutations.json``: id, what it plants, file, old text, new
text, pytest arguments) replaces one exact text (it must occur exactly once) in one file of a
throw-away copy of the repository, then runs only the tests that should catch it,
in that copy. A mutation is *killed* when those tests fail (or time out) and
*survives* when they pass. The copy is made once; each file is restored after its
run. Exit status 1 if any mutation survived, 2 if one no longer applies.

    python tests/mutate.py            # all
    python tests/mutate.py retry-reset async-daemon   # some, by id
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence, Tuple

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 600  # seconds per mutation; a hang counts as killed (the tests did not pass)


@dataclass(frozen=True)
class Mutation:
    id: str
    path: str
    old: str
    new: str
    tests: Tuple[str, ...]  # pytest arguments, relative to the repository


MUTATIONS_FILE = Path(__file__).with_name("mutations.json")


def load_mutations() -> Tuple[Mutation, ...]:
    rows = json.loads(MUTATIONS_FILE.read_text(encoding="utf-8"))
    return tuple(Mutation(r["id"], r["path"], r["old"], r["new"], tuple(r["tests"])) for r in rows)


def copy_repo(dest: Path) -> Path:
    """The working tree (uncommitted changes included) without the venv, git data and caches."""
    skip = shutil.ignore_patterns(".venv*", ".git", "__pycache__", ".pytest_cache", ".mypy_cache",
                                  ".ruff_cache", "*.egg-info", "build", "dist")
    shutil.copytree(REPO, dest / "repo", ignore=skip, symlinks=True)
    return dest / "repo"


def pytest(root: Path, tests: Sequence[str]) -> subprocess.CompletedProcess[str]:
    # the copy's own generator first: the venv's editable install points at the real repository
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        # addopts has -q already: reset it so the summary and FAILED lines are printed
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-x", "-rf", "-p", "no:cacheprovider", *tests],
        cwd=root, env=env, capture_output=True, text=True, timeout=TIMEOUT,
    )


def first_failure(stdout: str) -> str:
    return next((line[len("FAILED "):] for line in stdout.splitlines() if line.startswith("FAILED ")), "")


def run_one(root: Path, mutation: Mutation) -> Tuple[str, float, str]:
    target = root / mutation.path
    original = target.read_text(encoding="utf-8")
    if original.count(mutation.old) != 1:
        return "stale", 0.0, ""  # the code moved on: update the mutation
    target.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
    start = time.monotonic()
    try:
        proc = pytest(root, mutation.tests)
        # 5: nothing collected, which proves nothing; a run where everything skipped is a pass
        verdict = "survived" if proc.returncode in (0, 5) else "killed"
        if proc.returncode == 0 and " passed" not in proc.stdout:
            verdict = "survived (all skipped)"
        by = first_failure(proc.stdout)
    except subprocess.TimeoutExpired:
        verdict, by = "killed (timeout)", ""
    finally:
        target.write_text(original, encoding="utf-8")
    return verdict, time.monotonic() - start, by


def main(argv: Sequence[str]) -> int:
    mutations = load_mutations()
    chosen = [m for m in mutations if not argv or m.id in argv]
    unknown = set(argv) - {m.id for m in mutations}
    if unknown:
        print(f"error: unknown mutation ids: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    survivors: List[str] = []
    stale: List[str] = []
    with tempfile.TemporaryDirectory(prefix="cmlapi-mutate-") as tmp:
        root = copy_repo(Path(tmp))
        # a kill means something only if the same tests pass on the unmutated copy
        for tests in dict.fromkeys(m.tests for m in chosen):
            proc = pytest(root, tests)
            if proc.returncode not in (0, 5):
                print(f"error: the unmutated copy fails {' '.join(tests)}:\n{proc.stdout[-2000:]}", file=sys.stderr)
                return 2
        for mutation in chosen:
            verdict, seconds, by = run_one(root, mutation)
            print(f"{verdict:24} {mutation.id:26} {mutation.path} ({seconds:.0f}s)", flush=True)
            if by:
                print(f"{'':24} by {by[:150]}", flush=True)
            if verdict.startswith("survived"):
                survivors.append(mutation.id)
            elif verdict == "stale":
                stale.append(mutation.id)
    killed = len(chosen) - len(survivors) - len(stale)
    print(f"total: {len(chosen)} mutations, {killed} killed, {len(survivors)} survived, {len(stale)} stale")
    if survivors:
        print("survived: " + ", ".join(survivors))
    if stale:
        print("stale (text not found exactly once): " + ", ".join(stale))
        return 2
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
