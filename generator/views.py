"""Views: what each template (or template macro) is given, made from the IR.

Every decision about the generated text is made here, in Python: identifiers
come from the IR (made by :mod:`generator.naming` and re-checked here), every
spec text goes through :mod:`generator.pyliteral`, line layout through
:mod:`generator.layout`. A view holds only what its template reads, and is made
only from its piece's ``source`` (see :class:`generator.render.Piece`): the piece
cache is keyed on that.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from . import __version__ as GENERATOR_VERSION
from . import layout, naming
from .hints import PUBLIC, TYPING_NAMES, HintStyle, hint, needs_datetime, optional
from .ir import Api, ApiClass, Model, Operation, Parameter, Property
from .pyliteral import doc, doc_lines, hanging, join_doc, literal, md_cell, toml_str

LOCATIONS = {"path": "p", "query": "q", "header": "h", "body": "b", "formData": "f"}


def _check(name: str) -> str:
    if not naming.is_safe_identifier(name):
        raise ValueError(f"unsafe identifier reached the renderer: {name!r}")
    return name


def typing_prefix(api: Api) -> str:
    return "_t." if any(m.name in TYPING_NAMES for m in api.models) else ""


def _shadowed(props: tuple[Property, ...]) -> frozenset[str]:
    return frozenset(p.attr for p in props if p.attr in ("str", "int", "float", "bool", "object"))


def _prop_doc(prop: Property) -> list[str]:
    notes = []
    if prop.read_only:
        notes.append("read-only")
    if prop.required:
        notes.append("required")
    if prop.enum:
        notes.append("one of " + ", ".join(prop.enum))
    if prop.wire != prop.attr:
        notes.append(f"JSON name {prop.wire}")
    head = f"{prop.attr} ({hint(prop.type, PUBLIC)})"
    tail = (" [" + "; ".join(notes) + "]") if notes else ""
    return hanging(head, (prop.description + tail).strip())


def _model_doc(model: Model) -> str:
    lines = doc_lines(model.description or f"The {model.source} object.")
    if model.properties:
        lines += ["", "Attributes:"]
        for prop in model.properties:
            lines += ["    " + line if line else "" for line in _prop_doc(prop)]
    return join_doc(lines, 4)


def model_view(model: Model, prefix: str, enums: frozenset[str]) -> dict[str, Any]:
    """The template view of one model; ``prefix`` is the typing prefix of the API and
    ``enums`` the names of its enum definitions (both the same for every model)."""
    _check(model.name)
    style = HintStyle(typing=prefix, models="_m.", shadowed=_shadowed(model.properties))
    fields = []
    wires: dict[str, str] = {}
    types: dict[str, str] = {}
    for prop in model.properties:
        if prop.wire != prop.attr:
            wires[prop.attr] = prop.wire
        if _strip_enums(prop.type.swagger, enums) != prop.type.swagger:
            types[prop.attr] = prop.type.swagger
        fields.append(
            {
                "attr": _check(prop.attr),
                "class_hint": optional(hint(prop.type, style), style),
            }
        )
    enum_members = []
    if model.kind == "enum":
        names = naming.unique([_enum_member(v) for v in model.enum])
        enum_members = [{"name": _check(n), "value_lit": literal(v)} for n, v in zip(names, model.enum)]
    body = _model_doc(model)
    return {
        "name": model.name,
        "module": model.module,
        "doc": body,
        "docstring": layout.docstring(4, body),
        "empty": not (fields or wires or types),
        "fields": fields,
        # enum-typed fields are hinted ``str``, so only other object models need the import
        "imports": any(name not in enums for p in model.properties for name in p.type.models()),
        "typing_import": prefix,
        "typing_names": ", ".join(
            n for n in ("Any", "Dict", "List", "Optional") if any(re.search(rf"\b{n}\b", f["class_hint"]) for f in fields)
        ),
        "uses_datetime": needs_datetime([p.type for p in model.properties]),
        "uses_builtins": bool(style.shadowed),
        "enum_members": enum_members,
        "wire_line": _dict_line("_wire = ", wires),
        "types_line": _dict_line("_types = ", types),
        "enum_values_line": layout.collection(
            4, "allowable_values = ", literal(tuple(model.enum)), [literal(v) for v in model.enum], ")"
        ),
    }


def _dict_line(head: str, mapping: dict[str, str]) -> str:
    """``head`` + the dict literal of ``mapping`` in a class body, or "" when it is empty."""
    if not mapping:
        return ""
    items = [f"{literal(k)}: {literal(v)}" for k, v in mapping.items()]
    return layout.collection(4, head, literal(mapping), items, "}")


def _strip_enums(swagger: str, enum_names: frozenset[str]) -> str:
    core = swagger
    for prefix, suffix in (("list[", "]"), ("dict(str, ", ")")):
        if core.startswith(prefix) and core.endswith(suffix):
            return prefix + _strip_enums(core[len(prefix) : -len(suffix)], enum_names) + suffix
    return "str" if core in enum_names else core


def _enum_member(value: str) -> str:
    name = naming.ascii_word(value).upper().strip("_") or "EMPTY"
    if name[0].isdigit():
        name = "VALUE_" + name
    if name in naming.HARD_KEYWORDS or name in ("allowable_values", "swagger_types", "attribute_map"):
        name += "_"
    return name


def _param_hint(param: Parameter, style: HintStyle) -> str:
    if param.location == "body":
        base = hint(param.type, style)
        if param.type.kind == "model":
            return f"{style.t('Union')}[{base}, {style.t('Dict')}[str, {style.t('Any')}]]"
        return base
    if param.type.kind == "file":
        return style.t("Any")
    base = hint(param.type, style)
    if param.location == "query" and param.type.kind == "str" and param.wire.endswith("filter"):
        return f"{style.t('Union')}[str, {style.t('Mapping')}[str, {style.t('Any')}]]"
    return base


def _op_doc(op: Operation, returns: str) -> str:
    lines = doc_lines(op.summary or op.operation_id)
    if op.description and op.description != op.summary:
        lines += [""] + doc_lines(op.description)
    lines += ["", f"HTTP: {op.method} " + " ".join(doc_lines(op.path, 10_000))]
    if op.parameters:
        lines += ["", "Args:"]
        for p in op.parameters:
            kind = _param_hint(p, PUBLIC)
            where = f"{p.location} {p.wire}" if p.wire != p.attr else p.location
            extra = f" One of: {', '.join(p.enum)}." if p.enum else ""
            req = "required" if p.required else "optional"
            head = f"{p.attr} ({kind}, {req}, {where})"
            lines += ["    " + line if line else "" for line in hanging(head, (p.description + extra).strip())]
    lines += ["", "Returns:", f"    {returns}"]
    return join_doc(lines, 8)


def _one_liners(op: Operation, params: list[dict[str, Any]], returns: str, const: str) -> tuple[str, str]:
    """The signature and the call as single lines when black would keep them so
    (they fit in its line length), else empty strings (the template explodes them)."""
    from .format import LINE_LENGTH

    args = ["self"] + [f"{p['attr']}: {p['hint']}" for p in params[: len(op.positional)]]
    keyword = params[len(op.positional) :]
    if keyword:
        args += ["*"] + [f"{p['attr']}: Optional[{p['hint']}] = None" for p in keyword]
    args.append("**kwargs: Any")
    signature = f"def {op.name}({', '.join(args)}) -> {returns}:"
    call = f"result: {returns} = self.api_client._call({const}, {_tuple_text([p['attr'] for p in params])}, kwargs)"
    return (
        signature if 4 + len(signature) <= LINE_LENGTH else "",
        call if 8 + len(call) <= LINE_LENGTH else "",
    )


def _tuple_text(idents: list[str]) -> str:
    """A tuple display of identifiers without a trailing comma (black would explode it)."""
    if len(idents) == 1:
        return f"({idents[0]},)"
    return "(" + ", ".join(idents) + ")"


def _param_tuple(loc: str, p: Parameter) -> tuple[str, ...]:
    """``(location, wire[, attribute[, collection]])``, shortest form (see runtime _op.Op)."""
    if p.collection:
        return (loc, p.wire, p.attr, p.collection)
    if p.attr != p.wire:
        return (loc, p.wire, p.attr)
    return (loc, p.wire)


def _locations(op: Operation) -> list[tuple[str, Parameter]]:
    """Each parameter with its location code (runtime ``_op``: ``F`` is a file upload)."""
    out = []
    for p in op.parameters:
        loc = LOCATIONS[p.location]
        if p.location == "formData" and p.type.kind == "file":
            loc = "F"
        out.append((loc, p))
    return out


def _const_name(op: Operation) -> str:
    # named for the method, so no view depends on where the operation sits in its class
    return f"_OP_{_check(op.name)}"


def const_view(op: Operation) -> dict[str, Any]:
    """The view of an operation's module-level description (no docs: a changed summary
    leaves it, and its cache entry, as they were)."""
    tuples = [_param_tuple(loc, p) for loc, p in _locations(op)]
    compact = compact_op(op, tuples)
    return {
        "const": _const_name(op),
        "name_lit": literal(op.name),
        "method_lit": literal(op.method),
        "path_lit": literal(op.path),
        "response_lit": literal(op.response.swagger) if op.response else "None",
        "content_type_lit": literal(op.content_type) if op.content_type else "",
        "required": len(op.positional),
        "param_tuples": [literal(t) for t in tuples],
        "compact_line": layout.call(0, f"{_const_name(op)} = _Op(", [literal(compact)]) if compact else "",
    }


def op_view(op: Operation) -> dict[str, Any]:
    """The view of an operation's method."""
    style = _API_STYLE
    returns = hint(op.response, style) if op.response else "None"
    params = [{"attr": _check(p.attr), "hint": _param_hint(p, style)} for p in op.parameters]
    const = _const_name(op)
    signature, call = _one_liners(op, params, returns, const)
    name = _check(op.name)
    iter_line = ""
    if op.paging:
        args = [name, literal(op.paging.items_attr), literal(op.paging.token_attr)]
        iter_line = layout.call(4, f"{name}_iter = _pages(", args)
    return {
        "name": name,
        "const": const,
        "one_param": params[0]["attr"] if len(params) == 1 else "",
        "twin_line": layout.call(4, f"{name}_with_http_info = _with_http_info(", [name]),
        "iter_line": iter_line,
        "signature_line": signature,
        "call_line": call,
        "params": params,
        "positional": params[: len(op.positional)],
        "keyword": params[len(op.positional) :],
        "return_hint": returns,
        "doc": _op_doc(op, hint(op.response, PUBLIC) if op.response else "None"),
    }


# models are spelled ``_m.X`` in API modules, so typing names can never be shadowed there
_API_STYLE = HintStyle(typing="", models="_m.")


def api_head_view(cls: ApiClass) -> dict[str, Any]:
    """What the module head and the class head of an API module need."""
    refs = [p.type for op in cls.operations for p in op.parameters] + [
        op.response for op in cls.operations if op.response
    ]
    return {
        "name": _check(cls.name),
        "module": _check(cls.module),
        "tag_doc": doc(cls.tag),
        "typing_import": "",
        "uses_datetime": needs_datetime(refs),
    }


def readme_view(api: Api) -> dict[str, Any]:
    rows = []
    for cls in api.apis:
        for op in cls.operations:
            rows.append(
                {
                    "api": cls.name,
                    "method": op.name,
                    "http": op.method,
                    "path": md_cell(op.path),
                    "summary": md_cell(op.summary or op.description),
                }
            )
    return {
        "package": api.package_name,
        "version": api.package_version,
        "title_md": md_cell(api.title),
        "description_md": md_cell(api.description, 500),
        "spec_version_md": md_cell(api.spec_version),
        "sha256": api.spec_sha256,
        "rows": rows,
        "operation_count": api.operation_count,
        "model_count": len(api.models),
        "generator_version": GENERATOR_VERSION,
    }


def spec_view(api: Api) -> dict[str, Any]:
    first = api.apis[0] if api.apis else None
    auth = tuple((a.name, a.location, a.header) for a in api.auth)
    error_model = _error_model(api)
    return {
        "spec_version_lit": literal(api.spec_version),
        "sha256_lit": literal(api.spec_sha256),
        "version_lit": literal(api.package_version),
        "host_lit": literal(api.default_host),
        "base_path_lit": literal(api.base_path),
        "auth_lit": literal(auth),
        "default_api_lit": literal((first.module, first.name) if first else ("", "")),
        "error_model_lit": literal(error_model),
        "title_doc": doc(api.title or "API"),
    }


def _error_model(api: Api) -> str:
    names = {m.source: m.name for m in api.models}
    for source in ("runtimeError", "rpcStatus", "googlerpcStatus", "Error"):
        if source in names:
            return names[source]
    return ""


def names(items: Any, package: str = "") -> list[dict[str, str]]:
    """Name, module and import line (``from .<package><module> import X as X``) of each."""
    return [
        {
            "name": _check(x.name),
            "module": _check(x.module),
            "import_line": layout.import_as(4, f".{package}{x.module}", x.name),
        }
        for x in items
    ]


def pyproject_view(api: Api) -> dict[str, Any]:
    return {
        "package": api.package_name,
        "distribution": api.package_name.rpartition(".")[2].replace("_", "-"),
        "version_toml": toml_str(api.package_version),
        "description_toml": toml_str(("Client for " + api.title) if api.title else "API client"),
    }


_COMPACT = re.compile(r"[A-Za-z0-9_./{}()\[\],+=@$!~*'-]+")


def compact_op(op: Operation, params: list[tuple[str, ...]]) -> str | None:
    """The one-string form of an operation (runtime ``_op.Op.parse``), or None when a
    field holds a space, a colon in a parameter, or anything unusual."""
    response = op.response.swagger.replace(" ", "") if op.response else "-"
    fields = [op.name, op.method, op.path, response, str(len(op.positional)), op.content_type or "-"]
    if op.response and response != op.response.swagger:
        return None
    for text in fields:
        if not _COMPACT.fullmatch(text):
            return None
    parts = []
    for param in params:
        if any(not _COMPACT.fullmatch(x) or ":" in x for x in param):
            return None
        parts.append(":".join(param))
    return " ".join(fields + parts)


def package_init_views(api: Api) -> tuple[dict[str, Any], dict[str, Any]]:
    """The package ``__init__``'s two views: a short head that changes with every spec (its
    hash) and a body that changes only with the API classes."""
    head = {
        "title_doc": doc(f"Client for {api.title} {api.spec_version}".strip()),
        "package": api.package_name,
        "version_lit": literal(api.package_version),
        "spec_version_lit": literal(api.spec_version),
        "sha256_lit": literal(api.spec_sha256),
    }
    return head, {"apis": names(api.apis, "api.")}


# -- holes: text that may change without black having to run again (see generator.pieces) --


def hole(index: int) -> str:
    """The mark of hole ``index`` in a cached skeleton (no generated text holds a NUL)."""
    return f"\0hole {index}\0"


def readme_skeleton(view: dict[str, Any]) -> dict[str, Any]:
    """The README's view with its holes (the spec hash, each operation's summary) marked;
    the README is not formatted, so its skeleton is rendered from this."""
    rows = [dict(row, summary=hole(i + 1)) for i, row in enumerate(view["rows"])]
    return dict(view, sha256=hole(0), rows=rows)


def readme_holes(view: dict[str, Any]) -> tuple[str, ...]:
    return (view["sha256"], *(row["summary"] for row in view["rows"]))

_SHA256_LIT = re.compile(r'"[0-9a-f]{64}"')
SHA_HOLE = literal("0" * 64)  # what a skeleton's source holds instead of the spec's hash


def sha_holes(view: dict[str, Any]) -> Optional[tuple[str, ...]]:
    """The spec hash literal: any 64 hex digits leave black's layout as it is."""
    return (view["sha256_lit"],) if _SHA256_LIT.fullmatch(view["sha256_lit"]) else None


def method_skeleton(op: Operation) -> Operation:
    """``op`` without the prose that only its method's docstring shows: the source of the
    method's skeleton (the formatted method with a hole for the docstring)."""
    return replace(
        op,
        summary="",
        description="",
        positional=tuple(replace(p, description="") for p in op.positional),
        keyword=tuple(replace(p, description="") for p in op.keyword),
    )


def method_holes(view: dict[str, Any]) -> Optional[tuple[str, ...]]:
    """The method's whole docstring, when black keeps it verbatim (else None)."""
    if not layout.docstring_is_verbatim(view["doc"], 8):
        return None
    return ('"""' + view["doc"] + "\n" + " " * 8 + '"""',)
