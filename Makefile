# SaLTo årsrapport — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
AXE_STAMP := tests/browser/node_modules/.package-lock.json
# The edition `make book` builds: data/$(YEAR)/ into _build/$(YEAR)/, by default the newest year
# with a data folder (`make book YEAR=2024` for an earlier one).
YEAR  ?= $(lastword $(sort $(notdir $(wildcard data/[0-9][0-9][0-9][0-9]))))
DATA  ?= data/$(YEAR)

.PHONY: help venv venv-dev system book html test lint format sample-data bench docs clean

help: ## Vis denne hjelpen
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

# The venv is rebuilt only when the pinned requirements change, so a second run installs nothing.
$(STAMP): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

# Tests and linters on top: a second stamp, so `make book` never installs them.
$(DEV_STAMP): requirements-dev.txt $(STAMP)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: $(STAMP) ## Lag .venv/ med pakkene som trengs for å bygge rapporten (requirements.txt)

venv-dev: $(DEV_STAMP) ## Legg til pakkene for tester og kodesjekk (requirements-dev.txt)

system: ## Installer manglende systempakker (chromium) med apt
	@bash scripts/system-packages.sh

book: system venv ## Bygg årsrapporten (HTML og PDF) for YEAR (standard: nyeste år i data/) til _build/<år>/
	$(PY) -m salto_lib build $(DATA)

html: venv ## Bygg bare nettutgaven (uten PDF)
	$(PY) -m salto_lib build $(DATA) --no-pdf

test: venv-dev ## Kjør alle testene (installerer også systempakkene og axe-core som testene trenger)
	@bash scripts/system-packages.sh --test
	@$(MAKE) --no-print-directory $(AXE_STAMP)
	$(PY) -m pytest

# axe-core for the browser tests' accessibility check, at the version the lock file pins. npm
# writes node_modules/.package-lock.json on every install, so it marks an install at least as
# new as the lock file (the package's own files carry npm's fixed 1985 time stamps).
$(AXE_STAMP): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund

lint: venv-dev ## Sjekk koden med ruff (lint og format) og lagdelingen med import-linter
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=$(CURDIR) $(VENV)/bin/lint-imports

format: venv-dev ## Formater koden med ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

sample-data: venv ## Skriv eksempeldataene for 2024 og 2025 på nytt (data/2024/, data/2025/)
	$(PY) data/generate_sample.py

bench: system venv ## Mål byggetider (kald, uendret, tekst, én arbeidsbok, verify, 4× enheter, naiv) og 35 000 tiltak
	$(PY) bench/bench_read.py
	$(PY) bench/bench_build.py

docs: venv ## Skriv de genererte dokumentene i docs/ på nytt (feilmeldinger, arbeidsboka, kommandolinje)
	$(PY) scripts/write_docs.py

clean: ## Slett byggemappen _build/
	rm -rf _build
