"""Python type hints for IR types.

Hints are built only from generator-made names (model classes, typing names),
never from spec text. ``typing`` names carry a prefix when a model class would
shadow them, and builtins are qualified where a property of the same class
would shadow them (class-body annotations resolve in class scope).
"""

from __future__ import annotations

from dataclasses import dataclass

from .ir import TypeRef

TYPING_NAMES = frozenset(["Any", "Dict", "IO", "Iterator", "List", "Mapping", "Optional", "Tuple", "Union"])
BUILTIN_HINTS = frozenset(["str", "int", "float", "bool", "object"])


@dataclass(frozen=True)
class HintStyle:
    """How names are spelled in one module: ``typing`` prefix, models prefix, ``datetime``
    module prefix, shadowed builtins. :data:`PUBLIC` spells them as a reader knows them
    (``ListProjectsResponse``, ``datetime``), for docstrings."""

    typing: str = ""
    models: str = ""
    shadowed: frozenset[str] = frozenset()
    dates: str = "_dt."

    def t(self, name: str) -> str:
        return self.typing + name

    def builtin(self, name: str) -> str:
        return f"_b.{name}" if name in self.shadowed else name


def hint(ref: TypeRef, style: HintStyle) -> str:
    """The hint for a value of ``ref`` (not Optional)."""
    kind = ref.kind
    if kind in ("str", "enum"):
        return style.builtin("str")
    if kind == "int":
        return style.builtin("int")
    if kind == "float":
        return style.builtin("float")
    if kind == "bool":
        return style.builtin("bool")
    if kind == "datetime":
        return style.dates + "datetime"
    if kind == "date":
        return style.dates + "date"
    if kind == "file":
        return style.t("Any")
    if kind == "list":
        assert ref.item is not None
        return f"{style.t('List')}[{hint(ref.item, style)}]"
    if kind == "map":
        assert ref.item is not None
        return f"{style.t('Dict')}[{style.builtin('str')}, {hint(ref.item, style)}]"
    if kind == "model":
        assert ref.model is not None
        return style.models + ref.model
    return style.t("Any")


PUBLIC = HintStyle(dates="")


def optional(text: str, style: HintStyle) -> str:
    if text.endswith("Any") and text in (style.t("Any"),):
        return text
    return f"{style.t('Optional')}[{text}]"


def needs_datetime(refs: list[TypeRef]) -> bool:
    def walk(ref: TypeRef) -> bool:
        if ref.kind in ("datetime", "date"):
            return True
        return ref.item is not None and walk(ref.item)

    return any(walk(r) for r in refs)
