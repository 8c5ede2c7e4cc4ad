"""The README as a newcomer runs it: its `validate` examples print what it shows, every
`make` target it names exists, and `make vendor` without its variables says what it needs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import List, Tuple

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
PROMPT = "$ .venv/bin/python -m generator "


def examples(command: str) -> List[Tuple[str, List[str]]]:
    """(arguments, the output lines shown after them) for each ``$ ... generator COMMAND`` line."""
    found = []
    for block in re.findall(r"```\n(.*?)```", README, flags=re.S):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            if line.startswith(PROMPT + command + " "):
                shown = []
                for after in lines[i + 1 :]:
                    if after.startswith("$ "):
                        break
                    shown.append(after)
                found.append((line[len(PROMPT) :], shown))
    return found


VALIDATE = examples("validate")


def test_the_readme_has_validate_examples() -> None:
    assert len(VALIDATE) >= 2 and any(shown and shown[0].startswith("error:") for _, shown in VALIDATE)


@pytest.mark.parametrize("args, shown", VALIDATE, ids=[a for a, _ in VALIDATE])
def test_validate_examples_print_what_the_readme_shows(args: str, shown: List[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *args.split()], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.stderr.splitlines() == shown
    assert proc.returncode == (1 if shown[0].startswith("error:") else 0)


def test_every_make_target_the_readme_names_exists() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.M))
    named = set(re.findall(r"(?:^|`|\$ )make ([a-z][a-z-]*)", README, flags=re.M))
    assert named and named <= targets, named - targets


def test_make_vendor_without_its_variables_prints_its_usage() -> None:
    proc = subprocess.run(["make", "-s", "vendor"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "usage: make vendor SPEC=" in proc.stderr and "DEST=" in proc.stderr and "NAME=" in proc.stderr
    assert "expected one argument" not in proc.stderr
