"""The checked-in snapshots: one ``generated/cmlapi-<version>/`` per spec in ``specs/``.

``python -m generator.snapshots SPECS GENERATED`` regenerates them all (what
``make generate`` and ``make golden`` run); the golden test uses
:func:`expected` to know what to compare.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError, SpecError
from .pipeline import load, model, produce

SPEC_SUFFIXES = (".json", ".yaml", ".yml")


def spec_files(specs: Path) -> list[Path]:
    return sorted(p for p in specs.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())


def folder_for(version: str) -> str:
    return f"cmlapi-{version}"


def expected(spec: Path) -> tuple[str, dict[str, str]]:
    """The snapshot folder name and its files for ``spec``."""
    api = model(load(str(spec)))
    return folder_for(api.spec_version), produce(api)


def regenerate(specs: Path, generated: Path) -> int:
    from .write import write_tree

    generated.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for spec in spec_files(specs):
        name, files = expected(spec)
        if name in wanted:
            raise SystemExit(f"error: {spec}: a second spec with version {name[7:]}")
        wanted.add(name)
        write_tree(files, generated / name)
        print(f"{spec} -> {generated / name} ({len(files)} files)")
    for stale in sorted(generated.iterdir()):
        if stale.is_dir() and stale.name.startswith("cmlapi-") and stale.name not in wanted:
            import shutil

            shutil.rmtree(stale)
            print(f"removed {stale} (no spec for it)")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m generator.snapshots SPECS_DIR GENERATED_DIR", file=sys.stderr)
        return 2
    try:
        return regenerate(Path(argv[0]), Path(argv[1]))
    except (InputError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
