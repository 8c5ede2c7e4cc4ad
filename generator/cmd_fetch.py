"""``python -m generator fetch``: save the live spec of a CML workspace.

Exit status: 0 saved (or already saved), 1 the fetch failed, 2 usage error.
Every line printed goes through :func:`generator.errors.redact`, so the API
key never reaches the terminal, even from an unexpected exception.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional

from .errors import one_line, redact
from .usage import UsageError

# the defaults of generator.fetch, which is imported only when fetch runs (it pulls in urllib3
# and ssl, which every other command would pay for at start-up)
DEFAULT_TIMEOUT = 30.0
RETRY_DELAY = 0.5

DESCRIPTION = """\
Download <host>/api/v2/swagger.json with the API key and save it as
DIR/cml-<info.version>.json, after checking that it is a spec the generator
accepts. The key comes from --token, else $CDSW_APIV2_KEY, else $API_KEY
(prefer the environment: command lines are visible to other users); the host
from --host, else $CDSW_DOMAIN (a bare domain means https). An existing file
is never overwritten: other content for the same version is saved as
cml-<version>.<sha256 prefix>.json.
"""


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return number


def _count(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``fetch`` subcommand to the CLI's subparsers."""
    p = sub.add_parser(
        "fetch",
        help="download and save the spec of a CML workspace",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default=None, metavar="URL", help="workspace URL (default: $CDSW_DOMAIN)")
    p.add_argument("--token", default=None, metavar="T", help="API v2 key (default: $CDSW_APIV2_KEY, then $API_KEY)")
    p.add_argument("--out", default="specs", metavar="DIR", help="directory to save into (default: specs)")
    p.add_argument("--ca-bundle", default=None, metavar="PEM", help="CA certificates to trust instead of the system's")
    p.add_argument("--insecure", action="store_true", help="do not verify the TLS certificate (warns)")
    p.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="S",
        help=f"give up after S seconds in all, retries included (default: {DEFAULT_TIMEOUT:g})",
    )
    # Hidden knobs for tests and odd workspaces.
    p.add_argument("--max-bytes", type=_count, default=None, help=argparse.SUPPRESS)
    p.add_argument("--retry-delay", type=_seconds, default=RETRY_DELAY, help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Carry out ``fetch``; raise UsageError for bad options, return 0 or 1."""
    from .fetch import FetchError, OptionError, fetch, make_options

    try:
        opts = make_options(
            host=args.host, token=args.token, out=args.out, ca_bundle=args.ca_bundle,
            insecure=args.insecure, timeout=args.timeout, max_bytes=args.max_bytes,
            retry_delay=args.retry_delay, env=os.environ,
        )
    except OptionError as exc:
        # The key is not chosen yet: hide every value that could be it.
        message = str(exc)
        for candidate in (args.token, os.environ.get("CDSW_APIV2_KEY"), os.environ.get("API_KEY")):
            message = _clean(message, candidate.strip() if candidate else None)
        raise UsageError(message) from None
    secret = opts.token

    def warn(message: str) -> None:
        print(f"warning: {_clean(message, secret)}", file=sys.stderr)

    try:
        line = fetch(opts, warn)
    except FetchError as exc:
        print(f"error: {_clean(str(exc), secret)}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # one line, never a traceback, never the key
        print(f"error: internal error: {type(exc).__name__}: {_clean(str(exc), secret)}", file=sys.stderr)
        return 1
    print(_clean(line, secret))
    return 0


def _clean(text: str, secret: Optional[str]) -> str:
    """One printable line with the key (if known) replaced by ``***``."""
    line = one_line(text, 1000)
    return redact(line, secret) if secret else line
