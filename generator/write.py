"""Write a generated tree atomically, and only inside the output directory.

Files are written to a fresh temporary directory beside ``out``; when every
file is written, the old ``out`` is moved aside and the new one renamed into
place, so a failure at any point leaves the previous ``out`` untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath


class WriteError(Exception):
    """The tree cannot be written (bad path, permissions, disk)."""


def safe_relpath(rel: str) -> PurePosixPath:
    """Check that ``rel`` is a plain relative path with no way out of its root."""
    path = PurePosixPath(rel)
    if path.is_absolute() or not path.parts or "\\" in rel or ":" in rel:
        raise WriteError(f"refusing to write {rel!r}: not a plain relative path")
    for part in path.parts:
        if part in ("", ".", "..") or part.startswith(".") or "\0" in part:
            raise WriteError(f"refusing to write {rel!r}: unsafe path segment {part!r}")
    return path


def check_collisions(files: dict[str, str]) -> None:
    """Refuse names that differ only by case (they collide on some file systems)."""
    seen: dict[str, str] = {}
    for rel in files:
        folded = rel.casefold()
        if folded in seen and seen[folded] != rel:
            raise WriteError(f"{rel!r} and {seen[folded]!r} differ only by case")
        seen[folded] = rel


def write_tree(files: dict[str, str], out: Path) -> None:
    """Replace directory ``out`` by exactly ``files`` (relative POSIX path -> text)."""
    check_collisions(files)
    rels = {rel: safe_relpath(rel) for rel in files}
    out = Path(os.path.abspath(out))
    parent = out.parent
    if out.exists() and not out.is_dir():
        raise WriteError(f"{out.name}: exists and is not a directory")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".new", dir=parent))
    except OSError as exc:
        raise WriteError(f"cannot create a directory beside {out.name}: {exc.strerror or exc}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)
        root = staging.resolve()
        for rel, path in sorted(rels.items()):
            target = (staging / Path(*path.parts)).resolve()
            if root not in target.parents:
                raise WriteError(f"refusing to write {rel!r}: outside the output directory")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(files[rel])
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
            os.rmdir(old)
            os.rename(out, old)
        try:
            os.rename(staging, out)
        except OSError:
            if old is not None:
                os.rename(old, out)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise WriteError(f"cannot write {out.name}: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
