# The two commands a newcomer needs: `make run` and `make test`. Each installs what is missing.
.PHONY: setup build run test bench clean

DATA_DIR ?= $(CURDIR)/data
LISTEN ?= 127.0.0.1:8080

setup:
	@bash scripts/install-deps.sh

build: setup
	@cmake --preset default >/dev/null
	@cmake --build --preset default
	@bash scripts/build-web.sh

run: build
	@mkdir -p $(DATA_DIR)
	./build/medimeet serve --listen $(LISTEN) --data-dir $(DATA_DIR) --demo

test: build
	@ctest --preset default

bench: build
	@bash bench/run.sh

clean:
	rm -rf build build-debug web/dist web/node_modules
