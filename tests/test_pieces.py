"""The piece cache and its skeletons with holes: the output never depends on them.

Every check compares whole generated trees byte for byte with a generation
that had no cache at all (``CMLAPI_GEN_CACHE=off``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest

ROOT = Path(__file__).resolve().parents[1]
RELEASE_A = ROOT / "specs" / "cml-26.01.07.json"
RELEASE_B = ROOT / "specs" / "cml-26.04.02.json"


def generate(spec: Path, out: Path, cache: str, **env: str) -> None:
    environ = dict(os.environ, CMLAPI_GEN_CACHE=cache, **env)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def tree(folder: Path) -> Dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def edited(tmp_path: Path, text: str) -> Path:
    """Release A with one operation's summary changed."""
    doc = json.loads(RELEASE_A.read_text(encoding="utf-8"))
    op = doc["paths"]["/api/v2/projects"]["get"]
    op["summary"] = text
    path = tmp_path / f"edited-{abs(hash(text))}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_cold_warm_and_no_cache_give_the_same_bytes(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    generate(RELEASE_B, tmp_path / "off", "off")
    generate(RELEASE_A, tmp_path / "a", cache)  # the other release fills the cache
    generate(RELEASE_B, tmp_path / "warm", cache)  # shared pieces hit, the rest are made
    generate(RELEASE_B, tmp_path / "hot", cache)  # every piece hits
    off = tree(tmp_path / "off")
    assert tree(tmp_path / "warm") == off
    assert tree(tmp_path / "hot") == off
    assert tree(tmp_path / "a") != off


@pytest.mark.parametrize("no_fork", ["", "1"], ids=["validator-child", "inline-validator"])
def test_a_one_operation_change_makes_what_changed_and_nothing_else(tmp_path: Path, no_fork: str) -> None:
    cache, out = str(tmp_path / "cache"), tmp_path / "out"
    generate(RELEASE_A, out, cache, CMLAPI_GEN_NO_FORK=no_fork)
    before = tree(out)
    inodes = {rel: (out / rel).stat().st_ino for rel in before}
    spec = edited(tmp_path, "Lists the projects you can see.")
    generate(spec, out, cache, CMLAPI_GEN_NO_FORK=no_fork)
    generate(spec, tmp_path / "off", "off")
    after = tree(out)
    assert after == tree(tmp_path / "off")
    changed = {rel for rel in after if after[rel] != before.get(rel)}
    # the method's docstring, the README's table, and the spec hash in two modules and the manifest
    assert changed == {".cmlapi-gen-manifest.json", "README.md", "cmlapi/__init__.py", "cmlapi/_catalog.json", "cmlapi/_spec.py", "cmlapi/api/cml_service_api.py"}
    kept = {rel for rel in after if (out / rel).stat().st_ino == inodes.get(rel)}
    assert kept == set(after) - changed  # unchanged files were linked, not rewritten


def test_a_damaged_cache_entry_is_a_miss_not_output(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    generate(RELEASE_A, tmp_path / "first", str(cache))
    entries = [p for p in (cache / "pieces").rglob("*") if p.is_file()]
    assert entries
    for i, entry in enumerate(entries):
        data = entry.read_bytes()
        if i % 3 == 0:
            entry.write_bytes(data[: len(data) // 2])  # truncated
        elif i % 3 == 1:
            entry.write_bytes(data.replace(b"def ", b"dfe ", 1) if b"def " in data else data + b"#")  # edited
        else:
            entry.write_bytes(b"")
    generate(RELEASE_A, tmp_path / "second", str(cache))
    assert tree(tmp_path / "second") == tree(tmp_path / "first")


def run_in_fresh_interpreter(code: str, cache: str) -> str:
    env = dict(os.environ, CMLAPI_GEN_CACHE=cache)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


GENERATE_AND_LIST_IMPORTS = """
import sys
from pathlib import Path
from generator.pipeline import generate
generate(sys.argv[1] if len(sys.argv) > 1 else {spec!r}, Path({out!r}))
print(" ".join(sorted(m for m in ("black", "jinja2", "openapi_spec_validator") if m in sys.modules)))
"""


def test_a_reworded_summary_needs_neither_jinja2_nor_black(tmp_path: Path) -> None:
    """The method's docstring, the README's summary cell and the spec hash are holes:
    filled in, not rendered or formatted again."""
    cache, out = str(tmp_path / "cache"), tmp_path / "out"
    generate(RELEASE_A, out, cache)
    spec = edited(tmp_path, "Lists the projects you can see, newest first.")
    valid = {p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file()}
    imported = run_in_fresh_interpreter(GENERATE_AND_LIST_IMPORTS.format(spec=str(spec), out=str(out)), cache)
    assert imported == ""  # the README's row, the docstring and the hash are filled in: nothing rendered or formatted
    assert {p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file()} == valid  # nor validated
    generate(spec, tmp_path / "off", "off")
    assert tree(out) == tree(tmp_path / "off")


@pytest.mark.parametrize(
    "summary",
    [
        "A backslash \\ in it.",  # black would touch a docstring with a backslash: no hole
        "\tTab first",
        '"Quoted" first',
        "Trailing spaces   ",
        "Two\n\n  paragraphs,\n   indented",
        "GET",  # text that is everywhere in the README and the API module
    ],
)
def test_summaries_black_may_touch_are_formatted_and_come_out_the_same(tmp_path: Path, summary: str) -> None:
    cache, out = str(tmp_path / "cache"), tmp_path / "out"
    generate(RELEASE_A, out, cache)
    spec = edited(tmp_path, summary)
    generate(spec, out, cache)
    generate(spec, tmp_path / "off", "off")
    assert tree(out) == tree(tmp_path / "off")
    again = edited(tmp_path, summary + " again")  # a skeleton made from such a piece, then filled
    generate(again, out, cache)
    generate(again, tmp_path / "off2", "off")
    assert tree(out) == tree(tmp_path / "off2")


def test_a_structural_change_is_formatted_and_validated(tmp_path: Path) -> None:
    cache, out = str(tmp_path / "cache"), tmp_path / "out"
    generate(RELEASE_A, out, cache)
    doc = json.loads(RELEASE_A.read_text(encoding="utf-8"))
    doc["paths"]["/api/v2/projects"]["get"]["parameters"].append(
        {"name": "only_mine", "in": "query", "type": "boolean", "description": "Just mine."}
    )
    spec = tmp_path / "param.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    valid = {p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file()}
    imported = run_in_fresh_interpreter(GENERATE_AND_LIST_IMPORTS.format(spec=str(spec), out=str(out)), cache)
    assert imported == "black jinja2"  # (openapi-spec-validator runs in a child process)
    assert {p.name for p in (tmp_path / "cache" / "valid").rglob("*") if p.is_file()} > valid  # the path, validated
    generate(spec, tmp_path / "off", "off")
    assert tree(out) == tree(tmp_path / "off")
    assert b"only_mine" in (out / "cmlapi/api/cml_service_api.py").read_bytes()
