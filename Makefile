# cmlapi-gen: every target runs inside .venv, made by `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPECS := specs
GENERATED := generated

.PHONY: install test generate golden lint bench bench-peers dist vendor fuzz mutate clean

install:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'

test:
	$(PY) -m pytest

# regenerate generated/cmlapi-<version>/ for every spec in specs/ (checks all first;
# FORCE=1 replaces folders holding files cmlapi-gen did not write)
generate:
	$(PY) -m generator.snapshots $(SPECS) $(GENERATED) $(if $(FORCE),--force)

# accept the new snapshots: the same as generate, named for what it means in review
golden: generate

lint:
	$(PY) -m ruff check generator templates/runtime tests bench
	$(PY) -m black --check -q -l 100 --target-version py38 templates/runtime $(GENERATED)
	$(PY) -m mypy
	for project in $(GENERATED)/*/; do (cd $$project && ../../$(PY) -m mypy --strict --no-incremental --cache-dir=/dev/null cmlapi) || exit 1; done

bench:
	$(PY) -m bench

# the OpenAPI Generator baseline for `make bench`, in its own venv (downloads; needs java)
bench-peers:
	$(PYTHON) -m venv $${CMLAPI_BENCH_PEERS:-.venv-peers}
	$${CMLAPI_BENCH_PEERS:-.venv-peers}/bin/python -m pip install --quiet openapi-generator-cli==7.26.0

dist:
	$(PY) -m generator.dist $(GENERATED) dist

# make vendor SPEC=specs/cml-<version>.json DEST=<folder> NAME=<dotted.package.name> [FORCE=1]
vendor:
	@if [ -z "$(SPEC)" ] || [ -z "$(DEST)" ] || [ -z "$(NAME)" ]; then \
		echo "usage: make vendor SPEC=specs/cml-<version>.json DEST=<folder> NAME=<dotted.package.name> [FORCE=1]" >&2; exit 2; fi
	$(PY) -m generator vendor $(SPEC) --into $(DEST) --package-name $(NAME) $(if $(FORCE),--force)

fuzz:
	CMLAPI_GEN_FUZZ_EXAMPLES=2000 $(PY) -m pytest tests/test_property.py tests/test_agreement.py

# plant small bugs one at a time in a copy of the repository; fails if the tests miss one (not in `make test`)
mutate:
	$(PY) tests/mutate.py $(MUTATIONS)

clean:
	rm -rf dist .pytest_cache .mypy_cache .ruff_cache
