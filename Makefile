# Two commands for a newcomer: `make run` and `make test`. Everything else is a step of them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install migrate run worker test lint format bench clean

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/milestones migrate

run: migrate
	$(BIN)/milestones serve

worker: migrate
	$(BIN)/milestones serve --role worker

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check service tests benchmarks migrations
	$(BIN)/ruff format --check service tests benchmarks migrations
	$(BIN)/mypy

format: install
	$(BIN)/ruff format service tests benchmarks migrations
	$(BIN)/ruff check --fix service tests benchmarks migrations

bench: install
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
