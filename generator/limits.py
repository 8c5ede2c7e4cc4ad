"""The resource bounds on an input document, and the exceptions the parsers raise at them.

Their own module so that :mod:`generator.load`, :mod:`generator.load_yaml` and
:mod:`generator.fetch` share one definition without importing each other.
"""

from __future__ import annotations

import os

# the largest spec read from a file, stdin or the network
MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 256
MAX_ALIASES = 64
# the real CML spec has about 10,000 values; this leaves room for 100 times that
MAX_NODES = 1_000_000
# longest integer read (Python's own int/str conversion limit, on every version)
MAX_DIGITS = 4300
# a hidden setting, for tests and for users with very large specs
MAX_BYTES_ENV = "CMLAPI_GEN_MAX_BYTES"


def max_bytes() -> int:
    """The input size limit: ``$CMLAPI_GEN_MAX_BYTES`` when it is a positive integer, else :data:`MAX_BYTES`."""
    setting = os.environ.get(MAX_BYTES_ENV, "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    return MAX_BYTES


class TooManyAliases(Exception):
    """A YAML document with more than :data:`MAX_ALIASES` aliases."""


class TooManyDigits(Exception):
    """An integer longer than :data:`MAX_DIGITS` digits."""

    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits
