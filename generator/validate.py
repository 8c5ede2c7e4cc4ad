"""Structural validation: Swagger 2.0 only, every ``$ref`` local and resolvable,
then openapi-spec-validator.

The generator's semantic checks (names that collide after renaming, things it
cannot map) are reported by :mod:`generator.build`, which owns those rules;
:func:`generator.pipeline.check` runs both.
"""

from __future__ import annotations

from typing import Any, Iterator

from .errors import Problem, one_line, pointer


def check_version(doc: Any) -> list[Problem]:
    """Accept Swagger 2.0 documents only, with a clear word for everything else."""
    if not isinstance(doc, dict):
        return [Problem("", "a spec must be a JSON/YAML object")]
    if "openapi" in doc:
        version = one_line(str(doc.get("openapi")), 40)
        return [Problem("/openapi", f"OpenAPI {version} is not supported yet; only Swagger 2.0")]
    if "swagger" not in doc:
        return [Problem("/swagger", "missing 'swagger: \"2.0\"'; not a Swagger 2.0 document")]
    if str(doc.get("swagger")) != "2.0":
        version = one_line(str(doc.get("swagger")), 40)
        return [Problem("/swagger", f"Swagger version {version} is not supported; only 2.0")]
    return []


def resolve_ref(doc: Any, ref: str) -> Any:
    """Return the node a local ``$ref`` points at; raise KeyError if none."""
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def _refs(node: Any, where: str) -> Iterator[tuple[str, Any]]:
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
    """Every ``$ref`` must be a local pointer that resolves."""
    problems = []
    for where, ref in _refs(doc, ""):
        if not isinstance(ref, str):
            problems.append(Problem(where, "$ref must be a string"))
        elif not ref.startswith("#/"):
            problems.append(Problem(where, f"$ref {ref!r}: only local references ('#/...') are supported"))
        else:
            try:
                resolve_ref(doc, ref)
            except KeyError:
                problems.append(Problem(where, f"$ref {ref!r} does not resolve"))
    return problems


def check_operation_ids(doc: Any) -> list[Problem]:
    """operationIds must be unique; the second use is named with the first's place."""
    problems = []
    first: dict[str, str] = {}
    paths = doc.get("paths") if isinstance(doc, dict) else None
    for path, item in (paths or {}).items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if not isinstance(op, dict) or not isinstance(op.get("operationId"), str):
                continue
            where = pointer("paths", path, method, "operationId")
            seen = first.setdefault(op["operationId"], where)
            if seen != where:
                problems.append(Problem(where, f"operationId {op['operationId']!r} is also used at {seen}"))
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


def check_schema(doc: Any) -> list[Problem]:
    """Run openapi-spec-validator's Swagger 2.0 checks."""
    from openapi_spec_validator import OpenAPIV2SpecValidator

    problems = []
    try:
        for error in OpenAPIV2SpecValidator(doc).iter_errors():
            problems.append(_validator_problem(error))
    except RecursionError:
        problems.append(Problem("", "openapi-spec-validator: document nests too deeply"))
    except Exception as exc:  # the validator has crashed on odd input; report, don't trace
        problems.append(Problem("", f"openapi-spec-validator failed: {type(exc).__name__}: {exc}"))
    return problems


def validate_document(doc: Any) -> list[Problem]:
    """All structural problems of ``doc``; empty when it may be built."""
    problems = check_version(doc)
    if problems:
        return problems
    problems = check_refs(doc) + check_operation_ids(doc)
    if problems:
        return problems
    return check_schema(doc)
