"""The ListV2KeysResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListV2KeysResponse(_Model):
    """The ListV2KeysResponse object.

    Attributes:
        keys (List[V2Key]): Keys of the user; secrets are never included
    """

    keys: Optional[List[_m.V2Key]] = None
