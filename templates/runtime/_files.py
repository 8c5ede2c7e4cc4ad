"""Multipart bodies for uploads, and saving ``file`` responses."""

from __future__ import annotations

import mimetypes
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Tuple


def _part(name: str, value: Any) -> Tuple[str, Any]:
    """One file field: a path, bytes, a file object, or ``(filename, data[, mime])``."""
    if isinstance(value, tuple):
        return (name, value)
    if isinstance(value, (bytes, bytearray)):
        return (name, (name, bytes(value), "application/octet-stream"))
    if hasattr(value, "read"):
        data = value.read()
        filename = os.path.basename(str(getattr(value, "name", name)))
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        return (name, (filename, data, mime))
    path = os.fspath(value)
    with open(path, "rb") as handle:
        data = handle.read()
    filename = os.path.basename(path)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return (name, (filename, data, mime))


def multipart(form: List[Tuple[str, Any]], files: Dict[str, Any]) -> Tuple[bytes, str]:
    """Encode form fields and files; a list of files under one name sends them all."""
    import urllib3

    fields: List[Tuple[str, Any]] = [(k, str(v)) for k, v in form]
    for name, value in files.items():
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        fields.extend(_part(name, v) for v in values)
    return urllib3.encode_multipart_formdata(fields)


def save_download(response: Any, folder: Optional[str]) -> str:
    """Write a response body to a new file in ``folder`` and return its path."""
    import re
    import tempfile

    handle, path = tempfile.mkstemp(dir=folder)
    os.close(handle)
    disposition = (
        response.getheader("Content-Disposition") if hasattr(response, "getheader") else None
    )
    if disposition:
        match = re.search(r'filename=["\']?([^"\';]+)', disposition)
        if match:
            name = os.path.basename(match.group(1))
            if name and name not in (".", ".."):
                os.remove(path)
                path = os.path.join(os.path.dirname(path), name)
    with open(path, "wb") as out:
        out.write(response.data)
    return path
