"""Following a local ``$ref`` (a JSON pointer into the same document).

Its own module because validation, the value checks and the model builder all follow
references, and none of them should import another just for this.
"""

from __future__ import annotations

from typing import Any


def resolve_ref(doc: Any, ref: str) -> Any:
    """Return the node a local ``$ref`` points at; raise KeyError if none."""
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node
