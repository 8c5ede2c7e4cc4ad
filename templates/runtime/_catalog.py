"""The spec as data, for the tools built on this package (command line, fake workspace, MCP server).

``_catalog.json`` beside this module is written by cmlapi-gen from the same spec as the
code; its format is described in cmlapi-gen's ``generator/catalog.py``. ``import`` of the
package never reads it: only :func:`load` does, once.
"""

from __future__ import annotations

import json
import pkgutil
from typing import Any, Dict, Optional

_loaded: Optional[Dict[str, Any]] = None


def load() -> Dict[str, Any]:
    """The parsed catalog (parsed on first call, then kept)."""
    global _loaded
    if _loaded is None:
        # get_data works wherever the package lives: a folder, a wheel, a zip, a vendored copy
        data = pkgutil.get_data(__name__.rsplit(".", 1)[0], "_catalog.json")
        if data is None:
            raise RuntimeError("_catalog.json is missing from the package")
        _loaded = json.loads(data.decode("ascii"))
    return _loaded


def operation(name: str) -> Dict[str, Any]:
    """The catalog entry of the operation whose Python method is ``name``; KeyError if none."""
    for op in load()["operations"]:
        if op["name"] == name:
            return dict(op)
    raise KeyError(name)
