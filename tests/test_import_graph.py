"""The generator's modules import each other without a cycle (#11).

A cycle works only by care (the import that closes it must sit inside a function, after both
modules finished loading), so one moved import breaks the program at start-up. The graph is read
from the source with ``ast``: module-level and function-level imports alike, since a deferred
import still makes the two modules depend on each other.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Set

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
NAME = "generator"


def _module_names() -> Set[str]:
    return {path.stem for path in PACKAGE.glob("*.py")}


def _targets(node: ast.AST, modules: Set[str]) -> Set[str]:
    """The package's own modules that the import statement ``node`` loads."""
    found: Set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            parts = alias.name.split(".")
            if parts[0] == NAME and len(parts) > 1 and parts[1] in modules:
                found.add(parts[1])
    elif isinstance(node, ast.ImportFrom):
        if node.level == 1 or (node.level == 0 and node.module and node.module.split(".")[0] == NAME):
            module = node.module or ""
            base = module if node.level == 1 else ".".join(module.split(".")[1:])
            head = base.split(".")[0] if base else ""
            if head in modules:
                found.add(head)
            elif not head:  # ``from . import x``: each name may be a module
                found.update(alias.name for alias in node.names if alias.name in modules)
    return found


def import_graph() -> Dict[str, Set[str]]:
    modules = _module_names()
    graph: Dict[str, Set[str]] = {}
    for name in sorted(modules):
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        edges: Set[str] = set()
        for node in ast.walk(tree):
            edges |= _targets(node, modules)
        edges.discard(name)
        # __init__ is imported by every submodule anyway; an edge to it is not a cycle
        # unless __init__ imports back, which the walk of __init__ itself shows
        graph[name] = edges
    return graph


def find_cycle(graph: Dict[str, Set[str]]) -> Optional[List[str]]:
    """One cycle as a path ``[a, b, ..., a]``, or None."""
    state: Dict[str, int] = {}  # 1: on the current path, 2: done
    path: List[str] = []

    def visit(node: str) -> Optional[List[str]]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_the_graph_sees_known_edges() -> None:
    graph = import_graph()
    assert "errors" in graph["load"], graph["load"]  # module level: from .errors import ...
    assert "pipeline" in graph["cli"], graph["cli"]  # function level: from .pipeline import ...
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_no_dynamic_import_of_the_package() -> None:
    """``__import__`` / ``importlib`` on the package's own modules hides an edge from this test,
    and a failure to import becomes something else (a command that silently vanishes)."""
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if called in ("__import__", "import_module"):
                    arg = node.args[0] if node.args else None
                    text = ast.unparse(arg) if arg is not None else ""
                    if NAME in text or text.startswith(("'.", '".', "f'.", 'f".')):
                        offenders.append(f"{path.name}:{node.lineno}: {text}")
    assert not offenders, offenders


def test_every_command_module_is_registered() -> None:
    """Each cmd_*.py is imported by name in cli.py, so a broken one fails loudly."""
    graph = import_graph()
    commands = {name for name in graph if name.startswith("cmd_")}
    assert commands, "no cmd_*.py found"
    assert commands <= graph["cli"], sorted(commands - graph["cli"])


def test_a_broken_command_module_stops_the_cli(tmp_path: Path) -> None:
    """A copy of the package whose cmd_fetch.py cannot import: the CLI fails naming the missing
    module, instead of running without its ``fetch`` command."""
    shutil.copytree(PACKAGE, tmp_path / NAME, ignore=shutil.ignore_patterns("__pycache__"))
    broken = tmp_path / NAME / "cmd_fetch.py"
    broken.write_text(broken.read_text(encoding="utf-8") + "\nimport a_module_that_is_not_there\n", encoding="utf-8")
    # the working directory comes first on sys.path with -m, so the copy is the one imported
    proc = subprocess.run(
        [sys.executable, "-m", NAME, "fetch", "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode != 0, proc.stdout
    assert "invalid choice" not in proc.stderr, proc.stderr
    assert "a_module_that_is_not_there" in proc.stderr.strip().splitlines()[-1], proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr
