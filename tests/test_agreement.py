"""`validate` and `generate` give one verdict: the same exit status and the same error lines,
with the validation cache cold, warm and off.

Inputs: random specs (``test_property``'s strategies), the hostile corpus, the team specs and
mutated copies of them and of the real spec (when ``../shared`` has it). Both commands run
through the real CLI entry point in this process; ``generate`` writes into a fresh folder
each time, so its ownership checks never get in the way. ``CMLAPI_GEN_FUZZ_EXAMPLES`` sets the
number of random specs (``make fuzz`` runs many).
"""

from __future__ import annotations

import copy
import io
import json
import os
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
from hostile import builders as hb
from hypothesis import given
from test_property import broken_specs, budget, specs

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
TEAM_SPECS = sorted((REPO / "specs").glob("cml-*.json"))
REAL_SPEC = REPO.parent / "shared" / "specs" / "cml" / "swagger-26.06.13.json"
EXPECTED: Dict[str, Any] = json.loads((hb.HERE / "expected.json").read_text(encoding="utf-8"))
CORPUS = sorted(name for name in EXPECTED if not name.startswith("_"))

Verdict = Tuple[int, List[str]]


def run(argv: List[str], cache: str) -> Verdict:
    """Exit status and sorted ``error:`` and ``warning:`` lines of ``python -m generator ARGV``."""
    err = io.StringIO()
    before = os.environ.get("CMLAPI_GEN_CACHE")
    os.environ["CMLAPI_GEN_CACHE"] = cache
    try:
        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            code = main(argv)
    finally:
        if before is None:
            del os.environ["CMLAPI_GEN_CACHE"]
        else:
            os.environ["CMLAPI_GEN_CACHE"] = before
    return code, sorted(line for line in err.getvalue().splitlines() if line.startswith(("error:", "warning:")))


def generate(spec: Path, cache: str) -> Verdict:
    with tempfile.TemporaryDirectory() as tmp:
        return run(["generate", str(spec), "--out", str(Path(tmp) / "out")], cache)


def assert_one_verdict(spec: Path, warm: Path, warm_with: Tuple[Path, ...] = ()) -> Verdict:
    """``validate``'s verdict on ``spec``, after checking ``generate`` gives it too: with no
    cache, a cold one, and ``warm`` (which ``warm_with`` specs are generated into first)."""
    expected = run(["validate", str(spec)], "off")
    assert expected[0] in (0, 1, 2), expected
    for other in warm_with:
        generate(other, str(warm))
    with tempfile.TemporaryDirectory() as cold:
        for label, cache in (("off", "off"), ("cold", cold), ("warm", str(warm)), ("warm again", str(warm))):
            assert generate(spec, cache) == expected, f"generate with the cache {label} disagrees with validate"
    return expected


def write_spec(folder: Path, doc: Any, name: str = "spec.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# ---- random specs -------------------------------------------------------------------------

WARM = Path(tempfile.mkdtemp(prefix="cmlapi-gen-agreement-"))  # shared: warm with every earlier example


@budget(share=5, floor=5)
@given(specs())
def test_property_random_specs_get_one_verdict(spec: Dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        assert_one_verdict(write_spec(Path(tmp), spec), WARM)


@budget(share=5, floor=5)
@given(broken_specs())
def test_property_broken_specs_get_one_verdict(spec: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        assert_one_verdict(write_spec(Path(tmp), spec), WARM)


# ---- the hostile corpus and the team specs ---------------------------------------------------


@pytest.mark.parametrize("name", CORPUS)
def test_hostile_corpus_gets_one_verdict(name: str, tmp_path: Path) -> None:
    path = hb.HERE / name
    if path.stat().st_size > 2_000_000:
        pytest.skip(f"{name} is a size-limit case; test_hostile checks both commands refuse it")
    assert_one_verdict(path, tmp_path / "warm")


@pytest.mark.parametrize("spec", TEAM_SPECS, ids=lambda p: p.name)
def test_team_specs_are_valid_for_both(spec: Path, tmp_path: Path) -> None:
    assert assert_one_verdict(spec, tmp_path / "warm", warm_with=(spec,)) == (0, [])


# ---- mutated copies: each one a way a fragment-level shortcut could go wrong -------------------


def first_operation(doc: Dict[str, Any]) -> Dict[str, Any]:
    item = next(iter(doc["paths"].values()))
    return next(op for method, op in item.items() if method in ("get", "post", "put", "patch", "delete"))


def first_definition_with_properties(doc: Dict[str, Any]) -> Tuple[str, Dict[str, Any]]:
    return next((n, d) for n, d in sorted(doc["definitions"].items()) if d.get("properties"))


def no_paths(doc: Dict[str, Any]) -> None:
    del doc["paths"]


def definitions_not_an_object(doc: Dict[str, Any]) -> None:
    doc["definitions"] = ["not", "an", "object"]


def paths_not_an_object(doc: Dict[str, Any]) -> None:
    doc["paths"] = 7


def global_parameter_with_a_schema_ref(doc: Dict[str, Any]) -> None:
    """Valid: a shared body parameter (``#/parameters/X``) whose schema is a definition, used
    by a new path; a cache that cuts the document down must keep that definition."""
    name, _ = first_definition_with_properties(doc)
    doc.setdefault("parameters", {})["SharedBody"] = {
        "name": "body", "in": "body", "required": True, "schema": {"$ref": f"#/definitions/{name}"},
    }
    doc["paths"]["/agreement/shared-body"] = {
        "post": {
            "operationId": "AgreementSharedBody",
            "parameters": [{"$ref": "#/parameters/SharedBody"}],
            "responses": {"200": {"description": "ok"}},  # the definition is reached only through the parameter
        }
    }


def wrong_type_default(doc: Dict[str, Any]) -> None:
    _, schema = first_definition_with_properties(doc)
    prop = next(iter(schema["properties"].values()))
    prop.clear()
    prop.update({"type": "integer", "format": "int32", "default": "not a number"})


def misspelled_type(doc: Dict[str, Any]) -> None:
    _, schema = first_definition_with_properties(doc)
    next(iter(schema["properties"].values()))["type"] = "strnig"


def response_without_description(doc: Dict[str, Any]) -> None:
    responses = first_operation(doc)["responses"]
    del responses[next(iter(responses))]["description"]


def dangling_ref(doc: Dict[str, Any]) -> None:
    first_operation(doc)["responses"]["200"] = {"description": "x", "schema": {"$ref": "#/definitions/Nope"}}


def duplicate_operation_id(doc: Dict[str, Any]) -> None:
    ops = [op for item in doc["paths"].values() for m, op in item.items() if isinstance(op, dict) and "operationId" in op]
    ops[1]["operationId"] = ops[0]["operationId"]


def unknown_key_in_operation(doc: Dict[str, Any]) -> None:
    first_operation(doc)["sumary"] = "typo of summary"


def reworded_prose(doc: Dict[str, Any]) -> None:
    """Valid, and equal to the original but for its prose: a warm cache may say so."""
    first_operation(doc)["summary"] = "reworded"
    doc["info"]["description"] = "reworded too"


def prose_made_a_number(doc: Dict[str, Any]) -> None:
    """Invalid although the original was valid and only a prose field changed."""
    first_operation(doc)["summary"] = 42


MUTATIONS: List[Callable[[Dict[str, Any]], None]] = [
    no_paths, definitions_not_an_object, paths_not_an_object, global_parameter_with_a_schema_ref,
    wrong_type_default, misspelled_type, response_without_description, dangling_ref,
    duplicate_operation_id, unknown_key_in_operation, reworded_prose, prose_made_a_number,
]
VALID_MUTATIONS = {global_parameter_with_a_schema_ref, reworded_prose}
WARNED = {wrong_type_default}  # generated without the default, and said so at its pointer
AT_THE_ROOT = {no_paths}  # what is missing is a key of the document itself


def bases() -> Iterator[Any]:
    yield from (pytest.param(p, id=p.name) for p in TEAM_SPECS[-1:])
    yield pytest.param(
        REAL_SPEC, id="real-spec",
        marks=pytest.mark.skipif(not REAL_SPEC.exists(), reason=f"the real CML spec is not at {REAL_SPEC}"),
    )


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("base", list(bases()))
def test_mutated_specs_get_one_verdict(base: Path, mutate: Callable[[Dict[str, Any]], None], tmp_path: Path) -> None:
    doc = json.loads(base.read_text(encoding="utf-8"))
    mutate(doc)
    spec = write_spec(tmp_path, copy.deepcopy(doc))
    code, errors = assert_one_verdict(spec, tmp_path / "warm", warm_with=(base,))
    if mutate in VALID_MUTATIONS:
        assert (code, errors) == (0, []), errors
    elif mutate in WARNED:
        assert code == 0 and errors and all(line.startswith("warning: /definitions/") for line in errors), errors
        strict = run(["validate", "--strict", str(spec)], "off")
        assert strict == (1, [line.replace("warning:", "error:", 1) for line in errors])
    else:
        assert code == 1 and errors, f"{mutate.__name__} should be refused"
        if mutate not in AT_THE_ROOT:
            assert all(not line.startswith("error: /:") for line in errors), f"not located: {errors}"


@pytest.mark.parametrize("base", list(bases()))
def test_a_changed_path_using_a_shared_parameter_after_a_warm_run(base: Path, tmp_path: Path) -> None:
    """The cache is warm with a spec that already has ``#/parameters/SharedBody`` (unused); the
    next spec only adds the path that uses it. Valid, so both commands must say so."""
    doc = json.loads(base.read_text(encoding="utf-8"))
    global_parameter_with_a_schema_ref(doc)
    before = copy.deepcopy(doc)
    del before["paths"]["/agreement/shared-body"]
    warm_spec = write_spec(tmp_path, before, "before.json")
    assert assert_one_verdict(write_spec(tmp_path, doc), tmp_path / "warm", warm_with=(warm_spec,)) == (0, [])


def test_definitions_that_are_not_an_object_after_a_warm_run(tmp_path: Path) -> None:
    """No $ref anywhere, so only the validator can see that ``definitions`` is a list."""
    doc = hb.minimal(definitions={}, paths={"/ping": {"get": {"operationId": "Ping", "responses": {"200": {"description": "ok"}}}}})
    good = write_spec(tmp_path, doc, "good.json")
    doc["definitions"] = ["not", "an", "object"]
    code, errors = assert_one_verdict(write_spec(tmp_path, doc), tmp_path / "warm", warm_with=(good,))
    assert code == 1 and errors == ["error: /definitions: ['not', 'an', 'object'] is not of type 'object'"], errors



def test_an_extension_carrying_an_operation_id_is_no_duplicate(tmp_path: Path) -> None:
    """Only operations have operationIds; an ``x-`` extension of a path item that copies one
    (tools do this for routing notes) is no second use, for both commands."""
    op = {"operationId": "Ping", "responses": {"200": {"description": "ok"}}}
    doc = hb.minimal(paths={"/ping": {"get": op, "x-route": {"operationId": "Ping"}}})
    assert assert_one_verdict(write_spec(tmp_path, doc), tmp_path / "warm") == (0, [])


def test_a_duplicate_operation_id_is_reported_once_at_its_second_use(tmp_path: Path) -> None:
    ok = {"responses": {"200": {"description": "ok"}}}
    doc = hb.minimal(paths={"/a": {"get": {"operationId": "Same", **ok}}, "/b": {"get": {"operationId": "Same", **ok}}})
    code, errors = assert_one_verdict(write_spec(tmp_path, doc), tmp_path / "warm")
    assert (code, errors) == (1, ["error: /paths/~1b/get/operationId: operationId 'Same' is also used at /paths/~1a/get/operationId"])
