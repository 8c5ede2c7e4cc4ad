"""Builders for the hostile corpus: specs too large or too regular to keep as files,
the injection payloads, and the checks shared by test_hostile.py and test_property.py.

Static cases live next to this file (``*.json``, ``*.yaml``) with their exact
expected CLI outcome in ``expected.json``.
"""

from __future__ import annotations

import contextlib
import io
import json
import tokenize
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Tuple

HERE = Path(__file__).resolve().parent

# Each tries another way out of a string literal, a docstring, a comment or a template.
PAYLOADS: Tuple[str, ...] = (
    '"""; import os; os.system("touch PWNED") #',
    "\n__import__('os').system('touch PWNED')",
    "'''\n__import__('os').system('touch PWNED')\n'''",
    '\\"""\n__import__("os").system("touch PWNED")#\\',
    '\u2028__import__("os").system("touch PWNED")\u0085#\u2029x\x0b\x0c\x1c',
    '\r__import__("os").system("touch PWNED")\r\n\r',
    '{{ 7*7 }}{% for x in [1] %}__import__("os").system("touch PWNED"){% endfor %}{# #}',
    'nul\x00 esc\x1b[31m surrogate\ud800 bidi\u202e end"""',
    "A" * 3000 + '"""\n__import__("os").system("touch PWNED")\n' + "B" * 3000 + '"',
    '\\N{BULLET} \\x41 \\u0041 $(touch PWNED) `touch PWNED` ${x} <!-- */ \\',
)
# Occurrences of these in generated Python must all lie inside string tokens.
MARKERS: Tuple[str, ...] = ("touch PWNED", "os.system(", "__import__('os')", '__import__("os")')


def minimal(**fields: Any) -> Dict[str, Any]:
    spec: Dict[str, Any] = {"swagger": "2.0", "info": {"title": "hostile", "version": "1.0.0"}, "paths": {}}
    spec.update(fields)
    return spec


def ref(name: str) -> Dict[str, str]:
    return {"$ref": "#/definitions/" + name.replace("~", "~0").replace("/", "~1")}


def injection_spec(payload: str) -> Dict[str, Any]:
    """A valid spec whose every text field, name and value carries ``payload``.

    The one operation worth calling is ``POST /things/{id}``: body first (a
    ``payload``-named model whose ``payload``-named property is required),
    then ``id``; it returns the same model, which refers to itself.
    """
    model = payload + " Thing"
    enum = payload + " Kind"
    text = {"title": payload, "description": payload}
    prop = {"type": "string", "default": payload, "example": payload, "enum": [payload, "b"], **text}
    return {
        "swagger": "2.0",
        "info": {"version": "1.0.0", **text},
        "tags": [{"name": payload, "description": payload}],
        "securityDefinitions": {
            payload: {"type": "apiKey", "in": "header", "name": payload, "description": payload},
            "query " + payload: {"type": "apiKey", "in": "query", "name": payload},
        },
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "Create" + payload,
                    "summary": payload,
                    "description": payload,
                    "tags": [payload],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "type": "string", "description": payload},
                        {"name": "body", "in": "body", "required": True, "schema": ref(model), "description": payload},
                        {"name": payload, "in": "query", "type": "string", "default": payload,
                         "enum": [payload, "b"], "description": payload},
                        {"name": "X-" + payload, "in": "header", "type": "string", "description": payload},
                        {"name": "mode", "in": "query", "type": "array", "items": {"type": "string"},
                         "collectionFormat": "multi", "description": payload},
                    ],
                    "responses": {
                        "200": {"description": payload, "schema": ref(model)},
                        "default": {"description": payload, "schema": ref(model)},
                    },
                }
            },
            "/other/" + payload.replace("{", "(").replace("}", ")"): {
                "get": {"operationId": payload, "summary": payload, "tags": [payload],
                        "responses": {"200": {"description": payload, "schema": ref(enum)}}}
            },
        },
        "definitions": {
            model: {
                "type": "object",
                "required": [payload],
                "properties": {
                    payload: prop,
                    "nested": {**ref(model)},
                    "kind": ref(enum),
                    "inline": {"type": "object", "properties": {payload: {"type": "integer", **text}}, **text},
                    "tags": {"type": "array", "items": {"type": "string", "enum": [payload]}, **text},
                },
                "example": {payload: payload},
                **text,
            },
            enum: {"type": "string", "enum": [payload, payload + "2", "plain"], "default": payload, **text},
        },
    }


# Property and parameter names that are keywords, soft keywords, builtins, the
# client's own keyword arguments and the models' helpers, and names that are
# empty, numeric, dashed, dotted, spaced, non-ASCII or equal after snake_case.
HOSTILE_NAMES: Tuple[str, ...] = (
    "self", "class", "def", "import", "None", "True", "match", "case", "type", "_", "print", "str", "int",
    "list", "dict", "object", "Optional", "Any", "List", "body", "async_req", "_request_timeout",
    "_preload_content", "_return_http_data_only", "_headers", "_retries", "kwargs", "args", "result",
    "to_dict", "to_str", "from_dict", "swagger_types", "attribute_map", "additional_properties",
    "discriminator", "_d", "_c", "_wire", "_types", "__slots__", "__init__", "__class__", "__dict__",
    "api_client", "1abc", "123", "a-b", "a.b", "a b", "é", "日本語", "fooBar", "foo_bar", "FooBar",
    "foo-bar", "__", "-", "\u2028", "\x00", "__import__", "TYPE_CHECKING", "annotations", "_m", "_b",
)


def names_spec(names: Sequence[str] = HOSTILE_NAMES) -> Dict[str, Any]:
    """Model ``Thing`` has a string property for each name; ``POST /things`` takes a
    ``Thing`` body and a string query parameter for each name (the empty name
    only as a property: it cannot be a query key) and returns a ``Thing``."""
    props = {name: {"type": "string"} for name in ("", *names)}
    params: List[Dict[str, Any]] = [{"name": n, "in": "query", "type": "string"} for n in names]
    params.append({"name": "body", "in": "body", "required": True, "schema": ref("Thing")})
    return minimal(
        definitions={"Thing": {"type": "object", "properties": props}},
        paths={"/things": {"post": {"operationId": "MakeThing", "tags": ["T"], "parameters": params,
                                    "responses": {"200": {"description": "ok", "schema": ref("Thing")}}}}},
    )


# Every hard keyword (``async`` and ``await`` included) and every soft keyword of any
# supported Python, spelled out so the case does not depend on the running version.
KEYWORD_NAMES: Tuple[str, ...] = (
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    "match", "case", "type", "_",
)


def keywords_spec(names: Sequence[str] = KEYWORD_NAMES) -> Dict[str, Any]:
    """Each name is a definition (with a property of that name), a tag, an operationId
    (``GET /kw/<i>`` returning that definition) and a query parameter; model ``Kw``
    has every name as a property, and ``POST /kw`` takes it, every name as a query
    parameter too, and returns it."""
    defs: Dict[str, Any] = {n: {"type": "object", "properties": {n: {"type": "string"}}} for n in names}
    defs["Kw"] = {"type": "object", "properties": {n: {"type": "string"} for n in names}}
    paths: Dict[str, Any] = {
        f"/kw/{i}": {"get": {
            "operationId": n, "tags": [n],
            "parameters": [{"name": n, "in": "query", "type": "string"}],
            "responses": {"200": {"description": "ok", "schema": ref(n)}},
        }}
        for i, n in enumerate(names)
    }
    paths["/kw"] = {"post": {
        "operationId": "KwEcho", "tags": ["async"],
        "parameters": [{"name": "body", "in": "body", "required": True, "schema": ref("Kw")},
                       *({"name": n, "in": "query", "type": "string"} for n in names)],
        "responses": {"200": {"description": "ok", "schema": ref("Kw")}},
    }}
    return minimal(definitions=defs, paths=paths)


def recursive_spec() -> Dict[str, Any]:
    """``Node`` refers to itself three ways; ``Ping``/``Pong`` refer to each other."""
    return minimal(
        definitions={
            "Node": {"type": "object", "properties": {
                "name": {"type": "string"},
                "parent": ref("Node"),
                "children": {"type": "array", "items": ref("Node")},
                "by_name": {"type": "object", "additionalProperties": ref("Node")},
                "ping": ref("Ping"),
            }},
            "Ping": {"type": "object", "properties": {"n": {"type": "integer"}, "pong": ref("Pong")}},
            "Pong": {"type": "object", "properties": {"pings": {"type": "array", "items": ref("Ping")}}},
            "Forest": {"type": "array", "items": ref("Node")},
        },
        paths={"/tree": {"get": {"operationId": "GetTree", "tags": ["Trees"],
                                 "responses": {"200": {"description": "ok", "schema": ref("Node")}}}},
               "/forest": {"get": {"operationId": "GetForest", "tags": ["Trees"],
                                   "responses": {"200": {"description": "ok", "schema": ref("Forest")}}}}},
    )


# definition name -> the models/ module it must become
FILE_NAMES: Dict[str, str] = {
    "../x": "x",
    "/abs": "abs",
    "a/b": "ab",
    ".hidden": "hidden",
    "CON": "con_",
    "nul": "nul_",
    "LPT1": "lpt1_",
    "com1.py": "com1_py",
    "__init__": "init_",
    "None": "none",
    "Ä": "u00c4",
    "M" * 300: "m" * 67 + "_" + "b6843f1f3c2f",
    "C:\\temp\\x": "c_temp_x",
}


def file_names_spec() -> Dict[str, Any]:
    defs = {name: {"type": "object", "properties": {"v": {"type": "string"}}} for name in FILE_NAMES}
    defs["nul"] = {"type": "string", "enum": ["a", "b"]}
    return minimal(definitions=defs)


def nested_inline(levels: int, how: str) -> Dict[str, Any]:
    """A schema ``levels`` deep: ``properties``, ``items``, ``additionalProperties`` or ``allOf``."""
    schema: Dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        if how == "properties":
            schema = {"type": "object", "properties": {"p": schema}}
        elif how == "items":
            schema = {"type": "array", "items": schema}
        elif how == "additionalProperties":
            schema = {"type": "object", "additionalProperties": schema}
        else:
            schema = {"allOf": [schema]}
    return schema


def deep_spec(levels: int, how: str) -> Dict[str, Any]:
    return minimal(
        definitions={"Deep": nested_inline(levels, how)},
        paths={"/deep": {"get": {"operationId": "GetDeep", "tags": ["T"],
                                 "responses": {"200": {"description": "ok", "schema": ref("Deep")}}}}},
    )


def alias_chain(length: int) -> Dict[str, Any]:
    """``D0`` is an array of ``D1``, an array of ``D2`` ... of strings: no models, deep types."""
    defs: Dict[str, Any] = {f"D{i}": {"type": "array", "items": ref(f"D{i + 1}")} for i in range(length)}
    defs[f"D{length}"] = {"type": "string"}
    return minimal(definitions=defs, paths={"/x": {"get": {"operationId": "GetX", "responses": {
        "200": {"description": "ok", "schema": ref("D0")}}}}})


def deep_json(levels: int) -> str:
    return '{"swagger": "2.0", "x-deep": ' + "[" * levels + "]" * levels + "}"


def deep_yaml_flow(levels: int) -> str:
    return 'swagger: "2.0"\nx-deep: ' + "[" * levels + "]" * levels + "\n"


def deep_yaml_block(levels: int) -> str:
    return 'swagger: "2.0"\nx-deep:\n' + "".join(" " * (i + 1) + "a:\n" for i in range(levels))


def write_spec(path: Path, doc: Any) -> Path:
    """Write ``doc`` as ASCII JSON (lone surrogates become ``\\udXXX`` escapes)."""
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    return path


def run_cli(argv: Sequence[str]) -> Tuple[int, str, str]:
    """``generator.cli.main(argv)`` in this process: (exit status, stdout, stderr)."""
    from generator import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def snapshot(root: Path) -> Dict[str, bytes]:
    """Every file and folder under ``root`` (relative POSIX path -> bytes; folders map to b"/")."""
    out: Dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        out[rel] = b"/" if path.is_dir() and not path.is_symlink() else path.read_bytes()
    return out


def string_spans(source: str) -> List[Tuple[int, int]]:
    """(start, end) character offsets of every string token of ``source``."""
    # the tokenizer counts lines by "\n" only, and so must this index
    line_starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            line_starts.append(i + 1)
    spans = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING:
            (srow, scol), (erow, ecol) = tok.start, tok.end
            spans.append((line_starts[srow - 1] + scol, line_starts[erow - 1] + ecol))
    return spans


def outside_strings(source: str, markers: Iterable[str] = MARKERS) -> List[str]:
    """Each marker occurrence in ``source`` that is not inside a string token (should be none)."""
    spans = string_spans(source)
    bad = []
    for marker in markers:
        start = source.find(marker)
        while start != -1:
            end = start + len(marker)
            if not any(a <= start and end <= b for a, b in spans):
                line = source.count("\n", 0, start) + 1
                bad.append(f"{marker!r} at line {line}")
            start = source.find(marker, start + 1)
    return bad


def line_break_problems(source: str) -> List[str]:
    """Characters that ``str.splitlines`` (black) or the tokenizer would read as a
    line break other than ``\\n``, or that no Python source may hold."""
    bad = []
    for ch in ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"):
        if ch in source:
            bad.append(f"raw {ch!r}")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in source):
        bad.append("a lone surrogate")
    return bad


def python_files(out: Path) -> Dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.py"))}
