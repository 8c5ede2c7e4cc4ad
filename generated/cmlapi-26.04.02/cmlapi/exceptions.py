"""Exceptions raised by the client.

Every failure of a call is an :class:`ApiException`, so ``except ApiException``
catches them all: HTTP errors carry ``status``, ``reason``, ``body`` and
``headers`` (subclasses per status family exist for convenience), and
transport failures are :class:`ApiConnectionError` / :class:`ApiTimeoutError`
with ``status`` 0. Messages never contain request headers, so the API key
cannot leak through them.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, Mapping, Optional, Type


class OpenApiException(Exception):
    """Base class of every exception this package raises."""


class ApiTypeError(OpenApiException, TypeError):
    """A value of the wrong type was passed to the client."""


class ApiValueError(OpenApiException, ValueError):
    """A value was rejected by the client before sending."""


class ApiException(OpenApiException):
    """An HTTP call failed; ``status`` is the HTTP status, 0 for transport errors.

    Constructible with no arguments (tests do that); ``http_resp`` may be any
    object with ``status``, ``reason``, ``data`` and ``getheaders()``.
    """

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.status: Optional[int] = status
        self.reason: Optional[str] = reason
        self.body: Any = body
        self.headers: Optional[Mapping[str, str]] = headers
        if http_resp is not None:
            self.status = getattr(http_resp, "status", status)
            self.reason = getattr(http_resp, "reason", reason)
            data = getattr(http_resp, "data", None)
            if isinstance(data, bytes):
                data = data.decode("utf-8", "replace")
            self.body = data
            get = getattr(http_resp, "getheaders", None)
            self.headers = get() if callable(get) else getattr(http_resp, "headers", None)
        super().__init__(self.status, self.reason)

    @property
    def data(self) -> Any:
        """The error body parsed as the spec's error model (``RuntimeError``) when it is one."""
        from ._errors import parse_error_body

        return parse_error_body(self.body)

    def __str__(self) -> str:
        text = f"({self.status})\nReason: {self.reason}\n"
        if self.headers:
            text += f"HTTP response headers: {dict(self.headers)}\n"
        if self.body:
            text += f"HTTP response body: {self.body}\n"
        return text


class BadRequestException(ApiException):
    """HTTP 400."""


class UnauthorizedException(ApiException):
    """HTTP 401: the API key is missing, wrong or expired."""


class ForbiddenException(ApiException):
    """HTTP 403: the key is valid but lacks permission."""


class NotFoundException(ApiException):
    """HTTP 404."""


class ConflictException(ApiException):
    """HTTP 409."""


class UnprocessableEntityException(ApiException):
    """HTTP 422."""


class TooManyRequestsException(ApiException):
    """HTTP 429."""


class ServiceException(ApiException):
    """HTTP 5xx."""


class ApiConnectionError(ApiException):
    """The request did not get an HTTP answer (refused, reset, DNS, TLS, ...); ``status`` is 0."""

    def __init__(self, reason: str = "connection failed") -> None:
        super().__init__(status=0, reason=reason)

    def __str__(self) -> str:
        return f"(0)\nReason: {self.reason}\n"


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer within the timeout."""


_BY_STATUS: Dict[int, Type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: TooManyRequestsException,
}


def exception_for(status: int) -> Type[ApiException]:
    """The most specific :class:`ApiException` subclass for an HTTP status."""
    if status >= 500:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)
