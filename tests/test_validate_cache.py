"""The per-fragment validation cache: a spec seen valid is not re-validated, a changed
fragment is, and its problems keep the pointers of the whole document."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from generator.validate import check_schema
from generator.validate_cache import check_schema_cached, fragment_keys

TEAM_SPEC = Path(__file__).resolve().parents[1] / "specs" / "cml-26.01.07.json"


@pytest.fixture
def doc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict:
    monkeypatch.setenv("CMLAPI_GEN_CACHE", str(tmp_path / "cache"))
    return json.loads(TEAM_SPEC.read_text())


def test_valid_spec_is_remembered_fragment_by_fragment(doc: dict, tmp_path: Path) -> None:
    assert check_schema_cached(doc) == []
    stored = list((tmp_path / "cache" / "valid").rglob("*"))
    paths, defs = fragment_keys(doc)
    assert {p.name for p in stored if p.is_file()} == set(paths.values()) | set(defs.values())


def test_a_changed_fragment_is_validated_with_the_documents_pointers(doc: dict) -> None:
    assert check_schema_cached(doc) == []
    broken = copy.deepcopy(doc)
    path = next(iter(broken["paths"]))
    method = next(iter(broken["paths"][path]))
    broken["paths"][path][method]["responses"]["200"]["description"] = 5
    cached = check_schema_cached(broken)
    assert cached and [p.pointer for p in cached] == [p.pointer for p in check_schema(broken)]


def test_a_definition_change_changes_the_keys_of_paths_that_reach_it(doc: dict) -> None:
    before_paths, before_defs = fragment_keys(doc)
    changed = copy.deepcopy(doc)
    changed["definitions"]["ShortUser"]["properties"]["name"]["minLength"] = 3
    after_paths, after_defs = fragment_keys(changed)
    assert before_defs["ShortUser"] != after_defs["ShortUser"]
    assert before_defs["Project"] != after_defs["Project"]  # Project reaches ShortUser
    assert before_defs["Tag"] == after_defs["Tag"]
    assert any(before_paths[p] != after_paths[p] for p in before_paths)
    assert any(before_paths[p] == after_paths[p] for p in before_paths)


def reword(node: dict, *keys: str) -> None:
    for key in keys:
        if isinstance(node.get(key), str):
            node[key] = f"reworded {key}"


def prose_edited(doc: dict) -> dict:
    """``doc`` with every kind of free text reworded (what a docs-only release changes)."""
    out = copy.deepcopy(doc)
    reword(out["info"], "title", "description")
    for item in out["paths"].values():
        for op in item.values():
            reword(op, "summary", "description")
            for param in op.get("parameters", []):
                reword(param, "description")
            for response in op["responses"].values():
                reword(response, "description")
    for schema in out["definitions"].values():
        reword(schema, "description", "title")
        for prop in schema.get("properties", {}).values():
            reword(prop, "description", "title")
    return out


def test_rewording_the_docs_keeps_every_key(doc: dict) -> None:
    edited = prose_edited(doc)
    assert edited != doc
    assert fragment_keys(edited) == fragment_keys(doc)


@pytest.mark.parametrize(
    "edit",
    [
        "default",  # text the validator checks against the schema
        "enum",
        "property named description",  # a schema, not prose, although its name is
        "non-string description",  # prose place, but not a string: invalid, must be seen
        "extension",
    ],
)
def test_text_that_is_not_prose_changes_the_key(doc: dict, edit: str) -> None:
    changed = copy.deepcopy(doc)
    schema = changed["definitions"]["ShortUser"]
    if edit == "default":
        schema["properties"]["name"]["default"] = "someone"
    elif edit == "enum":
        schema["properties"]["name"]["enum"] = ["a", "b"]
    elif edit == "property named description":
        schema["properties"]["description"] = {"type": "integer"}
    elif edit == "non-string description":
        schema["description"] = 7
    else:
        schema["x-note"] = "new words"
    assert fragment_keys(changed)[1]["ShortUser"] != fragment_keys(doc)[1]["ShortUser"]


def test_a_docs_only_change_is_not_validated_again_and_a_bad_description_still_is(doc: dict, tmp_path: Path) -> None:
    assert check_schema_cached(doc) == []
    stored = sorted(p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file())
    assert check_schema_cached(prose_edited(doc)) == []
    assert sorted(p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file()) == stored
    broken = copy.deepcopy(doc)
    broken["definitions"]["ShortUser"]["description"] = ["not", "text"]
    problems = check_schema_cached(broken)
    assert problems and [p.pointer for p in problems] == [p.pointer for p in check_schema(broken)]
