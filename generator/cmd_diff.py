"""``cmlapi-gen diff OLD NEW``: what a new spec release changes for client users.

Exit status: 0 done (changes or not); 1 with ``--fail-on-breaking`` when any
change is breaking, or when a spec is invalid (its problems are printed as
``error: <file>#<pointer>: <message>``); 2 for usage errors and unreadable
or non-JSON/YAML input. The report goes to stdout, problems to stderr.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, List

from .errors import Problem, SpecError
from .usage import UsageError

if TYPE_CHECKING:
    from .ir import Api


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``diff`` subcommand to the CLI's subparsers."""
    p = sub.add_parser("diff", help="report what changes for client users between two specs")
    p.add_argument("old", help="the older spec: JSON or YAML file, or - for stdin")
    p.add_argument("new", help="the newer spec: JSON or YAML file, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default text)")
    p.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking (for CI)"
    )
    p.set_defaults(func=cmd_diff)


def load_both(old: str, new: str) -> tuple[Api, Api]:
    """Build both specs; an invalid spec's problems are collected from both and
    named by file. Raise InputError (unreadable) or SpecError (invalid)."""
    from .pipeline import load, model

    if old == "-" and new == "-":
        raise UsageError("diff: OLD and NEW cannot both be - (stdin)")
    problems: List[Problem] = []
    built: List[Api] = []
    for source in (old, new):
        try:
            # package_version "0": diffing must not depend on info.version being PEP 440
            built.append(model(load(source), "cmlapi", "0"))
        except SpecError as exc:
            problems.extend(Problem(f"{source}#{p.pointer}", p.message) for p in exc.problems)
    if problems:
        raise SpecError(problems)
    return built[0], built[1]


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import diff

    old, new = load_both(args.old, args.new)
    report = diff(old, new)
    sys.stdout.write(report.json_text() if args.format == "json" else report.text())
    sys.stdout.flush()
    return 1 if args.fail_on_breaking and report.breaking else 0
