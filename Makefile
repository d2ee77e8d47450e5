# The two commands a newcomer needs: `make run` and `make test`. Each installs what is missing.
.PHONY: setup server web build run test bench package fuzz clean

DATA_DIR ?= $(CURDIR)/data
LISTEN ?= 127.0.0.1:8080

setup:
	@bash scripts/install-deps.sh

# The server alone, without the test and benchmark binaries.
server: setup
	@cmake --preset default >/dev/null
	@cmake --build --preset default --target medimeet

web: setup
	@bash scripts/build-web.sh

build: setup
	@cmake --preset default >/dev/null
	@cmake --build --preset default
	@bash scripts/build-web.sh

run: server web
	@mkdir -p $(DATA_DIR)
	./build/medimeet serve --listen $(LISTEN) --data-dir $(DATA_DIR) --demo

test: build
	@ctest --preset default

bench: build
	@bash bench/run.sh

# A Debian package (build/medimeet_<version>_amd64.deb): see README, "Operating MediMeet".
package: build
	@cd build && cpack --config CPackConfig.cmake

# libFuzzer targets built by clang with ASan and UBSan, each run for FUZZ_SECONDS (default 60).
fuzz:
	@bash scripts/install-deps.sh fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz
	@bash tests/fuzz/run.sh

clean:
	rm -rf build build-debug build-fuzz web/dist web/node_modules .tools
