"""Planned pieces become formatted text: from the piece cache when their inputs
were seen before, else rendered (jinja2) and formatted (black).

A piece's key is the sha256 of the salt and of the piece's template, macro,
kind and ``repr(source)`` (see :class:`generator.render.Piece`). The salt is
cmlapi-gen's version, the bytes of its own modules and templates, and black's
identity and mode, so editing the generator, a template, or upgrading black
starts afresh. A hit is exactly the text rendering and formatting gave for the
same key, so output never depends on the cache; ``CMLAPI_GEN_CACHE=off`` turns
it off. The misses are made by a :class:`generator.helper.Helper` when one is
running (it has imported jinja2 and black while this process built the model),
else here.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from . import __version__, cache
from .format import LINE_LENGTH, TARGET, format_many
from .render import TEMPLATES, Piece, Planned, environment, render_view

if TYPE_CHECKING:
    from .helper import Helper

HERE = Path(__file__).resolve().parent

# (template, macro, kind, view): what making one piece needs, picklable for the helper
Work = tuple[str, str, str, dict[str, Any]]


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


def make(work: Sequence[Work], workers: Optional[int] = None) -> list[str]:
    """Render and format each item (the helper runs this too)."""
    env = environment()
    rendered = []
    for template, macro, kind, view in work:
        rendered.append((kind, render_view(env, template, macro, view)))
    return format_many(rendered, workers)


# more missing pieces than this are made here, in parallel, not by the one helper
HELPER_LIMIT = 64


def realise(planned: dict[str, Planned], helper: Optional[Helper] = None, workers: Optional[int] = None) -> dict[str, str]:
    """Every planned file as its final text."""
    where = folder()
    done: dict[str, str] = {}
    missing: dict[str, Piece] = {}
    layout: dict[str, list[tuple[str, str]]] = {}  # path -> (separator, key) per piece
    texts_of: dict[int, str] = {}  # id(source) -> repr(source): the pieces of a model share one
    for path, value in planned.items():
        if isinstance(value, str):
            continue
        layout[path] = []
        for piece in value:
            text = texts_of.get(id(piece.source))
            if text is None:
                text = texts_of[id(piece.source)] = repr(piece.source)
            k = key(piece, text)
            layout[path].append((piece.sep, k))
            if k in done or k in missing:
                continue
            hit = cache.read(where, k)
            if hit is None:
                missing[k] = piece
            else:
                done[k] = hit
    if missing:
        keys = list(missing)
        work = [(p.template, p.macro, p.kind, p.view()) for p in missing.values()]
        texts = helper.run(work) if helper is not None and len(work) <= HELPER_LIMIT else None
        if texts is None:
            if helper is not None:
                helper.close()  # it would only compete with the workers for the processors
            texts = make(work, workers)
        for k, text in zip(keys, texts):
            done[k] = text
            cache.write(where, k, text)
    if helper is not None:
        helper.close()
    out: dict[str, str] = {}
    for path, value in planned.items():
        out[path] = value if isinstance(value, str) else "".join(sep + done[k] for sep, k in layout[path])
    return out
