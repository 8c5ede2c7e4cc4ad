"""Nothing in generator/ is dead or kept only for the tests (#11).

Every top-level function and class of a generator module must be used by the generator
itself: named in code (a call, an attribute, an import) of some generator/*.py, or by an
entry point (pyproject.toml, the Makefile, a template). A test that needs a helper the
program does not use is testing something the program does not do.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generator"


def _uses(tree: ast.AST) -> Dict[str, int]:
    """How often each name is used in code: as a name, an attribute or an imported name."""
    counts: Dict[str, int] = {}
    for node in ast.walk(tree):
        name = (
            node.id if isinstance(node, ast.Name)
            else node.attr if isinstance(node, ast.Attribute)
            else node.name.rpartition(".")[2] if isinstance(node, ast.alias)
            else None
        )
        if name:
            counts[name] = counts.get(name, 0) + 1
    return counts


def unused_definitions() -> List[str]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.glob("*.py"))}
    used: Dict[str, int] = {}
    for tree in trees.values():
        for name, count in _uses(tree).items():
            used[name] = used.get(name, 0) + count
    entry_points = "\n".join(
        path.read_text(encoding="utf-8")
        for path in [ROOT / "pyproject.toml", ROOT / "Makefile", *sorted((ROOT / "templates").rglob("*.jinja"))]
    )
    unused = []
    for path, tree in trees.items():
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if not used.get(node.name) and not re.search(rf"\b{re.escape(node.name)}\b", entry_points):
                    unused.append(f"{path.name}:{node.lineno}: {node.name}")
    return unused


def test_no_unused_definition() -> None:
    assert unused_definitions() == []
