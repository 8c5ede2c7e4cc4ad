"""Client settings: host, TLS, proxy, credentials, timeouts, retries and logging.

Attribute names follow the official client's ``Configuration``. Each instance
is independent: there is no class-level default that leaks between clients.
"""

from __future__ import annotations

import logging

from ._retry import Retries
from ._spec import AUTH, DEFAULT_HOST, PACKAGE_VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Tuple, Union

    TimeoutValue = Union[None, float, Tuple[Optional[float], Optional[float]]]

_PACKAGE = __name__.rpartition(".")[0]

DEFAULT_TIMEOUT = (10.0, 120.0)


class Configuration:
    """Settings of one :class:`ApiClient`.

    ``host`` is the workspace origin (``https://ml-xxxx.example.site``): the
    operation paths already start with ``/api/v2`` (and with the spec's
    ``basePath``, if it has one, which is sent once whether ``host`` ends with it or
    not); by default, the spec's scheme, host and basePath, as swagger-codegen makes it.
    ``timeout`` is
    ``(connect, read)`` seconds per attempt, or one number for both;
    ``retries`` is a :class:`Retries` policy or a number of retries.
    """

    def __init__(
        self,
        host: Optional[str] = None,
        api_key: Optional[Dict[str, str]] = None,
        api_key_prefix: Optional[Dict[str, str]] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
    ) -> None:
        self.host = host or DEFAULT_HOST
        self.api_key: Dict[str, str] = dict(api_key or {})
        self.api_key_prefix: Dict[str, str] = dict(api_key_prefix or {})
        self.username = username
        self.password = password
        self.verify_ssl = True
        self.ssl_ca_cert: Optional[str] = None
        self.cert_file: Optional[str] = None
        self.key_file: Optional[str] = None
        self.assert_hostname: Optional[Union[bool, str]] = None
        self.proxy: Optional[str] = None
        self.proxy_headers: Optional[Dict[str, str]] = None
        self.connection_pool_maxsize = 8
        self.safe_chars_for_path_param = ""
        self.client_side_validation = False
        self.temp_folder_path: Optional[str] = None
        self.timeout: TimeoutValue = DEFAULT_TIMEOUT
        self.retries: Union[int, Retries, None] = Retries()
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        self.logger_file: Optional[str] = None
        self._debug = False

    @property
    def logger(self) -> Dict[str, logging.Logger]:
        return {"package_logger": logging.getLogger(_PACKAGE)}

    @property
    def debug(self) -> bool:
        """Log every request and response (headers redacted) on this package's logger."""
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        self._debug = bool(value)
        logger = logging.getLogger(_PACKAGE)
        logger.setLevel(logging.DEBUG if value else logging.WARNING)
        if value and not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter(self.logger_format))
            logger.addHandler(handler)

    def get_api_key_with_prefix(self, identifier: str) -> Optional[str]:
        """The key stored under ``identifier`` (header names match in any case), with its prefix."""
        key = self.api_key.get(identifier)
        if key is None:
            folded = identifier.lower()
            match = next((k for k in self.api_key if k.lower() == folded), None)
            if match is None:
                return None
            identifier = match
            key = self.api_key[match]
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def get_basic_auth_token(self) -> Optional[str]:
        if self.username is None and self.password is None:
            return None
        import base64

        raw = f"{self.username or ''}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def auth_settings(self) -> Dict[str, Dict[str, Any]]:
        """Credentials to send, per security scheme of the spec (only those that are set).

        An API key may be stored under the scheme's name (``BearerAuth``) or the
        header's name (``authorization``).
        """
        out: Dict[str, Dict[str, Any]] = {}
        for name, location, key in AUTH:
            if location == "basic":
                token = self.get_basic_auth_token()
                if token:
                    out[name] = {
                        "type": "basic",
                        "in": "header",
                        "key": "Authorization",
                        "value": token,
                    }
                continue
            value = self.get_api_key_with_prefix(name) or self.get_api_key_with_prefix(key)
            if value:
                out[name] = {"type": "api_key", "in": location, "key": key, "value": value}
        return out

    def to_debug_report(self) -> str:
        import platform
        import sys

        return (
            f"Python SDK Debug Report:\nOS: {sys.platform}\nPython Version: {platform.python_version()}\n"
            f"SDK Package Version: {PACKAGE_VERSION}"
        )

    def __repr__(self) -> str:
        return f"<Configuration host={self.host!r} verify_ssl={self.verify_ssl!r}>"
