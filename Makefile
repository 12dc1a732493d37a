# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo serve test lint bench bench-scale install clean

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

# two worker processes (pytest-xdist), one test module each at a time (module-scoped audits run
# once): the audits mostly wait on their politeness delays, so two modules share the cores well
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadscope

# ruff (lint and format check) and mypy, as configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench --out bench-out
	$(BIN)/python -m benchmarks.heldback --set heldback2 --out bench-out/heldback2
	$(BIN)/python -m benchmarks.heldback --set heldback3 --out bench-out/heldback3
	$(BIN)/python -m benchmarks.heldback --set heldback4 --out bench-out/heldback4
	$(BIN)/python -m benchmarks.heldback --set heldback5 --out bench-out/heldback5
	$(BIN)/python -m benchmarks.heldback --set heldback6 --out bench-out/heldback6
	$(BIN)/python -m benchmarks.heldback --set heldback7 --out bench-out/heldback7
	$(BIN)/python -m benchmarks.heldback --set heldback8 --out bench-out/heldback8
	$(BIN)/python -m benchmarks.heldback --set heldback9 --out bench-out/heldback9
	$(BIN)/python -m benchmarks.heldback --set heldback10 --out bench-out/heldback10
	$(BIN)/python -m benchmarks.heldback --set heldback11 --out bench-out/heldback11
	$(BIN)/python -m benchmarks.heldback --set heldback12 --out bench-out/heldback12
	$(BIN)/python -m benchmarks.heldback --set heldback13 --out bench-out/heldback13
	$(BIN)/python -m benchmarks.heldback --set heldback14 --out bench-out/heldback14
	$(BIN)/python -m benchmarks.heldback --set heldback15 --out bench-out/heldback15
	$(BIN)/python -m benchmarks.heldback --set heldback16 --out bench-out/heldback16
	$(BIN)/python -m benchmarks.heldback --set heldback17 --out bench-out/heldback17
	$(BIN)/python -m benchmarks.heldback --set heldback18 --out bench-out/heldback18
	$(BIN)/python -m benchmarks.heldback --set heldback19 --out bench-out/heldback19
	$(BIN)/python -m benchmarks.heldback --set heldback20 --out bench-out/heldback20
	$(BIN)/python -m benchmarks.heldback --set heldback21 --out bench-out/heldback21
	$(BIN)/python -m benchmarks.heldback --set heldback22 --out bench-out/heldback22
	$(BIN)/python -m benchmarks.heldback --set heldback23 --out bench-out/heldback23
	$(BIN)/python -m benchmarks.heldback --set heldback24 --out bench-out/heldback24
	$(BIN)/python -m benchmarks.heldback --set heldback25 --out bench-out/heldback25
	$(BIN)/python -m benchmarks.heldback --set heldback26 --out bench-out/heldback26
	$(BIN)/python -m benchmarks.heldback --set heldback27 --out bench-out/heldback27
	$(BIN)/python -m benchmarks.heldback --set heldback28 --out bench-out/heldback28
	$(BIN)/python -m benchmarks.heldback --set heldback29 --out bench-out/heldback29
	$(BIN)/python -m benchmarks.heldback --set heldback30 --out bench-out/heldback30
	$(BIN)/python -m benchmarks.heldback --set heldback31 --out bench-out/heldback31
	$(BIN)/python -m benchmarks.heldback --set heldback32 --out bench-out/heldback32
	$(BIN)/python -m benchmarks.heldback --set heldback33 --out bench-out/heldback33
	$(BIN)/python -m benchmarks.heldback --set heldback34 --out bench-out/heldback34
	$(BIN)/python -m benchmarks.heldback --set heldback35 --out bench-out/heldback35
	$(BIN)/python -m benchmarks.heldback --set heldback36 --out bench-out/heldback36
	$(BIN)/python -m benchmarks.heldback --set heldback37 --out bench-out/heldback37
	$(BIN)/python -m benchmarks.heldback --set heldback38 --out bench-out/heldback38
	$(BIN)/python -m benchmarks.heldback --set heldback39 --out bench-out/heldback39
	$(BIN)/python -m benchmarks.heldback --set heldback40 --out bench-out/heldback40
	$(BIN)/python -m benchmarks.heldback --set heldback41 --out bench-out/heldback41
	$(BIN)/python -m benchmarks.heldback --set heldback42 --out bench-out/heldback42
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext2.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext3.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext4.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext5.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext6.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext7.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext8.jsonl
	$(BIN)/python -m benchmarks.heldtext --file benchmarks/heldtext9.jsonl
	$(BIN)/python -m benchmarks.bench --out bench-out/soak --soak --no-heldback

# the cost curve (benchmarks/scale.py): 1x, 3x and 10x the register, then the report over 12 runs
bench-scale: $(STAMP)
	nice -n 10 $(BIN)/python -m benchmarks.scale --out bench-out/scale

clean:
	rm -rf $(VENV) demo-out bench-out .pytest_cache .mypy_cache .ruff_cache
