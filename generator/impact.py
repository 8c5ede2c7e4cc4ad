"""Where a new spec release breaks the user's code: the breaking changes of ``diff``, located.

:func:`impact` reads Python files with :mod:`ast` (it never imports or runs them) and
reports every use of the client that a breaking change of ``diff OLD NEW`` touches.
Findings are *certain* or *possible*:

- certain: the receiver is known to be the client (a variable bound from
  ``default_client()``, ``<Api>(...)``, a parameter annotated with the API class, an
  attribute ``self.x`` bound so), or a model known from what produced it (a method's
  return type in OLD, a constructor, an element of a list field, a loop over an
  ``*_iter`` twin); or the name is one only the client has: a method name of the
  API class that no builtin type has, a model class reached through the package.
- possible: the receiver's type is not known and the attribute name is one other
  objects may have too (``.name``, ``.status``; a method such as ``get``).

Types are followed within one file, flow-insensitively per scope (a name's last
binding wins), which is what automation scripts need; nothing is imported.
``docs/impact-schema.md`` documents the rules and the JSON output.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from .diff import Change, Report
from .errors import one_line
from .ir import Api, Model, Operation, TypeRef

JSON_SCHEMA_VERSION = 1
TWINS = ("_with_http_info", "_iter")
ERROR_SOURCES = ("runtimeError", "rpcStatus", "googlerpcStatus", "Error")

# Method names that builtin containers and common objects have: a call of one of these
# on an unknown receiver is only a possible use of the client.
_COMMON = frozenset(
    name
    for kind in (dict, list, str, bytes, set, tuple, int, float, object)
    for name in dir(kind)
) | frozenset({"get", "list", "create", "update", "delete", "run", "close", "stop", "start", "read", "write"})


# ---- what breaks: the breaking changes of the diff, indexed by what code names ----


@dataclass(frozen=True)
class Break:
    """One breaking change as code meets it. ``kind`` says which use it touches."""

    change: Change
    kind: str  # call | removed-arg | needs-arg | positional | arg-changed | construct | field | ctor-field | ...
    name: str = ""  # argument or field attribute
    index: int = -1  # positional index it had (or needs), -1 when not positional
    instead: str = ""  # what to write instead


@dataclass
class Breaks:
    """The breaking changes, keyed by the names code uses."""

    methods: Dict[str, List[Break]] = field(default_factory=dict)  # old method name -> breaks
    models: Dict[str, List[Break]] = field(default_factory=dict)  # model class -> constructor breaks
    fields: Dict[Tuple[str, str], List[Break]] = field(default_factory=dict)  # (model, attr) -> read breaks
    enum_values: Dict[str, List[Tuple[str, Break]]] = field(default_factory=dict)  # value -> (holder, break)
    gone: Dict[str, Break] = field(default_factory=dict)  # class names removed (models, API classes)

    def add_method(self, name: str, brk: Break) -> None:
        self.methods.setdefault(name, []).append(brk)


def _op_index(api: Api) -> Dict[str, Tuple[str, Operation]]:
    return {op.name: (cls.name, op) for cls in api.apis for op in cls.operations}


def breaks(report: Report, old: Api, new: Api) -> Breaks:
    """Index the breaking changes of ``report`` (``diff(old, new)``) by the names code uses."""
    out = Breaks()
    old_ops, new_ops = _op_index(old), _op_index(new)
    old_models = {m.name: m for m in old.models}
    new_models = {m.name: m for m in new.models}
    for change in report.changes:
        if not change.breaking:
            continue
        cid = change.id
        if cid in ("operation-removed", "operation-renamed"):
            method = change.old or change.location.split(".", 1)[-1]
            instead = f"call {change.new}" if change.new else ""
            out.add_method(method, Break(change, "call", instead=instead))
        elif cid in ("operation-method-changed", "operation-path-changed", "response-type-changed"):
            out.add_method(_method_of(change), Break(change, "call", instead="regenerate the client"))
        elif cid.startswith("parameter-") or cid == "positional-order-changed":
            method = _method_of(change)
            old_op = _old_op(method, change, old_ops, new_ops)
            new_op = new_ops.get(change.location.split(".", 1)[-1].split("(", 1)[0], (None, None))[1]
            out.add_method(method, _parameter_break(change, old_op, new_op))
        elif cid in ("model-removed", "api-removed", "model-kind-changed"):
            out.gone[change.location] = Break(change, "construct")
        elif cid.endswith("-field-removed") or cid == "field-removed" or cid.endswith("field-type-changed"):
            model, attr = change.location.split(".", 1)
            brk = Break(change, "field", name=attr, index=_field_index(old_models.get(model), attr))
            out.fields.setdefault((model, attr), []).append(brk)
            if "removed" in cid or cid in ("request-field-type-changed", "field-type-changed"):
                instead = f"drop {attr}" if "removed" in cid else f"pass {attr} as its new type"
                out.models.setdefault(model, []).append(
                    Break(change, "ctor-field", name=attr, index=brk.index, instead=instead)
                )
        elif cid in ("request-field-made-required", "request-field-added"):
            model, attr = change.location.split(".", 1)
            idx = _field_index(new_models.get(model), attr)
            out.models.setdefault(model, []).append(
                Break(change, "ctor-needs", name=attr, index=idx, instead=f"pass {attr}=...")
            )
        elif cid == "field-order-changed":
            model = change.location
            old_order = (change.old or "").split(", ")
            new_order = (change.new or "").split(", ")
            first = min((i for i, a in enumerate(old_order) if a in new_order and new_order.index(a) != i),
                        default=0)
            out.models.setdefault(model, []).append(
                Break(change, "ctor-order", index=first, instead="pass fields by keyword")
            )
        elif cid == "enum-value-removed":
            holder = change.location.rsplit("[", 1)[0]  # an enum model, or Model.attr for an inline enum
            value = change.old or ""
            out.enum_values.setdefault(value, []).append((holder, Break(change, "enum", name=value)))
    return out


def _method_of(change: Change) -> str:
    return change.location.split(".", 1)[-1].split("(", 1)[0]


def _old_op(
    method: str, change: Change, old_ops: Dict[str, Tuple[str, Operation]], new_ops: Dict[str, Tuple[str, Operation]]
) -> Optional[Operation]:
    if method in old_ops:
        return old_ops[method][1]
    return None


def _parameter_break(change: Change, old: Optional[Operation], new: Optional[Operation]) -> Break:
    attr = change.location.rsplit("(", 1)[-1].rstrip(")") if "(" in change.location else ""
    old_pos = [p.attr for p in old.positional] if old else []
    new_pos = [p.attr for p in new.positional] if new else []
    cid = change.id
    if cid == "parameter-removed":
        return Break(change, "removed-arg", attr, old_pos.index(attr) if attr in old_pos else -1,
                     instead=f"drop the {attr} argument")
    if cid in ("parameter-added", "parameter-made-required"):
        idx = new_pos.index(attr) if attr in new_pos else -1
        return Break(change, "needs-arg", attr, idx, instead=f"pass {attr} (positional argument {idx + 1})")
    if cid == "parameter-made-optional":
        return Break(change, "positional", attr, old_pos.index(attr) if attr in old_pos else -1,
                     instead=f"pass {attr}={attr} as a keyword")
    if cid == "positional-order-changed":
        order = ", ".join(new_pos)
        return Break(change, "order", "", 0, instead=f"pass the arguments in the order ({order}) or by keyword")
    # type, location or collection changed: any call that passes it
    return Break(change, "arg-changed", attr, old_pos.index(attr) if attr in old_pos else -1,
                 instead="check the value passed")


def _field_index(model: Optional[Model], attr: str) -> int:
    if model is None:
        return -1
    names = [p.attr for p in model.properties]
    return names.index(attr) if attr in names else -1


# ---- findings ----


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    check: str
    certain: bool
    old: str
    new: str
    message: str
    instead: str

    def sort_key(self) -> Tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.check, self.message)

    def text(self) -> str:
        tail = f" (instead: {self.instead})" if self.instead else ""
        return f"{self.path}:{self.line}:{self.col}: {self.check}: {one_line(self.message, 300)}{tail}"

    def to_json(self) -> Dict[str, Any]:
        return {
            "path": self.path, "line": self.line, "col": self.col, "check": self.check,
            "certain": self.certain, "old": self.old, "new": self.new,
            "message": self.message, "instead": self.instead,
        }


@dataclass(frozen=True)
class ImpactReport:
    old_version: str
    new_version: str
    files: int
    findings: Tuple[Finding, ...]
    skipped: Tuple[str, ...]  # files that could not be read or parsed, with the reason

    @property
    def certain(self) -> List[Finding]:
        return [f for f in self.findings if f.certain]

    @property
    def possible(self) -> List[Finding]:
        return [f for f in self.findings if not f.certain]

    def counts(self) -> Dict[str, int]:
        out: Dict[str, int] = {}
        for f in self.certain:
            out[f.check] = out.get(f.check, 0) + 1
        return dict(sorted(out.items()))

    def to_json(self) -> Dict[str, Any]:
        return {
            "schema_version": JSON_SCHEMA_VERSION,
            "old": {"version": self.old_version},
            "new": {"version": self.new_version},
            "files": self.files,
            "certain": len(self.certain),
            "possible": len(self.possible),
            "counts": self.counts(),
            "findings": [f.to_json() for f in self.findings],
            "skipped": list(self.skipped),
        }

    def json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2) + "\n"

    def text(self) -> str:
        out = [f"impact {one_line(self.old_version, 80)} -> {one_line(self.new_version, 80)}", ""]
        for title, group in (("Certain", self.certain), ("Possible", self.possible)):
            out.append(f"{title} ({len(group)})")
            out.extend(f"  {f.text()}" for f in group)
            if not group:
                out.append("  (none)")
            out.append("")
        for skipped in self.skipped:
            out.append(f"skipped {skipped}")
        counts = ", ".join(f"{k} {v}" for k, v in self.counts().items())
        out.append(
            f"{len(self.certain)} certain, {len(self.possible)} possible in {self.files} files"
            + (f" ({counts})" if counts else "")
        )
        return "\n".join(out) + "\n"


# ---- reading the code ----

# A known type: ("api", class) | ("model", name) | ("list", model name) | ("package",) | ("models",)
Known = Tuple[str, ...]


@dataclass
class _Scope:
    names: Dict[str, Known] = field(default_factory=dict)


class _Reader(ast.NodeVisitor):
    """One file: binds names to known types, then reports uses the breaks touch."""

    def __init__(self, path: str, old: Api, brk: Breaks, package: str) -> None:
        self.path = path
        self.old = old
        self.brk = brk
        self.package = package
        self.ops = _op_index(old)
        self.models = {m.name: m for m in old.models}
        self.apis = {cls.name for cls in old.apis}
        self.default_api = old.apis[0].name if old.apis else ""
        sources = {m.source: m.name for m in old.models}
        # the model error bodies parse into (``ApiException.data``), as the generated _spec.py picks it
        self.error_model = next((sources[s] for s in ERROR_SOURCES if s in sources), "")
        self.api_methods = {op.name for cls in old.apis for op in cls.operations}
        self.scopes: List[_Scope] = [_Scope()]
        self.self_attrs: Dict[str, Known] = {}
        self.returns: Dict[str, ast.expr] = {}  # module-level function -> its return annotation
        self.found: List[Finding] = []

    def visit_Module(self, node: ast.Module) -> None:
        for stmt in node.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.returns is not None:
                self.returns[stmt.name] = stmt.returns
        self.generic_visit(node)

    # -- scopes and bindings --
    def lookup(self, name: str) -> Optional[Known]:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return scope.names[name]
        return None

    def bind(self, target: ast.expr, known: Optional[Known]) -> None:
        if isinstance(target, ast.Name):
            if known is None:
                self.scopes[-1].names.pop(target.id, None)
            else:
                self.scopes[-1].names[target.id] = known
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
            if known is not None:
                self.self_attrs[target.attr] = known

    def visit_Import(self, node: ast.Import) -> None:
        pkg = self.package
        for alias in node.names:
            name = alias.name
            if alias.asname:
                if name == pkg:
                    self.scopes[-1].names[alias.asname] = ("package",)
                elif name == f"{pkg}.models" or name.startswith(f"{pkg}.models."):
                    self.scopes[-1].names[alias.asname] = ("models",)
            elif name == pkg or name.startswith(pkg + "."):
                top = name.split(".")[0]
                # ``import acme._vendor.cmlapi_a`` binds ``acme``: the package is reached through it
                self.scopes[-1].names[top] = ("package",) if top == pkg else ("prefix", top)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level:
            return
        parent, _, leaf = self.package.rpartition(".")
        for alias in node.names:
            bound = alias.asname or alias.name
            if parent and module == parent and alias.name == leaf:
                self.scopes[-1].names[bound] = ("package",)
            elif module == self.package and alias.name == "models":
                self.scopes[-1].names[bound] = ("models",)
            elif module == self.package or module.startswith(self.package + "."):
                known = self.class_known(alias.name)
                if known is not None:
                    self.scopes[-1].names[bound] = ("class",) + known
                    self.gone_use(alias.name, node)
                elif alias.name == "default_client":
                    self.scopes[-1].names[bound] = ("factory",)
                elif alias.name.endswith("Exception"):
                    self.scopes[-1].names[bound] = ("exception-class",)

    def class_known(self, name: str) -> Optional[Known]:
        if name in self.apis:
            return ("api", name)
        if name in self.models or name in self.brk.gone:
            return ("model", name)
        return None

    # -- functions and classes --
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._function(node)

    def _function(self, node: Any) -> None:
        for deco in node.decorator_list:
            self.visit(deco)
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        scope = _Scope()
        args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        for arg in args:
            if arg.annotation is not None:
                self.visit(arg.annotation)
                known = self.annotation(arg.annotation)
                if known is not None:
                    scope.names[arg.arg] = known
        if node.returns is not None:
            self.visit(node.returns)
        self.scopes.append(scope)
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()

    def annotation(self, node: ast.expr) -> Optional[Known]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(node, ast.Subscript):  # Optional[X], List[X]
            base = self.dotted(node.value)
            inner = node.slice
            if base and base.split(".")[-1] in ("List", "list", "Sequence", "Iterable", "Iterator"):
                known = self.annotation(inner)
                if known and known[0] == "model":
                    return ("list", known[1])
                return None
            return self.annotation(inner) if base and base.split(".")[-1] == "Optional" else None
        known = self.type_of(node)
        if known and known[0] == "class":
            return known[1:]
        return None

    # -- statements that bind --
    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        known = self.type_of(node.value)
        for target in node.targets:
            self.visit_target(target)
            self.bind(target, known)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
        self.visit(node.annotation)
        self.visit_target(node.target)
        known = self.annotation(node.annotation) or (self.type_of(node.value) if node.value else None)
        self.bind(node.target, known)

    def visit_target(self, target: ast.expr) -> None:
        if not isinstance(target, (ast.Name, ast.Attribute)):
            self.visit(target)
        elif isinstance(target, ast.Attribute):
            self.visit(target.value)

    def visit_For(self, node: ast.For) -> None:
        self.visit(node.iter)
        self.bind(node.target, self.element_of(node.iter))
        for stmt in node.body + node.orelse:
            self.visit(stmt)

    visit_AsyncFor = visit_For  # type: ignore[assignment]

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, self.type_of(item.context_expr))
        for stmt in node.body:
            self.visit(stmt)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.visit(node.type)
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if node.name and any(self.type_of(c) == ("exception-class",) for c in caught):
                self.scopes[-1].names[node.name] = ("error",)
        for stmt in node.body:
            self.visit(stmt)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self.visit(node.iter)
        self.bind(node.target, self.element_of(node.iter))
        for cond in node.ifs:
            self.visit(cond)

    def _comp(self, node: Any, parts: Sequence[ast.expr]) -> None:
        self.scopes.append(_Scope())
        for gen in node.generators:
            self.visit_comprehension(gen)
        for part in parts:
            self.visit(part)
        self.scopes.pop()

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self._comp(node, [node.elt])

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self._comp(node, [node.elt])

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self._comp(node, [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._comp(node, [node.key, node.value])

    # -- typing expressions --
    def dotted(self, node: ast.expr) -> Optional[str]:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            base = self.dotted(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def type_of(self, node: Optional[ast.expr]) -> Optional[Known]:
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                return self.self_attrs.get(node.attr)
            base = self.type_of(node.value)
            if base is None:
                return None
            if base[0] == "prefix":
                full = f"{base[1]}.{node.attr}"
                if full == self.package:
                    return ("package",)
                return ("prefix", full) if self.package.startswith(full + ".") else None
            if base[0] == "error":
                return ("model", self.error_model) if node.attr == "data" and self.error_model else None
            if base[0] == "errors-module" or (base[0] == "package" and node.attr.endswith("Exception")):
                return ("exception-class",) if node.attr.endswith("Exception") else None
            if base[0] in ("package", "models"):
                if node.attr == "default_client":
                    return ("factory",)
                if node.attr in ("rest", "exceptions"):
                    return ("errors-module",)
                if node.attr == "models":
                    return ("models",)
                known = self.class_known(node.attr)
                return ("class",) + known if known else None
            if base[0] == "model":
                return self.field_type(base[1], node.attr)
            return None
        if isinstance(node, ast.Call):
            return self.call_type(node)
        if isinstance(node, ast.Subscript):
            base = self.type_of(node.value)
            if base and base[0] == "list" and not isinstance(node.slice, ast.Slice):
                return ("model", base[1])
            return base if base and base[0] == "list" else None
        if isinstance(node, ast.Await):
            return self.type_of(node.value)
        return None

    def field_type(self, model: str, attr: str) -> Optional[Known]:
        found = self.models.get(model)
        if found is None:
            return None
        for prop in found.properties:
            if prop.attr == attr:
                return _known(prop.type)
        return None

    def call_type(self, node: ast.Call) -> Optional[Known]:
        if isinstance(node.func, ast.Name) and self.lookup(node.func.id) is None and node.func.id in self.returns:
            return self.annotation(self.returns[node.func.id])
        func = self.type_of(node.func)
        if func is not None:
            if func[0] == "factory":
                return ("api", self.default_api) if self.default_api else None
            if func[0] == "class":
                return func[1:]
        if isinstance(node.func, ast.Attribute):
            recv = self.type_of(node.func.value)
            method = node.func.attr
            if (recv and recv[0] == "api") or (recv is None and self.client_only(method)):
                return self.method_type(method)
            if recv and recv[0] == "list" and method in ("pop", "__getitem__"):
                return ("model", recv[1])
        return None

    def method_type(self, method: str) -> Optional[Known]:
        base, twin = _split_twin(method)
        found = self.ops.get(base)
        if found is None:
            return None
        op = found[1]
        if twin == "_iter" and op.paging is not None:
            known = _known(op.paging.items_type)
            return ("iter",) + known if known else None
        return _known(op.response) if op.response is not None and twin != "_with_http_info" else None

    def element_of(self, node: ast.expr) -> Optional[Known]:
        known = self.type_of(node)
        if known is None and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            # Cursor(api.list_x, ...).items()
            inner = node.func.value
            if node.func.attr == "items" and isinstance(inner, ast.Call) and inner.args:
                listed = inner.args[0]
                if isinstance(listed, ast.Attribute):
                    return self.method_type(listed.attr + "_iter")
        if known is None:
            return None
        if known[0] == "list":
            return ("model", known[1])
        if known[0] == "iter":
            return known[1:]
        return None

    def client_only(self, method: str) -> bool:
        base, _ = _split_twin(method)
        return base in self.api_methods and "_" in base and method not in _COMMON

    # -- uses --
    def report(self, node: ast.AST, brk: Break, certain: bool, message: str) -> None:
        self.found.append(
            Finding(
                self.path, getattr(node, "lineno", 0), getattr(node, "col_offset", 0) + 1, brk.change.id, certain,
                brk.change.old or "", brk.change.new or "", message, brk.instead,
            )
        )

    def gone_use(self, name: str, node: ast.AST) -> None:
        brk = self.brk.gone.get(name)
        if brk is not None:
            self.report(node, brk, True, brk.change.message)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = self.type_of(node.func)
        if func is not None and func[0] == "class" and func[1] == "model":
            self.constructor(node, func[2])
        if isinstance(node.func, ast.Attribute):
            self.method_call(node, node.func, node.args, node.keywords)
        if (self.dotted(node.func) or "").split(".")[-1] == "Cursor" and node.args:
            # utils.Cursor(api.list_x, page_size=...) calls list_x with the remaining arguments
            listed = node.args[0]
            if isinstance(listed, ast.Attribute):
                self.method_call(node, listed, node.args[1:], node.keywords)

    def method_call(
        self, node: ast.Call, func: ast.Attribute, args: Sequence[ast.expr], keywords: Sequence[ast.keyword]
    ) -> None:
        method = func.attr
        base, _ = _split_twin(method)
        found = self.brk.methods.get(base)
        if not found:
            return
        recv = self.type_of(func.value)
        if recv is not None and recv[0] != "api":
            return  # a model, a list, the package: not a client method
        certain = recv is not None or self.client_only(method)
        for brk in found:
            hit = _call_hits(brk, args, keywords)
            if hit is not None:
                self.report(node, brk, certain and hit, f"{method}(): {brk.change.message}")

    def constructor(self, node: ast.Call, model: str) -> None:
        self.gone_use(model, node)
        for brk in self.brk.models.get(model, []):
            keywords = {k.arg for k in node.keywords if k.arg}
            spread = any(k.arg is None for k in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args)
            npos = len(node.args)
            if brk.kind == "ctor-field":
                hit = brk.name in keywords or (0 <= brk.index < npos)
            elif brk.kind == "ctor-needs":
                hit = brk.name not in keywords and not (0 <= brk.index < npos) and not spread
            else:  # ctor-order
                hit = npos > brk.index
            if hit:
                self.report(node, brk, True, f"{model}(): {brk.change.message}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self.generic_visit(node)
        base = self.type_of(node.value)
        if base is not None and base[0] in ("package", "models"):
            self.gone_use(node.attr, node)
            return
        if base is not None and base[0] == "class" and base[1] == "model":
            self.enum_member(node, base[2])
            return
        if not isinstance(node.ctx, ast.Load):
            return
        if base is not None and base[0] == "model":
            for brk in self.brk.fields.get((base[1], node.attr), []):
                self.report(node, brk, True, f".{node.attr}: {brk.change.message}")
        elif base is None:
            for (model, attr), found in sorted(self.brk.fields.items()):
                if attr == node.attr:
                    for brk in found:
                        self.report(node, brk, False, f".{node.attr} (if it is a {model}): {brk.change.message}")

    def enum_member(self, node: ast.Attribute, enum: str) -> None:
        for value, found in self.brk.enum_values.items():
            for name, brk in found:
                if name == enum and _member_matches(node.attr, value):
                    self.report(node, brk, True, f"{enum}.{node.attr}: {brk.change.message}")

    def visit_Compare(self, node: ast.Compare) -> None:
        self.generic_visit(node)
        sides = [node.left, *node.comparators]
        values: List[Tuple[ast.expr, str]] = []
        for side in sides:
            values.extend(_string_constants(side))
        for where, value in values:
            for holder, brk in self.brk.enum_values.get(value, []):
                certain = any(self.holds_enum(side, holder) for side in sides)
                self.report(where, brk, certain, f"compares with {value!r}: {brk.change.message}")

    def holds_enum(self, node: ast.expr, holder: str) -> bool:
        """Is ``node`` a field known to hold values of ``holder`` (an enum model, or ``Model.attr``
        for an inline enum)?"""
        if not isinstance(node, ast.Attribute):
            return False
        base = self.type_of(node.value)
        if base is None or base[0] != "model":
            return False
        if holder == f"{base[1]}.{node.attr}":
            return True
        return self.field_type(base[1], node.attr) == ("model", holder)


def _string_constants(node: ast.expr) -> Iterator[Tuple[ast.expr, str]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node, node.value
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for elt in node.elts:
            if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                yield elt, elt.value


def _member_matches(member: str, value: str) -> bool:
    """Does enum constant ``member`` name ``value`` (the full name, or the official short one)?"""
    upper = "".join(ch if ch.isalnum() else "_" for ch in value).upper()
    return member == upper or member == value or (upper.endswith("_" + member) and bool(member))


def _call_hits(brk: Break, args: Sequence[ast.expr], given: Sequence[ast.keyword]) -> Optional[bool]:
    """None when a call with ``args`` and keywords ``given`` is untouched by ``brk``; True when
    it is; False when it may be (``*args``/``**kwargs`` hide what is passed)."""
    keywords = {k.arg for k in given if k.arg}
    spread = any(k.arg is None for k in given) or any(isinstance(a, ast.Starred) for a in args)
    npos = sum(1 for a in args if not isinstance(a, ast.Starred))
    if brk.kind == "call":
        return True
    if brk.kind == "removed-arg":
        if brk.name in keywords or 0 <= brk.index < npos:
            return True
        return False if spread else None
    if brk.kind == "needs-arg":
        if brk.name in keywords or 0 <= brk.index < npos:
            return None
        return False if spread else True
    if brk.kind == "positional":
        return True if 0 <= brk.index < npos else None
    if brk.kind == "order":
        return True if npos >= 2 else None
    if brk.kind == "arg-changed":
        if brk.name in keywords or 0 <= brk.index < npos:
            return True
        return False if spread else None
    return None


def _split_twin(method: str) -> Tuple[str, str]:
    for twin in TWINS:
        if method.endswith(twin):
            return method[: -len(twin)], twin
    return method, ""


def _known(ref: Optional[TypeRef]) -> Optional[Known]:
    if ref is None:
        return None
    if ref.kind in ("model", "enum") and ref.model:
        return ("model", ref.model)
    if ref.kind == "list" and ref.item is not None and ref.item.model:
        return ("list", ref.item.model)
    return None


# ---- driving it ----


def python_files(paths: Iterable[Path]) -> List[Path]:
    """The ``.py`` files named or found below the folders named, sorted; hidden folders skipped."""
    out: Set[Path] = set()
    for path in paths:
        if path.is_dir():
            for found in path.rglob("*.py"):
                rel = found.relative_to(path)
                if not any(part.startswith(".") for part in rel.parts[:-1]):
                    out.add(found)
        else:
            out.add(path)
    return sorted(out)


def impact(old: Api, new: Api, report: Report, paths: Sequence[Path], package: str = "cmlapi") -> ImpactReport:
    """Every use of the client in ``paths`` that a breaking change of ``report`` touches."""
    index = breaks(report, old, new)
    found: List[Finding] = []
    skipped: List[str] = []
    files = python_files(paths)
    for path in files:
        shown = str(path)
        try:
            source = path.read_bytes()
            tree = ast.parse(source, filename=shown)
        except (OSError, SyntaxError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else one_line(str(exc), 200)
            skipped.append(f"{shown}: {reason}")
            continue
        reader = _Reader(shown, old, index, package)
        reader.visit(tree)
        found.extend(reader.found)
    unique = sorted(set(found), key=Finding.sort_key)
    # a use reported as certain is not repeated as possible
    certain_at = {(f.path, f.line, f.col, f.check) for f in unique if f.certain}
    kept = [f for f in unique if f.certain or (f.path, f.line, f.col, f.check) not in certain_at]
    return ImpactReport(old.spec_version, new.spec_version, len(files), tuple(kept), tuple(skipped))
