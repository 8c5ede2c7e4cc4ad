"""Turn JSON values into Python values and back, driven by swagger type strings.

A decoder is built once per type string (``"list[Project]"``,
``"dict(str, str)"``, ``"datetime"``) and cached, so parsing a response never
walks type information per value. Decoders are idempotent: a value that is
already decoded (a model, a ``datetime``) passes through unchanged, and a
value of an unexpected shape is returned as it came, never raising.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Tuple

    Decoder = Callable[[Any], Any]

_IDENTITY_TYPES = frozenset(
    ["str", "int", "float", "bool", "object", "file", "long", "bytearray", ""]
)
_DATETIME = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d\d(?::?\d\d)?)?$"
)
_UTC = _dt.timezone.utc
_cache: Dict[Tuple[str, str], Decoder] = {}


def identity(value: Any) -> Any:
    return value


def parse_datetime(value: Any) -> Any:
    """RFC 3339 text to an aware ``datetime`` (UTC when no offset); other values unchanged."""
    if type(value) is not str:
        return value
    match = _DATETIME.match(value.strip())
    if match is None:
        return value
    year, month, day, hour, minute, second, frac, zone = match.groups()
    micro = int((frac or "0")[:6].ljust(6, "0"))
    if zone is None or zone in "Zz":
        tz = _UTC
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
        tz = _UTC if minutes == 0 else _dt.timezone(sign * _dt.timedelta(minutes=minutes))
    try:
        return _dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            tz,
        )
    except ValueError:
        return value


def parse_date(value: Any) -> Any:
    """ISO date text to a ``date``; other values unchanged."""
    if type(value) is not str:
        return value
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return value


def _list_of(item: Decoder) -> Decoder:
    if item is identity:
        return identity

    def decode(value: Any) -> Any:
        if type(value) is not list:
            return value
        return [item(x) for x in value]

    return decode


def _dict_of(item: Decoder) -> Decoder:
    if item is identity:
        return identity

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            return value
        return {k: item(v) for k, v in value.items()}

    return decode


def _model(name: str, package: str) -> Decoder:
    resolved: List[Any] = []

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            return value
        if not resolved:
            resolved.append(getattr(sys.modules[package], name)._from_dict)
        return resolved[0](value)

    return decode


def decoder(swagger_type: str, package: str) -> Decoder:
    """The decoder for ``swagger_type``; model names are looked up in ``package``."""
    key = (swagger_type, package)
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = _build(swagger_type.strip(), package)
    return found


def _build(text: str, package: str) -> Decoder:
    if text in _IDENTITY_TYPES:
        return identity
    if text == "datetime":
        return parse_datetime
    if text == "date":
        return parse_date
    if text.startswith("list[") and text.endswith("]"):
        return _list_of(decoder(text[5:-1], package))
    if text.startswith("dict(") and text.endswith(")"):
        inner = text[5:-1].split(",", 1)
        return _dict_of(decoder(inner[1] if len(inner) == 2 else "object", package))
    if text.isidentifier():
        if package not in sys.modules:
            __import__(package)
        if not hasattr(sys.modules[package], text):
            return identity
        return _model(text, package)
    return identity


def to_wire(value: Any) -> Any:
    """A JSON-ready copy of ``value``: models by wire names without None fields,
    dates as ISO text, tuples as lists; dicts keep their keys and None values."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    wire = getattr(value, "_to_wire", None)
    if wire is not None:
        return wire()
    if kind is list or kind is tuple:
        return [to_wire(v) for v in value]
    if kind is dict:
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, dict):
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_wire(v) for v in value]
    return value


def to_plain(value: Any) -> Any:
    """``to_dict()`` semantics of swagger-codegen: nested models become dicts, the rest stays."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return to_dict()
    if type(value) is list:
        return [to_plain(v) for v in value]
    if type(value) is dict:
        return {k: to_plain(v) for k, v in value.items()}
    return value
