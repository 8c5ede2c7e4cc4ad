"""``cmlapi-gen vendor SPEC --into DIR --package-name NAME``: the client package alone, in your tree.

Exit status as for every command: 0 written, 1 invalid spec or the folder
cannot be (re)written (files not written by ``vendor``, hand edits, I/O), 2
usage errors and unreadable input. See :mod:`generator.vendor`.
"""

from __future__ import annotations

import argparse
import sys

from .usage import UsageError, folder_option, package_name, warn


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``vendor`` subcommand to the CLI's subparsers."""
    p = sub.add_parser(
        "vendor",
        help="write the client package alone into your source tree, under your own import name",
        description=(
            "Generate the package (not the project around it) into DIR/<NAME as a path>/, with a "
            "manifest of what was written; refuses to overwrite files it did not write."
        ),
    )
    p.add_argument("spec", help="JSON or YAML file, or - for stdin")
    p.add_argument("--into", required=True, metavar="DIR", help="folder that holds your top-level packages (e.g. src)")
    p.add_argument(
        "--package-name", required=True, metavar="NAME", help="import name, a dotted path (e.g. acme._vendor.cmlapi)"
    )
    p.add_argument(
        "--package-version", default=None, help="package version (default: the spec's info.version)"
    )
    p.add_argument(
        "--force", action="store_true", help="replace the package folder even if it holds files vendor did not write"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Vendor as the arguments say; print one summary line. Returns the exit status."""
    from .vendor import Request, VendorError, vendor

    name = package_name(args.package_name)
    if not args.into:
        raise UsageError("--into: must name a folder")
    into = folder_option("--into", args.into)
    try:
        result = vendor(Request(args.spec, into, name, args.package_version, force=args.force))
    except VendorError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    warn(result.warnings)
    print(result.line())
    return 0
