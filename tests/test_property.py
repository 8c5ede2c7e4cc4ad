"""Property-based tests: random specs, random names and texts from the whole of Unicode.

For every generated input: no traceback (the CLI runs in-process, stderr
captured), every generated module compiles, generation is deterministic and
writes nothing outside ``--out``. Rendering without black is used for most
examples; the full pipeline (with black) and imports in a fresh interpreter
run on a few. ``CMLAPI_GEN_FUZZ_EXAMPLES`` sets the example count (default 25;
``make fuzz`` uses 2000).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Tuple

from hostile import builders as hb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import naming, write
from generator.build import build_api
from generator.errors import SpecError
from generator.pipeline import produce
from generator.pyliteral import doc, literal
from generator.validate import validate_document

EXAMPLES = max(1, int(os.environ.get("CMLAPI_GEN_FUZZ_EXAMPLES", "25")))


def budget(share: int = 1, floor: int = 1) -> settings:
    """Settings for ``EXAMPLES // share`` examples (at least ``floor``)."""
    return settings(
        max_examples=max(floor, EXAMPLES // share),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# ---- strategies ---------------------------------------------------------------------------

# the whole of Unicode (surrogates included, which JSON carries as \udXXX escapes), plus the
# characters that break naive escaping, so they turn up often
TRICKY = list('"\'\\{}%#_-./~ \n\r\t\x00\x0b\x0c\x1b\x7f\x85\u2028\u2029\u202e\ufeff') + ["\ud800", "\udfff", "é", "日", "\U0001d518"]
CHARS = st.one_of(st.characters(exclude_categories=()), st.sampled_from(TRICKY))
TEXT = st.text(CHARS, max_size=40)
NAME = st.one_of(
    st.text(CHARS, max_size=12),
    st.sampled_from(hb.HOSTILE_NAMES),
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,10}", fullmatch=True),
)
SCALAR_TYPES = st.sampled_from(["string", "integer", "number", "boolean"])


def scalar_schema(draw: Any) -> Dict[str, Any]:
    kind = draw(SCALAR_TYPES)
    schema: Dict[str, Any] = {"type": kind}
    if draw(st.booleans()):
        schema["description"] = draw(TEXT)
    if kind == "string" and draw(st.integers(0, 3)) == 0:
        schema["enum"] = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
    if kind == "string" and draw(st.integers(0, 3)) == 0:
        schema["format"] = draw(st.sampled_from(["date-time", "date", "int64", "byte", draw(TEXT)]))
    if kind == "integer" and draw(st.booleans()):
        schema["format"] = draw(st.sampled_from(["int32", "int64"]))
    return schema


@st.composite
def schemas(draw: Any, refs: List[str], depth: int = 0) -> Dict[str, Any]:
    """A schema at most four levels deep, referring to the definitions in ``refs``."""
    choice = draw(st.integers(0, 9 if depth < 4 else 3))
    if choice <= 2:
        return scalar_schema(draw)
    if choice == 3 and refs:
        return hb.ref(draw(st.sampled_from(refs)))
    if choice <= 5:
        return {"type": "array", "items": draw(schemas(refs, depth + 1))}
    if choice == 6:
        return {"type": "object", "additionalProperties": draw(schemas(refs, depth + 1))}
    if choice == 7:
        return {"allOf": [draw(schemas(refs, depth + 1)) for _ in range(draw(st.integers(1, 2)))]}
    props = draw(st.dictionaries(NAME, schemas(refs, depth + 1), max_size=4))
    schema: Dict[str, Any] = {"type": "object", "properties": props}
    if props and draw(st.booleans()):
        schema["required"] = sorted(draw(st.sets(st.sampled_from(sorted(props)), min_size=1)))
    if draw(st.booleans()):
        schema["title"] = draw(TEXT)
        schema["description"] = draw(TEXT)
    return schema


@st.composite
def operations(draw: Any, refs: List[str], index: int) -> Tuple[str, str, Dict[str, Any]]:
    """(path, method, operation): unique path per index, path parameters declared."""
    templated = draw(st.booleans())
    path = f"/r{index}" + ("/{id}" if templated else "") + draw(st.sampled_from(["", "/x", ":do"]))
    params: List[Dict[str, Any]] = []
    if templated:
        params.append({"name": "id", "in": "path", "required": True, "type": "string", "description": draw(TEXT)})
    seen = {("id", "path")}
    for _ in range(draw(st.integers(0, 4))):
        name, where = draw(NAME), draw(st.sampled_from(["query", "header"]))
        if (name, where) in seen:
            continue
        seen.add((name, where))
        param = {"name": name, "in": where, "required": draw(st.booleans()), "description": draw(TEXT)}
        param.update(scalar_schema(draw))
        params.append(param)
    if draw(st.booleans()):
        params.append({"name": draw(NAME), "in": "body", "required": draw(st.booleans()),
                       "schema": draw(schemas(refs))})
    op: Dict[str, Any] = {"parameters": params, "summary": draw(TEXT), "description": draw(TEXT),
                          "responses": {"200": {"description": draw(TEXT)}}}
    if draw(st.booleans()):
        op["responses"]["200"]["schema"] = draw(schemas(refs))
    if draw(st.booleans()):
        op["operationId"] = draw(NAME)
    if draw(st.booleans()):
        op["tags"] = draw(st.lists(NAME, min_size=1, max_size=2, unique=True))
    return path, draw(st.sampled_from(["get", "post", "put", "delete", "patch"])), op


@st.composite
def specs(draw: Any) -> Dict[str, Any]:
    """A Swagger 2.0 document that is usually valid: random names, texts, nesting and $refs
    (self- and mutually recursive ones included)."""
    names = draw(st.lists(NAME, max_size=5, unique=True))
    definitions = {name: draw(schemas(names)) for name in names}
    paths: Dict[str, Any] = {}
    for i in range(draw(st.integers(0, 4))):
        path, method, op = draw(operations(names, i))
        paths.setdefault(path, {})[method] = op
    spec = hb.minimal(definitions=definitions, paths=paths)
    spec["info"] = {"title": draw(TEXT), "description": draw(TEXT), "version": "1.0.0"}
    if draw(st.booleans()):
        spec["securityDefinitions"] = {draw(NAME): {"type": "apiKey", "in": draw(st.sampled_from(["header", "query"])),
                                                    "name": draw(TEXT)}}
    return spec


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@st.composite
def broken_specs(draw: Any) -> Any:
    """Anything: a random spec with one node replaced by random JSON, or random JSON outright."""
    if draw(st.booleans()):
        return draw(JSON)
    spec = draw(specs())
    node: Any = spec
    for _ in range(draw(st.integers(0, 5))):
        if not isinstance(node, dict) or not node:
            break
        key = draw(st.sampled_from(sorted(node)))
        if draw(st.integers(0, 2)) == 0 or not isinstance(node[key], dict):
            node[key] = draw(JSON)
            break
        node = node[key]
    return spec


# ---- helpers -------------------------------------------------------------------------------


def built(spec: Dict[str, Any]) -> Any:
    """The IR, or None when the spec is (correctly) refused with located problems."""
    if validate_document(spec):
        return None
    try:
        return build_api(spec, package_name="cmlapi", package_version=None, spec_sha256="0" * 64)
    except SpecError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return None


def assert_clean_stderr(code: int, err: str, spec: Path) -> None:
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    for line in err.splitlines():
        assert line.startswith("error: ") or line == f"{spec}: valid", line
    assert (code == 0) == (err in ("", f"{spec}: valid\n")), err
    if "is not shaped like Swagger 2.0" in err:  # build's safety net: only beside the validator's word
        assert len(err.splitlines()) > 1, err


# ---- the pipeline ------------------------------------------------------------------------------


@budget()
@given(st.one_of(specs(), broken_specs()))
def test_property_validate_never_tracebacks(spec: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = hb.write_spec(Path(tmp) / "spec.json", spec)
        code, _, err = hb.run_cli(["validate", str(path)])
        assert_clean_stderr(code, err, path)


@budget(share=5, floor=3)
@given(st.one_of(specs(), broken_specs()))
def test_property_generate_failure_or_success_is_clean(spec: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = hb.write_spec(root / "spec.json", spec)
        out = root / "out"
        out.mkdir()
        (out / "marker").write_text("old")
        before = hb.snapshot(root)
        code, _, err = hb.run_cli(["generate", str(path), "--out", str(out)])
        assert_clean_stderr(code, err, path)
        if code:
            assert hb.snapshot(root) == before
        else:
            assert sorted(p.name for p in root.iterdir()) == ["out", "spec.json"]


@budget()
@given(specs())
def test_property_rendered_modules_compile(spec: Dict[str, Any]) -> None:
    api = built(spec)
    if api is None:
        return
    files = produce(api)
    assert produce(api) == files  # deterministic
    write.check_collisions(files)
    for rel, text in files.items():
        write.safe_relpath(rel)
        if rel.endswith(".py"):
            compile(text, rel, "exec")
            assert hb.line_break_problems(text) == [], rel
            assert hb.outside_strings(text) == [], rel


@budget(share=10, floor=2)
@given(specs())
def test_property_full_generation_is_deterministic_and_contained(spec: Dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = hb.write_spec(root / "spec.json", spec)
        first = hb.run_cli(["generate", str(path), "--out", str(root / "a")])
        second = hb.run_cli(["generate", str(path), "--out", str(root / "b")])
        assert_clean_stderr(first[0], first[2], path)
        assert (first[0], first[2]) == (second[0], second[2])
        if first[0] == 0:
            assert sorted(p.name for p in root.iterdir()) == ["a", "b", "spec.json"]
            assert hb.snapshot(root / "a") == hb.snapshot(root / "b")
            for rel, text in hb.python_files(root / "a").items():
                compile(text, rel, "exec")


IMPORT_ALL = (
    "import cmlapi, cmlapi.api, cmlapi.models\n"
    "for name in cmlapi.models.__all__:\n"
    "    cls = getattr(cmlapi, name)\n"
    "    if hasattr(cls, 'attribute_map') and callable(getattr(cls, 'from_dict', None)):\n"
    "        obj = cls.from_dict({w: None for w in cls.attribute_map.values()})\n"
    "        obj.to_dict(); repr(obj)\n"
    "for name in cmlapi.api.__all__:\n"
    "    getattr(cmlapi, name)(cmlapi.ApiClient())\n"
    "print(len(cmlapi.__all__))\n"
)


@budget(share=25, floor=1)
@given(specs())
def test_property_generated_packages_import(spec: Dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = hb.write_spec(root / "spec.json", spec)
        code, _, err = hb.run_cli(["generate", str(path), "--out", str(root / "out")])
        if code:
            assert_clean_stderr(code, err, path)
            return
        proc = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=root / "out", capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert sorted(p.name for p in root.iterdir()) == ["out", "spec.json"]


@budget(share=50, floor=2)
@given(st.one_of(specs(), broken_specs()))
def test_property_real_cli_in_a_subprocess(spec: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = hb.write_spec(root / "spec.json", spec)
        proc = subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(path), "--out", str(root / "out")],
            cwd=root, capture_output=True, text=True, timeout=300,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        )
        assert_clean_stderr(proc.returncode, proc.stderr, path)


# ---- names and escaping ---------------------------------------------------------------------------

_MODULE = re.compile(r"[a-z0-9_]+")
_ACRONYMS = re.compile(r"([A-Z]+)([A-Z][a-z])")


@budget(floor=50)
@given(st.text(CHARS, max_size=30))
def test_property_names_are_safe_and_stable(name: str) -> None:
    made = [naming.attr_name(name, naming.MODEL_RESERVED), naming.param_name(name), naming.method_name(name),
            naming.class_name(name), naming.api_class_name(name)]
    for ident in made:
        assert naming.is_safe_identifier(ident), (name, ident)
    assert made[0] not in naming.MODEL_RESERVED and made[1] not in naming.METHOD_RESERVED | {"body"}
    module = naming.model_module(naming.class_name(name))
    assert _MODULE.fullmatch(module) and len(module) <= naming.MAX_MODULE_CHARS + 1
    assert module not in naming.WINDOWS_RESERVED and module.split(".")[0] not in naming.KEYWORDS
    write.safe_relpath(f"pkg/models/{module}.py")
    assert naming.model_module(naming.class_name(name)) == module  # stable
    assert naming._split_acronyms(name) == _ACRONYMS.sub(r"\1_\2", name)


@budget(floor=50)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                    max_leaves=8))
def test_property_literal_is_the_value(value: Any) -> None:
    text = literal(value)
    assert hb.line_break_problems(text) == [] and "\n" not in text
    result = eval(compile(text, "<literal>", "eval"), {"__builtins__": {"float": float}})
    assert json.dumps(result, sort_keys=True) == json.dumps(value, sort_keys=True)


@budget(floor=50)
@given(TEXT, st.integers(0, 12))
def test_property_docstrings_are_inert(text: str, indent: int) -> None:
    body = doc(text, indent)
    source = f'class Doc:\n    """{body}\n    """\n\n    x = 1\n'
    assert hb.line_break_problems(source) == []
    namespace: Dict[str, Any] = {}
    exec(compile(source, "<doc>", "exec"), namespace)  # compiles, and the class statement runs
    cls = namespace["Doc"]
    assert cls.x == 1 and isinstance(cls.__doc__, str)
    assert set(namespace) == {"__builtins__", "Doc"}  # nothing else was defined or run
    assert "x" in vars(cls) and set(vars(cls)) <= {
        "__module__", "__qualname__", "__doc__", "x", "__dict__", "__weakref__", "__firstlineno__",
        "__static_attributes__",
    }


# ---- the piece cache: a docs-only change filled into cached skeletons ----------------------

DIFF_BASE = Path(__file__).resolve().parent / "diff_cases" / "base.json"


PROSE = st.one_of(TEXT, st.from_regex(r"[A-Za-z][A-Za-z ,.;:()'-]{0,60}", fullmatch=True))


@budget(share=8, floor=3)
@given(PROSE, PROSE, PROSE)
def test_property_docs_only_changes_come_out_as_without_a_cache(summary: str, description: str, words: str) -> None:
    """Whatever the new prose, a regenerate through the warm cache (where docstrings and the
    README's cells are filled into skeletons when black would keep them) gives the bytes
    of a generation with no cache at all."""
    from generator.pipeline import generate

    base = json.loads(DIFF_BASE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        first = hb.write_spec(root / "first.json", base)
        edited = json.loads(json.dumps(base))
        op = edited["paths"]["/api/v2/projects"]["get"]
        op["summary"], op["description"] = summary, description
        op["parameters"][0]["description"] = words
        second = hb.write_spec(root / "second.json", edited)
        previous = os.environ.get("CMLAPI_GEN_CACHE")
        try:
            os.environ["CMLAPI_GEN_CACHE"] = str(root / "cache")
            generate(str(first), root / "warm")
            generate(str(second), root / "warm")
            os.environ["CMLAPI_GEN_CACHE"] = "off"
            generate(str(second), root / "cold")
        finally:
            if previous is None:
                os.environ.pop("CMLAPI_GEN_CACHE", None)
            else:
                os.environ["CMLAPI_GEN_CACHE"] = previous
        assert hb.snapshot(root / "warm") == hb.snapshot(root / "cold")
