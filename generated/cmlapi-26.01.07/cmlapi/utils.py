"""Helpers beyond the generated operations: :class:`Cursor` walks paged list calls."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Iterator, Optional, Sequence


class Cursor:
    """Iterate every item of a paged ``list_*`` call, as the official ``cmlapi.utils.Cursor``.

    ``Cursor(api.list_runtimes, search_filter=...)``: the keyword arguments are
    sent again on every page (the API requires it), ``page_token`` follows the
    response's ``next_page_token``. :meth:`items` yields the items lazily;
    :meth:`pages` yields whole responses.
    """

    def __init__(self, list_method: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.list_method = list_method
        self.args = args
        self.kwargs = kwargs

    def pages(self) -> Iterator[Any]:
        return iter_pages(self.list_method, self.args, self.kwargs)

    def items(self) -> Iterator[Any]:
        for page in self.pages():
            field = _items_field(page)
            if field is not None:
                yield from getattr(page, field) or ()

    def __iter__(self) -> Iterator[Any]:
        return self.items()


def iter_pages(
    method: Callable[..., Any],
    args: Sequence[Any],
    kwargs: Dict[str, Any],
    token_attr: str = "next_page_token",
) -> Iterator[Any]:
    """Every page of a token-paged list call, fetched lazily.

    The same arguments are sent on every page, as the API requires, plus the
    previous page's token as ``page_token``; iteration ends on an empty or
    repeated token.
    """
    kwargs = dict(kwargs)
    seen = set()
    while True:
        page = method(*args, **kwargs)
        yield page
        token = getattr(page, token_attr, None)
        if not token or token in seen:
            return
        seen.add(token)
        kwargs["page_token"] = token


def iter_items(
    method: Callable[..., Any],
    items_attr: str,
    token_attr: str,
    args: Sequence[Any],
    kwargs: Dict[str, Any],
) -> Iterator[Any]:
    """Every item (attribute ``items_attr`` of each page) of a token-paged list call."""
    for page in iter_pages(method, args, kwargs, token_attr):
        yield from getattr(page, items_attr, None) or ()


def _items_field(page: Any) -> Optional[str]:
    """The attribute holding a page's items: its one list-typed property."""
    types: Dict[str, str] = getattr(page, "swagger_types", None) or {}
    lists = [name for name, kind in types.items() if kind.startswith("list[")]
    if len(lists) == 1:
        return lists[0]
    for name in lists:
        if getattr(page, name, None):
            return name
    return lists[0] if lists else None
