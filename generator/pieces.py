"""Planned pieces become formatted text: from the piece cache when their inputs
were seen before, else rendered (jinja2) and formatted (black).

A piece's key is the sha256 of the salt and of the piece's template, macro,
kind and ``repr(source)`` (see :class:`generator.render.Piece`). The salt is
cmlapi-gen's version, the bytes of its own modules and templates, and black's
identity and mode, so editing the generator, a template, or upgrading black
starts afresh. A hit is exactly the text rendering and formatting gave for the
same key, so output never depends on the cache; ``CMLAPI_GEN_CACHE=off`` turns
it off. The misses are rendered here and formatted by a
:class:`generator.helper.Helper` when one is running (it has imported black
while this process built the model), else here.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from . import __version__, cache
from .format import LINE_LENGTH, TARGET, format_many
from .render import TEMPLATES, Piece, Planned, environment, render_view

if TYPE_CHECKING:
    from .helper import Helper

HERE = Path(__file__).resolve().parent


def folder() -> Optional[Path]:
    return cache.cache_dir(cache.PIECES)


@functools.lru_cache(maxsize=None)
def salt() -> str:
    black = cache.installed_identity("black")
    digest = hashlib.sha256(f"{__version__}\0{black}\0{LINE_LENGTH}\0{TARGET}\0".encode())
    for source in sorted(HERE.glob("*.py")) + sorted(TEMPLATES.glob("*.jinja")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def key(piece: Piece, source_text: Optional[str] = None) -> str:
    """The cache key of ``piece`` (``source_text``: ``repr(piece.source)``, if known)."""
    text = source_text if source_text is not None else repr(piece.source)
    head = "\0".join((salt(), piece.template, piece.macro, piece.kind, ""))
    return hashlib.sha256((head + text).encode("utf-8", "surrogatepass")).hexdigest()


# files of at most this many pieces are also cached whole (see realise)
WHOLE_FILE_PIECES = 8
# more missing pieces than this are made here, in parallel, not by the one helper
HELPER_LIMIT = 64


def realise(planned: dict[str, Planned], helper: Optional[Helper] = None, workers: Optional[int] = None) -> dict[str, str]:
    """Every planned file as its final text.

    A small file of several pieces (a model: docstring, imports, class) is cached
    whole too, under the hash of its pieces' keys and separators, so an unchanged one
    costs one read, not three. Large files (an API module of hundreds of pieces) are
    not: a new whole copy on every change would make the cache grow fast."""
    where = folder()
    out: dict[str, str] = {}
    # path -> (file key, (separator, key) per piece, the pieces), for files not cached whole
    layouts: dict[str, tuple[str, list[tuple[str, str]], tuple[Piece, ...]]] = {}
    texts_of: dict[int, str] = {}  # id(source) -> repr(source): the pieces of a model share one
    for path, value in planned.items():
        if isinstance(value, str):
            out[path] = value
            continue
        layout = []
        for piece in value:
            text = texts_of.get(id(piece.source))
            if text is None:
                text = texts_of[id(piece.source)] = repr(piece.source)
            layout.append((piece.sep, key(piece, text)))
        whole = ""
        if 1 < len(layout) <= WHOLE_FILE_PIECES:
            whole = hashlib.sha256("\0".join(["file", *(sep + "\0" + k for sep, k in layout)]).encode()).hexdigest()
        hit = cache.read(where, whole) if whole else None
        if hit is not None:
            out[path] = hit
        else:
            layouts[path] = (whole, layout, value)
    done: dict[str, str] = {}
    missing: dict[str, Piece] = {}
    for _, layout, pieces in layouts.values():
        for piece, (_, k) in zip(pieces, layout):
            if k in done or k in missing:
                continue
            hit = cache.read(where, k)
            if hit is None:
                missing[k] = piece
            else:
                done[k] = hit
    if missing:
        done.update(_make(missing, helper, workers))
        for k in missing:
            cache.write(where, k, done[k])
    if helper is not None:
        helper.close()
    for path, (whole, layout, _) in layouts.items():
        out[path] = "".join(sep + done[k] for sep, k in layout)
        if whole:
            cache.write(where, whole, out[path])
    return dict(sorted(out.items()))


def _make(missing: dict[str, Piece], helper: Optional[Helper], workers: Optional[int]) -> dict[str, str]:
    """Render and format the missing pieces (key -> text), in the helper when it runs and
    the pieces are few, else here (in parallel workers when there is much)."""
    use_helper = helper is not None and len(missing) <= HELPER_LIMIT
    if helper is not None and not use_helper:
        helper.close()  # it would only compete with the workers for the processors
    env = environment()
    work = [(p.kind, render_view(env, p.template, p.macro, p.view())) for p in missing.values()]
    unique = list(dict.fromkeys(work))  # the import blocks of most models are one text
    formatted = helper.format(unique) if helper is not None and use_helper else None
    if formatted is None:
        formatted = format_many(unique, workers)
    by_source = dict(zip(unique, formatted))
    return {k: by_source[item] for k, item in zip(missing, work)}
