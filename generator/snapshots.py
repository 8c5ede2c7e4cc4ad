"""The checked-in snapshots: one ``generated/cmlapi-<version>/`` per spec in ``specs/``.

``python -m generator.snapshots SPECS GENERATED`` regenerates them all (what
``make generate`` and ``make golden`` run); the golden test uses
:func:`expected` to know what to compare.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from .errors import InputError, SpecError
from .pipeline import load, manifest_meta, model, produce
from .write import with_manifest

SPEC_SUFFIXES = (".json", ".yaml", ".yml")


def spec_files(specs: Path) -> list[Path]:
    return sorted(p for p in specs.iterdir() if p.suffix in SPEC_SUFFIXES and p.is_file())


def folder_for(version: str) -> str:
    return f"cmlapi-{version}"


def expected(spec: Path) -> tuple[str, dict[str, str]]:
    """The snapshot folder name and its files (manifest included) for ``spec``."""
    api = model(load(str(spec)))
    return folder_for(api.spec_version), with_manifest(produce(api), manifest_meta(api))


def regenerate(specs: Path, generated: Path, force: bool = False) -> int:
    """Rewrite every snapshot, after checking every spec and every target: nothing is
    written unless all of them can be (two specs of one version, a target holding files
    cmlapi-gen did not write and a spec that fails to generate are all found first)."""
    from .write import OwnershipError, check_ownership, write_tree

    plans: dict[str, tuple[Path, dict[str, str]]] = {}
    failures = []
    for spec in spec_files(specs):
        try:
            name, files = expected(spec)
        except (InputError, SpecError) as exc:
            failures.append(f"error: {spec}: {exc}")
            continue
        if name in plans:
            failures.append(
                f"error: {plans[name][0]} and {spec} both have version {name[len('cmlapi-'):]}: "
                f"keep one of them in {specs}, or rename one so its info.version differs"
            )
            continue
        plans[name] = (spec, files)
    stale = sorted(p for p in generated.glob("cmlapi-*") if p.is_dir() and p.name not in plans)
    if not force:
        targets = [(generated / name, files) for name, (_, files) in plans.items()] + [(p, {}) for p in stale]
        for target, files in targets:
            try:
                check_ownership(target, target, "cmlapi-gen generate", files)
            except OwnershipError as exc:
                where, message = exc.problems[0]
                failures.append(f"error: {where}: {message}")
    if failures:
        for line in failures:
            print(line, file=sys.stderr)
        print(f"error: nothing written to {generated}", file=sys.stderr)
        return 2
    generated.mkdir(parents=True, exist_ok=True)
    for name, (spec, files) in sorted(plans.items()):
        write_tree(files, generated / name, force=True)  # ownership was checked above, for all
        print(f"{spec} -> {generated / name} ({len(files)} files)")
    for folder in stale:
        shutil.rmtree(folder)
        print(f"removed {folder} (no spec for it)")
    return 0


def main(argv: list[str]) -> int:
    force = "--force" in argv
    argv = [arg for arg in argv if arg != "--force"]
    if len(argv) != 2:
        print("usage: python -m generator.snapshots SPECS_DIR GENERATED_DIR [--force]", file=sys.stderr)
        return 2
    try:
        return regenerate(Path(argv[0]), Path(argv[1]), force)
    except (InputError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
