"""``make dist``: an sdist and a wheel for every generated project.

``python -m generator.dist GENERATED OUT`` builds each ``GENERATED/cmlapi-<version>/`` from a
temporary copy (so nothing is left in the snapshot) into ``OUT``: ``cmlapi-<version>.tar.gz``
and ``cmlapi-<version>-py3-none-any.whl``, the kind of artifact a workspace serves at
``/api/v2/python.tar.gz``, ready for an internal package index.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def projects(generated: Path) -> list[Path]:
    return sorted(p for p in generated.iterdir() if p.is_dir() and (p / "pyproject.toml").is_file())


def build_one(project: Path, out: Path) -> list[Path]:
    """Build ``project`` into ``out``; return the new artifacts. Raises CalledProcessError."""
    out.mkdir(parents=True, exist_ok=True)
    before = set(out.iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / project.name
        shutil.copytree(project, copy, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
        subprocess.run(
            [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out.resolve()), str(copy)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
    return sorted(set(out.iterdir()) - before)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m generator.dist GENERATED_DIR OUT_DIR", file=sys.stderr)
        return 2
    generated, out = Path(argv[0]), Path(argv[1])
    found = projects(generated) if generated.is_dir() else []
    if not found:
        print(f"error: {generated}: no generated projects (run make generate)", file=sys.stderr)
        return 1
    for project in found:
        try:
            made = build_one(project, out)
        except subprocess.CalledProcessError as exc:
            last = (exc.stderr or "").strip().splitlines()[-1:] or ["build failed"]
            print(f"error: {project}: {last[0]}", file=sys.stderr)
            return 1
        print(f"{project} -> {', '.join(str(p) for p in made) or 'nothing new'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
