"""Generated code as a user reads it in an IDE: docstrings name types by their public names
(``ListProjectsResponse``, ``datetime``), never by the module aliases the code uses (#11)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = sorted((ROOT / "generated").glob("cmlapi-*/cmlapi"))
ALIASES = ("_m.", "_dt.", "_t.", "_b.")


def docstrings(package: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                text = ast.get_docstring(node, clean=False)
                if text:
                    found.append((f"{path.relative_to(package)}:{getattr(node, 'lineno', 1)}", text))
    return found


@pytest.mark.parametrize("package", PACKAGES, ids=[p.parent.name for p in PACKAGES])
def test_docstrings_show_public_type_names(package: Path) -> None:
    texts = docstrings(package)
    assert len(texts) > 100
    leaks = [(where, alias) for where, text in texts for alias in ALIASES if alias in text]
    assert leaks == [], leaks[:5]
    joined = "\n".join(text for _, text in texts)
    assert "Returns:\n            ListProjectsResponse" in joined and "(datetime)" in joined
