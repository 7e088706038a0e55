# AI Educademy: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
# Browser tests commit the demo content to their test database, so they run in a pytest
# session of their own. PYTEST_ARGS passes options through, e.g. PYTEST_ARGS="-k blog".
PYTEST_ARGS ?= -n 2
PYTEST = $(BIN)/pytest $(PYTEST_ARGS)
# Options for scripts/bench.py, e.g. BENCH_ARGS="--requests 100 --seconds 1".
BENCH_ARGS ?=
# Every language but English (the source language) has a UI catalogue in locale/.
UI_LOCALES := fr nl hi te es pt de zh_Hans ja ar

.DEFAULT_GOAL := help
.PHONY: help run setup install db test test-js test-sqlite test-postgres lint check-catalogues messages bench bench-growth clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

run: setup ## Install, migrate, load demo content and serve on http://127.0.0.1:8000
	@HOST=$(HOST) PORT=$(PORT) $(MANAGE) ensure_dev_admin
	$(MANAGE) runserver $(HOST):$(PORT)

setup: install db ## Everything `run` does before serving

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed ## Create the virtual environment and install the pinned packages

db: install ## Migrate (non-interactive), sync translation fields and load missing demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields
	$(MANAGE) load_demo

test: install ## Run every check and the whole test suite (SQLite, then PostgreSQL)
	@bash scripts/install-system-deps.sh
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory test-js
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run --noinput
	DJANGO_SETTINGS_MODULE=educademy.settings.production SECRET_KEY=$$(head -c 48 /dev/urandom | base64) \
	  ALLOWED_HOSTS=example.org DATABASE_URL=sqlite:////tmp/deploy-check.sqlite3 \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING
	@$(MAKE) --no-print-directory test-sqlite
	@$(MAKE) --no-print-directory test-postgres

test-js: ## The browser code of the Lab and the journey map: node's own test runner
	node --test tests/lab/js/*.test.js tests/journey/js/*.test.js

test-sqlite: install ## The test suite on SQLite
	DATABASE_URL= $(PYTEST) tests --ignore=tests/browser
	DATABASE_URL= $(PYTEST) tests/browser

test-postgres: install ## The test suite on PostgreSQL ($$POSTGRES_TEST_URL)
	@bash scripts/ensure-postgres.sh "$(POSTGRES_TEST_URL)"
	DATABASE_URL=$(POSTGRES_TEST_URL) $(PYTEST) tests --ignore=tests/browser
	DATABASE_URL=$(POSTGRES_TEST_URL) $(PYTEST) tests/browser

lint: install ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: install ## Update every catalogue from the code and templates, then compile
	$(MANAGE) makemessages $(foreach code,$(UI_LOCALES),--locale $(code)) --no-obsolete --no-location \
	  --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv

bench: setup ## Per page: server CPU warm/cold vs a bare view, requests/s, latency, queries; behind Varnish
	@bash scripts/install-system-deps.sh --bench
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

bench-growth: setup ## Cold figures before and after adding 1,000 articles to a copy of the database
	$(BIN)/python scripts/bench.py --grow 1000 $(BENCH_ARGS)

clean: ## Remove the virtual environment, the local database and media
	rm -rf $(VENV) db.sqlite3 media staticfiles
