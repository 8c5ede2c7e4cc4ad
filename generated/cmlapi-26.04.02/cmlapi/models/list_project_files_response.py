"""The ListProjectFilesResponse model (generated; do not edit)."""

from __future__ import annotations

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

    from .file_info import FileInfo


class ListProjectFilesResponse(_Model):
    """Contents of a project folder.

    Attributes:
        files (List[FileInfo]): Entries of the folder, or the single file asked for.
    """

    __slots__ = ()
    files: Optional[List[FileInfo]] = None
