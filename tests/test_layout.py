"""The layouts made in Python are the ones black makes, so black finds nothing to split.

(A wrong one would cost formatting time, not correctness; these pin that black
agrees, across the line-length boundary.)"""

from __future__ import annotations

import pytest

from generator import layout
from generator.format import format_piece

LENGTHS = [1, 20, 40, 60, 75, 85, 90, 95, 100, 120]


def stable_module(text: str) -> bool:
    return format_piece("module", text + "\n") == text + "\n"


def stable_in_class(text: str) -> bool:
    return format_piece("method", text + "\n") == text + "\n"


def check_call(indent: int, head: str, args: list, stable: object) -> None:
    text = layout.call(indent, head, args)
    if layout.fits(indent, head):
        assert stable(text)  # type: ignore[operator]
    else:  # black wraps such a right-hand side in parentheses: left to black, on one line
        assert text == " " * indent + head + ", ".join(args) + ")"


@pytest.mark.parametrize("n", LENGTHS)
def test_call_with_one_argument(n: int) -> None:
    name = "x" * n
    check_call(0, f"_OP_{name} = _Op(", [f'"{name} GET /a"'], stable_module)
    check_call(4, f"{name}_with_http_info = _with_http_info(", [name], stable_in_class)


@pytest.mark.parametrize("n", LENGTHS)
def test_call_with_three_arguments(n: int) -> None:
    name = "y" * n
    check_call(4, f"{name}_iter = _pages(", [name, '"items"', '"next_page_token"'], stable_in_class)


@pytest.mark.parametrize("count", [1, 2, 5, 12])
@pytest.mark.parametrize("n", [3, 15, 30])
def test_collections(count: int, n: int) -> None:
    values = [f'"{chr(65 + i) * n}"' for i in range(count)]
    whole = "(" + ", ".join(values) + ("," if count == 1 else "") + ")"
    assert stable_in_class(layout.collection(4, "allowable_values = ", whole, values, ")"))
    items = [f"{v}: {v}" for v in values]
    assert stable_in_class(layout.collection(4, "_wire = ", "{" + ", ".join(items) + "}", items, "}"))


@pytest.mark.parametrize("n", LENGTHS)
def test_import_as(n: int) -> None:
    text = "if TYPE_CHECKING:\n" + layout.import_as(4, ".m" + "o" * n, "N" * max(1, n // 2))
    assert stable_module(text)


@pytest.mark.parametrize("body", ["Short.", "x" * 88, "x" * 89, "x" * 95, "two\n    lines"])
def test_docstring(body: str) -> None:
    assert stable_in_class(layout.docstring(4, body))


# ---- docstrings black keeps verbatim (the holes of generator.pieces) -------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PLAIN = st.lists(st.sampled_from(list("abZ., :;-'()\u00e9x")), min_size=1, max_size=12).map("".join)
_ODD = st.lists(st.sampled_from(list('ab "\\\t\u3000\u2028\r\x0c') + ["\\\\", '"""']), max_size=6).map("".join)
_TEXT = st.one_of(_PLAIN, _PLAIN, _PLAIN, st.tuples(_PLAIN, _ODD, _PLAIN).map("".join), _ODD)
_LINE = st.tuples(
    st.sampled_from([8, 8, 8, 12, 12, 0, 4, 9, 10]), _TEXT, st.sampled_from(["", "", "", " ", "\u3000"])
).map(lambda t: " " * t[0] + t[1] + t[2])


def method_with_docstring(body: str) -> str:
    return f'    def f(self) -> None:\n        """{body}\n        """\n        return None\n'


@settings(max_examples=600, deadline=None)
@given(st.tuples(_TEXT, st.lists(st.one_of(_LINE, st.just("")), max_size=5)))
def test_a_docstring_called_verbatim_is_kept_by_black(parts: tuple) -> None:
    first, rest = parts
    body = "\n".join([first, *rest])
    if layout.docstring_is_verbatim(body, 8):
        piece = method_with_docstring(body)
        assert format_piece("method", piece) == piece


@pytest.mark.parametrize(
    "body,verbatim",
    [
        ("Lists projects.\n\n        HTTP: GET /api/v2/projects\n\n        Args:\n            x (str): the x", True),
        ("One line only", False),  # black joins the closing quotes
        ("Lists.\n          HTTP: all lines deeper", False),  # black dedents them
        ("Lists. \n        HTTP: GET /", False),
        ("Lists.\n        HTTP: a \\\\ b", False),
        ('"Quoted".\n        HTTP: GET /', False),
    ],
)
def test_docstring_is_verbatim_examples(body: str, verbatim: bool) -> None:
    assert layout.docstring_is_verbatim(body, 8) is verbatim
    if verbatim:
        assert format_piece("method", method_with_docstring(body)) == method_with_docstring(body)
