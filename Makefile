# The two commands: `make run` and `make test` (plus `make ui`, `make app`, `make bench` and `make cluster-check`).
# Every target creates .venv and installs the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# one planned event per asset for a run over many batches (see orchestration/instance.py)
export DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS ?= true

CLUSTER_INSTALLED := $(VENV)/.cluster-installed

.PHONY: run test ui app bench cluster-check clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

# the cluster profile's extra packages (PARK_PROFILE=cluster; see deploy/)
$(CLUSTER_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e ".[test,cluster]"
	touch $(CLUSTER_INSTALLED)

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
	$(if $(findstring --cluster,$(ARGS)),$(MAKE) $(CLUSTER_INSTALLED) && deploy/install-servers.sh,true)
	$(BIN)/python -m park_pipeline.bench $(ARGS)

# PostgreSQL, Redis and two Celery workers (one in its own network namespace) on this machine;
# exit 0 only when the cluster build equals the embedded one (also after a worker is killed)
cluster-check: $(CLUSTER_INSTALLED)
	deploy/install-servers.sh
	$(BIN)/python -m park_pipeline.bench.cluster $(ARGS)

clean:
	rm -rf warehouse/*.duckdb warehouse/.parks.* .dagster_home
