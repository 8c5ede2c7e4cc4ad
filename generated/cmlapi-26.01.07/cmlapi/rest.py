"""The HTTP layer: one ``urllib3.PoolManager`` per client, timeouts, retries, logging.

urllib3's own retries are switched off (``retries=False``): this module
decides what is retried (see :class:`Retries`), so a timeout means what it
says. Every failure is raised as an :class:`ApiException` subclass. Log lines
never show the values of credential headers.
"""

from __future__ import annotations

import logging
import time

from ._retry import Retries
from .exceptions import (
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    ApiTypeError,
    ApiValueError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    OpenApiException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
    UnprocessableEntityException,
    exception_for,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, Mapping, Optional, Union

    from .configuration import Configuration

logger = logging.getLogger(__name__)

SENSITIVE_HEADERS = frozenset(
    ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]
)
REDACTED = "<redacted>"

__all__ = [
    "RESTClientObject",
    "RESTResponse",
    "ApiException",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiTypeError",
    "ApiValueError",
    "OpenApiException",
    "BadRequestException",
    "UnauthorizedException",
    "ForbiddenException",
    "NotFoundException",
    "ConflictException",
    "UnprocessableEntityException",
    "TooManyRequestsException",
    "ServiceException",
]


def redact(headers: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    """A copy of ``headers`` with credential values replaced."""
    if not headers:
        return {}
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RESTResponse:
    """A finished HTTP response: ``status``, ``reason``, ``data`` (bytes), headers."""

    __slots__ = ("data", "reason", "status", "urllib3_response")

    def __init__(self, resp: Any) -> None:
        self.urllib3_response = resp
        self.status: int = resp.status
        self.reason: str = resp.reason
        self.data: bytes = resp.data

    def getheaders(self) -> Any:
        return self.urllib3_response.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        value: Optional[str] = self.urllib3_response.headers.get(name, default)
        return value

    @property
    def headers(self) -> Any:
        return self.urllib3_response.headers


def _timeout(value: Any, default: Any) -> Any:
    import urllib3

    if value is None:
        value = default
    if value is None:
        return urllib3.Timeout(connect=None, read=None)
    if isinstance(value, urllib3.Timeout):
        return value
    if isinstance(value, (int, float)):
        return urllib3.Timeout(connect=float(value), read=float(value))
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return urllib3.Timeout(connect=value[0], read=value[1])
    raise ApiValueError(f"Invalid timeout {value!r}: use seconds or (connect, read)")


class RESTClientObject:
    """Sends requests for one :class:`ApiClient`; owns its connection pool."""

    def __init__(
        self, configuration: Configuration, pools_size: int = 4, maxsize: Optional[int] = None
    ) -> None:
        import urllib3

        self.configuration = configuration
        kwargs: Dict[str, Any] = {
            "num_pools": pools_size,
            "maxsize": maxsize or configuration.connection_pool_maxsize,
        }
        if configuration.verify_ssl:
            kwargs["cert_reqs"] = "CERT_REQUIRED"
            if configuration.ssl_ca_cert:
                kwargs["ca_certs"] = configuration.ssl_ca_cert
        else:
            kwargs["cert_reqs"] = "CERT_NONE"
        if configuration.cert_file:
            kwargs["cert_file"] = configuration.cert_file
        if configuration.key_file:
            kwargs["key_file"] = configuration.key_file
        if configuration.assert_hostname is not None:
            kwargs["assert_hostname"] = configuration.assert_hostname
        if configuration.proxy:
            self.pool_manager: Any = urllib3.ProxyManager(
                proxy_url=configuration.proxy, proxy_headers=configuration.proxy_headers, **kwargs
            )
        else:
            self.pool_manager = urllib3.PoolManager(**kwargs)
        self._errors = urllib3.exceptions
        self._proxied = bool(configuration.proxy)
        self._pools: Dict[str, Any] = {}
        self._default_timeout = _timeout(configuration.timeout, None)

    def close(self) -> None:
        self._pools.clear()
        self.pool_manager.clear()

    def _open(self, url: str) -> Any:
        """``urlopen`` of the connection pool for ``url``'s origin, looked up once per origin
        (through a proxy, the manager's own, which needs the whole URL)."""
        if self._proxied:
            return self.pool_manager.urlopen
        start = url.find("//") + 2
        end = url.find("/", start)
        origin = url if end < 0 else url[:end]
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._pools[origin] = self.pool_manager.connection_from_url(origin).urlopen
        return pool

    def _target(self, url: str) -> str:
        """What to put on the request line: the path and query (the whole URL via a proxy)."""
        if self._proxied:
            return url
        end = url.find("/", url.find("//") + 2)
        return "/" if end < 0 else url[end:]

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Optional[Dict[str, str]] = None,
        body: Optional[Union[bytes, str]] = None,
        post_params: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
        _retries: Any = None,
    ) -> Any:
        """Send one request, retrying per policy; raise :class:`ApiException` unless 2xx.

        ``query_params`` must already be encoded into ``url`` by the caller or be
        a list of pairs; ``body`` is the encoded payload.
        """
        if query_params:
            from urllib.parse import urlencode

            url = f"{url}{'&' if '?' in url else '?'}{urlencode(query_params)}"
        if post_params and body is None:
            import urllib3

            body, content_type = urllib3.encode_multipart_formdata(post_params)
            headers = dict(headers or {})
            headers["Content-Type"] = content_type
        timeout = (
            self._default_timeout if _request_timeout is None else _timeout(_request_timeout, None)
        )
        policy = Retries.coerce(self.configuration.retries if _retries is None else _retries)
        attempt = 0
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                logger.debug(
                    "%s %s headers=%s body=%s bytes", method, url, redact(headers), len(body or b"")
                )
            try:
                resp = self._open(url)(
                    method,
                    self._target(url),
                    body=body,
                    headers=headers,
                    timeout=timeout,
                    retries=False,
                    redirect=False,
                    preload_content=_preload_content,
                )
            except self._errors.HTTPError as exc:
                error = self._transport_error(exc)
                if not isinstance(error, ApiTimeoutError) or _is_connect_timeout(exc, self._errors):
                    if policy.allows(method, attempt):
                        delay = policy.backoff(attempt)
                        logger.debug(
                            "retrying %s %s in %.2fs after %s", method, url, delay, error.reason
                        )
                        attempt += 1
                        time.sleep(delay)
                        continue
                raise error from None
            status = resp.status
            if debug:
                logger.debug("%s %s -> %s", method, url, status)
            if 200 <= status <= 299:
                return RESTResponse(resp) if _preload_content else resp
            if status in policy.statuses and policy.allows(method, attempt):
                delay = policy.backoff(attempt, resp.headers.get("Retry-After"))
                logger.debug("retrying %s %s in %.2fs after HTTP %s", method, url, delay, status)
                resp.drain_conn() if not _preload_content else None
                attempt += 1
                time.sleep(delay)
                continue
            if not _preload_content:
                resp.read()
            raise exception_for(status)(http_resp=RESTResponse(resp))

    def _transport_error(self, exc: Exception) -> ApiConnectionError:
        errors = self._errors
        cause = getattr(exc, "reason", None) or exc
        for item in (exc, cause):
            if isinstance(item, errors.NewConnectionError):
                return ApiConnectionError(f"connection failed: {_describe(cause)}")
        for item in (exc, cause):
            if isinstance(item, errors.SSLError):
                return ApiConnectionError(f"TLS error: {_describe(cause)}")
        for item in (exc, cause):
            if isinstance(item, errors.TimeoutError):
                return ApiTimeoutError(f"timed out: {_describe(cause)}")
        if isinstance(exc, errors.ProtocolError):
            return ApiConnectionError(f"connection broken: {_describe(cause)}")
        return ApiConnectionError(f"connection failed: {_describe(cause)}")

    # swagger-codegen's per-verb helpers, kept for code that calls them directly
    def GET(self, url: str, **kwargs: Any) -> Any:
        return self.request("GET", url, **kwargs)

    def HEAD(self, url: str, **kwargs: Any) -> Any:
        return self.request("HEAD", url, **kwargs)

    def OPTIONS(self, url: str, **kwargs: Any) -> Any:
        return self.request("OPTIONS", url, **kwargs)

    def DELETE(self, url: str, **kwargs: Any) -> Any:
        return self.request("DELETE", url, **kwargs)

    def POST(self, url: str, **kwargs: Any) -> Any:
        return self.request("POST", url, **kwargs)

    def PUT(self, url: str, **kwargs: Any) -> Any:
        return self.request("PUT", url, **kwargs)

    def PATCH(self, url: str, **kwargs: Any) -> Any:
        return self.request("PATCH", url, **kwargs)


def _is_connect_timeout(exc: Exception, errors: Any) -> bool:
    """True when the request was never sent: the connection could not be made in time."""
    return any(
        isinstance(item, errors.ConnectTimeoutError) for item in (exc, getattr(exc, "reason", None))
    )


def _describe(exc: Any) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
