# make run  : set up .venv from nothing, extract the bundled corpus/ (57 articles) to out/facts.jsonl
#             and score it against its annotations
# make test : set up .venv with the test extras and run the whole test suite
# make check-compiled : build the opt-in compiled package (NEWSFACTS_COMPILE=1) in .venv-compiled
#             and check that it gives the same facts as pure Python (corpus/, and
#             ../shared/corpus/{dev,party-news} when present); no pip cache and no build/
#             left behind, so it fits beside the test venv on a small disk
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CVENV  := .venv-compiled
COMPARED = corpus $(wildcard ../shared/corpus/dev ../shared/corpus/party-news)

.PHONY: run test lint bench bench-scaling clean check-compiled

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
	rm -rf $(VENV) $(CVENV) out build .pytest_cache .ruff_cache


check-compiled: $(VENV)/.core
	rm -rf $(CVENV) build out/compiled
	$(PYTHON) -m venv $(CVENV)
	$(CVENV)/bin/python -m pip install --quiet --no-cache-dir --upgrade pip 'setuptools>=77' wheel mypy
	NEWSFACTS_COMPILE=1 $(CVENV)/bin/pip install --quiet --no-cache-dir --no-build-isolation .
	rm -rf build
	$(CVENV)/bin/python -c "import sys, newsfacts.extractors.target as m; \
	  sys.exit(None if m.__file__.endswith('.so') else 'not compiled: ' + m.__file__)"
	mkdir -p out/compiled
	@for d in $(COMPARED); do name=$$(basename $$d); \
	  $(BIN)/newsfacts extract $$d -o out/compiled/$$name.pure.jsonl >/dev/null && \
	  $(CVENV)/bin/newsfacts extract $$d -o out/compiled/$$name.compiled.jsonl >/dev/null && \
	  cmp -s out/compiled/$$name.pure.jsonl out/compiled/$$name.compiled.jsonl && \
	  echo "$$d: the compiled build gives the same facts" || \
	  { echo "$$d: the compiled build's facts differ from pure Python (out/compiled/$$name.*.jsonl)"; exit 1; }; \
	done

bench-scaling: $(VENV)/.dev
	$(BIN)/python benchmarks/scaling.py --size 5000
