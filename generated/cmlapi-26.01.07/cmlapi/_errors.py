"""Parse an error body into the spec's error model, when the spec has one."""

from __future__ import annotations

import json

from ._spec import ERROR_MODEL

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def parse_error_body(body: Any) -> Any:
    """The ``default`` error model built from ``body``, or None if it is not JSON."""
    if body is None or not ERROR_MODEL:
        return None
    try:
        value = json.loads(body) if isinstance(body, (str, bytes)) else body
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    from ._codec import decoder

    return decoder(ERROR_MODEL, __name__.rpartition(".")[0] + ".models")(value)
