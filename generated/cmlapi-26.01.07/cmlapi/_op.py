"""Per-operation descriptions and the one code path that turns arguments into a request.

Generated API methods hand an :class:`Op` and their argument values to
:meth:`ApiClient._call`; everything an operation needs that does not change
between calls (URL pieces, which argument goes where) is worked out once, on
first use.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Sequence, Tuple

    Param = Tuple[str, ...]

# locations: p path, q query, h header, b body, f form field, F form file
_SCALARS = (str, int, float)


class Op:
    """One operation: name, HTTP method, path template, response type, parameters.

    ``params`` lists ``(location, wire name[, argument name[, collection format]])``
    in the method's argument order (the argument name defaults to the wire
    name); the first ``required`` of them are required.

    The generator writes most operations in the compact one-string form
    :meth:`parse` reads: ``"name METHOD /path Response required content-type
    loc:wire[:argument[:collection]] ..."`` (``-`` for none); operations whose
    names would not survive that encoding use the arguments.
    """

    __slots__ = (
        "_plan",
        "content_type",
        "method",
        "name",
        "params",
        "path",
        "required",
        "response",
    )

    def __init__(
        self,
        name: str,
        method: str = "",
        path: str = "",
        response: Optional[str] = None,
        params: Tuple[Param, ...] = (),
        required: int = 0,
        content_type: Optional[str] = None,
    ) -> None:
        if not method:
            name, method, path, response, params, required, content_type = self.parse(name)
        self.name = name
        self.method = method
        self.path = path
        self.response = response
        self.params = params
        self.required = required
        self.content_type = content_type
        self._plan: Optional[Tuple[Any, ...]] = None

    @staticmethod
    def parse(spec: str) -> Tuple[Any, ...]:
        """The fields of the compact one-string form (see the class docstring)."""
        name, method, path, response, required, content_type, *params = spec.split(" ")
        return (
            name,
            method,
            path,
            None if response == "-" else response,
            tuple(tuple(p.split(":")) for p in params),
            int(required),
            None if content_type == "-" else content_type,
        )

    @property
    def plan(self) -> Tuple[Any, ...]:
        plan = self._plan
        if plan is None:
            plan = self._plan = self._compile()
        return plan

    def _compile(self) -> Tuple[Any, ...]:
        pieces: List[Any] = []
        rest = self.path
        slots: Dict[str, Any] = {p[1]: i for i, p in enumerate(self.params) if p[0] == "p"}
        while "{" in rest:
            head, _, tail = rest.partition("{")
            name, _, rest = tail.partition("}")
            pieces.append(head)
            pieces.append(slots.get(name, name))
        pieces.append(rest)
        static = len(pieces) == 1
        return (tuple(pieces), static)


def encode_path(op: Op, values: Sequence[Any], safe: str) -> str:
    pieces, static = op.plan
    if static:
        return str(pieces[0])
    out = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            out.append(piece)
        else:
            out.append(path_value(values[piece] if isinstance(piece, int) else "", safe))
    return "".join(out)


def path_value(value: Any, safe: str) -> str:
    """One path parameter as it goes into the URL: its text, percent-encoded (``/`` too)."""
    from urllib.parse import quote

    return quote(_text(value), safe=safe)


def _text(value: Any) -> str:
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, _SCALARS):
        return str(value)
    if isinstance(value, (dict, list, tuple)):
        import json

        return json.dumps(value)
    iso = getattr(value, "isoformat", None)
    if iso is not None:
        return str(iso())
    return str(value)


_SEPARATORS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}


def query_pairs(name: str, value: Any, collection: Optional[str]) -> List[Tuple[str, str]]:
    """Query pairs for one argument: arrays per ``collectionFormat``; a dict or
    list given for a scalar parameter is JSON-encoded (``search_filter``)."""
    if collection and isinstance(value, (list, tuple, set, frozenset)):
        items = [_text(v) for v in value]
        if collection == "multi":
            return [(name, v) for v in items]
        return [(name, _SEPARATORS.get(collection, ",").join(items))]
    return [(name, _text(value))]


def split_args(op: Op, values: Sequence[Any]) -> Tuple[Any, ...]:
    """Sort argument values by location: (query, headers, body, form fields, files)."""
    query: List[Tuple[str, str]] = []
    headers: Dict[str, str] = {}
    body: Any = None
    form: List[Tuple[str, Any]] = []
    files: Dict[str, Any] = {}
    for index, (param, value) in enumerate(zip(op.params, values)):
        if value is None:
            if index < op.required:
                from .exceptions import ApiValueError

                raise ApiValueError(
                    f"Missing the required parameter `{param[1]}` when calling `{op.name}`"
                )
            continue
        loc = param[0]
        if loc == "q":
            query.extend(query_pairs(param[1], value, param[3] if len(param) > 3 else None))
        elif loc == "b":
            body = value
        elif loc == "h":
            headers[param[1]] = _text(value)
        elif loc == "f":
            form.append((param[1], _text(value)))
        elif loc == "F":
            files[param[1]] = value
    return query, headers, body, form, files
