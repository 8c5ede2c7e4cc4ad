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
    changed["definitions"]["ShortUser"]["properties"]["name"]["description"] = "someone else"
    after_paths, after_defs = fragment_keys(changed)
    assert before_defs["ShortUser"] != after_defs["ShortUser"]
    assert before_defs["Project"] != after_defs["Project"]  # Project reaches ShortUser
    assert before_defs["Tag"] == after_defs["Tag"]
    assert any(before_paths[p] != after_paths[p] for p in before_paths)
    assert any(before_paths[p] == after_paths[p] for p in before_paths)
