"""What every generated API class shares: the client it calls through, and the
``*_with_http_info`` / ``*_iter`` twins made from each method."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Iterator, Optional, Tuple, TypeVar

    from .api_client import ApiClient

    T = TypeVar("T")


class BaseApi:
    """Holds the :class:`ApiClient` the operations are sent through (a new one if none given)."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        if api_client is None:
            from .api_client import ApiClient

            api_client = ApiClient()
        self.api_client = api_client


def with_http_info(method: Callable[..., T]) -> Callable[..., Tuple[T, int, Any]]:
    """The twin of ``method`` that returns ``(data, HTTP status, headers)``."""

    def twin(self: Any, *args: Any, **kwargs: Any) -> Tuple[T, int, Any]:
        # as in the official client, an explicit _return_http_data_only=True still wins
        kwargs.setdefault("_return_http_data_only", False)
        return method(self, *args, **kwargs)  # type: ignore[return-value]

    twin.__name__ = method.__name__ + "_with_http_info"
    twin.__qualname__ = twin.__name__
    twin.__doc__ = f"Same as :meth:`{method.__name__}`, returning ``(data, HTTP status, headers)``."
    return twin


def pages(method: Callable[..., Any], items: str, token: str) -> Callable[..., Iterator[Any]]:
    """The twin of a paged list ``method`` that yields every item across pages, lazily."""

    def iterate(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        from .utils import iter_items

        return iter_items(method.__get__(self), items, token, args, kwargs)

    iterate.__name__ = method.__name__ + "_iter"
    iterate.__qualname__ = iterate.__name__
    iterate.__doc__ = (
        f"Every item of :meth:`{method.__name__}` across all pages, fetched lazily; "
        "takes the same arguments, which are sent again on every page."
    )
    return iterate
