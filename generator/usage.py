"""What the CLI's commands share: the usage error and the checks of common options.

Its own module so that :mod:`generator.cli` and every ``cmd_*`` module import it, and no
``cmd_*`` module imports the CLI that imports it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

from .errors import Problem


class UsageError(Exception):
    """Wrong arguments (exit status 2)."""


def package_name(value: str) -> str:
    """``value`` if it can be the generated package's import name (the one rule, in
    :func:`generator.naming.package_name_problem`, for every command); UsageError otherwise."""
    from .naming import package_name_problem

    problem = package_name_problem(value)
    if problem:
        raise UsageError(f"--package-name {value!r}: {problem}")
    return value


def folder_option(option: str, value: str) -> Path:
    """``value`` as the folder named by ``option`` (``--out``, ``--into``); refuse, as a usage
    error, a path that is or lies under something other than a folder: it cannot be one, and
    nothing there must be touched."""
    path = Path(value)
    if (path.exists() or path.is_symlink()) and not path.is_dir():
        what = "is a file, not a folder" if path.is_file() else "is not a folder"
        raise UsageError(f"{option} {value}: {what}; name a folder (new or existing)")
    for parent in Path(os.path.abspath(path)).parents:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                raise UsageError(f"{option} {value}: its parent {parent} is not a folder")
            break
    return path


def warn(problems: Sequence[Problem]) -> None:
    """Print what generation works around, one ``warning:`` line each (errors under --strict)."""
    for problem in problems:
        print("warning: " + problem.render().partition(": ")[2], file=sys.stderr)
