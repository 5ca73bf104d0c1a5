# The two commands: `make run` and `make test` (plus `make ui`, `make app` and `make bench`).
# Every target creates .venv and installs the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# one planned event per asset for a run over many batches (see orchestration/instance.py)
export DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS ?= true

.PHONY: run test ui app bench clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/park-pipeline run

test: $(INSTALLED)
	$(BIN)/pytest -q

ui: $(INSTALLED)
	$(BIN)/python -c "from park_pipeline.orchestration.instance import prepare_dagster_home; prepare_dagster_home()"
	$(BIN)/dagster dev -w workspace.yaml

app: $(INSTALLED)
	$(BIN)/python -m park_pipeline.app

bench: $(INSTALLED)
	$(BIN)/python -m park_pipeline.bench $(ARGS)

clean:
	rm -rf warehouse/*.duckdb warehouse/.parks.* .dagster_home
