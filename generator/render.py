"""Render the intermediate model into source files (unformatted).

Everything a template places is prepared here: identifiers come from the IR
(made by :mod:`generator.naming` and re-checked below), every spec text goes
through :mod:`generator.pyliteral`. Templates only lay the pieces out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from . import __version__ as GENERATOR_VERSION
from . import naming
from .format import Chunked
from .hints import TYPING_NAMES, HintStyle, hint, needs_datetime, optional
from .ir import Api, ApiClass, Model, Operation, Parameter, Property
from .pyliteral import doc, doc_lines, hanging, join_doc, literal, md_cell, toml_str

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES / "runtime"
LOCATIONS = {"path": "p", "query": "q", "header": "h", "body": "b", "formData": "f"}


def _check(name: str) -> str:
    if not naming.is_safe_identifier(name):
        raise ValueError(f"unsafe identifier reached the renderer: {name!r}")
    return name


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _typing_prefix(api: Api) -> str:
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
    head = f"{prop.attr} ({hint(prop.type, HintStyle(typing=''))})"
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
    return {
        "name": model.name,
        "module": model.module,
        "doc": _model_doc(model),
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
        "wire_lit": literal(wires) if wires else "",
        "types_lit": literal(types) if types else "",
        "enum_values_lit": literal(tuple(model.enum)),
    }


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
            kind = _param_hint(p, HintStyle(typing="", models=""))
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


def _tuple_text(names: list[str]) -> str:
    """A tuple display of identifiers without a trailing comma (black would explode it)."""
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"


def _param_tuple(loc: str, p: Parameter) -> tuple[str, ...]:
    """``(location, wire[, attribute[, collection]])``, shortest form (see runtime _op.Op)."""
    if p.collection:
        return (loc, p.wire, p.attr, p.collection)
    if p.attr != p.wire:
        return (loc, p.wire, p.attr)
    return (loc, p.wire)


def op_view(op: Operation, style: HintStyle, index: int) -> dict[str, Any]:
    returns = hint(op.response, style) if op.response else "None"
    params: list[dict[str, Any]] = []
    for p in op.parameters:
        loc = LOCATIONS[p.location]
        if p.location == "formData" and p.type.kind == "file":
            loc = "F"
        params.append(
            {
                "attr": _check(p.attr),
                "loc": loc,
                "param": p,
                "tuple": literal(_param_tuple(loc, p)),
                "hint": _param_hint(p, style),
            }
        )
    compact = compact_op(op, [_param_tuple(p["loc"], p["param"]) for p in params])
    signature, call = _one_liners(op, params, returns, f"_OP_{index}")
    positional = params[: len(op.positional)]
    keyword = params[len(op.positional) :]
    paging = None
    if op.paging:
        paging = {
            "items_lit": literal(op.paging.items_attr),
            "token_lit": literal(op.paging.token_attr),
            "item_hint": hint(op.paging.items_type, style),
        }
    return {
        "name": _check(op.name),
        "const": f"_OP_{index}",
        "name_lit": literal(op.name),
        "method_lit": literal(op.method),
        "path_lit": literal(op.path),
        "response_lit": literal(op.response.swagger) if op.response else "None",
        "content_type_lit": literal(op.content_type) if op.content_type else "",
        "required": len(op.positional),
        "args": _tuple_text([p["attr"] for p in params]),
        "param_tuples": [p["tuple"] for p in params],
        "compact_lit": literal(compact) if compact else "",
        "signature_line": signature,
        "call_line": call,
        "params": params,
        "positional": positional,
        "keyword": keyword,
        "return_hint": returns,
        "doc": _op_doc(op, returns),
        "paging": paging,
    }


def api_view(cls: ApiClass, api: Api) -> dict[str, Any]:
    # models are spelled ``_m.X`` here, so typing names can never be shadowed
    prefix = ""
    style = HintStyle(typing=prefix, models="_m.")
    ops = [op_view(op, style, i) for i, op in enumerate(cls.operations)]
    refs = [p.type for op in cls.operations for p in op.parameters] + [
        op.response for op in cls.operations if op.response
    ]
    return {
        "name": _check(cls.name),
        "module": _check(cls.module),
        "tag_doc": doc(cls.tag),
        "ops": ops,
        "typing_import": prefix,
        "uses_datetime": needs_datetime(refs),
    }


def project_view(api: Api) -> dict[str, Any]:
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
    first = api.apis[0] if api.apis else None
    return {
        "package": api.package_name,
        "package_path": api.package_name.replace(".", "/"),
        "distribution": api.package_name.rpartition(".")[2].replace("_", "-"),
        "version": api.package_version,
        "version_toml": toml_str(api.package_version),
        "title_md": md_cell(api.title),
        "description_md": md_cell(api.description, 500),
        "description_toml": toml_str(("Client for " + api.title) if api.title else "API client"),
        "spec_version_md": md_cell(api.spec_version),
        "sha256": api.spec_sha256,
        "rows": rows,
        "operation_count": api.operation_count,
        "model_count": len(api.models),
        "first_api": first.name if first else "",
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


def init_view(api: Api) -> dict[str, Any]:
    models = [{"name": _check(m.name), "module": _check(m.module)} for m in api.models]
    apis = [{"name": _check(c.name), "module": _check(c.module)} for c in api.apis]
    return {
        "models": models,
        "apis": apis,
        "version_lit": literal(api.package_version),
        "spec_version_lit": literal(api.spec_version),
        "sha256_lit": literal(api.spec_sha256),
        "title_doc": doc(f"Client for {api.title} {api.spec_version}".strip()),
        "package": api.package_name,
    }


def render(api: Api) -> dict[str, str | Chunked]:
    """Relative path (POSIX) -> file text, for every generated file."""
    env = environment()
    pkg = api.package_name.replace(".", "/")
    files: dict[str, str | Chunked] = {}
    init = init_view(api)
    files[f"{pkg}/__init__.py"] = env.get_template("package_init.py.jinja").render(**init)
    files[f"{pkg}/models/__init__.py"] = env.get_template("models_init.py.jinja").render(**init)
    files[f"{pkg}/api/__init__.py"] = env.get_template("api_init.py.jinja").render(**init)
    files[f"{pkg}/_spec.py"] = env.get_template("spec.py.jinja").render(**spec_view(api))
    files[f"{pkg}/py.typed"] = ""
    model_parts = env.get_template("model.py.jinja").module
    enum_t = env.get_template("enum.py.jinja")
    prefix = _typing_prefix(api)
    enums = frozenset(m.name for m in api.models if m.kind == "enum")
    for model in api.models:
        view = model_view(model, prefix, enums)
        path = f"{pkg}/models/{model.module}.py"
        if model.kind == "enum":
            files[path] = enum_t.render(model=view)
        else:
            files[path] = model_chunks(model_parts, view)
    parts = env.get_template("api.py.jinja").module
    for cls in api.apis:
        files[f"{pkg}/api/{cls.module}.py"] = api_chunks(parts, api_view(cls, api))
    project = project_view(api)
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(**project)
    files["README.md"] = env.get_template("README.md.jinja").render(**project)
    return dict(sorted(files.items()))


def model_chunks(parts: Any, view: dict[str, Any]) -> Chunked:
    """A model module as pieces: docstring, imports (shared by most models, so formatted
    once), class; joined with black's blank lines (one after the docstring, two before the class)."""
    return Chunked(
        (
            ("module", str(parts.docstring(view)), ""),
            ("module", str(parts.imports(view)), "\n"),
            ("module", str(parts.body(view)), "\n\n"),
        )
    )


def api_chunks(parts: Any, view: dict[str, Any]) -> Chunked:
    """The API module as pieces: module head, one constant per operation, the class head,
    one method block per operation (see :class:`generator.format.Chunked`)."""
    # separators are black's blank lines: one after the head, none between constants,
    # two before the class, one between methods
    pieces = [("module", str(parts.head(view)), "")]
    pieces += [("module", str(parts.const(op)), "\n" if i == 0 else "") for i, op in enumerate(view["ops"])]
    pieces.append(("module", str(parts.class_head(view)), "\n\n"))
    pieces += [("method", str(parts.method(op)), "\n") for op in view["ops"]]
    return Chunked(tuple(pieces))


def runtime_files(api: Api) -> dict[str, str]:
    """The spec-independent runtime modules, copied as they are (already black-formatted)."""
    pkg = api.package_name.replace(".", "/")
    return {f"{pkg}/{source.name}": source.read_text(encoding="utf-8") for source in sorted(RUNTIME.glob("*.py"))}


_COMPACT = re.compile(r"[A-Za-z0-9_./{}()\[\],+=@$!~*'-]+")


def compact_op(op: Operation, params: list[tuple[str, ...]]) -> str | None:
    """The one-string form of an operation (runtime ``_op.Op.parse``), or None when a
    field holds a space, a colon in a parameter, or anything unusual."""
    response = op.response.swagger.replace(" ", "") if op.response else "-"
    fields = [op.name, op.method, op.path, response, str(len(op.positional)), op.content_type or "-"]
    if op.response and response != op.response.swagger:
        return None
    for field in fields:
        if not _COMPACT.fullmatch(field):
            return None
    parts = []
    for param in params:
        if any(not _COMPACT.fullmatch(x) or ":" in x for x in param):
            return None
        parts.append(":".join(param))
    return " ".join(fields + parts)
