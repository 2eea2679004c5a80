# Rampart — the two commands a newcomer runs are `make demo` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
JOBS ?= $(shell nproc)

.PHONY: deps build release demo test lint format fuzz bench install clean

PREFIX ?= /usr/local

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -j $(JOBS)

release: deps
	$(SWIFT) build -c release -j $(JOBS)

## Build in release mode and scan the bundled examples/ project.
demo: release
	.build/release/rampart scan config examples/ --fail-on never

## Install what the build needs, then run the whole test suite.
test: deps
	$(SWIFT) build --build-tests -j $(JOBS)
	$(SWIFT) test --skip-build 2>&1 | tee .build/test.log | awk '/^(◇|↳)/ { next } /^✔/ && !/Test run with/ { next } { print }' ; exit $${PIPESTATUS[0]}

## Install the binary and its rule data (they must stay side by side).
install: release
	install -d $(PREFIX)/bin
	install -m 0755 .build/release/rampart $(PREFIX)/bin/rampart
	rm -rf $(PREFIX)/bin/Rampart_RampartRules.resources
	cp -R .build/release/Rampart_RampartRules.resources $(PREFIX)/bin/

## Benchmarks (run the peer tools in the same run): make bench
bench:
	Benchmarks/run-cel.sh

lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Sources Tests

format:
	$(SWIFT) format --in-place --recursive --configuration .swift-format Sources Tests

## make fuzz TARGET=<fuzz target> SECONDS=<n>
fuzz: deps
	scripts/fuzz.sh $(TARGET) $(SECONDS)

clean:
	rm -rf .build
