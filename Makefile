# eventscribe: make demo, make test. Everything is installed into .venv in the checkout.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast bench clean postgres

install: $(STAMP) postgres

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

# PostgreSQL server binaries (Debian's postgresql) for the store tests, which start their own server.
# Skips apt when they are there; as root (CI) or through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
		{ $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y postgresql; }

# Headless Chromium for the web page's browser tests: Debian's package (never a browser download).
.PHONY: browser
browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium chromium-driver; }
