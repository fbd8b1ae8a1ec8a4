# Two commands matter: `make run` (the pipeline locally) and `make test` (every test). Each installs what it needs.
# `make shell` opens a shell in which the commands they print (`python main.py ...`, the curl examples) work.
PYTHON ?= python3
VENV ?= .venv
CHECKOV_VENV ?= .venv-checkov
PY := $(VENV)/bin/python
PORT ?= 8080
# run-emulators: intake on PORT, the six Pub/Sub-triggered functions on FUNCTION_PORTS_FROM and the five after it
FUNCTION_PORTS_FROM ?= 8090

.PHONY: run run-emulators shell test eval train calibrate bench install install-dev clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# checkov (static analysis of infra/, run by tests/deploy/test_checkov.py) has its own venv: its pins clash with
# the dev tools' (packaging<24 against pytest's packaging>=24).
$(CHECKOV_VENV)/.installed: requirements-checkov.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

run: $(VENV)/.runtime
	$(PY) main.py serve --port $(PORT)

run-emulators: $(VENV)/.dev
	INTAKE_PORT=$(PORT) FUNCTION_PORTS_FROM=$(FUNCTION_PORTS_FROM) $(PY) main.py serve --emulators

# An interactive bash with the venv activated and the dev webhook secrets of the data dir exported (after the
# user's ~/.bashrc: scripts/make-shell.bashrc), so `python main.py ...` and the README's curl examples work as
# printed. `exit` leaves it.
shell: $(VENV)/.runtime
	@INTAKE_VENV="$(abspath $(VENV))" exec bash --rcfile scripts/make-shell.bashrc -i

test: $(VENV)/.dev $(CHECKOV_VENV)/.installed
	bash scripts/ensure-test-services.sh
	CHECKOV="$(abspath $(CHECKOV_VENV))/bin/checkov" $(PY) -m pytest $(PYTEST_ARGS)

# The engine in force over every labelled batch (in-sample: its models and rules were fitted on them), then the
# honest numbers: each batch's first score, the recorded out-of-sample predictions (the engine as committed when
# each batch arrived) and with the learned choices held out by batch, and the leave-one-batch-out tables of the
# learned models (scikit-learn: the dev venv).
eval: $(VENV)/.dev
	$(PY) main.py eval $(patsubst %/,%,$(sort $(wildcard tests/agents_data/dev*/))) tests/agents_data/heldout
	$(PY) -m tools.first_score --show
	$(PY) main.py eval --out-of-sample
	$(PY) main.py eval --out-of-sample tests/agents_data/out_of_sample_learned.json
	$(PY) -m tools.train_intent --lobo
	$(PY) -m tools.train_choice --lobo

# Refit the offline engine's calibration (shared/engine/calibration/rules.json) from its out-of-sample predictions
# (python -m tools.out_of_sample) with the learned choices held out by batch; commit the files. A test checks the
# committed calibration is what a fit of the committed predictions makes.
# The offline engine's linear models (shared/engine/learned/*.json) from tests/agents_data, fixed seeds;
# scikit-learn is a development tool (requirements-dev.txt), never imported at run time.
train: $(VENV)/.dev
	$(PY) -m tools.train

calibrate: $(VENV)/.dev
	$(PY) -m tools.train_intent --record tests/agents_data/intent_held_out.json
	$(PY) -m tools.train_choice --record tests/agents_data/choices_held_out.json
	$(PY) -m tools.learned_out_of_sample
	$(PY) -m tools.calibrate

bench: $(VENV)/.dev
	bash scripts/ensure-test-services.sh
	$(PY) -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) .pytest_cache
