"""Base class of every generated model.

A model keeps the JSON object it came from (``_d``, keyed by wire names) and
decodes a field only when it is first read (``_c`` caches decoded values), so
a 10,000-item list response costs one small object per item, not a walk of
every value. Unknown fields stay in ``_d``: visible in :meth:`to_dict` and
:attr:`additional_properties`. Values of unexpected types are kept as they came.
"""

from __future__ import annotations

import sys

from ._codec import decoder, identity, to_plain, to_wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, FrozenSet, List, Optional, Tuple, TypeVar

    M = TypeVar("M", bound="Model")

_MISSING = object()
_new = object.__new__


def _plain_field(wire: str, doc: str) -> property:
    def get(self: Model) -> Any:
        return self._d.get(wire)

    def put(self: Model, value: Any) -> None:
        self._d[wire] = value

    return property(get, put, None, doc)


def _decoded_field(wire: str, swagger_type: str, package: str, doc: str) -> property:
    box: List[Any] = []

    def get(self: Model) -> Any:
        cache = self._c
        if cache is None:
            cache = self._c = {}
        else:
            value = cache.get(wire, _MISSING)
            if value is not _MISSING:
                return value
        raw = self._d.get(wire)
        if raw is None:
            return None
        if not box:
            box.append(decoder(swagger_type, package))
        value = cache[wire] = box[0](raw)
        return value

    def put(self: Model, value: Any) -> None:
        self._d[wire] = value
        cache = self._c
        if cache is not None:
            cache.pop(wire, None)

    return property(get, put, None, doc)


if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


_TYPING = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "Any": "object",
    "object": "object",
}
_IDENTITY = frozenset(["str", "int", "float", "bool", "object", "file"])


def swagger_type(annotation: str) -> str:
    """The swagger type string of a generated annotation (``Optional[List[Project]]`` -> ``list[Project]``)."""
    text = annotation.replace(" ", "")
    for prefix in ("_t.", "_b.", "_m.", "typing.", "builtins."):
        text = text.replace(prefix, "")
    return _swagger(text)


def _swagger(text: str) -> str:
    if text.startswith("Optional[") and text.endswith("]"):
        return _swagger(text[9:-1])
    if text.startswith("List[") and text.endswith("]"):
        return f"list[{_swagger(text[5:-1])}]"
    if text.startswith("Dict[") and text.endswith("]"):
        return f"dict(str, {_swagger(text[5:-1].split(',', 1)[1])})"
    if text.startswith("_dt."):
        return text[4:]
    return _TYPING.get(text, text)


class _Signature:
    """``inspect.signature(Model)`` and ``help()`` show the properties as constructor
    arguments (computed on first look, so defining a model stays cheap)."""

    def __get__(self, obj: Any, cls: Any) -> Any:
        import inspect

        kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
        return inspect.Signature(
            [inspect.Parameter(a, kind, default=None) for a in cls.attribute_map]
        )


@dataclass_transform(eq_default=False)
class Model:
    """A schema object with attribute access, built lazily from JSON.

    A subclass declares its properties as annotated class attributes, in spec
    order (``name: Optional[str] = None``); ``_wire`` maps attributes whose
    JSON name differs, ``_types`` gives the swagger type where the annotation
    does not say it (enums). ``swagger_types`` and ``attribute_map`` are
    derived from them, as in the official client. The constructor takes the
    properties as keywords, or positionally in spec order.
    """

    __slots__ = ("__dict__", "_c", "_d")
    _d: Dict[str, Any]
    _c: Optional[Dict[str, Any]]
    _wire: ClassVar[Dict[str, str]] = {}
    _types: ClassVar[Dict[str, str]] = {}
    swagger_types: ClassVar[Dict[str, str]] = {}
    attribute_map: ClassVar[Dict[str, str]] = {}
    _wire_names: ClassVar[Tuple[str, ...]] = ()
    _known: ClassVar[FrozenSet[str]] = frozenset()
    __signature__: ClassVar[Any] = _Signature()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__annotations__", {})
        wire_of = cls.__dict__.get("_wire", {})
        types = cls.__dict__.get("_types", {})
        package = cls.__module__.rpartition(".")[0]
        attrs = [
            a for a, hint in own.items() if not str(hint).startswith(("ClassVar", "_t.ClassVar"))
        ]
        cls.swagger_types = {a: types.get(a) or swagger_type(str(own[a])) for a in attrs}
        cls.attribute_map = {a: wire_of.get(a, a) for a in attrs}
        cls._wire_names = tuple(cls.attribute_map.values())
        cls._known = frozenset(cls._wire_names)
        for attr in attrs:
            wire = cls.attribute_map[attr]
            codec = swagger_type(str(own[attr]))
            if codec in _IDENTITY:
                setattr(cls, attr, _plain_field(wire, attr))
            else:
                setattr(cls, attr, _decoded_field(wire, codec, package, attr))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self.attribute_map
        if len(args) > len(names):
            raise TypeError(
                f"{type(self).__name__}() takes {len(names)} positional arguments but {len(args)} were given"
            )
        data = {wire: None for wire in self._wire_names}
        for wire, value in zip(self._wire_names, args):
            data[wire] = value
        for attr, value in kwargs.items():
            found = names.get(attr)
            if found is None:
                raise TypeError(
                    f"{type(self).__name__}() got an unexpected keyword argument {attr!r}"
                )
            data[found] = value
        self._d = data
        self._c = None

    @classmethod
    def _from_dict(cls: type[M], data: Dict[str, Any]) -> M:
        """Wrap a JSON object (no copy); the object is owned by the model afterwards."""
        obj = _new(cls)
        obj._d = data
        obj._c = None
        return obj

    @classmethod
    def from_dict(cls: type[M], data: Dict[str, Any]) -> M:
        """Build a model from a JSON-shaped dict keyed by wire names (the dict is copied)."""
        return cls._from_dict(dict(data))

    def _value(self, wire: str) -> Any:
        cache = self._c
        if cache is not None:
            value = cache.get(wire, _MISSING)
            if value is not _MISSING:
                return value
        return self._d.get(wire)

    def _to_wire(self) -> Dict[str, Any]:
        """The JSON object to send: wire names, known fields only, None left out."""
        out = {}
        value_of = self._value
        for wire in self._wire_names:
            value = value_of(wire)
            if value is not None:
                out[wire] = to_wire(value)
        return out

    @property
    def additional_properties(self) -> Dict[str, Any]:
        """Fields the server sent that this client's spec does not know, by wire name."""
        known = self._known
        return {k: v for k, v in self._d.items() if k not in known}

    def to_dict(self) -> Dict[str, Any]:
        """Every property by attribute name (None included), nested models as dicts,
        then any unknown fields by wire name."""
        out = {}
        for attr in self.swagger_types:
            out[attr] = to_plain(getattr(self, attr))
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out

    def to_str(self) -> str:
        import pprint

        return pprint.pformat(self.to_dict())

    def __repr__(self) -> str:
        return self.to_str()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return False
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> Dict[str, Any]:
        return {"_d": self._to_state(), "__dict__": getattr(self, "__dict__", {})}

    def _to_state(self) -> Dict[str, Any]:
        data = dict(self._d)
        if self._c:
            data.update(self._c)
        return data

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self._d = state["_d"]
        self._c = None
        self.__dict__.update(state.get("__dict__") or {})


class EnumModel:
    """Base of enum definitions: string constants, as in the official client.

    Fields typed with an enum hold plain strings, so values a newer server
    adds never break parsing.
    """

    allowable_values: ClassVar[Tuple[str, ...]] = ()
    swagger_types: ClassVar[Dict[str, str]] = {}
    attribute_map: ClassVar[Dict[str, str]] = {}

    def to_dict(self) -> Dict[str, Any]:
        return {}

    def to_str(self) -> str:
        return repr(self.allowable_values)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    __hash__ = None  # type: ignore[assignment]


def model_class(package: str, name: str) -> Optional[type]:
    """The model class ``name`` of the models package ``package``, or None."""
    module = sys.modules.get(package)
    return getattr(module, name, None) if module is not None else None


__all__ = ["Model", "EnumModel", "identity", "model_class"]
