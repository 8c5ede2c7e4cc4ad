"""Own, stage and swap a generated tree: the one writer behind ``generate`` and ``vendor``.

Ownership: a folder that generation writes holds :data:`MANIFEST`, the list of
every file written with its sha256. Replacing the folder is refused, changing
nothing, while it holds anything the manifest does not list (a user's file, a
``.git``), or a listed file whose content changed (a hand edit), unless the
caller passes ``force``. Build artefacts and caches (:func:`is_artefact`, the
generated ``.gitignore``) are not the user's work and are dropped. A folder
written before manifests existed is recognised by its README naming cmlapi-gen
and by holding only files the new run writes.

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

import hashlib
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Mapping, Optional

from . import __version__

# Device names Windows reserves with any extension (``nul.py`` is ``NUL``).
_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"com{i}" for i in "0123456789¹²³"]
    + [f"lpt{i}" for i in "0123456789¹²³"]
)
_MAX_SEGMENT_BYTES = 255

MANIFEST = ".cmlapi-gen-manifest.json"
MANIFEST_FORMAT = 1
GITIGNORE = ".gitignore"
# The only hidden files written, at the top of the output; every other name
# comes (in part) from the spec and may not hide.
FIXED_DOTFILES = frozenset([MANIFEST, GITIGNORE])
# What building, installing or testing a generated project leaves in it (its
# .gitignore lists the same), dropped on regeneration instead of counted as
# the user's.
ARTEFACT_DIRS = frozenset(["__pycache__", "build", "dist", ".pytest_cache", ".mypy_cache", ".ruff_cache"])
ARTEFACT_SUFFIXES = (".egg-info",)
GITIGNORE_TEXT = (
    "# build artefacts and caches: cmlapi-gen drops these when it regenerates this folder\n"
    + "".join(f"{name}/\n" for name in sorted(ARTEFACT_DIRS))
    + "*.egg-info/\n*.pyc\n"
)
# A real fault for tests: fail with EIO after writing this many files.
FAIL_AFTER_ENV = "CMLAPI_GEN_FAIL_AFTER_FILES"


class WriteError(Exception):
    """The tree cannot be written (bad path, permissions, disk)."""


class OwnershipError(Exception):
    """The folder holds files this tool did not write; one ``(where, message)`` per problem."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{where}: {message}" for where, message in problems))
        self.problems = problems


def is_artefact(rel: str) -> bool:
    """Whether relative path ``rel`` lies in a build artefact or cache (or is bytecode)."""
    parts = PurePosixPath(rel).parts
    return rel.endswith(".pyc") or any(p in ARTEFACT_DIRS or p.endswith(ARTEFACT_SUFFIXES) for p in parts)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def safe_relpath(rel: str) -> PurePosixPath:
    """Check that ``rel`` is a plain relative path with no way out of its root."""
    path = PurePosixPath(rel)
    if path.is_absolute() or not path.parts or "\\" in rel or ":" in rel:
        raise WriteError(f"refusing to write {rel!r}: not a plain relative path")
    for part in path.parts:
        hidden = part.startswith(".") and rel not in FIXED_DOTFILES
        if part in ("", ".", "..") or hidden or "\0" in part:
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


def manifest_text(files: Mapping[str, str], meta: Optional[Mapping[str, str]] = None) -> str:
    """The manifest for ``files`` (relative path -> text): what wrote them and each sha256."""
    doc: dict[str, object] = {"format": MANIFEST_FORMAT, "generator": f"cmlapi-gen {__version__}"}
    doc.update(meta or {})
    doc["files"] = {rel: sha256_text(text) for rel, text in sorted(files.items()) if rel != MANIFEST}
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


def with_manifest(files: Mapping[str, str], meta: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """``files`` plus their manifest, sorted: exactly what :func:`write_tree` puts on disk."""
    out = {rel: text for rel, text in files.items() if rel != MANIFEST}
    out[MANIFEST] = manifest_text(out, meta)
    return dict(sorted(out.items()))


def read_manifest(target: Path, shown: Path, tool: str) -> Optional[dict[str, str]]:
    """The manifest in ``target`` (relative path -> sha256), or None when there is none."""
    path = target / MANIFEST
    where = str(shown / MANIFEST)
    start_over = "move it away to start over, or pass --force"
    if not path.exists() and not path.is_symlink():
        return None
    try:
        if path.is_symlink():
            raise OSError("a symbolic link")
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise OwnershipError([(where, f"unreadable manifest ({str(exc)[:100]}); {start_over}")]) from None
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) == 64 for k, v in files.items()
    ):
        raise OwnershipError([(where, f"not a manifest written by {tool}; {start_over}")])
    for rel in files:
        try:
            safe_relpath(rel)
        except WriteError:
            raise OwnershipError([(where, f"lists {rel!r}, not a plain relative path; {start_over}")]) from None
    return dict(files)


def scan(target: Path, ignored: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """Files and folders under ``target`` (relative POSIX paths), skipping ``ignored`` ones.

    Symbolic links are reported as files and never followed.
    """
    found_files: list[str] = []
    found_dirs: list[str] = []
    for root, dirs, names in os.walk(target):
        base = PurePosixPath(Path(root).relative_to(target).as_posix())
        keep = []
        for name in sorted(dirs):
            rel = str(base / name)
            if ignored(rel):
                continue
            if os.path.islink(os.path.join(root, name)):
                found_files.append(rel)
            else:
                keep.append(name)
                found_dirs.append(rel)
        dirs[:] = keep
        found_files.extend(str(base / name) for name in sorted(names) if not ignored(str(base / name)))
    return found_files, found_dirs


def _is_legacy(target: Path, files: list[str], new: Mapping[str, str]) -> bool:
    """Whether ``target`` is a folder generated before manifests existed: its README names
    cmlapi-gen and every file in it is one the new run writes."""
    readme = target / "README.md"
    try:
        marked = readme.is_file() and not readme.is_symlink() and "cmlapi-gen" in readme.read_text("utf-8")[:2000]
    except (OSError, ValueError):
        marked = False
    return marked and all(rel in new for rel in files)


def check_ownership(
    target: Path,
    shown: Path,
    tool: str,
    new: Mapping[str, str] = {},
    ignored: Callable[[str], bool] = is_artefact,
) -> dict[str, str]:
    """Check that everything in ``target`` was written by an earlier run of ``tool`` and is unedited.

    Returns the old manifest (empty when ``target`` is absent or empty, or was
    written before manifests); raises :class:`OwnershipError` naming every
    foreign or edited file, in path order. ``new`` (the files about to be
    written) lets a folder from before manifests be recognised; its files are
    taken as written by ``tool``, since there is nothing to compare them with.
    """
    if not target.is_dir() or target.is_symlink():
        return {}
    files, dirs = scan(target, ignored)
    manifest = read_manifest(target, shown, tool)
    legacy = manifest is None and bool(files) and _is_legacy(target, files, new)
    manifest = manifest or {}
    owned = files if legacy else manifest
    owned_dirs = {str(parent) for rel in owned for parent in PurePosixPath(rel).parents}
    way_out = "move it away, choose another folder, or pass --force to replace it anyway"
    problems = []
    for rel in dirs:
        if rel not in owned_dirs:
            problems.append((f"{shown / rel}/", f"folder not written by {tool}; {way_out}"))
    for rel in files:
        if rel == MANIFEST:
            continue
        where = str(shown / rel)
        path = target / rel
        try:
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode) or not (legacy or rel in manifest):
                problems.append((where, f"not written by {tool} (not in {MANIFEST}); {way_out}"))
            elif not stat.S_ISREG(mode):  # a FIFO would block a read forever
                problems.append((where, f"not a regular file, so not written by {tool}; {way_out}"))
            elif not legacy and hashlib.sha256(path.read_bytes()).hexdigest() != manifest[rel]:
                problems.append((where, f"edited since {tool} wrote it (sha256 differs from {MANIFEST}); {way_out}"))
        except OSError as exc:
            problems.append((where, f"cannot read: {exc.strerror or exc}"))
    if problems:
        problems.sort(key=lambda problem: problem[0])
        raise OwnershipError(problems)
    return manifest


def write_tree(
    files: Mapping[str, str],
    out: Path,
    keep: Iterable[Path] = (),
    force: bool = False,
    meta: Optional[Mapping[str, str]] = None,
    tool: str = "cmlapi-gen generate",
) -> None:
    """Replace directory ``out`` by exactly ``files`` (relative POSIX path -> text) and their manifest.

    Nothing is written unless every path is safe (see the module docstring)
    and, without ``force``, ``out`` holds only what an earlier run wrote
    (:class:`OwnershipError` otherwise); on any failure ``out`` is left as it
    was and the staging directory is removed. Paths in ``keep`` must not lie
    inside ``out``.
    """
    tree = dict(files) if MANIFEST in files and meta is None else with_manifest(files, meta)
    check_collisions(tree)
    rels = {rel: safe_relpath(rel) for rel in tree}
    try:
        target = check_out(out, keep)
        if not force:
            check_ownership(target, out, tool, tree)
        staging = stage(tree, target, str(out), rels)
        swap(staging, target)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in --out, text that is not UTF-8
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise WriteError(f"--out {out}: cannot write: {reason}") from None


def _fail_after() -> Optional[int]:
    value = os.environ.get(FAIL_AFTER_ENV, "")
    return int(value) if value.isdigit() else None


def stage(
    files: Mapping[str, str], out: Path, shown: str, rels: Optional[Mapping[str, PurePosixPath]] = None
) -> Path:
    """Write ``files`` into a new hidden folder beside ``out`` and return it.

    A file whose text equals the regular file at its place in the current
    ``out`` is hard-linked from there: unchanged files keep their inode and
    modification time. On failure the staging folder is removed.
    """
    rels = rels if rels is not None else {rel: safe_relpath(rel) for rel in files}
    parent = out.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".new", dir=parent))
    except (FileExistsError, NotADirectoryError):
        raise WriteError(f"--out {shown}: a parent of it is not a directory") from None
    except OSError as exc:
        raise WriteError(f"--out {shown}: cannot create a directory beside it: {exc.strerror or exc}") from None
    fail_after = _fail_after()
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp's 0700 would outlive the swap
        root = staging.resolve()
        previous = out if out.is_dir() and not out.is_symlink() else None
        folders: dict[PurePosixPath, Path] = {}
        for count, (rel, path) in enumerate(sorted(rels.items())):
            if fail_after is not None and count >= fail_after:
                raise OSError(5, f"Input/output error ({FAIL_AFTER_ENV}={fail_after})")
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
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in place of ``out`` by renames; restore ``out`` if that fails."""
    try:
        old = None
        if out.exists() or out.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
        try:
            os.rename(staging, out)
        except OSError:
            if old is not None:
                os.rename(old, out)
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        if old.is_symlink():
            old.unlink()
        else:
            shutil.rmtree(old, ignore_errors=True)


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
