"""Measure 2: ``list_projects()`` answering 10,000 full projects.

The payload is built from the spec (see :mod:`bench.fixture`) and served by a
keep-alive server in another process. In each round, interleaved in this
process, it times (a) the client call plus reading ``.name`` of every
project, (b) a raw ``urllib3`` GET of the same URL and (c) ``json.loads`` of
the bytes. The client's parse cost is ``a - b`` and the ratio is
``(a - b) / c``, from the medians of the rounds. It runs with the garbage
collector on (as in real use) and again with it off.

A client that decodes lazily pays for a field only when it is read, so an
extra, informational row reads every field of every project (nested models
included) the same way.
"""

from __future__ import annotations

import gc
import json
import keyword
import time
from typing import Any, Callable, Dict, List, Tuple

from .common import BenchError, Context, Row, load_client, load_json, make_api, median
from .fixture import list_items_property, list_projects_payload, operation, resolve
from .server import Served

TARGET = 1.5


def _timed(action: Callable[[], Any], gc_off: bool) -> float:
    """Seconds for ``action()``, starting from a collected heap; the result is dropped untimed."""
    gc.collect()
    if gc_off:
        gc.disable()
    try:
        start = time.perf_counter()
        result = action()
        seconds = time.perf_counter() - start
    finally:
        gc.enable()
    del result
    return seconds


def _client_action(api: Any) -> Callable[[], Any]:
    def call() -> Any:
        response = api.list_projects()
        for project in response.projects:
            project.name  # noqa: B018 -- reading the attribute is the point
        return response

    return call


Fields = List[Tuple[str, Tuple[str, ...]]]


def item_fields(doc: Dict[str, Any]) -> Fields:
    """``(attribute, nested attributes)`` for every property of a ListProjects item.

    Only properties whose wire name is already a Python attribute name are
    listed (CML's are snake_case), so no naming rule is guessed here.
    """

    def usable(name: str) -> bool:
        return name.isidentifier() and not keyword.iskeyword(name)

    _, _, op = operation(doc, "ListProjects")
    _, item = list_items_property(doc, op["responses"]["200"]["schema"])
    fields: Fields = []
    for name, sub in item.get("properties", {}).items():
        nested = resolve(doc, sub).get("properties", {}) if "$ref" in sub else {}
        if usable(name):
            fields.append((name, tuple(n for n in nested if usable(n))))
    return fields


def _deep_action(api: Any, fields: Fields) -> Callable[[], Any]:
    def call() -> Any:
        response = api.list_projects()
        for project in response.projects:
            for name, nested in fields:
                value = getattr(project, name)
                if nested and value is not None:
                    for sub in nested:
                        getattr(value, sub)
        return response

    return call


def _rounds(actions: Dict[str, Callable[[], Any]], rounds: int, gc_off: bool) -> Dict[str, float]:
    """Median seconds per action; the order of the actions rotates each round."""
    names = list(actions)
    times: Dict[str, List[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            times[name].append(_timed(actions[name], gc_off))
    return {name: median(values) for name, values in times.items()}


def run(ctx: Context) -> List[Row]:
    if ctx.client is None:
        raise BenchError("no generated client")
    import urllib3

    count = ctx.reps(10_000, 500)
    rounds = ctx.reps(9, 2)
    doc = load_json(ctx.spec)
    path, body = list_projects_payload(doc, count)
    cmlapi = load_client(ctx.client)
    rows: List[Row] = []
    with Served(body) as base:
        api = make_api(cmlapi, base)
        pool = urllib3.PoolManager()
        url = base + path
        check = api.list_projects()
        if len(check.projects) != count or check.projects[-1].name is None:
            raise BenchError(f"list_projects returned {len(check.projects)} projects, expected {count}")
        raw = pool.request("GET", url).data
        if raw != body:
            raise BenchError("raw GET did not return the served bytes")
        del check
        actions: Dict[str, Callable[[], Any]] = {
            "client": _client_action(api),
            "raw": lambda: pool.request("GET", url).data,
            "loads": lambda: json.loads(raw),
        }
        deep = dict(actions, client=_deep_action(api, item_fields(doc)))
        for gc_off, every in ((False, False), (True, False), (False, True)):
            medians = _rounds(deep if every else actions, rounds, gc_off)
            parse = medians["client"] - medians["raw"]
            loads = medians["loads"]
            rows.append(
                Row(
                    measure=f"parse {count:,} projects, gc {'off' if gc_off else 'on'}"
                    + (", every field read" if every else ""),
                    unit="ms",
                    ours=parse * 1000,
                    baseline=loads * 1000,
                    baseline_name="json.loads",
                    ratio=parse / loads if loads > 0 else None,
                    target="-" if every else f"<= {TARGET:g}x json.loads",
                    limit=None if every else TARGET,
                    note=(
                        f"client {medians['client'] * 1000:.1f} ms - raw GET {medians['raw'] * 1000:.1f} ms; "
                        f"{len(body):,} bytes; median of {rounds} rounds"
                    ),
                )
            )
        api.api_client.close()
        pool.clear()
    return rows
