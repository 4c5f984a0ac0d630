# Infopoint: `make run` serves the portal, `make test` runs the whole suite.
PYTHON_FOUND := $(shell PYTHON="$(PYTHON)" sh .ci/find-python 2>/dev/null)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_WORKERS ?= 2
# FAKETIME='2027-01-04 08:00:00' make test runs the suite with every clock of its processes
# (Python, the embedded PostgreSQL it starts, gunicorn, the browser) moved to that moment
# (UTC), ticking from there (Debian's faketime). An offset, not a start time: processes
# started later in the run then agree with those started first.
TEST_CLOCK := $(if $(FAKETIME),env -u FAKETIME faketime -f "+$$(( $$(date -u -d '$(FAKETIME)' +%s) - $$(date -u +%s) ))",)

.PHONY: run test fuzz lint format bench messages worker clean-db help

help:
	@echo "make run    serve the demo portal on http://127.0.0.1:$(PORT)"
	@echo "make test   lint and run the whole test suite"
	@echo "make bench  run the benchmark (SCALE=small|region)"
	@echo "make fuzz   the property-based tests with the full example counts (tests/fuzz.py)"

$(BIN)/python:
	@if [ -z "$(PYTHON_FOUND)" ]; then PYTHON="$(PYTHON)" sh .ci/find-python; exit 1; fi
	@echo "Creating $(VENV) with $(PYTHON_FOUND)"
	"$(PYTHON_FOUND)" -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.3"
	$(BIN)/python -m pip install --quiet -e ".[dev,local]"
	@touch $@

run: $(VENV)/.installed
	$(BIN)/infopoint run --port $(PORT)

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	INFOPOINT_DEMO=1 $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_CLOCK) $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

fuzz: $(VENV)/.installed
	FUZZ=full $(BIN)/pytest -n $(PYTEST_WORKERS) $$(grep -rl "@given" tests)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.installed
	INFOPOINT_DEMO=1 $(BIN)/python manage.py catalogues

bench: $(VENV)/.installed
	$(BIN)/python -m benchmarks run --scale $(or $(SCALE),small)

worker: $(VENV)/.installed
	$(BIN)/python manage.py db_worker
