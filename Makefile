# eventscribe: make demo, make test. Everything is installed into .venv in the checkout.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Locked installs (see README "Installing"): every package comes from the lock files, pinned with hashes.
LOCKS := requirements.lock requirements-nodeps.lock
UV_VERSION := 0.13.9

.PHONY: install demo test test-fast bench clean postgres lock check-lock

install: $(STAMP) postgres

# check-lock runs every time (it is quick) and fails when pyproject.toml or requirements-nodeps.in list
# other requirements than the lock files were made from: run `make lock` then.
$(STAMP): pyproject.toml requirements-nodeps.in $(LOCKS) | check-lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-nodeps.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

check-lock:
	@$(PYTHON) scripts/lockfile.py check

# Regenerate the lock files from pyproject.toml (dependencies + dev extra) and requirements-nodeps.in.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/uv --version 2>/dev/null | grep -qF "uv $(UV_VERSION)" || $(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(PYTHON) scripts/lockfile.py write --uv $(BIN)/uv

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
