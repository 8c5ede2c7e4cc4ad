"""The generated package's version, made from the spec's ``info.version``.

A package version must be PEP 440. ``info.version`` often is not:
protoc-gen-openapiv2 writes ``"version not set"`` when the proto sets none, and
other tools write ``v1.2.0`` or ``1.0.0-beta.1``. :func:`package_version`
normalises what PEP 440 can spell (``v1.2`` -> ``1.2``, ``1.0.0-beta.1`` ->
``1.0.0b1``, the way pip reads such versions) and falls back to
:data:`FALLBACK` for anything else, saying so; ``--package-version`` wins.
"""

from __future__ import annotations

import re
from typing import Optional

# what the generator accepts as is: a subset of PEP 440 (no epoch), normalised spelling
PEP440 = re.compile(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[0-9A-Za-z.]+)?")
FALLBACK = "0.0.0"

_LOOSE = re.compile(
    r"v?(?P<release>\d+(?:\.\d+)*)"
    r"(?:[-_.]?(?P<pre>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?P<pre_n>\d*))?"
    r"(?:[-_.]?(?:post|rev|r)[-_.]?(?P<post>\d*))?"
    r"(?:[-_.]?dev[-_.]?(?P<dev>\d*))?"
    r"(?:\+(?P<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?"
)
_PRE = {"alpha": "a", "a": "a", "beta": "b", "b": "b", "c": "rc", "pre": "rc", "preview": "rc", "rc": "rc"}


def normalise(text: str) -> Optional[str]:
    """``text`` spelled as PEP 440 does, or None when it is no version at all."""
    match = _LOOSE.fullmatch(text.strip().lower())
    if match is None:
        return None
    out = match["release"]
    if match["pre"]:
        out += _PRE[match["pre"]] + (match["pre_n"] or "0")
    if match["post"] is not None:
        out += ".post" + (match["post"] or "0")
    if match["dev"] is not None:
        out += ".dev" + (match["dev"] or "0")
    if match["local"]:
        out += "+" + re.sub(r"[-_]", ".", match["local"])
    return out if PEP440.fullmatch(out) else None


def package_version(spec_version: str, given: Optional[str]) -> tuple[str, Optional[str]]:
    """(the package version, a warning or None). ``given`` (``--package-version``) is
    used as it is; the caller refuses it when it is not PEP 440."""
    if given:
        return given, None
    version = normalise(spec_version)
    if version is not None:
        return version, None
    return FALLBACK, (
        f"{spec_version!r} is not a PEP 440 version; the package version is {FALLBACK} "
        "(pass --package-version to choose one)"
    )
