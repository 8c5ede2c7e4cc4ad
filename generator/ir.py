"""The intermediate model: plain frozen dataclasses, built by :mod:`generator.build`.

Every identifier stored here is already a valid, non-keyword Python name made
by :mod:`generator.naming`; every text is raw spec text, escaped only when it is
rendered (see :mod:`generator.pyliteral`). Tuples keep the output ordered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from .errors import Problem


@dataclass(frozen=True)
class TypeRef:
    """A value type.

    ``kind`` is one of ``str int float bool datetime date object file list map
    model enum``; ``item`` is set for ``list``/``map``; ``model`` names the class
    for ``model`` and ``enum``. ``fmt`` keeps the spec's ``format`` for docs.
    """

    kind: str
    item: Optional["TypeRef"] = None
    model: Optional[str] = None
    fmt: Optional[str] = None

    @property
    def swagger(self) -> str:
        """The swagger-codegen type string (``list[Project]``, ``dict(str, str)``)."""
        if self.kind == "list":
            assert self.item is not None
            return f"list[{self.item.swagger}]"
        if self.kind == "map":
            assert self.item is not None
            return f"dict(str, {self.item.swagger})"
        if self.kind in ("model", "enum"):
            assert self.model is not None
            return self.model
        return self.kind

    def models(self) -> Tuple[str, ...]:
        """Model class names this type mentions (enums included)."""
        if self.item is not None:
            return self.item.models()
        if self.model is not None:
            return (self.model,)
        return ()


@dataclass(frozen=True)
class Property:
    attr: str
    wire: str
    type: TypeRef
    description: str
    read_only: bool
    required: bool
    enum: Tuple[str, ...]


@dataclass(frozen=True)
class Model:
    """A definition: ``kind`` is ``object`` (fields) or ``enum`` (string values)."""

    name: str
    module: str
    source: str
    pointer: str
    kind: str
    description: str
    properties: Tuple[Property, ...]
    enum: Tuple[str, ...]


@dataclass(frozen=True)
class Parameter:
    """One argument of an operation; ``location`` is ``path query header body formData``."""

    attr: str
    wire: str
    location: str
    type: TypeRef
    required: bool
    description: str
    collection: Optional[str]
    enum: Tuple[str, ...]


@dataclass(frozen=True)
class Paging:
    """How a list operation pages: its items field and the next-token field."""

    items_attr: str
    items_type: TypeRef
    token_attr: str


@dataclass(frozen=True)
class Operation:
    name: str
    operation_id: str
    method: str
    path: str
    pointer: str
    summary: str
    description: str
    positional: Tuple[Parameter, ...]
    keyword: Tuple[Parameter, ...]
    response: Optional[TypeRef]
    content_type: Optional[str]
    paging: Optional[Paging]
    deprecated: bool

    @property
    def parameters(self) -> Tuple[Parameter, ...]:
        return self.positional + self.keyword


@dataclass(frozen=True)
class ApiClass:
    name: str
    module: str
    tag: str
    operations: Tuple[Operation, ...]


@dataclass(frozen=True)
class AuthScheme:
    """An API-key scheme: ``header`` is the real header name derived from the spec."""

    name: str
    location: str
    header: str
    declared: str


@dataclass(frozen=True)
class Api:
    title: str
    description: str
    spec_version: str
    spec_sha256: str
    package_name: str
    package_version: str
    models: Tuple[Model, ...]
    apis: Tuple[ApiClass, ...]
    auth: Tuple[AuthScheme, ...]
    # ``Configuration.host`` by default, as swagger-codegen makes it: the spec's first
    # http(s) scheme, its ``host`` (``localhost`` when absent) and its ``basePath``
    default_host: str = "http://localhost"
    # the spec's ``basePath`` ("" for none): every operation's path starts with it
    base_path: str = ""
    # what the CLI prints as ``warning:`` lines (errors under --strict); not part of the output
    warnings: Tuple[Problem, ...] = ()

    @property
    def operation_count(self) -> int:
        return len({op.pointer for api in self.apis for op in api.operations})
