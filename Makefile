# WarrantyDesk developer commands. The README names two of them: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test setup system-run system-test i18n benchmark lint clean package bundle-test icons

run: system-run setup
	$(BIN)/warrantydesk demo --if-empty
	$(BIN)/warrantydesk

# The property tests draw the same examples on every run (HYPOTHESIS_PROFILE=ci) unless told otherwise.
test: system-test setup
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-ci} $(BIN)/python -m pytest $(PYTEST_ARGS)

setup: $(VENV)/.installed i18n

system-run:
	@bash packaging/linux/system-deps.sh run

system-test:
	@bash packaging/linux/system-deps.sh test

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "WarrantyDesk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# PyInstaller only where a bundle is built, not for every `make test`.
$(VENV)/.packaging: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,packaging]'
	@touch $@

i18n: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts catalogues from the source after adding or changing user-visible strings.
lupdate: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find app -name '*.py') -ts $(TS) -no-obsolete

benchmark: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -m benchmark -s -q

# The Linux one-folder bundle dist/warrantydesk/ from packaging/warrantydesk.spec (Windows: the same spec,
# then packaging/windows/warrantydesk.iss). build/ keeps PyInstaller's cache between runs.
package: system-run $(VENV)/.packaging i18n
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/warrantydesk.spec
	@du -sh dist/warrantydesk

# Builds the bundle, then runs it: a demo database, check, the window offscreen, a printed form.
bundle-test: package
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging -m bundle -q $(PYTEST_ARGS)

# Re-renders resources/icons/*.png and .ico from resources/icons/warrantydesk.svg after the drawing changes.
icons: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

lint: setup
	$(BIN)/ruff check app tests

clean:
	rm -rf $(VENV) $(QM) build dist
