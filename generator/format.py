"""Format generated Python with black, in-process, with a content-addressed cache.

The cache maps sha256(black version, mode, source) to the formatted text, so
regenerating after a small spec change formats only the files that changed.
Output never depends on the cache: a hit returns exactly what black returned
for the same input. Files are formatted in parallel worker processes when
there are many.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
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


def _format_batch(sources: list[str]) -> list[str]:
    return [format_source(s) for s in sources]


def cache_dir() -> Optional[Path]:
    """Where formatted files are cached; ``CMLAPI_GEN_CACHE=off`` disables it."""
    setting = os.environ.get("CMLAPI_GEN_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cmlapi-gen" / "black"


def _key(source: str) -> str:
    from importlib.metadata import version

    text = f"{version('black')}\0{LINE_LENGTH}\0py38\0{source}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def format_all(files: dict[str, str], workers: Optional[int] = None) -> dict[str, str]:
    """Format every ``.py`` value of ``files``; other files pass through unchanged."""
    cache = cache_dir()
    out = dict(files)
    todo: list[tuple[str, str, str]] = []
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        key = _key(source)
        hit = _read_cache(cache, key)
        if hit is not None:
            out[path] = hit
        else:
            todo.append((path, source, key))
    if not todo:
        return out
    results = _run(todo, workers)
    for (path, _, key), text in zip(todo, results):
        out[path] = text
        _write_cache(cache, key, text)
    return out


def _run(todo: list[tuple[str, str, str]], workers: Optional[int]) -> list[str]:
    sources = [s for _, s, _ in todo]
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    total = sum(len(s) for s in sources)
    if count <= 1 or total < 200_000:
        return _format_batch(sources)
    import multiprocessing

    # balanced batches by size, so both workers finish together
    order = sorted(range(len(sources)), key=lambda i: -len(sources[i]))
    batches: list[list[int]] = [[] for _ in range(count)]
    sizes = [0] * count
    for i in order:
        j = sizes.index(min(sizes))
        batches[j].append(i)
        sizes[j] += len(sources[i])
    context = multiprocessing.get_context("fork") if hasattr(os, "fork") else None
    results: list[str] = [""] * len(sources)
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        futures = [pool.submit(_format_batch, [sources[i] for i in batch]) for batch in batches]
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
