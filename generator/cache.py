"""Where cmlapi-gen keeps its caches, and one entry read or written safely.

Every cache is content-addressed (an entry's name is the sha256 of all it
depends on), so entries never need invalidating, and writers never clash (each
writes a temporary file and renames it). An entry starts with the sha256 of its
text, checked on every read: a damaged, truncated or edited entry is a miss,
like a missing one, never output.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Optional

# the caches under the root
PIECES = "pieces"  # rendered and formatted pieces (generator.pieces)
VALID = "valid-documents"  # documents openapi-spec-validator found valid (generator.validate_cache)
JINJA = "jinja"  # compiled templates (jinja2's own bytecode cache)


def cache_root() -> Optional[Path]:
    """``$CMLAPI_GEN_CACHE``, else ``$XDG_CACHE_HOME/cmlapi-gen`` or ``~/.cache/cmlapi-gen``;
    None when ``CMLAPI_GEN_CACHE=off``."""
    setting = os.environ.get("CMLAPI_GEN_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cmlapi-gen"


def installed_identity(module: str) -> str:
    """Where top-level ``module`` is installed, with the size and mtime of its entry
    file: a reinstall or upgrade changes it. Cheaper than importing the module or
    ``importlib.metadata`` to ask for its version."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        info = os.stat(origin)
    except OSError:
        return f"{module}\0{origin}"
    return f"{module}\0{origin}\0{info.st_size}\0{info.st_mtime_ns}"


def cache_dir(name: str) -> Optional[Path]:
    """The folder of cache ``name`` (not created), or None when caching is off."""
    root = cache_root()
    return None if root is None else root / name


def read(folder: Optional[Path], key: str) -> Optional[str]:
    """The entry ``key`` of ``folder``, or None (no cache, no entry, unreadable)."""
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, key[:2], key), "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    check, _, body = data.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != check:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def write(folder: Optional[Path], key: str, text: str) -> None:
    """Store ``text`` as entry ``key`` of ``folder``; a cache that cannot be written is skipped."""
    if folder is None:
        return
    try:
        sub = folder / key[:2]
        sub.mkdir(parents=True, exist_ok=True)
        body = text.encode("utf-8")
        tmp = sub / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        os.replace(tmp, sub / key)
    except (OSError, UnicodeEncodeError):
        pass
