"""Format generated Python with black, in-process, with a content-addressed cache.

The cache maps sha256(black version, mode, source) to the formatted text, so
regenerating after a small spec change formats only the files that changed.
Output never depends on the cache: a hit returns exactly what black returned
for the same input. Files are formatted in parallel worker processes when
there are many.
"""

from __future__ import annotations

import functools
import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

LINE_LENGTH = 100


def _mode() -> Any:
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY38})


def format_source(source: str) -> str:
    """black-format one module (``source`` must be valid Python)."""
    import black
    from black.report import NothingChanged

    try:
        return black.format_str(source, mode=_mode())
    except NothingChanged:
        return source


def _format_batch(items: list[tuple[str, str]]) -> list[str]:
    return [format_piece(kind, source) for kind, source in items]


def cache_root() -> Optional[Path]:
    """Where cmlapi-gen caches (``CMLAPI_GEN_CACHE``; ``off`` disables caching)."""
    setting = os.environ.get("CMLAPI_GEN_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cmlapi-gen"


def cache_dir() -> Optional[Path]:
    """Where formatted files are cached."""
    root = cache_root()
    return None if root is None else root / "black"


@functools.lru_cache(maxsize=None)
def _black_version() -> str:
    from importlib.metadata import version

    return version("black")


def _key(source: str) -> str:
    text = f"{_black_version()}\0{LINE_LENGTH}\0py38\0{source}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Chunked:
    """A module given as pieces, each formatted (and cached) on its own.

    ``pieces`` are ``(kind, text, separator)``: ``kind`` ``module`` is a whole
    module (formatted as is), ``method`` is an indented class-body block
    (formatted inside a dummy class). The formatted pieces are joined, each
    after its separator; the renderer picks separators that equal black's
    blank-line rules, so the result is what black gives for the whole module
    (the golden tests check it with ``black --check``).
    """

    pieces: tuple[tuple[str, str, str], ...]


_CLASS = "class _C:\n"


def format_piece(kind: str, source: str) -> str:
    if kind == "method":
        text = format_source(_CLASS + source)
        return text[len(_CLASS) :].lstrip("\n") if text.startswith(_CLASS) else text
    return format_source(source)


def format_all(files: dict[str, str | Chunked], workers: Optional[int] = None) -> dict[str, str]:
    """Format every ``.py`` value of ``files``; other files pass through unchanged."""
    cache = cache_dir()
    done: dict[str, str] = {}
    todo: dict[str, tuple[str, str]] = {}
    layout: dict[str, list[tuple[str, str]]] = {}  # path -> (separator, key) per piece
    for path, value in files.items():
        if not path.endswith(".py"):
            continue
        pieces = value.pieces if isinstance(value, Chunked) else (("module", value, ""),)
        layout[path] = []
        for kind, source, sep in pieces:
            key = _key(kind + "\0" + source)
            layout[path].append((sep, key))
            if key in done or key in todo:
                continue
            hit = _read_cache(cache, key)
            if hit is not None:
                done[key] = hit
            else:
                todo[key] = (kind, source)
    if todo:
        keys = list(todo)
        for key, text in zip(keys, _run([todo[k] for k in keys], workers)):
            done[key] = text
            _write_cache(cache, key, text)
    out: dict[str, str] = {}
    for path, value in files.items():
        if path in layout:
            out[path] = "".join(sep + done[key] for sep, key in layout[path])
        else:
            assert isinstance(value, str)
            out[path] = value
    return out


def _run(items: list[tuple[str, str]], workers: Optional[int]) -> list[str]:
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    total = sum(len(source) for _, source in items)
    if count <= 1 or total < 200_000 or not hasattr(os, "fork"):
        return _format_batch(items)
    import multiprocessing

    # balanced batches by size, so the workers finish together
    order = sorted(range(len(items)), key=lambda i: -len(items[i][1]))
    batches: list[list[int]] = [[] for _ in range(count)]
    sizes = [0] * count
    for i in order:
        j = sizes.index(min(sizes))
        batches[j].append(i)
        sizes[j] += len(items[i][1])
    context = multiprocessing.get_context("fork")
    results: list[str] = [""] * len(items)
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        futures = [pool.submit(_format_batch, [items[i] for i in batch]) for batch in batches]
        for batch, future in zip(batches, futures):
            for i, text in zip(batch, future.result()):
                results[i] = text
    return results


def _read_cache(cache: Optional[Path], key: str) -> Optional[str]:
    if cache is None:
        return None
    try:
        return (cache / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write_cache(cache: Optional[Path], key: str, text: str) -> None:
    if cache is None:
        return
    try:
        folder = cache / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, folder / key)
    except OSError:
        pass
