# Two entry points, both from a fresh clone with only Python 3.11 and make:
#   make run    set up, then regenerate reports/ for seeds/
#   make test   set up, then run the test suite and gate seeds/ the way CI gates a corpus
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench eval browser clean

run: $(VENV)/.installed
	$(BIN)/checker report seeds -o reports

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest
	$(BIN)/checker check seeds

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

eval: $(VENV)/.installed-test
	$(BIN)/python eval/tempeval3.py

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[bench]'
	touch $@

# The browser test drives Debian's Chromium through Playwright (a test tool's own
# browser download is not used).  Installed when missing and we may use apt.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found: the browser test will be skipped"; fi; }

clean:
	rm -rf $(VENV) .checker-cache
