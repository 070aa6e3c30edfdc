# Sango: build, run and test. `make run` starts the game, `make test` runs every test.
# Both install the Debian packages they need when they are missing (as root), or say
# what to install.

GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
export CGO_ENABLED := 0
export PATH := $(dir $(GO)):$(PATH)

BUILD      := build
WEB        := $(BUILD)/web
SHOTS      := $(BUILD)/screenshots
XVFB       := xvfb-run -a -s "-screen 0 1280x1024x24"

# System packages: to run the desktop game headless or on a desktop, and to test in a browser.
RUN_PKGS   := libgl1 libgl1-mesa-dri libx11-6 libasound2
WEB_PKGS   := brotli gzip
TEST_PKGS  := $(RUN_PKGS) $(WEB_PKGS) xvfb xauth chromium

.PHONY: fonts music voice run build test check vet web bench deps-run deps-test clean help sango-serve serve dist

help:
	@echo "make run    build and start the game"
	@echo "make test   run every test (unit, levels, desktop autoplay, browser)"
	@echo "make check  validate levels and translations (levelcheck)"
	@echo "make web    build the browser version into $(WEB)"
	@echo "make bench  measure idle CPU and other performance figures"
	@echo "make serve  build and start the classroom server (sango-serve) on port 8080; ARGS=... passes flags"
	@echo "make sango-serve  build the classroom server, game inside, into $(BUILD)/sango-serve"
	@echo "make music  recompose the title and map music loops (assets/music)"
	@echo "make fonts  re-subset the Arabic and Chinese fonts to the characters the locales use"
	@echo "make voice  speak the narration (under9 lines and interface) into assets/voice, only what changed"
	@echo "make dist   build sango-serve for Linux, Windows and macOS (amd64, arm64) into $(BUILD)/dist"

deps-run:
	@sh scripts/need-packages.sh $(RUN_PKGS)

deps-test:
	@sh scripts/need-packages.sh $(TEST_PKGS)

build:
	$(GO) build -trimpath -o $(BUILD)/sango ./cmd/sango

# On a machine with no display the game still starts, inside a virtual one, and says so.
run: deps-run build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD)/sango; \
	else \
		echo "No display found: starting Sango inside a virtual display (Xvfb). Run 'make run' in a desktop session to see the window."; \
		sh scripts/need-packages.sh xvfb xauth && $(XVFB) $(BUILD)/sango; \
	fi

check:
	$(GO) run ./cmd/levelcheck

# The Arabic and Chinese fonts, cut down to the characters the locale files use. The
# results are committed; run this after changing ar.toml or zh.toml (a test says when).
# pyftsubset is importable only by Debian's own /usr/bin/python3.
fonts:
	@sh scripts/need-packages.sh fonts-noto-core fonts-noto-cjk fonttools python3-brotli
	/usr/bin/python3 scripts/subset-fonts.py locales assets/fonts

# The background music loops, composed by sox and encoded by lame. The results are
# committed; run this after changing assets/music/make-music.sh, then `go test ./assets/`.
music:
	@sh scripts/need-packages.sh sox lame
	sh assets/music/make-music.sh

# The spoken narration, made with espeak-ng and lame into assets/voice/<lang>/. The files
# are committed, so nothing else needs these tools; only what changed is made again, and a
# file replaced by a recorded voice is kept (README, "Narration"). levelcheck says when a
# narrated line has no file.
voice:
	@sh scripts/need-packages.sh espeak-ng lame
	$(GO) run ./cmd/narrate

vet:
	@out=$$(gofmt -l cmd game levels locales assets wasm); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/sango ./game/...

# The web build: the game as WebAssembly, the page and its service worker, stamped with a
# content version and precompressed (brotli and gzip) for the classroom server. Page files
# are copied with `find -exec ... +`, which, unlike `\;`, fails the build if a copy fails.
# The level and language files are decoded here, ahead of time (cmd/predecode), so the
# WebAssembly carries no TOML decoder; levelcheck and the desktop build still read TOML.
# Only what the start screen needs is built in: the levels and their English text are
# levels.bin, fetched when a screen first needs a level.
# The game's own packages (sango/..., not Ebitengine nor the standard library) are built
# without inlining: a call in WebAssembly is cheap, inlined copies are not, and the game
# code runs only when the screen changes. That makes the download about 50 KB (brotli)
# smaller; loading the content costs about 13 % more allocations.
PREDECODED := game/content/web-languages.bin
WEB_GCFLAGS := -gcflags=sango/...=-l
BASE_LANG  := en
web:
	@sh scripts/need-packages.sh $(WEB_PKGS)
	@rm -rf $(WEB) && mkdir -p $(WEB)
	$(GO) run ./cmd/predecode -o $(PREDECODED) -later $(WEB)/levels.bin levels locales/$(BASE_LANG).toml
	GOOS=js GOARCH=wasm $(GO) build -tags sangowebdata -trimpath $(WEB_GCFLAGS) -ldflags="-s -w" -o $(WEB)/sango.wasm ./cmd/sango
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" $(WEB)/
	@# Every other language is one file fetched when it is picked: its strings, decoded
	@# (the web build carries no TOML). Arabic and Chinese fonts are fetched then too
	@# (never precached).
	mkdir -p $(WEB)/locales $(WEB)/fonts
	for f in locales/*.toml; do \
		lang=$$(basename $$f .toml); [ $$lang = $(BASE_LANG) ] && continue; \
		$(GO) run ./cmd/predecode -o $(WEB)/locales/$$lang.bin $$f || exit 1; \
	done
	cp assets/fonts/*.ttf assets/fonts/*.otf assets/fonts/OFL.txt $(WEB)/fonts/
	@# The sound effects and music loops: fetched by the page, not built into the WebAssembly.
	mkdir -p $(WEB)/sounds $(WEB)/music && cp assets/sounds/*.mp3 $(WEB)/sounds/ && cp assets/music/*.mp3 $(WEB)/music/
	@# The narration, one voice pack per language (voice/<lang>.pack), read by the web build.
	$(GO) run ./cmd/narrate -pack $(WEB)/voice
	cd wasm && find . -type f ! -name '*.go' ! -name '*.md' -exec cp --parents -t $(abspath $(WEB)) {} +
	sh scripts/web-finish.sh $(WEB)

# Every test: unit tests, levelcheck over the shipped files, every level autoplayed under
# Xvfb, screenshots of every scene, and the browser test against the web build.
test: deps-test vet check web
	@mkdir -p $(SHOTS)
	SANGO_E2E=1 SANGO_WEB_DIR=$(CURDIR)/$(WEB) SANGO_SHOTS=$(CURDIR)/$(SHOTS) \
		$(XVFB) $(GO) test -count=1 -parallel 4 -timeout 20m ./...

# Idle CPU of the desktop game; then the web build's download and time to first frame in
# headless Chromium, beside a bare Ebitengine program built and measured in the same run;
# then a returning child's first frame in English, Arabic and Chinese on a slow classroom
# network.
bench: deps-test build web
	SANGO_E2E=1 $(XVFB) $(GO) test -run '^$$' -bench . -benchtime 1x ./cmd/sango
	SANGO_E2E=1 SANGO_WEB_DIR=$(CURDIR)/$(WEB) $(GO) test -run '^$$' -bench 'WebFirstFrame|WebReturningChild' -benchtime 1x ./wasm/

clean:
	rm -rf $(BUILD)

# The classroom server, with the web build inside it. go:embed cannot reach build/web, so
# the build is copied next to the command first (only its README there is committed).
SERVE_WEB  := cmd/sango-serve/web
DIST       := $(BUILD)/dist
PLATFORMS  := linux/amd64 linux/arm64 windows/amd64 windows/arm64 darwin/amd64 darwin/arm64

sango-serve: web
	find $(SERVE_WEB) -mindepth 1 ! -path '$(SERVE_WEB)/README.md' -delete
	cp -R $(WEB)/. $(SERVE_WEB)/
	$(GO) build -trimpath -ldflags="-s -w" -o $(BUILD)/sango-serve ./cmd/sango-serve

# Start it: `make serve ARGS="-addr :9090"` passes flags.
serve: sango-serve
	$(BUILD)/sango-serve $(ARGS)

# One binary per teacher's system, named sango-serve-OS-ARCH (.exe on Windows).
dist: sango-serve
	@mkdir -p $(DIST)
	@for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; if [ $$os = windows ]; then ext=.exe; fi; \
		out=$(DIST)/sango-serve-$$os-$$arch$$ext; echo "$$out"; \
		GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags="-s -w" -o $$out ./cmd/sango-serve || exit 1; \
	done
