"""The pipeline, one way: load -> validate -> model -> render -> format -> write."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Optional

from .build import build_api
from .errors import Problem, SpecError
from .ir import Api
from .load import check_shape, parse_bytes, read_source
from .validate import check_schema, check_structure, validate_document
from .validate_cache import check_schema_cached
from .values import check_values


@dataclass(frozen=True)
class Loaded:
    doc: Any
    sha256: str


def load(source: str) -> Loaded:
    """Read and parse ``source``; raise InputError or SpecError."""
    data = read_source(source)
    doc = parse_bytes(data, source)
    check_shape(doc)
    return Loaded(doc, hashlib.sha256(data).hexdigest())


def model(
    loaded: Loaded, package_name: str = "cmlapi", package_version: Optional[str] = None, cached: bool = True,
    strict: bool = False,
) -> Api:
    """Validate and build the intermediate model; raise SpecError with every problem.
    ``cached=False`` has openapi-spec-validator check the whole document again (``validate``).
    Warnings (``Api.warnings``) are errors when ``strict``."""
    problems = validate_document(loaded.doc, check_schema_cached if cached else check_schema)
    if problems:
        raise SpecError(problems)
    return _built(loaded, package_name, package_version, strict, list)


def model_deferred(
    loaded: Loaded, package_name: str, package_version: Optional[str], strict: bool = False
) -> tuple[Api, Pending]:
    """Like :func:`model`, but openapi-spec-validator runs in a child process while
    the caller renders and formats; call ``.result()`` on the second value before
    writing anything (it raises SpecError)."""
    problems = check_structure(loaded.doc)  # what validate_document checks before the validator
    if problems:
        raise SpecError(problems)
    pending = Pending.start(loaded.doc)
    return _built(loaded, package_name, package_version, strict, pending.problems), pending


def _built(
    loaded: Loaded, package_name: str, package_version: Optional[str], strict: bool,
    validator: Callable[[], list[Problem]],
) -> Api:
    """The model, with the defaults and examples that do not match their schema
    (:mod:`generator.values`) as warnings, or as errors when ``strict``. On an
    error, ``validator()`` (openapi-spec-validator's problems) is reported instead when it
    has any: what :func:`model` says, which builds only what the validator passed."""
    values = check_values(loaded.doc)
    try:
        api = build_api(
            loaded.doc, package_name=package_name, package_version=package_version,
            spec_sha256=loaded.sha256, strict=strict,
        )
    except SpecError as exc:
        raise SpecError(validator() or exc.problems + (values if strict else [])) from None
    if strict and values:
        raise SpecError(validator() or values)
    return replace(api, warnings=tuple(sorted(set(values) | set(api.warnings))))


class Pending:
    """openapi-spec-validator running in a forked child, its problems read back through a pipe."""

    def __init__(self, pid: int, fd: int, inline: Optional[list[Problem]]) -> None:
        self.pid, self.fd, self.inline = pid, fd, inline

    @classmethod
    def start(cls, doc: Any) -> Pending:
        if not hasattr(os, "fork") or os.environ.get("CMLAPI_GEN_NO_FORK"):
            return cls(0, -1, check_schema_cached(doc))
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: validate, report, exit without running any cleanup of the parent
            code = 0
            try:
                os.close(read)
                data = json.dumps([[p.pointer, p.message] for p in check_schema_cached(doc)]).encode()
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            except BaseException:
                code = 1
            os._exit(code)
        os.close(write)
        return cls(pid, read, None)

    def problems(self) -> list[Problem]:
        if self.inline is not None:
            return self.inline
        with os.fdopen(self.fd, "rb") as handle:
            data = handle.read()
        os.waitpid(self.pid, 0)
        try:
            self.inline = [Problem(p, m) for p, m in json.loads(data)]
        except ValueError:
            self.inline = [Problem("", "openapi-spec-validator stopped without a result")]
        return self.inline

    def result(self) -> None:
        problems = self.problems()
        if problems:
            raise SpecError(problems)


def produce(api: Api) -> dict[str, str]:
    """Every output file, formatted: relative path -> text."""
    from .pieces import realise
    from .render import plan, runtime_files
    from .write import GITIGNORE, GITIGNORE_TEXT

    files = realise(plan(api))
    files.update(runtime_files(api))
    files[GITIGNORE] = GITIGNORE_TEXT
    return dict(sorted(files.items()))


def manifest_meta(api: Api) -> dict[str, str]:
    """What a manifest records about the generation besides the files."""
    return {
        "package": api.package_name,
        "package_version": api.package_version,
        "spec_version": api.spec_version,
        "spec_sha256": api.spec_sha256,
    }


@dataclass(frozen=True)
class Summary:
    operations: int
    models: int
    files: int
    seconds: float
    warnings: tuple[Problem, ...] = ()

    def line(self, out: Path) -> str:
        return (
            f"generated {out}: {self.operations} operations, {self.models} models, "
            f"{self.files} files in {self.seconds:.2f}s"
        )


def generate(
    source: str,
    out: Path,
    package_name: str = "cmlapi",
    package_version: Optional[str] = None,
    force: bool = False,
    strict: bool = False,
) -> Summary:
    """Generate the project for ``source`` into ``out`` (see :func:`generator.write.write_tree`);
    ``force`` replaces ``out`` even when it holds files generation did not write."""
    from .write import write_tree

    start = time.perf_counter()
    api, pending = model_deferred(load(source), package_name, package_version, strict)
    try:
        files = produce(api)
    finally:
        pending.result()
    keep = [] if source == "-" else [Path(source)]  # never delete the spec itself, even with --force
    write_tree(files, out, keep=keep, force=force, meta=manifest_meta(api))
    return Summary(api.operation_count, len(api.models), len(files) + 1, time.perf_counter() - start, api.warnings)
