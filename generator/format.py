"""Format generated Python with black, in-process, in parallel worker processes
when there is much of it.

Caching lives a step earlier (:mod:`generator.pieces` keys whole pieces on what
they are made from), so this module only formats.
"""

from __future__ import annotations

import functools
import os
from typing import Any, Optional, Sequence

LINE_LENGTH = 100
TARGET = "py38"


@functools.lru_cache(maxsize=None)
def _mode() -> Any:
    """black's mode for generated code (made once; importing black takes about 0.1 s)."""
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


_CLASS = "class _C:\n"


def format_piece(kind: str, source: str) -> str:
    """``source`` formatted as its ``kind`` says: ``module``, ``method`` (an indented
    class-body block) or ``text`` (not Python: returned as it is)."""
    if kind == "text":
        return source
    if kind == "method":
        text = format_source(_CLASS + source)
        return text[len(_CLASS) :].lstrip("\n") if text.startswith(_CLASS) else text
    return format_source(source)


def _format_batch(items: Sequence[tuple[str, str]]) -> list[str]:
    return [format_piece(kind, source) for kind, source in items]


def format_many(items: Sequence[tuple[str, str]], workers: Optional[int] = None) -> list[str]:
    """:func:`format_piece` of each ``(kind, source)``, in forked workers when there is much."""
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    total = sum(len(source) for _, source in items)
    if count <= 1 or total < 200_000 or not hasattr(os, "fork"):
        return _format_batch(items)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

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
