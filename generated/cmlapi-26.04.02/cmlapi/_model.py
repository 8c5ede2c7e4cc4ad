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
    from typing import Any, ClassVar, Dict, Optional, Tuple, TypeVar

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
    box: list = []

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


class Model:
    """A schema object with attribute access, built lazily from JSON.

    Subclasses declare ``_schema``: ``(attribute, wire name, swagger type[, codec])``
    per property, in spec order. ``swagger_types`` and ``attribute_map`` are
    derived from it, as in the official client.
    """

    __slots__ = ("_d", "_c", "__dict__")
    _schema: ClassVar[Tuple[Tuple[str, ...], ...]] = ()
    swagger_types: ClassVar[Dict[str, str]] = {}
    attribute_map: ClassVar[Dict[str, str]] = {}
    _wire_names: ClassVar[Tuple[str, ...]] = ()
    _known: ClassVar[frozenset] = frozenset()
    _decoded: ClassVar[frozenset] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        schema = cls.__dict__.get("_schema", ())
        package = cls.__module__.rpartition(".")[0]
        cls.swagger_types = {entry[0]: entry[2] for entry in schema}
        cls.attribute_map = {entry[0]: entry[1] for entry in schema}
        cls._wire_names = tuple(entry[1] for entry in schema)
        cls._known = frozenset(cls._wire_names)
        decoded = set()
        for entry in schema:
            attr, wire, swagger_type = entry[0], entry[1], entry[2]
            codec = entry[3] if len(entry) > 3 else swagger_type
            if codec in ("str", "int", "float", "bool", "object", "file"):
                setattr(cls, attr, _plain_field(wire, attr))
            else:
                decoded.add(wire)
                setattr(cls, attr, _decoded_field(wire, codec, package, attr))
        cls._decoded = frozenset(decoded)

    def __init__(self, **fields: Any) -> None:
        self._d = {}
        self._c = None
        for attr, value in fields.items():
            setattr(self, attr, value)

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
