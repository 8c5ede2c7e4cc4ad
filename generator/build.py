"""Build the intermediate model (:mod:`generator.ir`) from a validated Swagger 2.0 dict.

This is where the spec's meaning is decided: types, argument order, names
(through :mod:`generator.naming`) and the generator's own semantic checks.
Problems are collected, never raised one by one, so a user sees every one.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from . import naming, versions
from .errors import NOT_AN_OBJECT, Problem, SpecError, pointer
from .ir import Api, ApiClass, AuthScheme, Model, Operation, Paging, Parameter, Property, TypeRef
from .swagger import HTTP_METHODS, resolve_ref

_TEMPLATE = re.compile(r"\{([^{}]*)\}")
ANY = TypeRef("object")
# How deeply value types may nest (arrays of maps of ..., counting $ref aliases):
# type_of, the hints and the formatter all recurse on it, so it must stay far
# below Python's recursion limit; real specs nest three or four levels.
MAX_TYPE_DEPTH = 100


def _text(node: Any) -> str:
    """Human text of a schema or parameter: title and description, either or both."""
    if not isinstance(node, dict):
        return ""
    title = node.get("title")
    desc = node.get("description")
    title = title if isinstance(title, str) else ""
    desc = desc if isinstance(desc, str) else ""
    if title and desc and title.strip() != desc.strip():
        return f"{title.strip()}\n\n{desc.strip()}"
    return (desc or title).strip()


def _enum(node: dict[str, Any]) -> tuple[str, ...]:
    values = node.get("enum")
    if not isinstance(values, list):
        return ()
    return tuple(str(v) for v in values)


class _Builder:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.defs: dict[str, Any] = _mapping(doc.get("definitions"))
        self.classes: dict[str, str] = {}  # definition key -> class name
        self.models: dict[str, Model] = {}  # class name -> model
        self.inline: dict[str, tuple[str, dict[str, Any], str]] = {}
        self.inline_at: dict[str, str] = {}  # JSON pointer of an inline schema -> its class
        self._alias_stack: list[str] = []
        self._depth = 0
        # classes the generated package already uses: API classes and runtime helpers
        self.tag_classes: dict[str, str] = _api_classes(doc)  # tag -> API class
        self.api_classes: dict[str, str] = {cls: tag for tag, cls in self.tag_classes.items()}
        self.base_path = base_path(doc, self.problems)

    # ---- definitions -------------------------------------------------------
    def def_kind(self, schema: Any) -> str:
        if not isinstance(schema, dict):
            return "alias"
        if "enum" in schema and schema.get("type", "string") == "string":
            return "enum"
        if "properties" in schema or "allOf" in schema:
            return "object"
        if schema.get("type", "object") == "object" and not schema.get("additionalProperties"):
            return "object"
        return "alias"

    def name_definitions(self) -> None:
        """Give every object and enum definition a class and a module, in spec order.

        A definition whose class or module is already taken (by an earlier
        definition, an API class or a runtime helper the package exports) is
        numbered instead of refused: ``Object``, ``Object_`` -> ``Object``,
        ``Object_2`` (see :func:`generator.naming.numbered`)."""
        taken = set(naming.PACKAGE_RESERVED) | set(self.api_classes)
        modules: set[str] = set()
        for key in self.defs:
            if self.def_kind(self.defs[key]) == "alias":
                continue
            base = naming.class_name(key)
            cls, n = base, 2
            while cls in taken or naming.model_module(cls).casefold() in modules:
                cls, n = naming.numbered(base, n), n + 1
            self.classes[key] = cls
            taken.add(cls)
            modules.add(naming.model_module(cls).casefold())

    def build_models(self) -> None:
        for key, cls in self.classes.items():
            self.models[cls] = self.model_from(cls, self.defs[key], pointer("definitions", key), key)
        while self.inline:
            cls, (where, schema, source) = sorted(self.inline.items())[0]
            del self.inline[cls]
            self.models[cls] = self.model_from(cls, schema, where, source)

    def model_from(self, cls: str, schema: dict[str, Any], where: str, source: str) -> Model:
        module = naming.model_module(cls)
        if self.def_kind(schema) == "enum":
            return Model(cls, module, source, where, "enum", _text(schema), (), _enum(schema))
        props = self.properties(cls, schema, where)
        return Model(cls, module, source, where, "object", _text(schema), props, ())

    def properties(self, cls: str, schema: dict[str, Any], where: str) -> tuple[Property, ...]:
        raw: list[tuple[str, Any, str]] = []
        required: set[str] = set()
        parts: list[tuple[dict[str, Any], str]] = []
        self.all_of_parts(schema, where, [where], set(), parts)
        for part, at in parts:
            if not isinstance(part, dict):
                continue
            if isinstance(part.get("required"), list):
                required.update(str(r) for r in part["required"])
            props = part.get("properties")
            if isinstance(props, dict):
                for wire, prop in props.items():
                    if any(existing == wire for existing, _, _ in raw):
                        continue
                    raw.append((wire, prop, at + pointer("properties", wire)))
        attrs = naming.unique([naming.attr_name(w, naming.MODEL_RESERVED) for w, _, _ in raw])
        out = []
        for attr, (wire, prop, at) in zip(attrs, raw):
            ptype = self.type_of(prop, at, cls + naming.class_name(wire))
            read_only = bool(prop.get("readOnly")) if isinstance(prop, dict) else False
            enum = _enum(prop) if isinstance(prop, dict) else ()
            if not enum and isinstance(prop, dict) and isinstance(prop.get("items"), dict):
                enum = _enum(prop["items"])
            out.append(Property(attr, wire, ptype, _text(prop), read_only, wire in required, enum))
        return tuple(out)

    def all_of_parts(
        self, schema: Any, where: str, chain: list[str], done: set[str], out: list[tuple[dict[str, Any], str]]
    ) -> None:
        """Append to ``out`` every schema whose ``properties`` and ``required`` a model
        inherits, base first: each ``allOf`` part (followed through ``$ref``, to any
        depth, inline parts with their own ``allOf`` too), then ``schema`` itself.

        ``chain`` holds the ``$ref`` targets being expanded: a part leading back into
        it closes an ``allOf`` cycle and is not followed. ``done`` holds those already
        expanded, so a base reached twice (a diamond) is walked once: linear, even
        on a hostile lattice of definitions. Chains are bounded like types are."""
        if not isinstance(schema, dict):
            return
        if "$ref" in schema:  # a $ref to a $ref: check_refs has made sure the chain ends
            target = str(schema["$ref"])[1:]
            if target in chain:  # validate.check_all_of_cycles reports it before building
                return
            if len(chain) > MAX_TYPE_DEPTH:
                self.problems.append(Problem(where, f"allOf nests deeper than {MAX_TYPE_DEPTH} levels"))
            elif target not in done:
                done.add(target)
                self.all_of_parts(self.deref(schema["$ref"]), target, [*chain, target], done, out)
            return
        parts = schema.get("allOf")
        for i, part in enumerate(parts if isinstance(parts, list) else ()):
            self.all_of_parts(part, where + pointer("allOf", i), chain, done, out)
        out.append((schema, where))

    def deref(self, ref: Any) -> Any:
        try:
            return resolve_ref(self.doc, str(ref))
        except KeyError:
            return {}

    # ---- types -------------------------------------------------------------
    def type_of(self, schema: Any, where: str, inline_name: str) -> TypeRef:
        """The type of ``schema``; nesting is bounded by :data:`MAX_TYPE_DEPTH`."""
        if self._depth >= MAX_TYPE_DEPTH:
            self.problems.append(Problem(where, f"type nests deeper than {MAX_TYPE_DEPTH} levels"))
            return ANY
        self._depth += 1
        try:
            return self._type_of(schema, where, inline_name)
        finally:
            self._depth -= 1

    def _type_of(self, schema: Any, where: str, inline_name: str) -> TypeRef:
        if not isinstance(schema, dict):
            return ANY
        if "$ref" in schema:
            return self.ref_type(str(schema["$ref"]), where)
        kind = schema.get("type")
        fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if kind == "string":
            if fmt == "date-time":
                return TypeRef("datetime", fmt=fmt)
            if fmt == "date":
                return TypeRef("date", fmt=fmt)
            return TypeRef("str", fmt=fmt)
        if kind == "integer":
            return TypeRef("int", fmt=fmt)
        if kind == "number":
            return TypeRef("float", fmt=fmt)
        if kind == "boolean":
            return TypeRef("bool", fmt=fmt)
        if kind == "file":
            return TypeRef("file")
        if kind == "array":
            items = schema.get("items")
            return TypeRef("list", item=self.type_of(items, where + "/items", inline_name + "Item"))
        if kind in ("object", None):
            if "properties" in schema or "allOf" in schema:
                return self.inline_model(schema, where, inline_name)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return TypeRef(
                    "map", item=self.type_of(extra, where + "/additionalProperties", inline_name + "Value")
                )
            if extra is True:
                return TypeRef("map", item=ANY)
            return ANY
        self.problems.append(Problem(where, f"type {kind!r} cannot be mapped to a Python type"))
        return ANY

    def ref_type(self, ref: str, where: str) -> TypeRef:
        prefix = "#/definitions/"
        if not ref.startswith(prefix):
            target = self.deref(ref)
            if ref in self._alias_stack:
                self.problems.append(Problem(where, f"$ref {ref!r} is a circular alias"))
                return ANY
            self._alias_stack.append(ref)
            try:
                return self.type_of(target, where, "Inline")
            finally:
                self._alias_stack.pop()
        key = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
        if key in self.classes:
            cls = self.classes[key]
            if self.def_kind(self.defs.get(key)) == "enum":
                return TypeRef("enum", model=cls)
            return TypeRef("model", model=cls)
        if ref in self._alias_stack:
            self.problems.append(Problem(where, f"$ref {ref!r} is a circular alias"))
            return ANY
        self._alias_stack.append(ref)
        try:
            return self.type_of(self.defs.get(key), pointer("definitions", key), naming.class_name(key))
        finally:
            self._alias_stack.pop()

    def inline_model(self, schema: dict[str, Any], where: str, name: str) -> TypeRef:
        """A class for an inline object schema, named after where it is; the name
        never takes a class or module (case-folded) that is in use already."""
        cls = naming.class_name(name)
        if where in self.inline_at:
            return TypeRef("model", model=self.inline_at[where])
        taken = set(self.classes.values()) | set(self.models) | set(self.inline)
        taken |= set(self.api_classes) | naming.PACKAGE_RESERVED
        modules = {naming.model_module(c).casefold() for c in taken}
        candidate, n = cls, 2
        while candidate in taken or naming.model_module(candidate).casefold() in modules:
            candidate, n = f"{cls}{n}", n + 1
        self.inline[candidate] = (where, schema, where)
        self.inline_at[where] = candidate
        return TypeRef("model", model=candidate)

    # ---- operations --------------------------------------------------------
    def parameter_nodes(self, path_item: dict[str, Any], op: dict[str, Any], where: str) -> list[tuple[dict[str, Any], str]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        sources = [(path_item.get("parameters"), pointer_of(where, up=1) + "/parameters")]
        sources.append((op.get("parameters"), where + "/parameters"))
        for params, at in sources:
            if not isinstance(params, list):
                continue
            for i, param in enumerate(params):
                here = f"{at}/{i}"
                if isinstance(param, dict) and "$ref" in param:
                    param = self.deref(param["$ref"])
                if not isinstance(param, dict):
                    continue
                key = (str(param.get("name")), str(param.get("in")))
                merged.pop(key, None)
                merged[key] = (param, here)
        return list(merged.values())

    def operation(self, path: str, method: str, path_item: dict[str, Any], op: dict[str, Any]) -> Optional[Operation]:
        where = pointer("paths", path, method)
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            op_id = method + "_" + path
        name = naming.method_name(op_id)
        params = self.parameter_nodes(path_item, op, where)
        template = _TEMPLATE.findall(path)
        by_wire = {str(p.get("name")): (p, at) for p, at in params if p.get("in") == "path"}
        for slot in template:
            if slot not in by_wire:
                self.problems.append(Problem(where, f"path template {{{slot}}} has no 'in: path' parameter"))
        for wire, (_, at) in by_wire.items():
            if wire not in template:
                self.problems.append(Problem(at, f"path parameter {wire!r} does not appear in {path!r}"))
        ordered = [by_wire[w] for w in dict.fromkeys(template) if w in by_wire]
        heads, tails, keywords = [], [], []
        for param, at in params:
            loc = param.get("in")
            required = bool(param.get("required")) or loc == "path"
            if loc == "path":
                continue
            if loc in ("body", "formData") and required:
                heads.append((param, at))
            elif required:
                tails.append((param, at))
            else:
                keywords.append((param, at))
        order = heads + ordered + tails + keywords
        attrs = naming.unique(
            ["body" if p.get("in") == "body" else naming.param_name(str(p.get("name"))) for p, _ in order]
        )
        built = []
        for attr, (param, at) in zip(attrs, order):
            loc = str(param.get("in"))
            if loc not in ("path", "query", "header", "body", "formData"):
                self.problems.append(Problem(at, f"parameters in {loc!r} are not supported"))
                continue
            schema = param.get("schema") if loc == "body" else param
            ptype = self.type_of(schema, at, naming.class_name(op_id) + "Body")
            if ptype.kind == "file" and loc != "formData":
                self.problems.append(Problem(at, "type 'file' is only allowed in formData"))
            collection = param.get("collectionFormat") if ptype.kind == "list" else None
            if ptype.kind == "list" and collection is None:
                collection = "csv"
            required = bool(param.get("required")) or loc == "path"
            built.append(
                Parameter(
                    attr, str(param.get("name")), loc, ptype, required, _text(param),
                    str(collection) if collection else None, _enum(param),
                )
            )
        positional = tuple(p for p in built if p.required)
        keyword = tuple(p for p in built if not p.required)
        response = self.response_type(op, where, naming.class_name(op_id) + "Response")
        consumes = _list(op.get("consumes")) or _list(self.doc.get("consumes"))
        content_type = None
        if any(p.location == "formData" for p in built):
            has_file = any(p.type.kind == "file" for p in built)
            content_type = (
                "multipart/form-data"
                if has_file or "multipart/form-data" in consumes
                else "application/x-www-form-urlencoded"
            )
        elif any(p.location == "body" for p in built):
            content_type = "application/json"
        text = _string(op.get("description"))
        summary = _string(op.get("summary"))
        return Operation(
            name=name, operation_id=op_id, method=method.upper(), path=self.base_path + path, pointer=where,
            summary=summary.strip(), description=text.strip(), positional=positional, keyword=keyword,
            response=response, content_type=content_type, paging=self.paging(keyword, response),
            deprecated=bool(op.get("deprecated")),
        )

    def response_type(self, op: dict[str, Any], where: str, inline: str) -> Optional[TypeRef]:
        responses = op.get("responses")
        if not isinstance(responses, dict):
            return None
        codes = sorted(str(c) for c in responses if str(c).startswith("2"))
        for code in codes:
            resp = responses.get(code) if code in responses else responses.get(int(code))
            if isinstance(resp, dict) and "$ref" in resp:
                resp = self.deref(resp["$ref"])
            if isinstance(resp, dict) and resp.get("schema") is not None:
                return self.type_of(resp["schema"], where + pointer("responses", code, "schema"), inline)
        return None

    def paging(self, keyword: tuple[Parameter, ...], response: Optional[TypeRef]) -> Optional[Paging]:
        if not any(p.wire == "page_token" and p.location == "query" for p in keyword):
            return None
        if response is None or response.kind != "model" or response.model is None:
            return None
        key = next((k for k, c in self.classes.items() if c == response.model), None)
        schema = self.defs.get(key) if key else None
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict) or "next_page_token" not in props:
            return None
        lists = [w for w, s in props.items() if isinstance(s, dict) and s.get("type") == "array"]
        if len(lists) != 1:
            return None
        model = self.models.get(response.model)
        if model is None:
            return None
        by_wire = {p.wire: p for p in model.properties}
        items, token = by_wire.get(lists[0]), by_wire.get("next_page_token")
        if items is None or token is None or items.type.kind != "list" or items.type.item is None:
            return None
        return Paging(items.attr, items.type.item, token.attr)

    def operations(self) -> list[tuple[str, Operation]]:
        out: list[tuple[str, Operation]] = []
        paths = _mapping(self.doc.get("paths"))
        for path, item in paths.items():
            if not isinstance(item, dict) or not isinstance(path, str):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                built = self.operation(path, method, item, op)
                if built is None:
                    continue
                tags = [t for t in _list(op.get("tags")) if isinstance(t, str) and t.strip()] or ["default"]
                for tag in dict.fromkeys(tags):
                    out.append((tag, built))
        return out

    def group(self, ops: list[tuple[str, Operation]]) -> tuple[ApiClass, ...]:
        groups: dict[str, list[Operation]] = {}
        for tag, op in ops:
            groups.setdefault(tag, []).append(op)
        apis = []
        for tag in sorted(groups):
            cls = self.tag_classes[tag]
            apis.append(ApiClass(cls, naming.api_module(cls), tag, _method_names(groups[tag])))
        return tuple(apis)

    def auth(self) -> tuple[AuthScheme, ...]:
        out = []
        defs = _mapping(self.doc.get("securityDefinitions"))
        for name, scheme in sorted(defs.items()):
            if not isinstance(scheme, dict):
                continue
            if scheme.get("type") == "apiKey":
                declared = str(scheme.get("name") or "")
                loc = "query" if scheme.get("in") == "query" else "header"
                header = naming.header_name(declared) if loc == "header" else declared
                out.append(AuthScheme(str(name), loc, header, declared))
            elif scheme.get("type") == "basic":
                out.append(AuthScheme(str(name), "basic", "authorization", ""))
        return tuple(out)


def _helpers(name: str, op: Operation) -> set[str]:
    """The methods generated next to the method ``name`` of ``op``."""
    return {f"{name}_with_http_info"} | ({f"{name}_iter"} if op.paging else set())


def _method_names(ops: list[Operation]) -> tuple[Operation, ...]:
    """The operations of one API class with distinct method names, in spec order.

    A method name already taken (by an earlier operation, or by a generated
    helper: ``api_client``, ``close``, any operation's ``*_with_http_info`` or
    ``*_iter``) is numbered, ``list_projects_2``; so is one whose own helpers
    would be taken. An operation keeps its name whenever it can."""
    from dataclasses import replace

    reserved = {"api_client", "close"}.union(*(_helpers(op.name, op) for op in ops))
    taken: set[str] = set()
    out = []
    for op in ops:
        name, n = op.name, 2
        while name in taken or name in reserved or _helpers(name, op) & taken:
            name, n = naming.numbered(op.name, n), n + 1
        taken |= {name} | _helpers(name, op)
        out.append(op if name == op.name else replace(op, name=name))
    return tuple(out)


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _api_classes(doc: dict[str, Any]) -> dict[str, str]:
    """Tag -> its API class, for every tag an operation uses. Tags whose class or
    module is already taken by an earlier tag (``my tag`` and ``my_tag``) are
    numbered in spec order: ``MyTagApi``, ``MyTagApi_2``."""
    out: dict[str, str] = {}
    classes: set[str] = set()
    modules: set[str] = set()
    paths = doc.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            tags = op.get("tags")
            names = [t for t in tags if isinstance(t, str) and t.strip()] if isinstance(tags, list) else []
            for tag in names or ["default"]:
                if tag in out:
                    continue
                base = naming.api_class_name(tag)
                cls, n = base, 2
                while cls in classes or naming.api_module(cls).casefold() in modules:
                    cls, n = naming.numbered(base, n), n + 1
                out[tag] = cls
                classes.add(cls)
                modules.add(naming.api_module(cls).casefold())
    return out


# what may not appear in a basePath: it is prepended to every path template as is
_BAD_BASE = re.compile(r"[{}?#\s]")


def base_path(doc: dict[str, Any], problems: list[Problem]) -> str:
    """The ``basePath`` every operation path starts with: ``""`` for none or ``/``,
    otherwise with one leading ``/`` and no trailing one."""
    raw = doc.get("basePath")
    if raw is None:
        return ""
    if not isinstance(raw, str) or _BAD_BASE.search(raw):
        problems.append(Problem("/basePath", "basePath must be a path without '{', '}', '?', '#' or spaces"))
        return ""
    return "/" + raw.strip("/") if raw.strip("/") else ""


def default_host(doc: dict[str, Any], base: str) -> str:
    """swagger-codegen's default host: ``{scheme}://{host}{basePath}``, the first of
    ``schemes`` that is http or https (else http), ``localhost`` when the spec names no
    host. The operation paths start with ``basePath`` too; the runtime sends it once
    (``api_client.join_url``)."""
    schemes = [s for s in _list(doc.get("schemes")) if s in ("http", "https")]
    host = doc.get("host")
    host = host.strip() if isinstance(host, str) and host.strip() else "localhost"
    return f"{schemes[0] if schemes else 'http'}://{host}{base}"


def pointer_of(where: str, up: int) -> str:
    return "/".join(where.split("/")[:-up]) if up else where


def build_api(
    doc: dict[str, Any], *, package_name: str, package_version: Optional[str], spec_sha256: str,
    strict: bool = False,
) -> Api:
    """Turn a spec into an :class:`Api`; raise :class:`SpecError`, and nothing else.
    What is only worth a warning is in ``Api.warnings``; ``strict`` makes it an error.

    The pipeline may build while openapi-spec-validator still runs (its
    problems are reported with these), so the document can be of any shape:
    every access is guarded, and a shape this module still did not expect
    becomes a problem rather than a traceback.
    """
    if not isinstance(doc, dict):
        raise SpecError([Problem("", NOT_AN_OBJECT)])
    try:
        return _build(doc, package_name, package_version, spec_sha256, strict)
    except SpecError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:
        raise SpecError([Problem("", f"the document is not shaped like Swagger 2.0 ({type(exc).__name__}: "
                                     f"{exc}); see the other errors")]) from None


def _build(
    doc: dict[str, Any], package_name: str, package_version: Optional[str], spec_sha256: str, strict: bool
) -> Api:
    builder = _Builder(doc)
    builder.name_definitions()
    ops = builder.operations()
    builder.build_models()
    # paging needs models: recompute now that every model exists
    ops = [(tag, _with_paging(builder, op)) for tag, op in ops]
    apis = builder.group(ops)
    raw_info = doc.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    spec_version = str(info.get("version", "0.0.0"))
    version, warning = versions.package_version(spec_version, package_version)
    if not versions.PEP440.fullmatch(version):
        builder.problems.append(
            Problem("/info/version", f"--package-version {version!r} is not a PEP 440 version")
        )
    warnings = [Problem("/info/version", warning)] if warning else []
    if strict:
        builder.problems += warnings
    if builder.problems:
        raise SpecError(builder.problems)
    return Api(
        title=str(info.get("title", "")),
        description=str(info.get("description", "")),
        spec_version=spec_version,
        spec_sha256=spec_sha256,
        package_name=package_name,
        package_version=version,
        models=tuple(sorted(builder.models.values(), key=lambda m: m.name)),
        apis=apis,
        auth=builder.auth(),
        default_host=default_host(doc, builder.base_path),
        base_path=builder.base_path,
        warnings=tuple(warnings),
    )


def _with_paging(builder: _Builder, op: Operation) -> Operation:
    from dataclasses import replace

    return replace(op, paging=builder.paging(op.keyword, op.response))
