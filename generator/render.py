r"""Plan and render the output files: every file as pieces (templates plus views),
rendered here unformatted.

:func:`plan` cuts every file into :class:`Piece`\ s without rendering anything,
so that :mod:`generator.pieces` can look each up in its cache first; the
views themselves are made in :mod:`generator.views`. Templates only lay the
pieces out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

from .catalog import catalog_json
from .ir import Api, ApiClass
from .views import (
    SHA_HOLE,
    api_head_view,
    const_view,
    method_holes,
    method_skeleton,
    model_view,
    names,
    op_view,
    package_init_views,
    pyproject_view,
    readme_holes,
    readme_skeleton,
    readme_view,
    sha_holes,
    spec_view,
    typing_prefix,
)


def _templates() -> Path:
    """``templates/`` of the source tree, or the copy an installed wheel carries."""
    here = Path(__file__).resolve().parent
    installed = here / "_templates"
    return installed if installed.is_dir() else here.parent / "templates"


TEMPLATES = _templates()
RUNTIME = TEMPLATES / "runtime"


if TYPE_CHECKING:
    import jinja2


def environment() -> jinja2.Environment:
    """The template environment; compiled templates are kept in ``$CMLAPI_GEN_CACHE/jinja``
    (jinja2 checks each against its template's source before using it)."""
    import jinja2  # only when something is rendered: a regenerate that hits every piece never needs it

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )


def _bytecode_cache() -> Optional[jinja2.BytecodeCache]:
    import jinja2

    from .cache import JINJA, cache_dir

    folder = cache_dir(JINJA)
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None

    class Quiet(jinja2.FileSystemBytecodeCache):
        """A cache that cannot be written is skipped, like every other cache here."""

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return Quiet(str(folder))


class _Once:
    """A view made on first use and kept: the pieces of one model or operation share it."""

    def __init__(self, make: Callable[[], dict[str, Any]]) -> None:
        self._make: Optional[Callable[[], dict[str, Any]]] = make
        self._view: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        if self._make is not None:
            self._view, self._make = self._make(), None
        return self._view


@dataclass(frozen=True)
class Piece:
    """One part of an output file, planned but not rendered.

    ``template`` renders it, through its ``macro`` (given the view as one argument) or,
    when ``macro`` is empty, as a whole (given the view's items as keywords). ``kind``
    says how it is formatted: ``module``, ``method`` (a class-body block) or ``text``
    (not Python). ``sep`` goes before its text when the file is assembled.

    ``source`` holds everything the view is made from besides the generator's own
    code, as values whose ``repr()`` is stable (IR dataclasses, tuples, strings,
    dicts built in a fixed order): the piece cache is keyed on it, so the pieces of
    an unchanged model or operation are neither rendered nor formatted again.

    A piece may have *holes*: texts of its output that black keeps verbatim and that
    lay nothing else out differently (a docstring black would not touch, the spec's
    hash). ``skeleton`` is then the source of everything else, and ``holes`` gives
    the hole texts of this piece, or None when one of them is not known to be kept
    verbatim. The cache keeps the formatted piece with its holes marked, under the
    skeleton, so that a piece whose only change is in its holes needs no black. A
    piece that is not formatted (``text``) has for skeleton its own view with the
    holes marked, and its skeleton is rendered from that.
    """

    template: str
    macro: str
    kind: str
    sep: str
    source: Any
    view: Callable[[], dict[str, Any]] = field(compare=False, repr=False)
    skeleton: Any = field(default=None, compare=False, repr=False)
    holes: Optional[Callable[[], Optional[tuple[str, ...]]]] = field(default=None, compare=False, repr=False)


Planned = Union[str, "tuple[Piece, ...]"]


def _same(view: dict[str, Any]) -> dict[str, Any]:
    return view


def _given(view: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """The view maker of a piece whose view is made already (and is its own source)."""
    return functools.partial(_same, view)


def _as_model(view: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    return {"model": view()}


def _fixed(template: str, kind: str, view: dict[str, Any]) -> tuple[Piece, ...]:
    """A whole file from one small view, which is also its own cache source."""
    return (Piece(template, "", kind, "", view, _given(view)),)


def _with_sha_hole(template: str, macro: str, sep: str, view: dict[str, Any]) -> Piece:
    """A piece whose view holds the spec hash, that hash being a hole."""
    return Piece(
        template, macro, "module", sep, view, _given(view),
        skeleton=dict(view, sha256_lit=SHA_HOLE), holes=functools.partial(sha_holes, view),
    )


def package_init_pieces(api: Api) -> tuple[Piece, ...]:
    """The package ``__init__`` as a head (with the spec hash) and a body."""
    head, body = package_init_views(api)
    return (
        _with_sha_hole("package_init.py.jinja", "head", "", head),
        Piece("package_init.py.jinja", "body", "module", "\n", body, _given(body)),
    )


def _method_holes(view: Callable[[], dict[str, Any]]) -> Optional[tuple[str, ...]]:
    return method_holes(view())


def _readme_piece(view: dict[str, Any]) -> Piece:
    return Piece(
        "README.md.jinja", "", "text", "", view, _given(view),
        skeleton=readme_skeleton(view), holes=functools.partial(readme_holes, view),
    )


def plan(api: Api) -> dict[str, Planned]:
    """Relative path (POSIX) -> the file's text (files that need no template) or its pieces."""
    pkg = api.package_name.replace(".", "/")
    files: dict[str, Planned] = {
        f"{pkg}/__init__.py": package_init_pieces(api),
        # views hold only what their templates read (StrictUndefined enforces the other half)
        f"{pkg}/models/__init__.py": _fixed("models_init.py.jinja", "module", {"models": names(api.models)}),
        f"{pkg}/api/__init__.py": _fixed("api_init.py.jinja", "module", {"apis": names(api.apis)}),
        f"{pkg}/_spec.py": (_with_sha_hole("spec.py.jinja", "", "", spec_view(api)),),
        f"{pkg}/py.typed": "",
        f"{pkg}/_catalog.json": catalog_json(api),
    }
    prefix = typing_prefix(api)
    enums = frozenset(m.name for m in api.models if m.kind == "enum")
    enum_names = tuple(sorted(enums))
    for model in api.models:
        source = (model, prefix, enum_names)
        view = _Once(functools.partial(model_view, model, prefix, enums))
        path = f"{pkg}/models/{model.module}.py"
        if model.kind == "enum":
            files[path] = (Piece("enum.py.jinja", "", "module", "", source, functools.partial(_as_model, view)),)
        else:
            files[path] = model_pieces(source, view)
    for cls in api.apis:
        files[f"{pkg}/api/{cls.module}.py"] = api_pieces(cls)
    files["pyproject.toml"] = _fixed("pyproject.toml.jinja", "text", pyproject_view(api))
    files["README.md"] = (_readme_piece(readme_view(api)),)
    return dict(sorted(files.items()))


def model_pieces(source: Any, view: Callable[[], dict[str, Any]]) -> tuple[Piece, ...]:
    """A model module as pieces: docstring, imports (shared by most models, so formatted
    once), class; joined with black's blank lines (one after the docstring, two before the class)."""
    return (
        Piece("model.py.jinja", "docstring", "module", "", source, view),
        Piece("model.py.jinja", "imports", "module", "\n", source, view),
        Piece("model.py.jinja", "body", "module", "\n\n", source, view),
    )


def api_pieces(cls: ApiClass) -> tuple[Piece, ...]:
    """The API module as pieces: module head, one constant per operation, the class head,
    one method block per operation (formatted inside a dummy class, see
    :func:`generator.format.format_piece`)."""
    # separators are black's blank lines: one after the head, none between constants,
    # two before the class, one between methods
    head = api_head_view(cls)
    same = _given(head)
    pieces = [Piece("api.py.jinja", "head", "module", "", head, same)]
    for i, op in enumerate(cls.operations):
        const = const_view(op)
        sep = "\n" if i == 0 else ""
        pieces.append(Piece("api.py.jinja", "const", "module", sep, const, _given(const)))
    pieces.append(Piece("api.py.jinja", "class_head", "module", "\n\n", head, same))
    for op in cls.operations:
        view = _Once(functools.partial(op_view, op))
        pieces.append(
            Piece(
                "api.py.jinja", "method", "method", "\n", op, view,
                skeleton=method_skeleton(op), holes=functools.partial(_method_holes, view),
            )
        )
    return tuple(pieces)


def render_view(env: jinja2.Environment, template: str, macro: str, view: dict[str, Any]) -> str:
    """``template`` (its ``macro``, if given) rendered with ``view``, unformatted."""
    found = env.get_template(template)
    if macro:
        return str(getattr(found.module, macro)(view))
    return found.render(**view)


def runtime_files(api: Api) -> dict[str, str]:
    """The spec-independent runtime modules, copied as they are (already black-formatted)."""
    pkg = api.package_name.replace(".", "/")
    return {f"{pkg}/{source.name}": source.read_text(encoding="utf-8") for source in sorted(RUNTIME.glob("*.py"))}
