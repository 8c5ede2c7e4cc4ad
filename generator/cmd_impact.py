"""``cmlapi-gen impact OLD NEW PATH...``: the lines of user code that the breaking changes hit.

Exit status: 0 done (findings or not); 1 with ``--fail-on-breaking`` when any
certain finding is reported, or when a spec is invalid; 2 for usage errors and
unreadable input. The report goes to stdout; files that cannot be parsed are
listed in it as skipped (they do not stop the run).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .usage import UsageError, package_name


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``impact`` subcommand to the CLI's subparsers."""
    p = sub.add_parser("impact", help="find the uses of the client that a new spec release breaks")
    p.add_argument("old", help="the spec the code was written against (JSON or YAML)")
    p.add_argument("new", help="the new spec")
    p.add_argument("paths", nargs="+", metavar="PATH", help="Python files or folders to read")
    p.add_argument("--package-name", default="cmlapi", help="the client's import name (default cmlapi)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default text)")
    p.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any certain finding is reported")
    p.set_defaults(func=cmd_impact)


def cmd_impact(args: argparse.Namespace) -> int:
    from .cmd_diff import load_both
    from .diff import diff
    from .impact import impact

    name = package_name(args.package_name)
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(f"impact: {path}: no such file or folder")
    old, new = load_both(args.old, args.new)
    report = impact(old, new, diff(old, new), paths, name)
    sys.stdout.write(report.json_text() if args.format == "json" else report.text())
    sys.stdout.flush()
    return 1 if args.fail_on_breaking and report.certain else 0
