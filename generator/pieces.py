"""Planned pieces become formatted text: from the piece cache when their inputs
were seen before, else rendered (jinja2) and formatted (black).

A piece's key is the sha256 of the salt and of the piece's template, macro,
kind and ``repr(source)`` (see :class:`generator.render.Piece`). The salt is
cmlapi-gen's version, the bytes of its own modules and templates, and black's
identity and mode, so editing the generator, a template, or upgrading black
starts afresh. A hit is exactly the text rendering and formatting gave for the
same key, so output never depends on the cache; ``CMLAPI_GEN_CACHE=off`` turns
it off.

A piece with *holes* (see :class:`generator.render.Piece`) is also cached as a
skeleton: a summary reworded or a new spec hash then needs neither jinja2 nor
black for that piece, only its holes filled in. After a change to the docs of a
spec, nothing imports black at all.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any, Optional

from . import __version__, cache
from .format import LINE_LENGTH, TARGET, format_many
from .render import TEMPLATES, Piece, Planned, environment, render_view
from .views import hole

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


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join((salt(), *parts)).encode("utf-8", "surrogatepass")).hexdigest()


def key(piece: Piece, source_text: Optional[str] = None) -> str:
    """The cache key of ``piece`` (``source_text``: ``repr(piece.source)``, if known)."""
    text = source_text if source_text is not None else repr(piece.source)
    return _digest(piece.template, piece.macro, piece.kind, text)


def skeleton_key(piece: Piece) -> str:
    """The cache key of ``piece``'s skeleton (see :class:`generator.render.Piece`)."""
    return _digest("skeleton", piece.template, piece.macro, piece.kind, repr(piece.skeleton))


def _holes(piece: Piece) -> Optional[tuple[str, ...]]:
    return piece.holes() if piece.holes is not None and piece.skeleton is not None else None


def _filled(piece: Piece, where: Optional[Path]) -> Optional[str]:
    """``piece``'s text from its cached skeleton and its own holes, when it has both."""
    holes = _holes(piece)
    if not holes:
        return None
    text = cache.read(where, skeleton_key(piece))
    if text is None:
        return None
    for i, filling in enumerate(holes):
        if text.count(hole(i)) != 1:
            return None
        text = text.replace(hole(i), filling)
    return text


def _remember_skeleton(piece: Piece, text: str, where: Optional[Path], env: Any) -> None:
    """Cache ``piece``'s skeleton: rendered from the skeleton itself for a piece that is not
    formatted, else ``text`` (the piece formatted) with each hole, found exactly once, marked."""
    holes = _holes(piece)
    if not holes:
        return
    if piece.kind == "text":
        text = render_view(env, piece.template, piece.macro, piece.skeleton)
    else:
        for i, found in enumerate(holes):
            if text.count(found) != 1:
                return
            text = text.replace(found, hole(i))
    cache.write(where, skeleton_key(piece), text)


# files of at most this many pieces are also cached whole (see realise)
WHOLE_FILE_PIECES = 8


def realise(planned: dict[str, Planned], workers: Optional[int] = None) -> dict[str, str]:
    """Every planned file as its final text.

    A piece found neither under its key nor as a skeleton with its holes filled is
    rendered and formatted (and both are cached). A small file of several pieces (a
    model: docstring, imports, class) is cached whole too, under the hash of its
    pieces' keys and separators, so an unchanged one costs one read, not three. Large
    files (an API module of hundreds of pieces) are not: a new whole copy on every
    change would make the cache grow fast."""
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
            whole = _digest("file", *(sep + "\0" + k for sep, k in layout))
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
                hit = _filled(piece, where)
                if hit is not None:
                    cache.write(where, k, hit)
            if hit is None:
                missing[k] = piece
            else:
                done[k] = hit
    if missing:
        env = environment()
        done.update(_make(missing, workers, env))
        for k, piece in missing.items():
            cache.write(where, k, done[k])
            _remember_skeleton(piece, done[k], where, env)
    for path, (whole, layout, _) in layouts.items():
        out[path] = "".join(sep + done[k] for sep, k in layout)
        if whole:
            cache.write(where, whole, out[path])
    return dict(sorted(out.items()))


def _make(missing: dict[str, Piece], workers: Optional[int], env: Any) -> dict[str, str]:
    """Render and format the missing pieces (key -> text), in parallel workers when there is much."""
    work = [(p.kind, render_view(env, p.template, p.macro, p.view())) for p in missing.values()]
    unique = list(dict.fromkeys(work))  # the import blocks of most models are one text
    by_source = dict(zip(unique, format_many(unique, workers)))
    return {k: by_source[item] for k, item in zip(missing, work)}
