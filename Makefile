# make run  : set up .venv from nothing, extract the bundled corpus/ (57 articles) to out/facts.jsonl
#             and score it against its annotations
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
	@echo "corpus/ (21 written articles):";  $(BIN)/newsfacts evaluate corpus -p out/facts.jsonl | tail -n 2
	@echo "corpus/heldout/ (36 written blind):"; $(BIN)/newsfacts evaluate corpus/heldout -p out/facts.jsonl | tail -n 2
	@if [ -d ../shared/corpus ]; then for set in corpus/real-gold/set-*; do \
	  echo "$$set (real articles, texts in ../shared/corpus):"; \
	  $(BIN)/newsfacts evaluate $$set --texts ../shared/corpus | tail -n 2; done; fi

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
