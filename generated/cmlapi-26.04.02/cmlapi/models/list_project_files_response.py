"""The ListProjectFilesResponse model (generated; do not edit)."""

from __future__ import annotations

from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class ListProjectFilesResponse(_Model):
    """Contents of a project folder.

    Attributes:
        files (List[FileInfo]): Entries of the folder, or the single file asked for.
    """

    files: Optional[List[_m.FileInfo]] = None
