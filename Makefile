# ehtrack - see README.md. `make demo` and `make check` install what is
# missing (as root) or print the apt-get line to run.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/ehtrack
MANDIR ?= $(PREFIX)/share/man
VERSION := 0.1.0

CC ?= cc
CFLAGS ?= -O2 -g
PKGS := yaml-0.1 sqlite3 xlsxwriter libpcre2-8 libsodium
WARNINGS := -std=c11 -Wall -Wextra -Werror -Wformat=2 -Wshadow -Wpointer-arith \
            -Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers
DEFINES := -D_GNU_SOURCE -DEHTRACK_VERSION='"$(VERSION)"' -DDATADIR='"$(DATADIR)"'

# SAN=1: AddressSanitizer + UndefinedBehaviorSanitizer build in build/san.
ifeq ($(SAN),1)
BUILD := build/san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
CFLAGS := -O1 -g
BIN := $(BUILD)/ehtrack
else
BUILD := build/release
SANFLAGS :=
BIN := ehtrack
endif

DEP_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -pthread
DEP_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -pthread
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)

SRC := $(wildcard src/*.c)
OBJ := $(SRC:src/%.c=$(BUILD)/%.o)
LIB_OBJ := $(filter-out $(BUILD)/main.o,$(OBJ))
TEST_SRC := $(wildcard tests/unit/*.c)
TEST_OBJ := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%.o)
TEST_BIN := $(BUILD)/check-ehtrack
PYTHON := $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)

# Fuzzing (tests/fuzz, tests/README.md): libFuzzer targets built by clang
# with ASan and UBSan in build/libfuzzer; make check replays the committed
# regression inputs of each target through a plain driver in $(BUILD)/fuzz.
FUZZ_TARGETS := plan csv format metric
FUZZ_SECONDS ?= 60
FUZZ_BUILD := build/libfuzzer
FUZZ_CC ?= clang
FUZZ_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_LIB_OBJ := $(filter-out $(FUZZ_BUILD)/main.o,$(SRC:src/%.c=$(FUZZ_BUILD)/%.o))
FUZZ_DEFINES := -DFUZZ_ROOT='"$(CURDIR)"'
REPLAY_BIN := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay-%)
# A test build whose record keys hash to 3 bits, so collisions happen.
NARROW_BIN := $(BUILD)/ehtrack-narrow-keys

.PHONY: all deps check check-deps demo bench install uninstall clean valgrind fuzz
.SECONDARY:

# The packages go in before anything compiles, also under make -j: the
# build runs in a second make, which also reads pkg-config's flags afresh.
all: deps
	@$(MAKE) --no-print-directory $(BIN)

deps:
	@.ci/deps build

$(BIN): $(OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(OBJ) $(DEP_LIBS)

$(BUILD)/%.o: src/%.c src/*.h | $(BUILD)
	$(CC) $(CFLAGS) $(SANFLAGS) $(WARNINGS) $(DEFINES) $(DEP_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%.o: tests/unit/%.c tests/unit/*.h src/*.h | $(BUILD)
	$(CC) $(CFLAGS) $(SANFLAGS) $(WARNINGS) $(DEFINES) $(DEP_CFLAGS) $(CHECK_CFLAGS) -Isrc -c -o $@ $<

$(TEST_BIN): $(TEST_OBJ) $(LIB_OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(TEST_OBJ) $(LIB_OBJ) $(CHECK_LIBS) $(DEP_LIBS)

$(BUILD)/narrow/record_key.o: src/record_key.c src/*.h
	@mkdir -p $(BUILD)/narrow
	$(CC) $(CFLAGS) $(SANFLAGS) $(WARNINGS) $(DEFINES) -DEHTRACK_RECORD_KEY_BITS=3 $(DEP_CFLAGS) -c -o $@ $<

$(NARROW_BIN): $(filter-out $(BUILD)/record_key.o,$(OBJ)) $(BUILD)/narrow/record_key.o
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(DEP_LIBS)

$(BUILD)/fuzz/%.o: tests/fuzz/%.c tests/fuzz/*.h src/*.h
	@mkdir -p $(BUILD)/fuzz
	$(CC) $(CFLAGS) $(SANFLAGS) $(WARNINGS) $(DEFINES) $(FUZZ_DEFINES) $(DEP_CFLAGS) -Isrc -c -o $@ $<

$(BUILD)/fuzz/replay-%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/fuzz/fuzz_common.o $(BUILD)/fuzz/replay.o $(LIB_OBJ)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(DEP_LIBS)

$(BUILD):
	@mkdir -p $(BUILD)/tests $(BUILD)/fuzz

check-deps:
	@.ci/deps check

# The unit and end-to-end tests (tests/README.md).
check: check-deps
	@$(MAKE) --no-print-directory $(BIN) $(TEST_BIN) $(REPLAY_BIN) $(NARROW_BIN)
	@{ command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || \
	    echo "skipped: the print test of the patient texts (tests/cases/comms-print.t) needs Chromium and poppler-utils (apt-get install chromium poppler-utils)"
	@{ command -v libreoffice || command -v soffice; } >/dev/null 2>&1 || \
	    echo "skipped: the workbooks and their charts opened in LibreOffice (tests/cases/report-libreoffice.t) need LibreOffice Calc (apt-get install libreoffice-calc-nogui)"
	EHTRACK_BIN=$(abspath $(BIN)) EHTRACK_NARROW_BIN=$(abspath $(NARROW_BIN)) EHTRACK_ROOT=$(CURDIR) \
	    PYTHON=$(PYTHON) $(TEST_BIN)
	@for t in $(FUZZ_TARGETS); do \
	    EHTRACK_QUERY_TIMEOUT=0.5 $(BUILD)/fuzz/replay-$$t tests/fuzz/regress/$$t || exit 1; done

# make fuzz FUZZ_SECONDS=N: every libFuzzer target for N seconds (default 60).
fuzz:
	@.ci/deps fuzz
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz-%)
	FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_TARGETS)

$(FUZZ_BUILD)/%.o: src/%.c src/*.h
	@mkdir -p $(FUZZ_BUILD)/t
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(WARNINGS) $(DEFINES) -DCSV_CHUNK=256 -DQUEUE_ROWS=64 -DREAD_BATCH=64 -DIMPORT_SORT_BUDGET=4096 \
	    $(DEP_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/t/%.o: tests/fuzz/%.c tests/fuzz/*.h src/*.h
	@mkdir -p $(FUZZ_BUILD)/t
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(WARNINGS) $(DEFINES) $(FUZZ_DEFINES) $(DEP_CFLAGS) -Isrc -c -o $@ $<

$(FUZZ_BUILD)/fuzz-%: $(FUZZ_BUILD)/t/fuzz_%.o $(FUZZ_BUILD)/t/fuzz_common.o $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $^ $(DEP_LIBS)

# Every end-to-end transcript with the binary run under valgrind: a
# wrapper named ehtrack (first on the transcripts' PATH) runs the real one;
# any memory error or leak makes valgrind exit 99 and print on stderr, so
# the transcript fails (tests/README.md). VALGRIND_CASES=NAME runs one;
# the transcripts run in VALGRIND_JOBS parts side by side.
VALGRIND_DIR := build/valgrind
VALGRIND_JOBS ?= 2
valgrind: check-deps
	@command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 1; }
	@$(MAKE) --no-print-directory $(BIN) $(TEST_BIN) $(NARROW_BIN)
	@mkdir -p $(VALGRIND_DIR)
	@printf '#!/bin/sh\nexec %s -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect %s "$$@"\n' \
	    "$$(command -v valgrind)" "$(abspath $(BIN))" > $(VALGRIND_DIR)/ehtrack && chmod +x $(VALGRIND_DIR)/ehtrack
	@pids=; k=0; while [ $$k -lt $(VALGRIND_JOBS) ]; do \
	    EHTRACK_BIN=$(abspath $(VALGRIND_DIR)/ehtrack) EHTRACK_NARROW_BIN=$(abspath $(NARROW_BIN)) \
	    EHTRACK_ROOT=$(CURDIR) PYTHON=$(PYTHON) EHTRACK_CASES="$(VALGRIND_CASES)" \
	    EHTRACK_CASE_SHARD=$$k/$(VALGRIND_JOBS) CK_RUN_SUITE=transcripts $(TEST_BIN) \
	        > $(VALGRIND_DIR)/shard-$$k.log 2>&1 & pids="$$pids $$!"; k=$$((k + 1)); done; \
	status=0; for p in $$pids; do wait $$p || status=1; done; \
	k=0; while [ $$k -lt $(VALGRIND_JOBS) ]; do echo "-- transcripts under valgrind, part $$((k + 1)) of $(VALGRIND_JOBS)"; \
	    cat $(VALGRIND_DIR)/shard-$$k.log; k=$$((k + 1)); done; exit $$status

demo: deps
	@$(MAKE) --no-print-directory $(BIN)
	@tests/demo.sh

bench:
	@.ci/deps bench
	@$(MAKE) --no-print-directory $(BIN)
	@tests/bench/run.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 ehtrack $(DESTDIR)$(BINDIR)/ehtrack
	cp -R templates metrics $(DESTDIR)$(DATADIR)/
	install -m 644 docs/ehtrack.1 $(DESTDIR)$(MANDIR)/man1/ehtrack.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ehtrack $(DESTDIR)$(MANDIR)/man1/ehtrack.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build ehtrack demo
