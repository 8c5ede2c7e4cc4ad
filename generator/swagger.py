"""What the Swagger 2.0 format itself defines and several stages need: the keys of a path
item that are operations, and how a local ``$ref`` (a JSON pointer into the same document)
is followed.

Its own module because validation, the value checks, the validation cache and the model
builder all need them, and none of them should import another just for this.
"""

from __future__ import annotations

from typing import Any

# the operations of a path item, in the order swagger-codegen visits them
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


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
