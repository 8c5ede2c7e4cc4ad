"""Structural validation: Swagger 2.0 only, every ``$ref`` local and resolvable
and no ``$ref`` cycle that never reaches a schema, then openapi-spec-validator.

openapi-spec-validator is given no way to run for long on hostile input: it
sees a copy of the document without ``pattern`` strings (it would otherwise run
a spec's regular expression on the spec's own ``default``, a catastrophic-
backtracking trap; the generated client never uses ``pattern``), and
jsonschema's ``uniqueItems`` check, quadratic on arrays of objects, is replaced
by a linear one of the same meaning while the validator runs.

The generator's semantic checks (names that collide after renaming, things it
cannot map) are reported by :mod:`generator.build`, which owns those rules;
:func:`generator.pipeline.model` runs both, in that order.
"""

from __future__ import annotations

import contextlib
import importlib
from typing import Any, Callable, Iterator

from .errors import NOT_AN_OBJECT, Problem, one_line, pointer
from .swagger import HTTP_METHODS, resolve_ref
from .values import check_values


def check_version(doc: Any) -> list[Problem]:
    """Accept Swagger 2.0 documents only, with a clear word for everything else."""
    if not isinstance(doc, dict):
        return [Problem("", NOT_AN_OBJECT)]
    if "openapi" in doc:
        version = one_line(str(doc.get("openapi")), 40)
        return [Problem("/openapi", f"OpenAPI {version} is not supported yet; only Swagger 2.0")]
    if "swagger" not in doc:
        return [Problem("/swagger", "missing 'swagger: \"2.0\"'; not a Swagger 2.0 document")]
    if str(doc.get("swagger")) != "2.0":
        version = one_line(str(doc.get("swagger")), 40)
        return [Problem("/swagger", f"Swagger version {version} is not supported; only 2.0")]
    return []


def iter_refs(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every ``$ref`` value under ``node`` with its JSON pointer (prefixed by ``where``)."""
    stack = [(node, where)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                child = at + pointer(key)
                if key == "$ref" and not isinstance(value, (dict, list)):
                    yield child, value
                else:
                    stack.append((value, child))
        elif isinstance(current, list):
            stack.extend((value, at + pointer(i)) for i, value in enumerate(current))


def check_refs(doc: Any) -> list[Problem]:
    """Every ``$ref`` must be a local pointer that resolves, and following
    ``$ref`` after ``$ref`` must reach something that is not one."""
    problems = []
    cycles: dict[str, tuple[str, ...]] = {}  # ref -> the cycle it ends in; () when it reaches a schema
    for where, ref in iter_refs(doc):
        if not isinstance(ref, str):
            problems.append(Problem(where, "$ref must be a string"))
        elif not ref.startswith("#/"):
            problems.append(Problem(where, f"$ref {one_line(repr(ref), 80)}: only local references ('#/...') are supported"))
        else:
            try:
                resolve_ref(doc, ref)
            except KeyError:
                problems.append(Problem(where, f"$ref {one_line(repr(ref), 80)} does not resolve"))
            else:
                cycle = _ref_cycle(doc, ref, cycles)
                if cycle:
                    chain = " -> ".join(cycle[:4]) + (f" -> ... ({len(cycle) - 1} refs)" if len(cycle) > 4 else "")
                    problems.append(Problem(where, f"$ref cycle that never reaches a schema: {one_line(chain, 200)}"))
    return problems


def _ref_cycle(doc: Any, ref: str, known: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The cycle ``A -> ... -> A`` that following ``ref`` through objects that are
    themselves ``$ref`` ends in, or ``()`` when it reaches a schema.

    ``known`` remembers every ref already followed, so a long chain costs
    linear time over all the refs of a document, not quadratic.
    """
    path: list[str] = []
    on_path: dict[str, int] = {}
    current: Any = ref
    result: tuple[str, ...] = ()
    while isinstance(current, str):
        if current in known:
            result = known[current]
            break
        if current in on_path:
            loop = path[on_path[current] :]
            result = (*loop, current)
            break
        on_path[current] = len(path)
        path.append(current)
        try:
            node = resolve_ref(doc, current)
        except KeyError:  # reported where that $ref is written
            break
        current = node.get("$ref") if isinstance(node, dict) else None
    for step in path:
        known[step] = result
    return result


def check_operation_ids(doc: Any) -> list[Problem]:
    """operationIds must be unique; the second use is named with the first's place. The only
    such check: it runs before anything is built, in ``validate`` and ``generate`` alike. Only
    operations count (``x-`` extensions and ``parameters`` of a path item are not ones)."""
    problems = []
    first: dict[str, str] = {}
    paths = doc.get("paths") if isinstance(doc, dict) else None
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict) or not isinstance(op.get("operationId"), str):
                continue
            where = pointer("paths", path, method, "operationId")
            seen = first.setdefault(op["operationId"], where)
            if seen != where:
                problems.append(Problem(where, f"operationId {op['operationId']!r} is also used at {seen}"))
    return problems


def _all_of_refs(doc: Any, schema: Any, at: str) -> list[tuple[str, str]]:
    """(pointer of the part, pointer of the schema it resolves to) for every ``$ref``
    part of ``schema``'s ``allOf``, inline parts' own ``allOf`` included; a ``$ref``
    to a ``$ref`` is followed to its end (check_refs has made sure there is one)."""
    out = []
    stack = [(schema, at)]
    while stack:
        node, where = stack.pop()
        parts = node.get("allOf") if isinstance(node, dict) else None
        for i, part in enumerate(parts if isinstance(parts, list) else ()):
            here = where + pointer("allOf", i)
            if not isinstance(part, dict) or not isinstance(part.get("$ref"), str):
                stack.append((part, here))
                continue
            ref = part["$ref"]
            target = resolve_ref(doc, ref)
            while isinstance(target, dict) and isinstance(target.get("$ref"), str):
                ref = target["$ref"]
                target = resolve_ref(doc, ref)
            out.append((here, ref[1:]))
    return out


def check_all_of_cycles(doc: Any) -> list[Problem]:
    """A schema may not inherit from itself through ``allOf`` (``A = allOf[B]``,
    ``B = allOf[A]``): it has no finite set of properties, and openapi-spec-validator
    runs out of stack on it. One problem per cycle, at the part that closes it."""
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1: on the DFS path, 2: finished
    defs = doc.get("definitions") if isinstance(doc, dict) else None
    for key, schema in defs.items() if isinstance(defs, dict) else ():
        root = pointer("definitions", key)
        if root in state:
            continue
        path = [root]
        state[root] = 1
        todo = [iter(_all_of_refs(doc, schema, root))]
        while todo:  # iterative DFS: a long inheritance chain must not exhaust the stack
            step = next(todo[-1], None)
            if step is None:
                todo.pop()
                state[path.pop()] = 2
                continue
            part, target = step
            if state.get(target) == 1:
                cycle = " -> ".join([*path[path.index(target) :], target])
                problems.append(Problem(part, f"allOf cycle: {one_line(cycle, 200)}"))
            elif target not in state:
                state[target] = 1
                path.append(target)
                todo.append(iter(_all_of_refs(doc, resolve_ref(doc, "#" + target), target)))
    return problems


def _validator_problem(error: Any) -> Problem:
    path = [str(p) for p in getattr(error, "absolute_path", [])]
    message = str(getattr(error, "message", error))
    instance = getattr(error, "instance", None)
    if instance is not None:
        text = repr(instance)
        if message.startswith(text):
            message = one_line(text, 60) + message[len(text) :]
    return Problem(pointer(*path), message)


def without_patterns(node: Any) -> Any:
    """A copy of ``node`` without the string values of ``pattern`` keys (iterative: no recursion)."""
    top: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(node, top, 0)]
    while stack:
        current, holder, slot = stack.pop()
        if isinstance(current, dict):
            copy: Any = {}
            for key, value in current.items():
                if key == "pattern" and isinstance(value, str):
                    continue
                copy[key] = None
                stack.append((value, copy, key))
        elif isinstance(current, list):
            copy = [None] * len(current)
            stack.extend((value, copy, i) for i, value in enumerate(current))
        else:
            copy = current
        holder[slot] = copy
    return top[0]


def _canonical(value: Any) -> Any:
    """A hashable stand-in for a JSON value, equal exactly when jsonschema's ``equal`` says so
    (``True`` is not ``1``, ``1`` is ``1.0``)."""
    if value is True or value is False:
        return ("bool", value)
    if isinstance(value, str):
        return ("str", value)
    if isinstance(value, (int, float)):
        return ("num", value)
    if isinstance(value, dict):
        return ("map", frozenset((k, _canonical(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return ("seq", tuple(_canonical(v) for v in value))
    if value is None:
        return ("null",)
    return ("other", repr(value))


def _linear_uniq(container: Any) -> bool:
    """jsonschema's ``uniq`` (are all items distinct?) in linear time."""
    seen = set()
    for item in container:
        key = _canonical(item)
        if key in seen:
            return False
        seen.add(key)
    return True


@contextlib.contextmanager
def _fast_unique_items() -> Iterator[None]:
    """Swap jsonschema's quadratic ``uniq`` for :func:`_linear_uniq` while the validator runs
    (2,000 objects in one ``enum`` took 15 s); a jsonschema without it is left alone."""
    try:
        _keywords = importlib.import_module("jsonschema._keywords")
    except ImportError:  # pragma: no cover - another jsonschema layout
        yield
        return
    namespace = vars(_keywords)  # uniqueItems() looks ``uniq`` up here on every call
    original = namespace.get("uniq")
    if original is None:  # pragma: no cover
        yield
        return
    namespace["uniq"] = _linear_uniq
    try:
        yield
    finally:
        namespace["uniq"] = original


def without_mismatched_values(doc: Any, copy: Any) -> Any:
    """``copy`` (of ``doc``) without the defaults and examples :mod:`generator.values`
    finds wrong: the pipeline reports those at their pointers, as warnings unless
    ``--strict``; openapi-spec-validator would report them at ``/``, as errors."""
    for problem in check_values(doc):
        parent, _, key = problem.pointer.rpartition("/")
        try:
            node = resolve_ref(copy, "#" + parent)
        except KeyError:  # pragma: no cover - the pointer comes from the same document
            continue
        if isinstance(node, dict):
            node.pop(key, None)
    return copy


def check_schema(doc: Any) -> list[Problem]:
    """Run openapi-spec-validator's Swagger 2.0 checks (see the module docstring for the bounds)."""
    from openapi_spec_validator import OpenAPIV2SpecValidator

    problems = []
    try:
        with _fast_unique_items():
            for error in OpenAPIV2SpecValidator(without_mismatched_values(doc, without_patterns(doc))).iter_errors():
                problems.append(_validator_problem(error))
    except RecursionError:
        problems.append(
            Problem("", "openapi-spec-validator ran out of stack: schemas or $ref chains nest too deeply to check")
        )
    except Exception as exc:  # the validator has crashed on odd input; report, don't trace
        if problems:  # it crashed on something it had already reported (``paths: 7``, say)
            return problems
        problems.append(Problem("", f"openapi-spec-validator failed: {type(exc).__name__}: {one_line(str(exc), 200)}"))
    return _without_relative_twins(doc, problems)


def _resolves(doc: Any, where: str) -> bool:
    try:
        resolve_ref(doc, "#" + where)
    except KeyError:
        return False
    return True


def _without_relative_twins(doc: Any, problems: list[Problem]) -> list[Problem]:
    """openapi-spec-validator checks a schema twice, once in the document and once on its
    own, and reports the second time with a pointer relative to the schema
    (``/properties/id/type`` beside ``/definitions/Pet/properties/id/type``). Such a
    pointer names nothing in the document; drop it where the full one says the same."""
    tails = set()  # (every proper tail of a pointer, its message)
    for problem in problems:
        where = problem.pointer
        for at in range(1, len(where)):
            if where[at] == "/":
                tails.add((where[at:], problem.message))
    kept = []
    for problem in problems:
        if not ((problem.pointer, problem.message) in tails and not _resolves(doc, problem.pointer)):
            kept.append(problem)
    return kept


def check_structure(doc: Any) -> list[Problem]:
    """The checks that run before openapi-spec-validator (cheap, and what it cannot survive):
    Swagger 2.0, every ``$ref``, unique operationIds, no ``allOf`` cycle."""
    problems = check_version(doc)
    if problems:
        return problems
    return check_refs(doc) + check_operation_ids(doc) or check_all_of_cycles(doc)


def validate_document(doc: Any, check_schema: Callable[[Any], list[Problem]] = check_schema) -> list[Problem]:
    """All structural problems of ``doc``; empty when it may be built. ``check_schema`` runs
    openapi-spec-validator (:func:`generator.validate_cache.check_schema_cached` gives the same
    verdict, faster on a document found valid before)."""
    return check_structure(doc) or check_schema(doc)
