# crosscheck: `make serve` builds everything and serves the page;
# `make test` installs what the tests need and runs every test.
GO       ?= go
GOROOT   := $(shell $(GO) env GOROOT)
WASMEXEC := $(GOROOT)/lib/wasm
SHARED   ?= ../shared
ADDR     ?= 127.0.0.1:8080
FUZZTIME ?= 10s

.PHONY: all build wasm serve dist test test-native test-wasm deps eval heldout bench fuzz size size-check lint clean

all: lint test

## build: the CLI and the server into bin/ (the server embeds web/, wasm included)
build: wasm
	$(GO) build -o bin/crosscheck ./cmd/crosscheck
	$(GO) build -o bin/serve ./cmd/serve

# WASMFLAGS turn inlining off in packages off the hot path (fmt, time,
# syscall/js) and in x/net/html, whose parser's big state functions grow
# most from it: 37 KB less gzip download, no measurable change in speed
# (clean.HTML within noise natively); and in core/timex and core/quantity,
# 3.8 and about 10 KB less for about 1% more instructions each in the
# whole pipeline; and in strings, whose small functions are then called,
# not copied, at every use: about 18 KB for 3.7% (2-4% slower under node,
# within its noise); and in core/compare, 6.4 KB for 1.2% more
# instructions; and in unicode, strconv, bytes and encoding/json, 2.6 KB
# for no measurable change (839.5 M instructions an op on the seeds, each
# alone within 0.2% of it); and in sort, 1.5 KB for 0.24% (843.7 M against
# 841.7 M); and in core/claim, 14.5 KB for 2.9% (882.0 M against 857.4 M; under node
# within its noise); and in core/entity, 8.5 KB for 2.4% (910.6 M against
# 889.1 M); and in internal/fmtsort, which only fmt's printing of maps
# calls, 3.2 KB for no change (872.5 M against 872.9 M); and in sync, 1.4
# KB for no change (873.1 M); and in core/clean, 9.3 KB for 6.2%
# (1,064.5 M against 1,002.0 M), and core/jsonw, about 1.6 KB for 1.7%,
# when the twenty-fourth session's rules had put the download 9.2 KB over
# its budget; and in reflect, 1.8 KB served (zopfli) for 2.1% (1,191.8 M
# against 1,167.7 M), when the twenty-fifth session's rules had put it 0.4
# KB over (core/sentence, 0.5 KB less gzip -9, was 2.3 KB more zopfli); and
# in core/sentence after all, 1.1 KB served for 0.15% (987.4 M against
# 986.0 M), when the twenty-seventh session's word lists had put it 0.25
# KB over (zopfli's output moves by some hundreds of bytes with any
# change: math, alone 1.0 KB less, was 0.5 KB more with core/sentence);
# see README "The download".
# And in Go's runtime, 30 KB less gzip (-9), which pays for core/denial and
# times of day, for about 10% less speed under node (see README "The
# download"); the runtime's inlined helpers are many small copies that
# compress worse than the calls that replace them.
# Inlining is on again in unicode/utf8 (off, it saved 1.7 KB for 1.7% more
# instructions) since the HTML tree builder took 37.8 KB off the download.
WASMFLAGS := -gcflags=fmt=-l -gcflags=time=-l -gcflags=syscall/js=-l -gcflags=golang.org/x/net/html=-l \
	-gcflags=github.com/crosscheck/crosscheck/core/timex=-l -gcflags=github.com/crosscheck/crosscheck/core/quantity=-l \
	-gcflags=strings=-l -gcflags=github.com/crosscheck/crosscheck/core/compare=-l \
	-gcflags=unicode=-l -gcflags=strconv=-l -gcflags=bytes=-l -gcflags=encoding/json=-l -gcflags=sort=-l \
	-gcflags=github.com/crosscheck/crosscheck/core/claim=-l -gcflags=github.com/crosscheck/crosscheck/core/entity=-l \
	-gcflags=internal/fmtsort=-l -gcflags=sync=-l -gcflags=github.com/crosscheck/crosscheck/core/clean=-l \
	-gcflags=github.com/crosscheck/crosscheck/core/jsonw=-l -gcflags=reflect=-l \
	-gcflags=github.com/crosscheck/crosscheck/core/sentence=-l -gcflags=runtime=-l

## wasm: core compiled to WebAssembly, with Go's wasm_exec.js beside it;
## the word lists go in without their comments (scripts/leanlex)
wasm:
	$(GO) run ./scripts/leanlex core/lexicon
	GOOS=js GOARCH=wasm $(GO) build -trimpath -tags leanlex -ldflags='-s -w' $(WASMFLAGS) -o web/static/main.wasm ./wasm
	cp $(WASMEXEC)/wasm_exec.js web/static/wasm_exec.js
	@bash scripts/compress.sh web/static/main.wasm bin/main.wasm.sum

## serve: build everything and serve the page on $(ADDR)
serve: build
	./bin/serve -addr $(ADDR)

## dist: one self-contained HTML file that works from file://
dist: wasm
	$(GO) run ./scripts/dist -o dist/crosscheck.html web/static

## deps: install what the tests need and a fresh machine lacks
deps:
	@bash scripts/deps.sh

## test: every test natively (browser tests included), then the core under
## wasm; the download's budget is checked first, so main never goes over it
test: deps wasm size-check test-native test-wasm

test-native:
	$(GO) vet ./...
	$(GO) test ./...

test-wasm:
	PATH="$(WASMEXEC):$$PATH" GOOS=js GOARCH=wasm $(GO) test ./core/...

## eval: the project's figures on ../shared (skipped when it is absent),
## then the held-out sets of eval/heldout
eval:
	@bash scripts/eval.sh $(SHARED)
	@echo "== held-out sets (eval/heldout, scripts/heldout)"
	@$(GO) run ./scripts/heldout eval/heldout

## heldout: the held-out sets, with what each set missed
heldout:
	$(GO) run ./scripts/heldout -v eval/heldout

## bench: speed and memory benchmarks, native and wasm
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./core/...
	@bash scripts/bench-wasm.sh

## fuzz: a short run of every fuzz target ($(FUZZTIME) each)
fuzz:
	@bash scripts/fuzz.sh $(FUZZTIME)

## size-check: only the budget check of `make size`, on the built wasm
size-check:
	$(GO) run ./scripts/size -breakdown=false web/static/main.wasm

## size: the wasm download, raw/gzip/brotli, per package, against the budget
size: wasm
	GOFLAGS="$(WASMFLAGS) -tags=leanlex" $(GO) run ./scripts/size web/static/main.wasm

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

clean:
	rm -rf bin dist web/static/main.wasm web/static/main.wasm.gz web/static/wasm_exec.js testout
