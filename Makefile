# Briefdesk — every build and test goes through here so the build tags are never forgotten:
# sqlite_fts5 (mattn/go-sqlite3 has no FTS5 without it) and migrated_fynedo (Fyne 2.6+ threading).
TAGS      := sqlite_fts5 migrated_fynedo
GO        ?= go
GOFLAGS   += -tags=$(subst $() $(),$(comma),$(TAGS))
comma     := ,
BIN       := bin/briefdesk
export LANG := en_US.UTF-8
export GOFLAGS

STATICCHECK_VERSION := v0.8.2

.PHONY: all deps test-deps build run test lint bench eval eval-halves screenshot package clean

all: build

deps:
	@bash scripts/bootstrap.sh build

test-deps:
	@bash scripts/bootstrap.sh test

build: deps
	$(GO) build -o $(BIN) ./cmd/briefdesk

## run: install what is missing, build, open the app on the default archive.
run: build
	./$(BIN)

## test: install what is missing (including Xvfb and poppler-utils), then every test.
test: test-deps
	$(GO) vet ./...
	$(GO) test -count=1 ./...

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## bench: Go benchmarks of every package (medians: pipe through benchstat).
bench: deps
	$(GO) test -run='^$$' -bench=. -benchmem -count=6 ./... | tee bench.txt

## eval: the assistant and the HTML extraction against ../shared/eval (skipped when absent).
eval: deps
	@bash scripts/eval.sh
	@bash scripts/eval_extract.sh

## eval-halves: every dev file scored on its tuning half A and its confirming half B (multi-dev included).
eval-halves: build
	@bash scripts/eval_halves.sh all both

## screenshot: the real app under Xvfb on a demo archive, PNGs of the main screens in out/screens.
screenshot: build test-deps
	@bash scripts/screenshot.sh out/screens

## package: a desktop package that carries FyneApp.toml (name, ID, version, icon).
package: deps
	@bash scripts/package.sh

clean:
	rm -rf bin dist out bench.txt
