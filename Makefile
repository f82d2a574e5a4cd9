# make run  : set up .venv from nothing and extract the bundled corpus/ to out/facts.jsonl
# make test : set up .venv with the test extras and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench bench-scaling clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.core

run: $(VENV)/.core
	mkdir -p out
	$(BIN)/newsfacts extract corpus -o out/facts.jsonl
	$(BIN)/newsfacts evaluate corpus | tail -n 12

test: $(VENV)/.dev
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache

bench-scaling: $(VENV)/.dev
	$(BIN)/python benchmarks/scaling.py --size 5000
