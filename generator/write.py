"""Write a generated tree atomically, and only inside the output directory.

Files are written to a fresh temporary directory beside ``out``; when every
file is written, the old ``out`` is moved aside and the new one renamed into
place, so a failure at any point leaves the previous ``out`` untouched. A file
whose text equals that of the regular file at its place in the old ``out`` is
hard-linked from there instead of written again: regenerating after a small
change writes only what changed, and unchanged files keep their inode, mode
and modification time (build tools and editors see them unchanged too).

Every relative path is checked before anything is written: no absolute
paths, no ``..``, no hidden or empty segments, no Windows device names
(``CON``, ``nul.py``), no two paths equal after case-folding. ``out`` itself
may not be the file system root, the current directory, the home directory
or one of their ancestors (replacing it would delete them), nor contain a
path the caller asks to keep (the spec being read).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional

# Device names Windows reserves with any extension (``nul.py`` is ``NUL``).
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"com{i}" for i in "0123456789¹²³"]
    + [f"lpt{i}" for i in "0123456789¹²³"]
)
_MAX_SEGMENT_BYTES = 255


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
        if part.endswith((" ", ".")) or any(ord(ch) < 0x20 for ch in part):
            raise WriteError(f"refusing to write {rel!r}: path segment {part!r} is not portable")
        if part.split(".", 1)[0].casefold() in _DEVICES:
            raise WriteError(f"refusing to write {rel!r}: {part!r} is a reserved device name on Windows")
        if len(part.encode("utf-8", "surrogatepass")) > _MAX_SEGMENT_BYTES:
            raise WriteError(f"refusing to write {rel[:60]!r}...: a path segment is longer than 255 bytes")
    return path


def check_collisions(files: Iterable[str]) -> None:
    """Refuse names that differ only by case (they collide on some file systems)."""
    seen: dict[str, str] = {}
    for rel in files:
        folded = rel.casefold()
        if folded in seen and seen[folded] != rel:
            raise WriteError(f"{rel!r} and {seen[folded]!r} differ only by case")
        seen[folded] = rel


def _real(path: Path) -> Path:
    """``path`` with its parent's symlinks resolved but not its own last segment,
    which is what :func:`os.rename` moves."""
    return Path(os.path.realpath(path.parent)) / path.name


def _contains(outer: Path, inner: Path) -> bool:
    return outer == inner or outer in inner.parents


def _protected() -> dict[str, Path]:
    """Directories that replacing ``out`` must never remove (those that can be found)."""
    places: dict[str, Path] = {}
    try:
        places["the current directory"] = Path.cwd()
    except OSError:  # the working directory was deleted: nothing to protect
        pass
    try:
        places["the home directory"] = Path.home()
    except (RuntimeError, KeyError, OSError):  # no HOME and no password entry
        pass
    return places


def check_out(out: Path, keep: Iterable[Path] = ()) -> Path:
    """The absolute ``out``, after refusing any ``out`` whose replacement would
    destroy something that is not generated output; raise :class:`WriteError`."""
    shown = str(out)
    absolute = Path(os.path.abspath(out))
    if absolute.parent == absolute:
        raise WriteError(f"--out {shown}: refusing to replace the root of the file system")
    real = _real(absolute)
    for what, place in _protected().items():
        if _contains(real, Path(os.path.realpath(place))):
            raise WriteError(f"--out {shown}: refusing to replace a directory that holds {what}")
    for path in keep:
        if _contains(real, Path(os.path.realpath(path))):
            raise WriteError(f"--out {shown}: refusing to replace a directory that holds {path}")
    if absolute.is_symlink() and not absolute.is_dir():
        raise WriteError(f"--out {shown}: exists and is not a directory")
    if absolute.exists() and not absolute.is_dir():
        raise WriteError(f"--out {shown}: exists and is not a directory")
    return absolute


def write_tree(files: dict[str, str], out: Path, keep: Iterable[Path] = ()) -> None:
    """Replace directory ``out`` by exactly ``files`` (relative POSIX path -> text).

    Nothing is written unless every path is safe (see the module docstring);
    on any failure ``out`` is left as it was and the staging directory is
    removed. Paths in ``keep`` must not lie inside ``out``.
    """
    check_collisions(files)
    rels = {rel: safe_relpath(rel) for rel in files}
    try:
        target = check_out(out, keep)
        _replace(files, rels, target, str(out))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in --out, text that is not UTF-8
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WriteError(f"--out {out}: cannot write: {reason}") from None


def _replace(files: dict[str, str], rels: dict[str, PurePosixPath], out: Path, shown: str) -> None:
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".new", dir=parent))
    except (FileExistsError, NotADirectoryError):
        raise WriteError(f"--out {shown}: a parent of it is not a directory") from None
    except OSError as exc:
        raise WriteError(f"--out {shown}: cannot create a directory beside it: {exc.strerror or exc}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)
        root = staging.resolve()
        previous = out if out.is_dir() else None
        folders: dict[PurePosixPath, Path] = {}
        for rel, path in sorted(rels.items()):
            folder = folders.get(path.parent)
            if folder is None:
                folder = (staging / Path(*path.parent.parts)).resolve()
                if folder != root and root not in folder.parents:
                    raise WriteError(f"refusing to write {rel!r}: outside the output directory")
                folder.mkdir(parents=True, exist_ok=True)
                folders[path.parent] = folder
            target = folder / path.name
            data = files[rel].encode("utf-8")
            if previous is not None and _reuse(previous / Path(*path.parts), target, data):
                continue
            # "x": never follow or overwrite anything already there
            with open(target, "xb") as handle:
                handle.write(data)
        old = None
        if out.exists() or out.is_symlink():
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
            if old.is_symlink():
                old.unlink()
            else:
                shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _reuse(old: Path, target: Path, data: bytes) -> bool:
    """Hard-link ``old`` to ``target`` if it is a regular file holding exactly ``data``."""
    try:
        # O_NONBLOCK: a FIFO planted in the old tree must not hang the run (it is then not reused)
        fd = os.open(old, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with os.fdopen(os.dup(fd), "rb") as handle:
            if handle.read(len(data) + 1) != data:
                return False
        os.link(old, target, follow_symlinks=False)
        linked: Optional[os.stat_result] = os.lstat(target)
    except OSError:  # no hard links here (another file system, FAT, permissions): write it
        linked = None
    finally:
        os.close(fd)
    if linked is not None and (linked.st_ino, linked.st_dev) == (info.st_ino, info.st_dev):
        return True
    if linked is not None:  # ``old`` was swapped for something else meanwhile
        os.unlink(target)
    return False
