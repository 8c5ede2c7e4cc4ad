"""Hostile and broken specs: never a traceback, never injected code, never a write outside --out.

The corpus is ``tests/hostile/``: static specs with their exact expected CLI
outcome in ``expected.json``, and builders (``hostile/builders.py``) for the
cases too large or too regular to keep as files. Generated clients are
imported in fresh interpreters whose working directory is a temporary
folder, and called against a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import keyword
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from hostile import builders as hb
from server import LocalServer

from generator import limits, load, naming, write
from generator.build import build_api
from generator.errors import SpecError
from generator.validate import validate_document

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parents[1]
CORPUS = hb.HERE
EXPECTED: Dict[str, Any] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
CASES = sorted(name for name in EXPECTED if not name.startswith("_"))


def test_every_corpus_file_has_an_expected_outcome() -> None:
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".json", ".yaml") and p.name != "expected.json")
    assert files == CASES


def expected(name: str, command: str) -> Tuple[int, List[str]]:
    case = EXPECTED[name].get(command, EXPECTED[name])
    return case["exit"], case["stderr"]


def lines(text: str, spec: Path) -> List[str]:
    return [line.replace(str(spec), "{spec}") for line in text.splitlines()]


def assert_no_traceback(*texts: str) -> None:
    for text in texts:
        assert "Traceback" not in text and "internal error" not in text, text


def build(doc: Dict[str, Any]) -> Any:
    """The IR of ``doc`` (validated first), as the generator sees it."""
    problems = validate_document(doc)
    assert not problems, problems
    return build_api(doc, package_name="cmlapi", package_version=None, spec_sha256="0" * 64)


def cli(*args: str, cwd: Path = REPO, env: Dict[str, str] | None = None, stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout, input=stdin, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# ---- the corpus: exact outcomes, and a failing generate changes nothing -------------


@pytest.mark.parametrize("name", CASES)
def test_corpus_validate(name: str) -> None:
    spec = CORPUS / name
    code, _, err = hb.run_cli(["validate", str(spec)])
    want_code, want_lines = expected(name, "validate")
    assert (code, lines(err, spec)) == (want_code, want_lines)


@pytest.mark.parametrize("name", CASES)
def test_corpus_generate(name: str, tmp_path: Path) -> None:
    spec = CORPUS / name
    out = tmp_path / "out"
    out.mkdir()
    (out / "marker.txt").write_text("keep me\n")
    (out / "sub").mkdir()
    (out / "sub" / "old.py").write_text("x = 1\n")
    before = hb.snapshot(tmp_path)
    want_code, want_lines = expected(name, "generate")
    code, stdout, err = hb.run_cli(["generate", str(spec), "--out", str(out)])
    if want_code:
        assert (code, lines(err, spec)) == (want_code, want_lines)
        assert stdout == ""
        assert hb.snapshot(tmp_path) == before  # out byte-identical, no staging folder left beside it
        # --force changes nothing either: a failing generate never touches --out
        code, stdout, err = hb.run_cli(["generate", str(spec), "--out", str(out), "--force"])
        assert (code, lines(err, spec)) == (want_code, want_lines)
        assert hb.snapshot(tmp_path) == before
    else:  # a valid spec: the foreign files are refused, and replaced only with --force
        assert code == 2 and f"error: {out / 'marker.txt'}: not written by cmlapi-gen" in err, err
        assert hb.snapshot(tmp_path) == before
        code, stdout, err = hb.run_cli(["generate", str(spec), "--out", str(out), "--force"])
        # generate warns as validate does
        assert (code, lines(err, spec)) == (0, [line for line in want_lines if line != "{spec}: valid"]), err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
        assert not (out / "marker.txt").exists()
        for rel, source in hb.python_files(out).items():
            compile(source, rel, "exec")


@pytest.mark.parametrize(
    "name", ["billion_laughs.yaml", "python_tag.yaml", "huge_number.json", "op_collision.json", "cyclic_alias.yaml"]
)
def test_corpus_through_the_real_cli(name: str, tmp_path: Path) -> None:
    spec = CORPUS / name
    proc = cli("validate", str(spec), cwd=tmp_path)
    assert_no_traceback(proc.stderr, proc.stdout)
    assert (proc.returncode, lines(proc.stderr, spec)) == expected(name, "validate")
    assert list(tmp_path.iterdir()) == []  # in particular, no PWNED from the python tag


def test_redos_pattern_and_default_validate_in_seconds(tmp_path: Path) -> None:
    # openapi-spec-validator would match ^(a+)+$ against 64 a's and a "!": centuries
    proc = cli("generate", str(CORPUS / "redos_default.json"), "--out", str(tmp_path / "out"), timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_quadratic_unique_items_is_linear(tmp_path: Path) -> None:
    # jsonschema checks uniqueItems of 20,000 objects pairwise: minutes, without the fix
    enum: List[Any] = [{"n": i} for i in range(20_000)] + ["x"]
    spec = hb.write_spec(tmp_path / "enum.json", hb.minimal(paths={"/x": {"get": {
        "operationId": "GetX", "parameters": [{"name": "q", "in": "query", "type": "string", "enum": enum}],
        "responses": {"200": {"description": "ok"}}}}}))
    proc = cli("validate", str(spec), timeout=60)
    assert (proc.returncode, proc.stderr) == (0, f"{spec}: valid\n")
    enum[-1] = {"n": 7}
    hb.write_spec(spec, hb.minimal(paths={"/x": {"get": {
        "operationId": "GetX", "parameters": [{"name": "q", "in": "query", "type": "string", "enum": enum}],
        "responses": {"200": {"description": "ok"}}}}}))
    proc = cli("validate", str(spec), timeout=60)
    assert proc.returncode == 1 and proc.stderr.startswith("error: /paths/~1x/get/parameters/0: ")


# ---- resource bounds -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("build_text", "levels"),
    # block YAML indents one more space per level: 3,000 levels is already 4.5 MB
    [(hb.deep_json, 50_000), (hb.deep_yaml_flow, 50_000), (hb.deep_yaml_block, 3_000)],
)
def test_very_deep_documents_are_refused_cleanly(build_text: Any, levels: int, tmp_path: Path) -> None:
    spec = tmp_path / "deep.yaml"
    spec.write_text(build_text(levels))
    assert hb.run_cli(["validate", str(spec)]) == (
        2, "", f"error: {spec}: nesting too deep to parse (the limit is 256 levels)\n"
    )
    spec.write_text(build_text(300))
    code, _, err = hb.run_cli(["validate", str(spec)])
    assert code == 1 and err.startswith("error: /x-deep/") and err.endswith(": nested deeper than 256 levels\n")


def test_very_deep_document_through_the_real_cli(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    spec.write_text(hb.deep_json(100_000))
    proc = cli("generate", str(spec), "--out", str(tmp_path / "out"))
    assert (proc.returncode, proc.stderr) == (2, f"error: {spec}: nesting too deep to parse (the limit is 256 levels)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.json"]


@pytest.mark.parametrize("how", ["properties", "items", "additionalProperties"])
def test_schemas_nested_100_levels_generate_and_import(how: str, tmp_path: Path) -> None:
    # 100 inline objects are 100 models; 97 arrays (or maps) of arrays, plus the $ref and
    # the response around them, are just under build.MAX_TYPE_DEPTH
    spec = hb.write_spec(tmp_path / "deep.json", hb.deep_spec(100 if how == "properties" else 97, how))
    out = tmp_path / "out"
    proc = cli("generate", str(spec), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    check = subprocess.run([sys.executable, "-c", "import cmlapi, cmlapi.api; print(len(cmlapi.models.__all__))"],
                           cwd=out, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr
    assert int(check.stdout) == (100 if how == "properties" else 0)


def test_types_nested_too_deep_are_an_error(tmp_path: Path) -> None:
    # 120 arrays inline (240 levels: load accepts them) or a chain of 400 $ref aliases:
    # type_of, the hints and black all recurse on a type, so build refuses it
    code, _, err = hb.run_cli(["validate", str(hb.write_spec(tmp_path / "a.json", hb.alias_chain(400)))])
    assert (code, err) == (1, "error: /definitions/D49/items: type nests deeper than 100 levels\n")
    code, _, err = hb.run_cli(["validate", str(hb.write_spec(tmp_path / "b.json", hb.deep_spec(120, "items")))])
    assert code == 1 and err.startswith("error: /definitions/Deep/items/items/")
    assert err.endswith("...: type nests deeper than 100 levels\n")


def test_allof_nested_deeper_than_the_validator_can_go_is_clean(tmp_path: Path) -> None:
    spec = hb.write_spec(tmp_path / "allof.json", hb.deep_spec(127, "allOf"))
    proc = cli("validate", str(spec))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == (
        "error: /: openapi-spec-validator ran out of stack: schemas or $ref chains nest too deeply to check\n"
    )


def test_size_cap_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = hb.write_spec(tmp_path / "spec.json", hb.minimal(info={"title": "x" * 2000, "version": "1.0.0"}))
    monkeypatch.setenv(limits.MAX_BYTES_ENV, "1000")
    assert hb.run_cli(["validate", str(spec)]) == (2, "", f"error: {spec}: larger than 1000 bytes, refused\n")
    monkeypatch.setenv(limits.MAX_BYTES_ENV, "10000")
    assert hb.run_cli(["validate", str(spec)])[0] == 0


def test_a_real_file_over_the_default_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(limits.MAX_BYTES_ENV, raising=False)
    spec = tmp_path / "huge.json"
    with open(spec, "wb") as handle:  # sparse: one byte past the default limit, almost no disk
        handle.truncate(limits.MAX_BYTES + 1)
    assert hb.run_cli(["validate", str(spec)]) == (2, "", f"error: {spec}: larger than 64 MiB, refused\n")


def test_size_cap_env_for_files_and_stdin(tmp_path: Path) -> None:
    spec = hb.write_spec(tmp_path / "spec.json", hb.minimal(info={"title": "x" * 3000, "version": "1.0.0"}))
    env = {limits.MAX_BYTES_ENV: "2048"}
    proc = cli("validate", str(spec), env=env)
    assert (proc.returncode, proc.stderr) == (2, f"error: {spec}: larger than 2048 bytes, refused\n")
    proc = cli("generate", "-", "--out", str(tmp_path / "out"), env=env, stdin=spec.read_text())
    assert (proc.returncode, proc.stderr) == (2, "error: -: larger than 2048 bytes, refused\n")
    assert not (tmp_path / "out").exists()
    assert limits.max_bytes() == limits.MAX_BYTES == 64 * 1024 * 1024  # this process: the default


def test_alias_expansion_is_measured_once_per_alias() -> None:
    shared: List[Any] = ["lol"]
    for _ in range(30):  # 2**30 values once expanded, 31 objects in memory
        shared = [shared, shared]
    with pytest.raises(SpecError) as info:
        load.check_shape({"swagger": "2.0", "x": shared})
    assert info.value.problems[0].render().endswith(
        "document expands to more than 1000000 values (YAML aliases?), refused"
    )
    small: List[Any] = ["lol"]
    for _ in range(10):
        small = [small, small]
    load.check_shape({"x": small})  # 2**10 values: fine


# ---- recursive models ------------------------------------------------------------------

CALL_TREE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import cmlapi
    config = cmlapi.Configuration()
    config.host = sys.argv[2]
    api = cmlapi.TreesApi(cmlapi.ApiClient(config))
    root = api.get_tree()
    leaf = root.children[0].children[0]
    print(json.dumps({
        "types": [type(root).__name__, type(root.parent).__name__, type(leaf).__name__,
                  type(root.by_name["x"]).__name__, type(root.ping.pong.pings[0]).__name__],
        "leaf": leaf.name, "parent": root.parent.name, "by_name": root.by_name["x"].name,
        "deep": root.ping.pong.pings[0].pong.pings[0].n,
        "forest": [t.name for t in api.get_forest()],
        "to_dict": root.children[0].to_dict()["children"][0]["name"],
    }))
    """
)


def test_recursive_refs_generate_working_models(tmp_path: Path, live_server: LocalServer) -> None:
    out = tmp_path / "out"
    code, _, err = hb.run_cli(["generate", str(hb.write_spec(tmp_path / "s.json", hb.recursive_spec())), "--out", str(out)])
    assert code == 0, err
    tree = {"name": "root", "parent": {"name": "up"},
            "children": [{"name": "c", "children": [{"name": "leaf", "children": []}]}],
            "by_name": {"x": {"name": "bx"}},
            "ping": {"n": 1, "pong": {"pings": [{"n": 2, "pong": {"pings": [{"n": 3}]}}]}}}
    live_server.queue(200, tree)
    live_server.queue(200, [{"name": "t1"}, {"name": "t2"}])
    work = tmp_path / "work"
    work.mkdir()
    (work / "call.py").write_text(CALL_TREE)
    proc = subprocess.run([sys.executable, "call.py", str(out), live_server.url], cwd=work,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {
        "types": ["Node", "Node", "Node", "Node", "Ping"], "leaf": "leaf", "parent": "up", "by_name": "bx",
        "deep": 3, "forest": ["t1", "t2"], "to_dict": "leaf",
    }
    assert [r.path for r in live_server.requests] == ["/tree", "/forest"]


# ---- no spec text becomes code -----------------------------------------------------------

CALL_INJECTED = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    plan = json.loads(open(sys.argv[1], encoding="ascii").read())
    sys.path.insert(0, plan["out"])
    pkg = importlib.import_module("cmlapi")
    for info in pkgutil.walk_packages(pkg.__path__, "cmlapi."):
        importlib.import_module(info.name)
    for name in pkg.__all__:
        getattr(pkg, name)
    config = pkg.Configuration()
    config.host = plan["url"]
    api = getattr(pkg, plan["api"])(pkg.ApiClient(config))
    body = getattr(pkg, plan["model"])(**{plan["attr"]: plan["payload"]})
    result = getattr(api, plan["method"])(body, "id-1")
    nested = getattr(result, plan["nested"])
    print(json.dumps({"value": getattr(result, plan["attr"]), "nested": getattr(nested, plan["attr"]),
                      "doc": getattr(pkg, plan["model"]).__doc__}))
    """
)


@pytest.mark.parametrize("index", range(len(hb.PAYLOADS)))
def test_payloads_stay_inert_text(index: int, tmp_path: Path, live_server: LocalServer) -> None:
    payload = hb.PAYLOADS[index]
    doc = hb.injection_spec(payload)
    out = tmp_path / "out"
    code, _, err = hb.run_cli(["generate", str(hb.write_spec(tmp_path / "spec.json", doc)), "--out", str(out)])
    assert code == 0, err
    sources = hb.python_files(out)
    for rel, source in sources.items():
        compile(source, rel, "exec")
        assert hb.outside_strings(source) == [], rel
        assert hb.line_break_problems(source) == [], rel
    if "touch PWNED" in payload:
        assert any("touch PWNED" in s for s in sources.values())  # the payload is there, as text
    pyproject = (out / "pyproject.toml").read_text(encoding="utf-8")
    if tomllib is not None:
        assert tomllib.loads(pyproject)["project"]["name"] == "cmlapi"
    else:  # Python < 3.11: the one line this test needs; the live call below must run everywhere
        assert re.search(r'^\[project\]$[^\[]*^name = "cmlapi"$', pyproject, re.M), pyproject
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "\x00" not in readme and "\u2028" not in readme and "<!--" not in readme

    api = build(doc)
    model = next(m for m in api.models if m.source == payload + " Thing")
    attrs = {p.wire: p.attr for p in model.properties}
    cls, op = next((c, o) for c in api.apis for o in c.operations if o.path == "/things/{id}")
    live_server.reply = lambda _request: (
        200, {"Content-Type": "application/json"},
        json.dumps({payload: payload, "nested": {payload: "inner"}}).encode(),
    )
    work = tmp_path / "work"
    work.mkdir()
    plan = {"out": str(out), "url": live_server.url, "api": cls.name, "method": op.name, "model": model.name,
            "attr": attrs[payload], "nested": attrs["nested"], "payload": payload}
    (work / "plan.json").write_text(json.dumps(plan, ensure_ascii=True), encoding="ascii")
    (work / "call.py").write_text(CALL_INJECTED)
    proc = subprocess.run([sys.executable, "call.py", "plan.json"], cwd=work, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert (result["value"], result["nested"]) == (payload, "inner")
    words = "".join(ch for ch in payload if ch.isalnum())[:12]
    assert words in "".join(ch for ch in result["doc"] if ch.isalnum())  # the docstring carries the text
    (request,) = live_server.requests
    assert (request.method, request.path) == ("POST", "/things/id-1")
    assert request.json() == {payload: payload}  # the wire key is the spec's name, unchanged
    assert sorted(p.name for p in work.iterdir()) == ["call.py", "plan.json"]
    assert not list(tmp_path.rglob("PWNED")) and not (REPO / "PWNED").exists()


# ---- names -------------------------------------------------------------------------------

CALL_NAMES = textwrap.dedent(
    """
    import json, sys
    plan = json.loads(open(sys.argv[1], encoding="ascii").read())
    sys.path.insert(0, plan["out"])
    import cmlapi
    config = cmlapi.Configuration()
    config.host = plan["url"]
    api = cmlapi.TApi(cmlapi.ApiClient(config))
    thing = cmlapi.Thing(**plan["fields"])
    result = api.make_thing(thing, **plan["params"])
    print(json.dumps({attr: getattr(result, attr) for attr in plan["fields"]}, ensure_ascii=True))
    """
)


def test_hostile_names_are_distinct_stable_identifiers() -> None:
    first, second = build(hb.names_spec()), build(hb.names_spec())
    assert first == second
    (thing,) = first.models
    attrs = [p.attr for p in thing.properties]
    assert len(set(attrs)) == len(attrs)
    assert all(naming.is_safe_identifier(a) and a not in naming.MODEL_RESERVED for a in attrs)
    (op,) = first.apis[0].operations
    params = [p.attr for p in op.parameters]
    assert len(set(params)) == len(params)
    reserved = naming.METHOD_RESERVED | {"body"}
    assert all(naming.is_safe_identifier(a) for a in params)
    assert [p.attr for p in op.parameters if p.attr in reserved] == ["body"]  # only the body itself
    by_wire = {p.wire: p.attr for p in thing.properties}
    assert {w: by_wire[w] for w in ("", "self", "class", "to_dict", "1abc", "fooBar", "foo_bar", "FooBar",
                                      "a-b", "é", "_d", "__class__", "swagger_types")} == {
        "": "field", "self": "self_", "class": "class_", "to_dict": "to_dict_", "1abc": "field_1abc",
        "fooBar": "foo_bar", "foo_bar": "foo_bar_2", "FooBar": "foo_bar_3", "a-b": "a_b",
        "é": "u00e9", "_d": "d", "__class__": "class__2", "swagger_types": "swagger_types_",
    }
    param_of = {(p.location, p.wire): p.attr for p in op.parameters}
    queries = ("async_req", "_request_timeout", "self", "kwargs", "body", "type", "class")
    assert {w: param_of["query", w] for w in queries} == {
        "async_req": "async_req_", "_request_timeout": "request_timeout", "self": "self_",
        "kwargs": "kwargs_", "body": "body_", "type": "type", "class": "class_",
    }
    assert param_of["body", "body"] == "body"


def test_hostile_names_keep_their_wire_names(tmp_path: Path, live_server: LocalServer) -> None:
    doc = hb.names_spec()
    out = tmp_path / "out"
    code, _, err = hb.run_cli(["generate", str(hb.write_spec(tmp_path / "spec.json", doc)), "--out", str(out)])
    assert code == 0, err
    api = build(doc)
    (thing,) = api.models
    (op,) = api.apis[0].operations
    fields = {p.attr: f"v{i}" for i, p in enumerate(thing.properties)}
    params = {p.attr: f"q{i}" for i, p in enumerate(op.keyword)}
    wire_of = {p.attr: p.wire for p in thing.properties}
    live_server.reply = lambda request: (200, {"Content-Type": "application/json"}, request.body)
    (tmp_path / "plan.json").write_text(json.dumps({"out": str(out), "url": live_server.url, "fields": fields,
                                                    "params": params}, ensure_ascii=True), encoding="ascii")
    (tmp_path / "call.py").write_text(CALL_NAMES)
    proc = subprocess.run([sys.executable, "call.py", "plan.json"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    (request,) = live_server.requests
    assert request.json() == {wire_of[a]: v for a, v in fields.items()}
    assert request.query == {p.wire: [params[p.attr]] for p in op.keyword}
    assert json.loads(proc.stdout) == fields  # parsed back by attribute from the wire names


CALL_KEYWORDS = textwrap.dedent(
    """
    import importlib, json, sys
    plan = json.loads(open(sys.argv[1], encoding="ascii").read())
    sys.path.insert(0, plan["out"])
    import cmlapi
    config = cmlapi.Configuration()
    config.host = plan["url"]
    client = cmlapi.ApiClient(config)
    got = []
    for call in plan["calls"]:
        api = getattr(cmlapi, call["api"])(client)
        args = [getattr(cmlapi, call["body_model"])(**call["fields"])] if call["body_model"] else []
        result = getattr(api, call["method"])(*args, **call["params"])
        got.append({attr: getattr(result, attr) for attr in call["read"]})
    for name in cmlapi.models.__all__:  # every model module imports (they load lazily)
        getattr(cmlapi, name)
    print(json.dumps(got, ensure_ascii=True))
    """
)


def test_keywords_and_soft_keywords_are_usable_names(tmp_path: Path, live_server: LocalServer) -> None:
    """``async``/``await``, every other keyword and the soft keywords as definitions, tags,
    operationIds, properties and parameters: the package compiles, and each name is callable."""
    doc = hb.keywords_spec()
    out = tmp_path / "out"
    code, _, err = hb.run_cli(["generate", str(hb.write_spec(tmp_path / "spec.json", doc)), "--out", str(out)])
    assert code == 0, err
    for path in out.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")  # SyntaxError names the file
    api = build(doc)
    hard = set(keyword.kwlist)
    assert not hard & ({m.name for m in api.models} | {c.name for c in api.apis})
    models = {m.source: m for m in api.models}
    calls, want = [], []
    for cls in api.apis:
        for op in cls.operations:
            assert op.name not in hard and all(p.attr not in hard for p in op.keyword + op.positional)
            params = {p.attr: f"q-{p.wire}" for p in op.keyword}
            body = op.positional[0] if op.positional else None
            model = models["Kw" if body else op.operation_id]
            fields = {p.attr: f"v-{p.wire}" for p in model.properties} if body else {}
            read = [p.attr for p in model.properties]
            assert not hard & set(read)
            calls.append({"api": cls.name, "method": op.name, "params": params, "read": read,
                          "body_model": model.name if body else None, "fields": fields})
            want.append((op, {p.wire: [v] for p, v in zip(op.keyword, params.values())},
                         {p.attr: f"v-{p.wire}" for p in model.properties}))
    assert len(calls) == len(hb.KEYWORD_NAMES) + 1

    def reply(request: Any) -> Tuple[int, Dict[str, str], bytes]:
        if request.method == "POST":
            return 200, {"Content-Type": "application/json"}, request.body
        wire = hb.KEYWORD_NAMES[int(request.path.rsplit("/", 1)[1])]
        return 200, {"Content-Type": "application/json"}, json.dumps({wire: f"v-{wire}"}).encode()

    live_server.reply = reply
    (tmp_path / "plan.json").write_text(json.dumps({"out": str(out), "url": live_server.url, "calls": calls},
                                                   ensure_ascii=True), encoding="ascii")
    (tmp_path / "call.py").write_text(CALL_KEYWORDS)
    proc = subprocess.run([sys.executable, "call.py", "plan.json"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [fields for _, _, fields in want]
    assert len(live_server.requests) == len(want)
    for request, (op, query, _) in zip(live_server.requests, want):
        assert (request.method, request.path) == (op.method.upper(), op.path)
        assert request.query == query  # each parameter under its spec name
        if request.method == "POST":
            assert request.json() == {attr_wire: f"v-{attr_wire}" for attr_wire in hb.KEYWORD_NAMES}


def test_definition_names_never_leave_the_models_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = hb.write_spec(tmp_path / "spec.json", hb.file_names_spec())
    code, _, err = hb.run_cli(["generate", str(spec), "--out", str(out)])
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "spec.json"]
    modules = sorted(p.stem for p in (out / "cmlapi" / "models").iterdir())
    assert modules == sorted(["__init__", *hb.FILE_NAMES.values()])
    listing = [p.relative_to(out).as_posix() for p in out.rglob("*")]
    hidden = [rel for rel in listing if any(part.startswith(".") for part in rel.split("/"))]
    assert sorted(hidden) == sorted(write.FIXED_DOTFILES)  # the manifest and .gitignore, no model
    proc = subprocess.run(
        [sys.executable, "-c", "import cmlapi; print(sorted(type(getattr(cmlapi, n)).__name__ for n in "
                               "cmlapi.models.__all__))"],
        cwd=out, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout.replace("'", '"'))) == len(hb.FILE_NAMES)


def test_spec_without_models_or_operations_generates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert hb.run_cli(["generate", str(hb.write_spec(tmp_path / "s.json", hb.minimal())), "--out", str(out)])[0] == 0
    proc = subprocess.run([sys.executable, "-c", "import cmlapi, cmlapi.models, cmlapi.api; print(cmlapi.__all__)"],
                          cwd=out, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


# ---- files: nothing outside --out, nothing overwritten --------------------------------------


@pytest.mark.parametrize(
    "rel",
    ["../x.py", "/abs.py", "a/../../b.py", ".hidden/x.py", "a/.git/config", "CON", "pkg/nul.py", "pkg/Com1.txt",
     "a\\b.py", "c:x.py", "a/b. ", "x" * 256 + ".py", "a/\x01.py"],
)
def test_unsafe_relative_paths_are_refused_before_anything_is_written(rel: str, tmp_path: Path) -> None:
    with pytest.raises(write.WriteError, match="refusing to write"):
        write.write_tree({"ok.py": "", rel: "x = 1\n"}, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_paths_differing_only_by_case_are_refused(tmp_path: Path) -> None:
    with pytest.raises(write.WriteError, match="differ only by case"):
        write.write_tree({"pkg/Model.py": "", "pkg/model.py": ""}, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["file", "under_file", "cwd", "cwd_parent", "holds_spec", "root"])
def test_out_that_must_not_be_replaced_is_refused(where: str, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    spec = hb.write_spec(work / "spec.json", hb.minimal())
    (work / "notes.txt").write_text("mine\n")
    out = {"file": "notes.txt", "under_file": "notes.txt/out", "cwd": ".", "cwd_parent": str(tmp_path),
           "holds_spec": str(work), "root": "/"}[where]
    before = hb.snapshot(tmp_path)
    proc = cli("generate", "spec.json" if where != "holds_spec" else str(spec), "--out", out, cwd=work)
    reason = {  # a file where a folder must go is a usage error (exit 2), the others exit 1
        "file": "is a file, not a folder; name a folder (new or existing)",
        "under_file": f"its parent {work / 'notes.txt'} is not a folder",
        "cwd": "refusing to replace a directory that holds the current directory",
        "cwd_parent": "refusing to replace a directory that holds the current directory",
        "holds_spec": "refusing to replace a directory that holds the current directory",
        "root": "refusing to replace the root of the file system",
    }[where]
    status = 2 if where in ("file", "under_file") else 1
    assert (proc.returncode, proc.stderr) == (status, f"error: --out {out}: {reason}\n")
    assert hb.snapshot(tmp_path) == before


def test_out_holding_the_spec_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    spec = hb.write_spec(out / "spec.json", hb.minimal())
    before = hb.snapshot(tmp_path)
    assert hb.run_cli(["generate", str(spec), "--out", str(out)]) == (
        1, "", f"error: --out {out}: refusing to replace a directory that holds {spec}\n"
    )
    assert hb.snapshot(tmp_path) == before


def test_out_in_an_unwritable_place_is_a_clean_error(tmp_path: Path) -> None:
    spec = hb.write_spec(tmp_path / "spec.json", hb.minimal())
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target, reason = locked / "out", "cannot create a directory beside it: Permission denied"
    elif Path("/sys/kernel").is_dir():  # root may write anywhere but sysfs
        target, reason = Path("/sys/cmlapi-gen-test/out"), "cannot create a directory beside it: Operation not permitted"
    else:
        pytest.skip("running as root without sysfs: no directory here is unwritable")
    proc = cli("generate", str(spec), "--out", str(target))
    assert (proc.returncode, proc.stderr) == (1, f"error: --out {target}: {reason}\n")


def test_nothing_is_written_outside_out(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    spec = hb.write_spec(work / "spec.json", hb.injection_spec(hb.PAYLOADS[0]))
    before = hb.snapshot(tmp_path)
    proc = cli("generate", str(spec), "--out", str(tmp_path / "out"), cwd=work)
    assert proc.returncode == 0, proc.stderr
    after = hb.snapshot(tmp_path)
    assert {k: v for k, v in after.items() if k != "out" and not k.startswith("out/")} == before
