"""``to_dict()`` must give plain data: the check shared by the team- and real-spec tests."""

from __future__ import annotations

import datetime
import json
from typing import Any

# what to_dict() may leave as it is (swagger-codegen semantics): JSON scalars, dates and datetimes
SCALARS = (str, int, float, bool, type(None), datetime.date)


def assert_plain(value: Any, where: str = "to_dict()") -> None:
    """Fail naming the place of the first value that is not a dict, list or scalar (a model, say)."""
    if type(value) is dict:
        for key, item in value.items():
            assert isinstance(key, str), f"{where}: key {key!r}"
            assert_plain(item, f"{where}[{key!r}]")
    elif type(value) is list:
        for i, item in enumerate(value):
            assert_plain(item, f"{where}[{i}]")
    else:
        assert isinstance(value, SCALARS), f"{where} is a {type(value).__name__}, not plain data"


def _dates_only(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON data")


def plain_json(value: Any) -> str:
    """``json.dumps`` of a ``to_dict()``: only dates get help, a leftover model raises."""
    assert_plain(value)
    return json.dumps(value, default=_dates_only)
