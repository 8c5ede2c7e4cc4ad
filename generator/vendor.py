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

import os
import shlex
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Optional

from . import __version__
from .errors import Problem, one_line
from .ir import Api
from .pipeline import load, manifest_meta, model, produce
from .write import (
    MANIFEST,
    OwnershipError,
    WriteError,
    check_collisions,
    check_ownership,
    manifest_text,
    safe_relpath,
    stage,
    swap,
)

NOTE = "VENDORED.md"
TOOL = "cmlapi-gen vendor"
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
    force: bool = False  # replace the folder even if it holds files vendor did not write


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
    warnings: tuple[Problem, ...] = ()  # what generation worked around (a fallback version, ...)

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


def _bytecode(rel: str) -> bool:
    """Python's bytecode caches appear as soon as the vendored code is imported: not the user's."""
    return "__pycache__" in PurePosixPath(rel).parts


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
    # checked after generating, right before writing, to keep the window for surprises small
    try:
        old = {} if request.force else check_ownership(target, shown, TOOL, ignored=_bytecode)
    except OwnershipError as exc:
        raise VendorError(exc.problems) from None
    stale = [rel for rel in old if rel not in files and (target / rel).is_file()]
    count = len(files)
    files[MANIFEST] = manifest_text(files, manifest_meta(api))
    undo = _Undo()
    namespaces = _namespace_parents(into, parts, Path(request.into))
    try:
        _make_dirs(target.parent, undo)
        staging = stage(files, target, str(shown))
        try:
            created = _create_parent_inits(into, parts, undo)
            swap(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        undo.run()
        raise VendorError([(str(shown), f"cannot write: {exc.strerror or exc}")]) from None
    except WriteError as exc:
        undo.run()
        raise VendorError([(str(shown), str(exc))]) from None
    except BaseException:
        undo.run()
        raise
    return Result(
        shown, api.operation_count, len(api.models), count, len(stale), len(created),
        time.perf_counter() - start, namespaces, api.warnings,
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
