"""The validation cache: a document found valid is not validated again, a document equal
to it but for its prose is not either, and anything else gets the uncached verdict."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from generator.validate import check_schema
from generator.validate_cache import check_schema_cached, verdict_key

TEAM_SPEC = Path(__file__).resolve().parents[1] / "specs" / "cml-26.01.07.json"


@pytest.fixture
def doc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict:
    monkeypatch.setenv("CMLAPI_GEN_CACHE", str(tmp_path / "cache"))
    return json.loads(TEAM_SPEC.read_text())


def stored(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "cache").rglob("*") if p.is_file())


def test_a_valid_document_is_remembered_by_one_key(doc: dict, tmp_path: Path) -> None:
    assert check_schema_cached(doc) == []
    assert stored(tmp_path) == [verdict_key(doc)]


def test_an_invalid_document_is_never_remembered(doc: dict, tmp_path: Path) -> None:
    broken = copy.deepcopy(doc)
    path = next(iter(broken["paths"]))
    method = next(iter(broken["paths"][path]))
    broken["paths"][path][method]["responses"]["200"]["description"] = 5
    assert check_schema_cached(broken) == check_schema(broken) != []
    assert check_schema_cached(broken) == check_schema(broken)
    assert stored(tmp_path) == []


def test_any_change_outside_prose_is_validated_again(doc: dict, tmp_path: Path) -> None:
    assert check_schema_cached(doc) == []
    changed = copy.deepcopy(doc)
    changed["definitions"]["ShortUser"]["properties"]["name"]["minLength"] = 3
    assert verdict_key(changed) != verdict_key(doc)
    assert check_schema_cached(changed) == []
    assert stored(tmp_path) == sorted([verdict_key(doc), verdict_key(changed)])


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


def test_rewording_the_docs_keeps_the_key(doc: dict) -> None:
    edited = prose_edited(doc)
    assert edited != doc
    assert verdict_key(edited) == verdict_key(doc)


@pytest.mark.parametrize(
    "edit",
    [
        "default",  # text the validator checks against the schema
        "enum",
        "property named description",  # a schema, not prose, although its name is
        "non-string description",  # prose place, but not a string: invalid, must be seen
        "extension",
        "definition named title",  # a definition, not prose
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
    elif edit == "definition named title":
        changed["definitions"]["title"] = "not a schema"
    else:
        schema["x-note"] = "new words"
    assert verdict_key(changed) != verdict_key(doc)


def test_a_docs_only_change_is_not_validated_again_and_a_bad_description_still_is(doc: dict, tmp_path: Path) -> None:
    assert check_schema_cached(doc) == []
    before = stored(tmp_path)
    assert check_schema_cached(prose_edited(doc)) == []
    assert stored(tmp_path) == before
    broken = copy.deepcopy(doc)
    broken["definitions"]["ShortUser"]["description"] = ["not", "text"]
    problems = check_schema_cached(broken)
    assert problems and problems == check_schema(broken)


def test_cache_off_always_validates(doc: dict, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CMLAPI_GEN_CACHE", "off")
    assert check_schema_cached(doc) == []
    assert not (tmp_path / "cache").exists()
