"""Command line: ``python -m generator`` / ``cmlapi-gen``.

Exit status: 0 success, 1 invalid spec (or a failed action), 2 usage errors
and unreadable input. Problems are printed one per line on stderr; there is
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from . import __version__
from .errors import InputError, SpecError, one_line, redact
from .usage import UsageError, folder_option, package_name, warn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def cmd_validate(args: argparse.Namespace) -> int:
    from .pipeline import load, model

    # validate checks everything, every time; its warnings are generate's (the same package version)
    api = model(load(args.spec), "cmlapi", None, cached=False, strict=args.strict)
    warn(api.warnings)
    print(f"{args.spec}: valid", file=sys.stderr)
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from .pipeline import generate

    name = package_name(args.package_name)
    out = folder_option("--out", args.out)
    summary = generate(args.spec, out, name, args.package_version, force=args.force, strict=args.strict)
    warn(summary.warnings)
    print(summary.line(out))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cmlapi-gen", description="Generate a drop-in cmlapi client from a CML swagger.json.")
    parser.add_argument("--version", action="version", version=f"cmlapi-gen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("validate", help="check a spec; exit 0 valid, 1 invalid, 2 unreadable")
    p.add_argument("spec", help="JSON or YAML file, or - for stdin")
    _add_strict(p)
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("generate", help="generate an installable client project")
    p.add_argument("spec", help="JSON or YAML file, or - for stdin")
    p.add_argument("--out", required=True, help="output directory (replaced atomically)")
    p.add_argument("--package-name", default="cmlapi", help="import name, a dotted path (default cmlapi)")
    p.add_argument("--package-version", default=None, help="package version (default: the spec's info.version)")
    p.add_argument(
        "--force", action="store_true", help="replace --out even if it holds files cmlapi-gen did not write"
    )
    _add_strict(p)
    p.set_defaults(func=cmd_generate)
    _add_more(sub)
    return parser


def _add_strict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict", action="store_true",
        help="treat warnings (defaults or examples not matching their schema, a version that is not PEP 440) as errors",
    )


def _add_more(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the commands that live in their own modules. They are imported by name, here
    (inside :func:`main`'s error handling), so a broken one stops the program with one
    ``error:`` line instead of its command going missing."""
    from . import cmd_diff, cmd_fetch, cmd_impact, cmd_vendor

    for module in (cmd_fetch, cmd_diff, cmd_vendor, cmd_impact):
        module.register(sub)


def _redact_secrets(message: str, argv: Sequence[str]) -> str:
    """Hide any value given to a --token-like option, which argparse may echo back."""
    secrets = []
    for i, arg in enumerate(argv):
        if arg.startswith("--tok") and "=" in arg:
            secrets.append(arg.split("=", 1)[1])
        elif arg.startswith("--tok") and i + 1 < len(argv):
            secrets.append(argv[i + 1])
    for secret in secrets:
        if secret:
            message = redact(message, secret)
    return message


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args))
    except UsageError as exc:
        print(f"error: {_redact_secrets(str(exc), argv)}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"error: {one_line(str(exc), 2000)}", file=sys.stderr)
        return 2
    except SpecError as exc:
        for problem in exc.problems:
            print(problem.render(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one line, never a traceback
        from .write import OwnershipError, WriteError

        if isinstance(exc, OwnershipError):  # a usage error: another folder, or --force
            where, message = exc.problems[0]
            more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
            print(f"error: {one_line(where, 300)}: {one_line(message)}{more}", file=sys.stderr)
            return 2
        if isinstance(exc, WriteError):
            print(f"error: {one_line(str(exc), 2000)}", file=sys.stderr)
            return 1
        print(f"error: internal error: {type(exc).__name__}: {one_line(str(exc), 500)}", file=sys.stderr)
        return 1
