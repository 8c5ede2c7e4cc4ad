"""Compare two specs through the intermediate model, as a client user sees them.

Every finding names what a user of the generated ``cmlapi`` package types:
the API class and method name, the argument name, the model class, the field
attribute and the enum value. Each carries a stable check id (see
:data:`CHECKS`) and a verdict: *breaking* means that code written against the
client generated from OLD fails once it runs with the client generated from
NEW, or that a client generated from OLD fails against a NEW server.
``docs/diff-schema.md`` documents every rule and the JSON output.

Decisions this module encodes (and the document repeats):

- A model's *contexts* are ``request`` (reachable from any operation parameter,
  through fields that are not read-only: clients never send read-only fields)
  and ``response`` (reachable from any operation's response, through every
  field), taken over both specs. A field finding uses the id of the context
  whose verdict is stricter; on a tie the ``response-`` id is used (reading a
  result is the commoner use). Models in neither context get ``field-`` ids.
- Types are compared by their swagger-codegen string plus ``format`` at every
  level (``int (int32)`` -> ``str (int64)`` is a change); a model type is
  compared by class name only, since the model's own changes are reported on
  the model.
- Positional arguments are exactly the required ones (see ``build.py``), so a
  parameter made optional moves behind ``*`` and breaks positional callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .errors import one_line
from .ir import Api, AuthScheme, Model, Operation, Parameter, Property, TypeRef

JSON_SCHEMA_VERSION = 1

# check id -> what it means; the order is the documentation order.
CHECKS: Dict[str, str] = {
    "api-added": "a new API class (a new tag)",
    "api-removed": "an API class is gone: importing or instantiating it fails",
    "operation-added": "a new method",
    "operation-removed": "a method is gone: AttributeError",
    "operation-renamed": "same HTTP method and path, new method name: AttributeError on the old name",
    "operation-method-changed": "same method name, different HTTP method: old clients call a route that is gone",
    "operation-path-changed": "same method name, different path: old clients call a route that is gone",
    "parameter-added": "a new argument: breaking if required (positional), non-breaking if keyword",
    "parameter-removed": "an argument is gone: TypeError for callers that pass it",
    "parameter-made-required": "an optional keyword argument became a required positional one",
    "parameter-made-optional": "a required argument became optional: breaking when it leaves the positional list",
    "parameter-type-changed": "an argument's type or format changed",
    "parameter-location-changed": "an argument moved (query, header, path, body, formData): old clients send it where it is no longer read",
    "parameter-collection-changed": "a list argument is sent in another form (collectionFormat): old clients send a form the server no longer reads",
    "positional-order-changed": "positional arguments that both versions have come in a different order",
    "response-type-changed": "a method returns another type (breaking unless it returned nothing before)",
    "model-added": "a new model class",
    "model-removed": "a model class is gone: ImportError/AttributeError",
    "model-kind-changed": "a model turned from an object into an enum or back",
    "request-field-added": "a new field on a model clients send: breaking if required",
    "request-field-removed": "a field of a model clients send is gone: TypeError in the constructor",
    "request-field-made-required": "a field of a model clients send became required: the server rejects bodies without it",
    "request-field-made-optional": "a field of a model clients send became optional",
    "request-field-type-changed": "a field of a model clients send changed type or format",
    "response-field-added": "a new field on a model clients receive",
    "response-field-removed": "a field of a model clients receive is gone: AttributeError for readers",
    "response-field-type-changed": "a field of a model clients receive changed type or format",
    "field-added": "a new field on a model no operation uses",
    "field-removed": "a field of a model no operation uses is gone",
    "field-type-changed": "a field of a model no operation uses changed type or format",
    "field-order-changed": "existing fields moved in the constructor: breaking for models clients send (positional construction)",
    "enum-value-added": "a new enum value (this client keeps unknown values as strings)",
    "enum-value-removed": "an enum value is gone: code that sends or compares it is wrong",
    "auth-added": "a new security scheme (old clients do not send its credential)",
    "auth-removed": "a security scheme is gone: clients that authenticate with it are refused",
    "auth-changed": "a security scheme moved (another header or query name, or place): old clients send the credential where it is not read",
}

REQUEST = "request"
RESPONSE = "response"

# (context, change) -> breaking?; "field" is the context of models no operation uses.
_FIELD_VERDICT: Dict[Tuple[str, str], bool] = {
    (REQUEST, "removed"): True,
    (REQUEST, "made-required"): True,
    (REQUEST, "made-optional"): False,
    (REQUEST, "type-changed"): True,
    (RESPONSE, "added"): False,
    (RESPONSE, "removed"): True,
    (RESPONSE, "type-changed"): True,
    ("field", "added"): False,
    ("field", "removed"): True,
    ("field", "type-changed"): True,
}

# formats that only restate the kind; dropping them keeps ``bool`` == ``bool/boolean``.
_REDUNDANT_FORMATS = {("bool", "boolean"), ("datetime", "date-time"), ("date", "date")}


@dataclass(frozen=True)
class Change:
    """One finding. ``old``/``new`` are display values (None where absent);
    ``old_pointer``/``new_pointer`` locate the operation or definition holding it."""

    id: str
    breaking: bool
    location: str
    message: str
    contexts: Tuple[str, ...] = ()
    old: Optional[str] = None
    new: Optional[str] = None
    old_pointer: Optional[str] = None
    new_pointer: Optional[str] = None

    def sort_key(self) -> Tuple[int, str, str, str]:
        return (0 if self.breaking else 1, self.id, self.location, self.message)

    def line(self) -> str:
        return f"{self.id}: {one_line(self.location, 200)}: {one_line(self.message)}"

    def to_json(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "breaking": self.breaking,
            "location": self.location,
            "message": self.message,
            "contexts": list(self.contexts),
            "old": self.old,
            "new": self.new,
            "old_pointer": self.old_pointer,
            "new_pointer": self.new_pointer,
        }


@dataclass(frozen=True)
class Side:
    version: str
    sha256: str


@dataclass(frozen=True)
class Report:
    """Every change from ``old`` to ``new``, sorted: breaking first, then id, then location."""

    old: Side
    new: Side
    changes: Tuple[Change, ...]

    @property
    def breaking(self) -> int:
        return sum(1 for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> int:
        return len(self.changes) - self.breaking

    def to_json(self) -> Dict[str, Any]:
        return {
            "schema_version": JSON_SCHEMA_VERSION,
            "old": {"version": self.old.version, "sha256": self.old.sha256},
            "new": {"version": self.new.version, "sha256": self.new.sha256},
            "breaking": self.breaking,
            "non_breaking": self.non_breaking,
            "changes": [c.to_json() for c in self.changes],
        }

    def json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2) + "\n"

    def text(self) -> str:
        """The human report: a header, the two groups, a summary line."""
        out = [f"API changes {one_line(self.old.version, 80)} -> {one_line(self.new.version, 80)}", ""]
        for title, verdict in (("Breaking changes", True), ("Non-breaking changes", False)):
            group = [c for c in self.changes if c.breaking is verdict]
            out.append(f"{title} ({len(group)})")
            out.extend(f"  {c.line()}" for c in group)
            if not group:
                out.append("  (none)")
            out.append("")
        out.append(f"{self.breaking} breaking, {self.non_breaking} non-breaking")
        return "\n".join(out) + "\n"


def type_text(t: Optional[TypeRef]) -> str:
    """Comparable display of a type: ``list[int (int32)]``, ``Project``, ``none``."""
    if t is None:
        return "none"
    if t.kind == "list" and t.item is not None:
        return f"list[{type_text(t.item)}]"
    if t.kind == "map" and t.item is not None:
        return f"dict(str, {type_text(t.item)})"
    if t.fmt and t.kind not in ("model", "enum") and (t.kind, t.fmt) not in _REDUNDANT_FORMATS:
        return f"{t.swagger} ({t.fmt})"
    return t.swagger


def _auth_wire(scheme: AuthScheme) -> tuple[str, str]:
    """Where the credential goes, as the server reads it: HTTP header names are
    case-insensitive and the spec's ``name`` may be prose around the header
    (``header`` is the real name); query parameter names are case-sensitive."""
    if scheme.location == "basic":
        return ("basic", "")
    return (scheme.location, scheme.header.lower() if scheme.location == "header" else scheme.header)


def _auth_text(scheme: AuthScheme) -> str:
    if scheme.location == "basic":
        return "HTTP basic"
    return f"{scheme.location} {scheme.declared}"


def diff(old: Api, new: Api) -> Report:
    """Compare two built APIs; the result is deterministic for the same inputs."""
    differ = _Differ(old, new)
    differ.apis()
    differ.operations()
    differ.models()
    differ.auth()
    changes = tuple(sorted(set(differ.changes), key=Change.sort_key))
    return Report(Side(old.spec_version, old.spec_sha256), Side(new.spec_version, new.spec_sha256), changes)


def contexts(api: Api) -> Dict[str, Set[str]]:
    """Model name -> the contexts (``request``, ``response``) it is reachable from."""
    by_name = {m.name: m for m in api.models}
    ops = [op for cls in api.apis for op in cls.operations]
    request_roots = [name for op in ops for p in op.parameters for name in p.type.models()]
    response_roots = [name for op in ops if op.response is not None for name in op.response.models()]
    out: Dict[str, Set[str]] = {}
    for context, roots, skip_read_only in ((REQUEST, request_roots, True), (RESPONSE, response_roots, False)):
        for name in _reachable(by_name, roots, skip_read_only):
            out.setdefault(name, set()).add(context)
    return out


def _reachable(by_name: Dict[str, Model], roots: Iterable[str], skip_read_only: bool) -> Set[str]:
    seen: Set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        for prop in by_name[name].properties:
            if not (skip_read_only and prop.read_only):
                stack.extend(prop.type.models())
    return seen


OpKey = Tuple[str, str]  # (API class, method name)


@dataclass
class _Differ:
    old: Api
    new: Api
    changes: List[Change] = field(default_factory=list)

    def add(self, check: str, breaking: bool, location: str, message: str, **extra: Any) -> None:
        assert check in CHECKS, check
        self.changes.append(Change(check, breaking, location, message, **extra))

    # ---- API classes and operations ---------------------------------------
    def apis(self) -> None:
        old = {a.name for a in self.old.apis}
        new = {a.name for a in self.new.apis}
        for name in sorted(old - new):
            self.add("api-removed", True, name, f"API class {name} is gone")
        for name in sorted(new - old):
            self.add("api-added", False, name, f"new API class {name}")

    def operations(self) -> None:
        old = {(a.name, op.name): op for a in self.old.apis for op in a.operations}
        new = {(a.name, op.name): op for a in self.new.apis for op in a.operations}
        for key in sorted(old.keys() & new.keys()):
            self.operation(key[0], old[key], new[key])
        gone = sorted(old.keys() - new.keys())
        fresh = sorted(new.keys() - old.keys())
        for key in gone:
            match = [k for k in fresh if k[0] == key[0] and _route(new[k]) == _route(old[key])]
            if len(match) == 1:
                fresh.remove(match[0])
                self.renamed(key[0], old[key], new[match[0]])
                continue
            op = old[key]
            self.add(
                "operation-removed", True, _where(key), f"method {op.name} ({op.method} {op.path}) is gone",
                old=op.name, old_pointer=op.pointer,
            )
        for key in fresh:
            op = new[key]
            self.add(
                "operation-added", False, _where(key), f"new method {op.name} ({op.method} {op.path})",
                new=op.name, new_pointer=op.pointer,
            )

    def renamed(self, cls: str, old: Operation, new: Operation) -> None:
        self.add(
            "operation-renamed", True, f"{cls}.{old.name}",
            f"{old.method} {old.path} is now {new.name} (operationId {old.operation_id} -> {new.operation_id})",
            old=old.name, new=new.name, old_pointer=old.pointer, new_pointer=new.pointer,
        )
        self.operation(cls, old, new)

    def operation(self, cls: str, old: Operation, new: Operation) -> None:
        """Compare two operations that a user reaches as the same method (or a rename)."""
        where = f"{cls}.{new.name}"
        ptrs = {"old_pointer": old.pointer, "new_pointer": new.pointer}
        if old.method != new.method:
            self.add(
                "operation-method-changed", True, where, f"HTTP method {old.method} -> {new.method} ({new.path})",
                old=old.method, new=new.method, **ptrs,
            )
        if old.path != new.path:
            self.add(
                "operation-path-changed", True, where, f"path {old.path} -> {new.path}",
                old=old.path, new=new.path, **ptrs,
            )
        self.parameters(where, old, new, ptrs)
        before, after = type_text(old.response), type_text(new.response)
        if before != after:
            self.add(
                "response-type-changed", old.response is not None, where, f"returns {after}, was {before}",
                old=before, new=after, **ptrs,
            )

    def parameters(self, where: str, old: Operation, new: Operation, ptrs: Dict[str, str]) -> None:
        old_by = {p.attr: p for p in old.parameters}
        new_by = {p.attr: p for p in new.parameters}
        old_pos = [p.attr for p in old.positional]
        new_pos = [p.attr for p in new.positional]
        for attr in sorted(old_by.keys() - new_by.keys()):
            p = old_by[attr]
            how = f"positional argument {old_pos.index(attr) + 1}" if attr in old_pos else "keyword argument"
            self.add(
                "parameter-removed", True, f"{where}({attr})", f"{how} {attr} ({p.location}) is gone",
                old=type_text(p.type), **ptrs,
            )
        for attr in sorted(new_by.keys() - old_by.keys()):
            p = new_by[attr]
            if attr in new_pos:
                message = f"new required positional argument {new_pos.index(attr) + 1}: {attr} ({p.location})"
                shifted = [a for a in new_pos[new_pos.index(attr) + 1 :] if a in old_pos]
                if shifted:
                    message += f"; shifts {', '.join(shifted)}"
            else:
                message = f"new optional keyword argument {attr} ({p.location})"
            self.add(
                "parameter-added", attr in new_pos, f"{where}({attr})", message, new=type_text(p.type), **ptrs
            )
        for attr in sorted(old_by.keys() & new_by.keys()):
            self.parameter(f"{where}({attr})", old_by[attr], new_by[attr], attr in old_pos, attr in new_pos, ptrs)
        common_old = [a for a in old_pos if a in new_pos]
        common_new = [a for a in new_pos if a in old_pos]
        if common_old != common_new:
            self.add(
                "positional-order-changed", True, where,
                f"positional arguments ({', '.join(common_old)}) are now in the order ({', '.join(common_new)})",
                old=", ".join(common_old), new=", ".join(common_new), **ptrs,
            )

    def parameter(
        self, where: str, old: Parameter, new: Parameter, was_pos: bool, is_pos: bool, ptrs: Dict[str, str]
    ) -> None:
        if not old.required and new.required:
            self.add(
                "parameter-made-required", True, where,
                f"{new.attr} is now required (a positional argument); calls without it fail", **ptrs,
            )
        if old.required and not new.required:
            moved = was_pos and not is_pos
            note = "now keyword-only: positional callers get TypeError" if moved else "callers may omit it"
            self.add("parameter-made-optional", moved, where, f"{new.attr} is now optional, {note}", **ptrs)
        before, after = type_text(old.type), type_text(new.type)
        if before != after:
            self.add(
                "parameter-type-changed", True, where, f"type {before} -> {after}", old=before, new=after, **ptrs
            )
        if old.location != new.location:
            self.add(
                "parameter-location-changed", True, where, f"sent in {new.location}, was {old.location}",
                old=old.location, new=new.location, **ptrs,
            )
        elif old.collection and new.collection and old.collection != new.collection:
            self.add(
                "parameter-collection-changed", True, where,
                f"list sent as {new.collection}, was {old.collection}", old=old.collection, new=new.collection, **ptrs,
            )
        self.enum_values(where, old.enum, new.enum, (REQUEST,), ptrs)

    # ---- security schemes ----------------------------------------------------
    def auth(self) -> None:
        old = {a.name: a for a in self.old.auth}
        new = {a.name: a for a in self.new.auth}
        for name in sorted(old.keys() - new.keys()):
            self.add("auth-removed", True, f"auth {name}", f"security scheme {name} ({_auth_text(old[name])}) is gone")
        for name in sorted(new.keys() - old.keys()):
            self.add("auth-added", False, f"auth {name}", f"new security scheme {name} ({_auth_text(new[name])})")
        for name in sorted(old.keys() & new.keys()):
            before, after = _auth_text(old[name]), _auth_text(new[name])
            if _auth_wire(old[name]) != _auth_wire(new[name]):
                self.add(
                    "auth-changed", True, f"auth {name}", f"credential sent as {after}, was {before}",
                    old=before, new=after,
                )

    # ---- models ------------------------------------------------------------
    def models(self) -> None:
        old = {m.name: m for m in self.old.models}
        new = {m.name: m for m in self.new.models}
        ctx_old, ctx_new = contexts(self.old), contexts(self.new)
        for name in sorted(old.keys() - new.keys()):
            self.add(
                "model-removed", True, name, f"{old[name].kind} model {name} is gone",
                contexts=_ctx(ctx_old.get(name, set())), old_pointer=old[name].pointer,
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                "model-added", False, name, f"new {new[name].kind} model {name}",
                contexts=_ctx(ctx_new.get(name, set())), new_pointer=new[name].pointer,
            )
        for name in sorted(old.keys() & new.keys()):
            ctx = _ctx(ctx_old.get(name, set()) | ctx_new.get(name, set()))
            self.model(old[name], new[name], ctx)

    def model(self, old: Model, new: Model, ctx: Tuple[str, ...]) -> None:
        ptrs = {"old_pointer": old.pointer, "new_pointer": new.pointer}
        if old.kind != new.kind:
            self.add(
                "model-kind-changed", True, new.name, f"{new.name} is now an {new.kind}, was an {old.kind}",
                contexts=ctx, old=old.kind, new=new.kind, **ptrs,
            )
            return
        self.enum_values(new.name, old.enum, new.enum, ctx, ptrs)
        old_by = {p.attr: p for p in old.properties}
        new_by = {p.attr: p for p in new.properties}
        for attr in sorted(old_by.keys() - new_by.keys()):
            p = old_by[attr]
            self.field(new.name, "removed", p, ctx, f"field {attr} is gone", ptrs, old=type_text(p.type))
        for attr in sorted(new_by.keys() - old_by.keys()):
            p = new_by[attr]
            what = "required" if p.required else "optional"
            self.field(new.name, "added", p, ctx, f"new {what} field {attr}", ptrs, new=type_text(p.type))
        for attr in sorted(old_by.keys() & new_by.keys()):
            self.common_field(new.name, old_by[attr], new_by[attr], ctx, ptrs)
        self.field_order(new, [p.attr for p in old.properties], [p.attr for p in new.properties], ctx, ptrs)

    def common_field(
        self, model: str, old: Property, new: Property, ctx: Tuple[str, ...], ptrs: Dict[str, str]
    ) -> None:
        if not old.required and new.required:
            self.field(model, "made-required", new, ctx, f"{new.attr} is now required", ptrs)
        if old.required and not new.required:
            self.field(model, "made-optional", new, ctx, f"{new.attr} is now optional", ptrs)
        before, after = type_text(old.type), type_text(new.type)
        if before != after:
            self.field(model, "type-changed", new, ctx, f"type {before} -> {after}", ptrs, old=before, new=after)
        self.enum_values(f"{model}.{new.attr}", old.enum, new.enum, ctx, ptrs)

    def field(
        self, model: str, change: str, prop: Property, ctx: Tuple[str, ...], message: str,
        ptrs: Dict[str, str], **extra: Any,
    ) -> None:
        """Report a field change under the strictest applicable context (see the module doc)."""
        applicable = [c for c in ctx if not (c == REQUEST and prop.read_only and change != "removed")]
        verdicts = {c: _verdict(c, change, prop) for c in applicable or ["field"]}
        known = {c: v for c, v in verdicts.items() if v is not None}
        if not known:
            return  # e.g. required-ness of a field nobody sends: no effect on a client
        context = max(known, key=lambda c: (bool(known[c]), c == RESPONSE))
        check = f"{context}-field-{change}" if context != "field" else f"field-{change}"
        self.add(check, bool(known[context]), f"{model}.{prop.attr}", message, contexts=ctx, **ptrs, **extra)

    def field_order(
        self, model: Model, old: Sequence[str], new: Sequence[str], ctx: Tuple[str, ...], ptrs: Dict[str, str]
    ) -> None:
        # Shifts caused only by removed fields are part of those (already breaking) findings.
        kept = [a for a in old if a in new]
        moved = [a for a in kept if kept.index(a) != new.index(a)]
        if not moved:
            return
        sent = REQUEST in ctx
        why = "positional constructor calls now fill other fields" if sent else "only positional construction is affected"
        self.add(
            "field-order-changed", sent, model.name,
            f"constructor position of {', '.join(moved)} changed; {why}",
            contexts=ctx, old=", ".join(old), new=", ".join(new), **ptrs,
        )

    def enum_values(
        self, where: str, old: Sequence[str], new: Sequence[str], ctx: Tuple[str, ...], ptrs: Dict[str, str]
    ) -> None:
        if not old or not new:
            # An inline enum that appears or disappears only tightens or lifts a str
            # field's allowed values; its type stays str, so no value is "gone".
            return
        for value in sorted(set(old) - set(new)):
            self.add("enum-value-removed", True, f"{where}[{value}]", f"value {value!r} is gone",
                     contexts=ctx, old=value, **ptrs)
        for value in sorted(set(new) - set(old)):
            self.add("enum-value-added", False, f"{where}[{value}]", f"new value {value!r}",
                     contexts=ctx, new=value, **ptrs)


def _verdict(context: str, change: str, prop: Property) -> Optional[bool]:
    """Breaking? for a field change in a context; None when it does not matter there."""
    if context == REQUEST and change == "added":
        return prop.required
    return _FIELD_VERDICT.get((context, change))


def _route(op: Operation) -> Tuple[str, str]:
    return (op.method, op.path)


def _where(key: OpKey) -> str:
    return f"{key[0]}.{key[1]}"


def _ctx(values: Set[str]) -> Tuple[str, ...]:
    return tuple(sorted(values))
