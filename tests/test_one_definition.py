"""Facts the generator needs in several places are written once (#11): the HTTP methods that
are operations of a path item (generator/swagger.py) and the input size limit
(generator/limits.py). A second copy can drift: a method added to one list but not another
is an operation that is built but never validated, or the other way round."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import List, Optional

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
METHODS = {"get", "put", "post", "delete", "options", "head", "patch"}
MIB_64 = 64 * 1024 * 1024


def _sources() -> List[Path]:
    return sorted(PACKAGE.glob("*.py"))


def method_lists() -> List[str]:
    """Every tuple, list or set literal of three or more HTTP method names, by place."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                words = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                if len(words & METHODS) >= 3:
                    found.append(f"{path.name}:{node.lineno}")
    return found


def _product(node: ast.AST) -> Optional[int]:
    """The value of an integer constant or a product of them (``64 * 1024 * 1024``), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        left, right = _product(node.left), _product(node.right)
        return None if left is None or right is None else left * right
    return None


def size_limits() -> List[str]:
    """Every place that spells the 64 MiB limit, as a product of constants or as one number."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _product(node) == MIB_64:
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_one_list_of_http_methods() -> None:
    assert [place.partition(":")[0] for place in method_lists()] == ["swagger.py"], method_lists()


def test_one_size_limit_constant() -> None:
    assert [place.partition(":")[0] for place in size_limits()] == ["limits.py"], size_limits()
