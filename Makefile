# Cuentas Claras. `make demo` loads the sample portfolio; `make test` runs every test.
# Both install the Debian packages they need when missing (as root, or through sudo).

SYSTEM_PACKAGES := libsqlite3-dev libxml2-dev sqlite3
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
BIN := $(CURDIR)/.build/debug
DEMO := $(CURDIR)/demo

.PHONY: all build test demo check clean system-packages

all: build

system-packages:
	@missing=""; for package in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v swift >/dev/null || { echo "swift is not on PATH: install Swift 6.3 (https://www.swift.org/install/linux/)"; exit 1; }

build: system-packages
	swift build

# Builds everything (warnings are errors, see Package.swift), then runs every test target.
test: system-packages
	swift build --build-tests
	swift test --skip-build $(if $(FILTER),--filter $(FILTER),)

# A fresh ledger with the sample portfolio, checked, and three sample statements on screen.
demo: build
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	PATH="$(BIN):$$PATH" CUENTAS_DB=$(DEMO)/cuentas.sqlite sh -c '\
	  cuentas init && bash SampleData/load.sh && cuentas check && \
	  cuentas project list && echo && cuentas show 3X1-2024-003'
	@echo
	@echo "The sample ledger is $(DEMO)/cuentas.sqlite. Try:"
	@echo "  export PATH=\"$(BIN):\$$PATH\" CUENTAS_DB=$(DEMO)/cuentas.sqlite"
	@echo "  cuentas show MUN-HUERTAS --lang es      # a municipality: who still owes, divergent progress"
	@echo "  cuentas show CLUB-CANON-LA              # a club: its fund and what sending money home cost"
	@echo "  cuentas show 3X1-2024-002 --format json # a project, for scripts"

clean:
	rm -rf .build $(DEMO)
