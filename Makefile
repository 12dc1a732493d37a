# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo serve test test-fixtures lint bench bench-scale install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/cctv-audit demo --out demo-out

serve: $(STAMP)
	$(BIN)/cctv-audit serve --db sqlite:///$(CURDIR)/demo-out/audit.sqlite --simweb

# four worker processes (pytest-xdist), one test module each at a time (module-scoped audits run
# once): the audits mostly wait on their politeness delays (two workers kept two cores about half busy: 11 min 55 s, where
# four take 9 min 38 s on the same two cores), so four modules share the cores well
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 4 --dist loadscope -m "not frozen_fixture"

# the structure checks of the older held-back webs (tests/conftest.py: frozen_fixture), which CI runs after `make test`
test-fixtures: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadscope -m frozen_fixture

# ruff (lint and format check) and mypy, as configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench --out bench-out
	$(BIN)/python -m benchmarks.heldback --sets all --out bench-out
	for f in $$(ls benchmarks/heldtext*.jsonl | sort -V); do $(BIN)/python -m benchmarks.heldtext --file $$f || exit 1; done
	$(BIN)/python -m benchmarks.bench --out bench-out/soak --soak --no-heldback

# the cost curve (benchmarks/scale.py): 1x, 3x and 10x the register, then the report over 12 runs
bench-scale: $(STAMP)
	nice -n 10 $(BIN)/python -m benchmarks.scale --out bench-out/scale

clean:
	rm -rf $(VENV) demo-out bench-out .pytest_cache .mypy_cache .ruff_cache
