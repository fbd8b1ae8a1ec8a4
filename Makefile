# Two commands matter: `make run` (the pipeline locally) and `make test` (every test). Each installs what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8080

.PHONY: run run-emulators test eval bench install install-dev clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

run: $(VENV)/.runtime
	$(PY) main.py serve --port $(PORT)

run-emulators: $(VENV)/.dev
	$(PY) main.py serve --emulators

test: $(VENV)/.dev
	bash scripts/ensure-test-services.sh
	$(PY) -m pytest $(PYTEST_ARGS)

eval: $(VENV)/.runtime
	$(PY) main.py eval tests/agents_data/dev tests/agents_data/dev2 tests/agents_data/dev3 tests/agents_data/dev4 tests/agents_data/dev5 tests/agents_data/dev6 tests/agents_data/dev7 tests/agents_data/heldout

bench: $(VENV)/.dev
	bash scripts/ensure-test-services.sh
	$(PY) -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache
