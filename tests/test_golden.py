"""Golden snapshots: every spec in specs/ regenerates byte-for-byte into generated/."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from generator.snapshots import expected, folder_for, spec_files
from generator.write import is_artefact

ROOT = Path(__file__).resolve().parents[1]
SPECS = spec_files(ROOT / "specs")


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        # what the generated .gitignore ignores (pip install's build/ and *.egg-info) is not output
        if p.is_file() and not is_artefact(p.relative_to(folder).as_posix())
    }


def compare(fresh: dict[str, str], stored: dict[str, str], label: str) -> list[str]:
    """Human-readable differences; empty when the trees are identical."""
    problems = []
    missing = sorted(set(fresh) - set(stored))
    extra = sorted(set(stored) - set(fresh))
    if missing:
        problems.append(f"{label}: missing from the snapshot: {', '.join(missing[:10])}")
    if extra:
        problems.append(f"{label}: in the snapshot but no longer generated: {', '.join(extra[:10])}")
    changed = [p for p in sorted(set(fresh) & set(stored)) if fresh[p] != stored[p]]
    for path in changed[:3]:
        diff = difflib.unified_diff(
            stored[path].splitlines(keepends=True),
            fresh[path].splitlines(keepends=True),
            f"snapshot/{path}",
            f"fresh/{path}",
        )
        problems.append("".join(list(diff)[:80]))
    if changed:
        problems.append(f"{label}: {len(changed)} file(s) differ")
    if problems:
        problems.append("if the change is intended, accept it with `make golden` and review the diff")
    return problems


def test_there_are_team_specs() -> None:
    assert len(SPECS) >= 2


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_snapshot_matches(spec: Path) -> None:
    name, fresh = expected(spec)
    stored_dir = ROOT / "generated" / name
    assert stored_dir.is_dir(), f"no snapshot {stored_dir.relative_to(ROOT)}; run `make golden`"
    problems = compare(fresh, tree(stored_dir), name)
    assert not problems, "\n".join(problems)


def test_no_stale_snapshots() -> None:
    wanted = {expected(spec)[0] for spec in SPECS}
    present = {p.name for p in (ROOT / "generated").iterdir() if p.is_dir()}
    assert present == wanted, f"stale or missing snapshot folders: {sorted(present ^ wanted)}"


def test_golden_catches_a_one_character_change() -> None:
    spec = SPECS[0]
    name, fresh = expected(spec)
    stored = tree(ROOT / "generated" / name)
    assert compare(fresh, stored, name) == []
    path = next(p for p in sorted(stored) if p.endswith(".py") and "models/" in p)
    mutated = dict(stored)
    mutated[path] = mutated[path].replace("a", "b", 1)
    problems = compare(fresh, mutated, name)
    assert problems and "make golden" in problems[-1]
    assert any(f"snapshot/{path}" in p for p in problems)
    removed = dict(stored)
    del removed[path]
    assert any("missing from the snapshot" in p for p in compare(fresh, removed, name))


def test_folder_names_follow_the_spec_version() -> None:
    assert folder_for("26.01.07") == "cmlapi-26.01.07"
