"""The API classes, one per tag, loaded on first access (generated; do not edit)."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .cml_service_api import CMLServiceApi as CMLServiceApi

_MODULES = {
    "CMLServiceApi": "cml_service_api",
}
_SUBMODULES = frozenset(_MODULES.values())

__all__ = [
    "CMLServiceApi",
]


def __getattr__(name: str) -> object:
    from importlib import import_module

    module = _MODULES.get(name)
    if module is not None:
        value = getattr(import_module("." + module, __name__), name)
    elif name in _SUBMODULES:
        value = import_module("." + name, __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)
