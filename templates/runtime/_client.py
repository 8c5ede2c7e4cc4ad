"""``default_client()``: a ready API object for a CML workspace, as in the official client."""

from __future__ import annotations

import os

from ._spec import DEFAULT_API

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Optional

_PACKAGE = __name__.rpartition(".")[0]


def _origin(url: str) -> str:
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "https://" + url
    for suffix in ("/api/v1", "/api/v2"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    return url.rstrip("/")


def default_client(url: Optional[str] = None, cml_api_key: Optional[str] = None) -> Any:
    """The API object for a workspace, authenticated with a CML API v2 key.

    ``url`` is the workspace origin (``https://ml-xxxx.example.site``); inside a
    CML session it defaults to ``CDSW_API_URL`` (its ``/api/v1`` is dropped)
    and the key to ``CDSW_APIV2_KEY``. Raises ``ValueError`` when either is
    missing.
    """
    if url is None:
        url = os.environ.get("CDSW_API_URL")
        if not url:
            domain = os.environ.get("CDSW_DOMAIN")
            if not domain:
                raise ValueError(
                    "No CML workspace URL: pass url=... or run inside a CML session (CDSW_API_URL is not set)"
                )
            url = domain
    if cml_api_key is None:
        cml_api_key = os.environ.get("CDSW_APIV2_KEY")
        if not cml_api_key:
            raise ValueError("No CML API key: pass cml_api_key=... or set CDSW_APIV2_KEY")
    from importlib import import_module

    from .api_client import ApiClient
    from .configuration import Configuration

    config = Configuration()
    config.host = _origin(url)
    client = ApiClient(config)
    client.set_default_header("authorization", "Bearer " + cml_api_key)
    module, cls = DEFAULT_API
    api_class = getattr(import_module(f"{_PACKAGE}.api.{module}"), cls)
    return api_class(client)
