"""cmlapi-gen benchmarks: ``python -m bench`` (``make bench``).

Each module measures one thing against a baseline timed in the same run and
returns :class:`bench.common.Row` values; ``bench.__main__`` runs them all and
prints one table. See ``bench/README.md``.
"""
