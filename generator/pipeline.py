"""The pipeline, one way: load -> validate -> model -> render -> format -> write."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from .build import build_api
from .errors import SpecError
from .format import format_all
from .ir import Api
from .load import check_shape, parse_bytes, read_source
from .render import render
from .validate import validate_document
from .write import write_tree


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


def model(loaded: Loaded, package_name: str = "cmlapi", package_version: Optional[str] = None) -> Api:
    """Validate and build the intermediate model; raise SpecError with every problem."""
    problems = validate_document(loaded.doc)
    if problems:
        raise SpecError(problems)
    return build_api(loaded.doc, package_name=package_name, package_version=package_version, spec_sha256=loaded.sha256)


def produce(api: Api) -> dict[str, str]:
    """Every output file, formatted: relative path -> text."""
    return format_all(render(api))


@dataclass(frozen=True)
class Summary:
    operations: int
    models: int
    files: int
    seconds: float

    def line(self, out: Path) -> str:
        return (
            f"generated {out}: {self.operations} operations, {self.models} models, "
            f"{self.files} files in {self.seconds:.2f}s"
        )


def generate(source: str, out: Path, package_name: str = "cmlapi", package_version: Optional[str] = None) -> Summary:
    start = time.perf_counter()
    api = model(load(source), package_name, package_version)
    files = produce(api)
    write_tree(files, out)
    return Summary(api.operation_count, len(api.models), len(files), time.perf_counter() - start)
