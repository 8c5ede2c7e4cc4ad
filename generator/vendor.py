"""Vendor a generated client into another project's source tree, under that project's name.

:func:`vendor` writes the package alone (no ``pyproject.toml``, no README)
to ``into/<name as a path>/``; its files are byte-identical to what
``generate --package-name NAME`` puts under the package folder. Beside them
go ``VENDORED.md`` (where the code came from and how to regenerate it) and
:data:`MANIFEST` (every file written, with its sha256).

Contracts:

- Ownership: a file in the package folder that the manifest does not list,
  or whose content no longer matches its hash (edited by hand), makes the
  run fail with every such file named and nothing changed. ``__pycache__``
  folders are Python's, not the user's: they are ignored and dropped.
- Regeneration: the folder ends up holding exactly the new files, so files
  the new spec no longer produces are removed.
- Atomicity: the new folder is written in full beside the old one, then
  swapped in with renames; on any failure the previous folder is left as it
  was, and folders or ``__init__.py`` files this run created are removed.
- Parent packages: ``__init__.py`` is created in each parent folder this run
  creates, so new folders are regular packages (as packaging tools expect);
  an existing folder is never touched: its ``__init__.py`` stays as it is,
  and one without any stays a namespace package (PEP 420), which the summary
  line names.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Optional

from . import __version__
from .errors import one_line
from .ir import Api
from .pipeline import load, model, produce
from .write import WriteError, check_collisions, safe_relpath

MANIFEST = ".cmlapi-gen-manifest.json"
NOTE = "VENDORED.md"
MANIFEST_FORMAT = 1
# Python's bytecode caches appear as soon as the vendored code is imported.
IGNORED_DIRS = frozenset(["__pycache__"])
_START_OVER = "move it away to start over"
_MOVE_OUT = "move it out of the package folder"
_EDITED = "edited since it was vendored (sha256 differs from the manifest); undo the edit or move it away"
PARENT_INIT = '"""Parent package of vendored code (created by cmlapi-gen vendor; yours to edit)."""\n'


class VendorError(Exception):
    """The package folder cannot be (re)written; carries one ``(where, message)`` per problem."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{where}: {message}" for where, message in problems))
        self.problems = problems

    def lines(self) -> list[str]:
        """One ``error: <where>: <message>`` line per problem."""
        return [f"error: {one_line(where, 200)}: {one_line(message)}" for where, message in self.problems]


@dataclass(frozen=True)
class Request:
    """What to vendor: ``spec`` (a path or ``-``) into folder ``into`` as import name ``name``."""

    spec: str
    into: Path
    name: str
    package_version: Optional[str] = None


@dataclass(frozen=True)
class Result:
    """What a run did; :meth:`line` is the one-line summary the CLI prints."""

    target: Path
    operations: int
    models: int
    files: int
    removed: int
    created_inits: int
    seconds: float
    namespaces: tuple[str, ...] = ()  # existing parent folders without __init__.py, left so

    def line(self) -> str:
        kept = f"; namespace packages left as they are: {', '.join(self.namespaces)}" if self.namespaces else ""
        return (
            f"vendored {self.target}: {self.operations} operations, {self.models} models, "
            f"{self.files} files, {self.removed} removed, {self.created_inits} __init__.py created "
            f"in {self.seconds:.2f}s{kept}"
        )


@dataclass
class _Undo:
    """What this run created outside the package folder, to remove on failure."""

    dirs: list[Path] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def run(self) -> None:
        for path in reversed(self.files):
            try:
                path.unlink()
            except OSError:
                pass
        for path in reversed(self.dirs):
            try:
                path.rmdir()  # only if still empty: never removes anything else
            except OSError:
                pass


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_files(files: dict[str, str], name: str) -> dict[str, str]:
    """The files of the generated project that lie under the package folder, keyed relative to it."""
    prefix = name.replace(".", "/") + "/"
    return {rel[len(prefix) :]: text for rel, text in files.items() if rel.startswith(prefix)}


def vendor(request: Request) -> Result:
    """Generate ``request.spec`` into ``request.into`` as package ``request.name``.

    Raises InputError/SpecError for a bad spec (before anything is touched),
    :class:`VendorError` when the folder holds files this command did not
    write or the tree cannot be written; in every failure case the previous
    package folder is left intact.
    """
    start = time.perf_counter()
    into = Path(os.path.abspath(request.into))
    parts = request.name.split(".")
    target = into.joinpath(*parts)
    shown = Path(request.into).joinpath(*parts)
    _check_parents(into, parts, Path(request.into))  # cheap, so before the generation
    api = model(load(request.spec), request.name, request.package_version)
    files = package_files(produce(api), request.name)
    files[NOTE] = vendored_note(request, api, target)
    check_collisions(files)
    for rel in files:
        safe_relpath(rel)
    hashes = {rel: sha256_bytes(text.encode("utf-8")) for rel, text in files.items()}
    # checked after generating, right before writing, to keep the window for surprises small
    old = check_ownership(target, shown)
    stale = [rel for rel in old if rel not in hashes and (target / rel).is_file()]
    files[MANIFEST] = manifest_text(api, hashes)
    undo = _Undo()
    namespaces = _namespace_parents(into, parts, Path(request.into))
    try:
        _make_dirs(target.parent, undo)
        staging = _stage(files, target)
        try:
            created = _create_parent_inits(into, parts, undo)
            _swap(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        undo.run()
        raise VendorError([(str(shown), f"cannot write: {exc.strerror or exc}")]) from None
    except BaseException:
        undo.run()
        raise
    return Result(
        shown, api.operation_count, len(api.models), len(hashes), len(stale), len(created),
        time.perf_counter() - start, namespaces,
    )


def _check_parents(into: Path, parts: list[str], shown_into: Path) -> None:
    """Every folder on the way to the package must be a folder (or not exist yet)."""
    problems = []
    if into.exists() and not into.is_dir():
        problems.append((str(shown_into), "exists and is not a folder"))
    for depth in range(1, len(parts) + 1):
        path = into.joinpath(*parts[:depth])
        shown = shown_into.joinpath(*parts[:depth])
        if depth == len(parts) and path.is_symlink():
            problems.append((str(shown), "is a symbolic link; vendor writes the package folder itself"))
        elif path.exists() and not path.is_dir():
            problems.append((str(shown), "exists and is not a folder"))
    if problems:
        raise VendorError(problems)


def read_manifest(target: Path, shown: Path) -> Optional[dict[str, str]]:
    """The manifest in ``target`` (relative path -> sha256), or None when there is none."""
    path = target / MANIFEST
    where = str(shown / MANIFEST)
    if not path.exists():
        return None
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        reason = one_line(str(exc), 100)
        raise VendorError([(where, f"unreadable manifest ({reason}); {_START_OVER}")])
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) == 64 for k, v in files.items()
    ):
        raise VendorError([(where, f"not a manifest written by cmlapi-gen vendor; {_START_OVER}")])
    for rel in files:
        try:
            safe_relpath(rel)
        except WriteError:
            raise VendorError([(where, f"lists {rel!r}, not a plain relative path; {_START_OVER}")])
    return dict(files)


def _scan(target: Path) -> tuple[list[str], list[str]]:
    """Files and folders under ``target`` (relative POSIX paths), skipping bytecode caches.

    Symbolic links are reported as files and never followed.
    """
    found_files: list[str] = []
    found_dirs: list[str] = []
    for root, dirs, names in os.walk(target):
        base = PurePosixPath(Path(root).relative_to(target).as_posix())
        keep = []
        for name in sorted(dirs):
            if name in IGNORED_DIRS:
                continue
            if os.path.islink(os.path.join(root, name)):
                found_files.append(str(base / name))
            else:
                keep.append(name)
                found_dirs.append(str(base / name))
        dirs[:] = keep
        found_files.extend(str(base / name) for name in sorted(names))
    return found_files, found_dirs


def check_ownership(target: Path, shown: Path) -> dict[str, str]:
    """Check that everything in ``target`` was written by an earlier run and is unedited.

    Returns the old manifest (empty when ``target`` is absent or empty);
    raises :class:`VendorError` naming every foreign or edited file.
    """
    if not target.is_dir():
        return {}
    manifest = read_manifest(target, shown) or {}
    files, dirs = _scan(target)
    owned_dirs = {str(parent) for rel in manifest for parent in PurePosixPath(rel).parents}
    problems = []
    for rel in dirs:
        if rel not in owned_dirs:
            problems.append((f"{shown / rel}/", f"folder not written by cmlapi-gen vendor; {_MOVE_OUT}"))
    for rel in files:
        if rel == MANIFEST:
            continue
        where = str(shown / rel)
        expected = manifest.get(rel)
        path = target / rel
        if expected is None or path.is_symlink():
            problems.append((where, f"not written by cmlapi-gen vendor (not in {MANIFEST}); {_MOVE_OUT}"))
            continue
        try:
            actual = sha256_bytes(path.read_bytes())
        except OSError as exc:
            problems.append((where, f"cannot read: {exc.strerror or exc}"))
            continue
        if actual != expected:
            problems.append((where, _EDITED))
    if problems:
        raise VendorError(problems)
    return manifest


def manifest_text(api: Api, hashes: dict[str, str]) -> str:
    """The manifest: what generated the folder, and each file's sha256 (relative paths only)."""
    doc = {
        "format": MANIFEST_FORMAT,
        "generator": f"cmlapi-gen {__version__}",
        "package": api.package_name,
        "package_version": api.package_version,
        "spec_version": api.spec_version,
        "spec_sha256": api.spec_sha256,
        "files": dict(sorted(hashes.items())),
    }
    return json.dumps(doc, indent=1, sort_keys=True) + "\n"


def _relative(path: str, start: str) -> str:
    try:
        return os.path.relpath(path, start)
    except ValueError:  # another drive: fall back to the bare name, never an absolute path
        return os.path.basename(path)


def regenerate_command(request: Request, cwd: str) -> list[str]:
    """The command that regenerates this folder, with paths relative to ``cwd``."""
    spec = request.spec if request.spec == "-" else _relative(os.path.abspath(request.spec), cwd)
    into = _relative(os.path.abspath(request.into), cwd)
    command = ["cmlapi-gen", "vendor", spec, "--into", into, "--package-name", request.name]
    if request.package_version is not None:
        command += ["--package-version", request.package_version]
    return command


def vendored_note(request: Request, api: Api, target: Path, cwd: Optional[str] = None) -> str:
    """The text of VENDORED.md; every path in it is relative (to the folder the command ran in)."""
    cwd = cwd or os.getcwd()
    command = " ".join(shlex.quote(arg) for arg in regenerate_command(request, cwd))
    run_from = _relative(cwd, str(target))
    parent, _, leaf = request.name.rpartition(".")
    imports = f"from {parent} import {leaf}" if parent else f"import {leaf}"
    stdin = " (the spec was read from stdin: pass the same file again)" if request.spec == "-" else ""
    return f"""# {request.name} (vendored)

Generated by cmlapi-gen {__version__}; do not edit these files. `{MANIFEST}`
lists every file with its sha256, and `vendor` refuses to replace this folder
while it holds a file that is edited or not listed there.

- package: `{request.name}` {api.package_version}
- spec version: {api.spec_version}
- spec sha256: `{api.spec_sha256}`
- generator: cmlapi-gen {__version__}

## Regenerate

Run from `{run_from}` (relative to this folder){stdin}:

```
{command}
```

## Use

```python
{imports}

api = {leaf}.default_client(url="https://ml-xxxx.example.site", cml_api_key="...")
```
"""


def _make_dirs(path: Path, undo: _Undo) -> None:
    """Create ``path`` and its missing parents, recording each in ``undo`` (outermost first)."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        folder.mkdir()
        undo.dirs.append(folder)


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _stage(files: dict[str, str], target: Path) -> Path:
    """Write ``files`` into a new hidden folder beside ``target``; return it."""
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp's 0700 would outlive the swap
        for rel in sorted(files):
            path = staging.joinpath(*PurePosixPath(rel).parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_text(path, files[rel])
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _namespace_parents(into: Path, parts: list[str], shown_into: Path) -> tuple[str, ...]:
    """Parent package folders that exist already without an ``__init__.py`` (as shown to the user)."""
    found = []
    for depth in range(1, len(parts)):
        folder = into.joinpath(*parts[:depth])
        if folder.is_dir() and not (folder / "__init__.py").exists() and not (folder / "__init__.py").is_symlink():
            found.append(str(shown_into.joinpath(*parts[:depth])))
    return tuple(found)


def _create_parent_inits(into: Path, parts: list[str], undo: _Undo) -> list[Path]:
    """Create ``__init__.py`` in each parent package folder this run created (``into``
    itself is the source root, not a package)."""
    created = []
    made = set(undo.dirs)
    for depth in range(1, len(parts)):
        folder = into.joinpath(*parts[:depth])
        if folder not in made:
            continue
        path = folder / "__init__.py"
        if path.exists() or path.is_symlink():
            continue
        with open(path, "x", encoding="utf-8", newline="\n") as handle:  # "x": never replace a file
            undo.files.append(path)
            handle.write(PARENT_INIT)
        created.append(path)
    return created


def _swap(staging: Path, target: Path) -> None:
    """Put ``staging`` in place of ``target`` by renames; restore ``target`` if that fails."""
    if not target.exists():
        os.rename(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
