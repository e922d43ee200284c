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

DEP_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
DEP_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)

SRC := $(wildcard src/*.c)
OBJ := $(SRC:src/%.c=$(BUILD)/%.o)
LIB_OBJ := $(filter-out $(BUILD)/main.o,$(OBJ))
TEST_SRC := $(wildcard tests/unit/*.c)
TEST_OBJ := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%.o)
TEST_BIN := $(BUILD)/check-ehtrack
PYTHON := $(shell [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)

.PHONY: all deps check check-deps demo bench install uninstall clean valgrind

all: deps $(BIN)

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

$(BUILD):
	@mkdir -p $(BUILD)/tests

check-deps:
	@.ci/deps check

# The unit and end-to-end tests (tests/README.md).
check: check-deps
	@$(MAKE) --no-print-directory $(BIN) $(TEST_BIN)
	@{ command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || \
	    echo "skipped: the print test of the patient texts (tests/cases/comms-print.t) needs Chromium and poppler-utils (apt-get install chromium poppler-utils)"
	@{ command -v libreoffice || command -v soffice; } >/dev/null 2>&1 || \
	    echo "skipped: the workbooks and their charts opened in LibreOffice (tests/cases/report-libreoffice.t) need LibreOffice Calc (apt-get install libreoffice-calc-nogui)"
	EHTRACK_BIN=$(abspath $(BIN)) EHTRACK_ROOT=$(CURDIR) PYTHON=$(PYTHON) $(TEST_BIN)

valgrind: all
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite ./ehtrack plan check plans/

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
