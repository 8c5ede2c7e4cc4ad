"""The FileInfo model (generated; do not edit)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional

from .._model import Model as _Model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import models as _m


class FileInfo(_Model):
    """A file or folder inside a project.

    Attributes:
        path (str): Path relative to the project root, using forward slashes. A Windows
            style path such as "data\\raw\\input.csv" is not accepted; write
            "data/raw/input.csv" instead.
        is_dir (bool): True when the entry is a folder. [read-only]
        file_size (str): Size in bytes, as a decimal string. [read-only]
        last_modified (datetime): When the entry last changed. [read-only]
        children (List[FileInfo]): Entries inside a folder, when the server expands it.
    """

    path: Optional[str] = None
    is_dir: Optional[bool] = None
    file_size: Optional[str] = None
    last_modified: Optional[_dt.datetime] = None
    children: Optional[List[_m.FileInfo]] = None
