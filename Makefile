# eventscribe: make demo, make test. Everything is installed into .venv in the checkout.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: install
	rm -f demo.duckdb
	$(BIN)/eventscribe code examples/ --db demo.duckdb --output demo-events.jsonl
	$(BIN)/eventscribe show --db demo.duckdb

test: install browser
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not spacy"

bench: install
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) demo.duckdb demo-events.jsonl .pytest_cache

# Headless Chromium for the web page's browser tests: Debian's package (never a browser download).
.PHONY: browser
browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }
