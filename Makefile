# iachr-tools: libiachr and the tools built on it.
#
#   make                 library and tools (bin/)
#   make check           every test (SANITIZE=1: under ASan and UBSan)
#   make bench           benchmarks (measure only; never fail)
#   make fuzz            fuzz targets with libFuzzer (clang)
#   make install         PREFIX, DESTDIR honoured
#   make completions     the shell completions, from the tools' --help

VERSION := $(shell cat VERSION)
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
SCHEMADIR ?= $(DATADIR)/iachr-tools
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR ?= $(DATADIR)/zsh/site-functions

CC ?= cc
CFLAGS ?= -O2 -g
PKGS = jansson libxml-2.0 yaml-0.1
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS := $(shell pkg-config --libs $(PKGS))
# --version names the libyaml built against, as the headers name jansson's
# and libxml2's: a tool that reads no YAML need not load libyaml to say so.
YAML_VERSION := $(shell pkg-config --modversion yaml-0.1)
# libcsv ships no pkg-config file.
LIBS = $(PKG_LIBS) -lcsv -lm

ifeq ($(SANITIZE),1)
BUILD = build/san
OUTBIN = build/san/bin
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
else
BUILD = build/rel
OUTBIN = bin
SANFLAGS =
endif

WARN = -std=c11 -Wall -Wextra -Werror
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -Ilib -I$(BUILD)/gen $(PKG_CFLAGS)
CFLAGS_ALL = $(WARN) $(CPPFLAGS_ALL) $(CFLAGS) $(SANFLAGS)
# Each program loads only the libraries it calls: iachr2json, say, starts
# without libxml2 and libyaml, which it has no use for on text.
LDFLAGS_ALL = $(LDFLAGS) $(SANFLAGS) -Wl,--as-needed

LIB_SRCS = $(sort $(wildcard lib/*.c))
LIB_OBJS = $(LIB_SRCS:lib/%.c=$(BUILD)/lib/%.o) $(BUILD)/gen/embedded.o \
	$(BUILD)/gen/lexicon.o
LIB_HDRS = $(wildcard lib/*.h) $(BUILD)/gen/iachr_version.h \
	$(BUILD)/gen/lexicon.h $(BUILD)/gen/unicode_nfc.h \
	$(BUILD)/gen/unicode_categories.h
# Debian's unicode-data package.
UCD ?= /usr/share/unicode
SCHEMAS = $(sort $(wildcard schemas/*))
LEXICON = $(sort $(wildcard lexicon/*.tsv))
# Lexicon classes the rules read one language at a time.
LEXICON_PER_LANGUAGE = article clause_word decision finite_verb function_word \
	some_members
# Parts of one tool, tools/TOOL_PART.c, linked into bin/TOOL.
TOOL_PARTS = tools/resstat_count.c tools/resstat_svg.c
TOOL_SRCS = $(filter-out tools/cli% $(TOOL_PARTS),$(sort $(wildcard tools/*.c)))
TOOLS = $(TOOL_SRCS:tools/%.c=%)
TOOL_BINS = $(TOOLS:%=$(OUTBIN)/%)
# The tools' common code, an archive: a tool links the readers it uses.
CLI_SRCS = $(sort $(wildcard tools/cli*.c))
CLI_LIB = $(BUILD)/tools/libcli.a
STATIC_LIB = $(BUILD)/libiachr.a
SHARED_LIB = $(BUILD)/libiachr.so.$(VERSION)
SONAME = libiachr.so.$(firstword $(subst ., ,$(VERSION)))

UNIT_SRCS = $(sort $(wildcard tests/unit/*.c))
UNIT_BIN = $(BUILD)/tests/unit-tests
PROG_SRCS = $(sort $(wildcard tests/prog/*.c))
PROG_BINS = $(PROG_SRCS:tests/prog/%.c=$(BUILD)/tests/%)
FUZZ_SRCS = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY = $(FUZZ_SRCS:tests/fuzz/%.c=$(BUILD)/tests/replay_%)
# Preloaded into the tools, so built without the sanitizers.
IOFAULT = $(BUILD)/tests/iofault.so
MANS = $(sort $(wildcard man/*.[1-8]))
# Where the manual pages say the schemas are; install puts SCHEMADIR there.
MAN_SCHEMADIR = /usr/local/share/iachr-tools

all: $(STATIC_LIB) $(SHARED_LIB) $(TOOL_BINS)

$(BUILD)/gen/iachr_version.h: VERSION
	@mkdir -p $(@D)
	printf '#define IACHR_VERSION "%s"\n' "$(VERSION)" > $@

$(BUILD)/gen/unicode_nfc.h: scripts/nfc-tables.sh
	@mkdir -p $(@D)
	sh scripts/nfc-tables.sh $(UCD)/UnicodeData.txt \
		$(UCD)/CompositionExclusions.txt > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/unicode_categories.h: scripts/unicode-categories.sh
	@mkdir -p $(@D)
	sh scripts/unicode-categories.sh $(UCD)/UnicodeData.txt > $@.tmp && \
		mv $@.tmp $@

$(BUILD)/gen/embedded.c: scripts/embed-files.sh $(SCHEMAS)
	@mkdir -p $(@D)
	sh scripts/embed-files.sh $(SCHEMAS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/embedded.o: $(BUILD)/gen/embedded.c lib/iachr.h
	$(CC) $(CFLAGS_ALL) -fPIC -fvisibility=hidden -DIACHR_BUILDING \
		-c -o $@ $<

$(BUILD)/gen/lexicon.h $(BUILD)/gen/lexicon.c: scripts/gen-lexicon.sh Makefile \
	$(LEXICON)
	@mkdir -p $(@D)
	sh scripts/gen-lexicon.sh $(subst .,,$(suffix $@)) \
		"$(LEXICON_PER_LANGUAGE)" $(LEXICON) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/lexicon.o: $(BUILD)/gen/lexicon.c $(BUILD)/gen/lexicon.h
	$(CC) $(CFLAGS_ALL) -fPIC -fvisibility=hidden -DIACHR_BUILDING \
		-c -o $@ $<

$(BUILD)/lib/%.o: lib/%.c $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -fPIC -fvisibility=hidden -DIACHR_BUILDING \
		-c -o $@ $<

$(STATIC_LIB): $(LIB_OBJS)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

$(SHARED_LIB): $(LIB_OBJS)
	$(CC) -shared -Wl,-soname,$(SONAME) $(LDFLAGS_ALL) -o $@ \
		$(LIB_OBJS) $(LIBS)
	ln -sf $(@F) $(BUILD)/$(SONAME)
	ln -sf $(@F) $(BUILD)/libiachr.so

$(BUILD)/tools/%.o: tools/%.c $(wildcard tools/cli*.h) $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/tools/cli.o: CFLAGS_ALL += \
	-DCLI_LIBYAML_VERSION='"$(YAML_VERSION)"'

$(CLI_LIB): $(CLI_SRCS:tools/%.c=$(BUILD)/tools/%.o)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(OUTBIN)/%: $(BUILD)/tools/%.o $(CLI_LIB) $(STATIC_LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS_ALL) -o $@ $(filter %.o,$^) $(CLI_LIB) $(STATIC_LIB) \
		$(LIBS)

$(OUTBIN)/resstat: $(BUILD)/tools/resstat_count.o $(BUILD)/tools/resstat_svg.o
# --jobs reads and extracts files in threads.
$(OUTBIN)/iachr2json: LIBS += -pthread
$(BUILD)/tools/iachr2json.o: CFLAGS_ALL += -pthread
# --jobs counts parts of a file in threads.
$(OUTBIN)/resstat: LIBS += -pthread
$(BUILD)/tools/resstat.o: CFLAGS_ALL += -pthread
$(BUILD)/tools/resstat.o $(BUILD)/tools/resstat_svg.o: tools/resstat_svg.h
$(BUILD)/tools/resstat.o $(BUILD)/tools/resstat_count.o: tools/resstat_count.h

$(UNIT_BIN): $(UNIT_SRCS) $(STATIC_LIB) $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -DIACHR_BUILDING -Ilib -Itools $(LDFLAGS_ALL) \
		-o $@ $(UNIT_SRCS) $(STATIC_LIB) $(LIBS) -lcriterion

$(BUILD)/tests/%: tests/prog/%.c $(STATIC_LIB) $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(LDFLAGS_ALL) -o $@ $< $(STATIC_LIB) $(LIBS)

$(BUILD)/tests/replay_%: tests/fuzz/%.c tests/fuzz/replay.c $(STATIC_LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(LDFLAGS_ALL) -o $@ $< tests/fuzz/replay.c \
		$(STATIC_LIB) $(LIBS)

$(IOFAULT): tests/fault/iofault.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -fPIC -shared -o $@ $< -ldl

# VALGRIND=1 runs the tools under valgrind in the golden and tool tests.
ifeq ($(VALGRIND),1)
WRAPPER = valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --suppressions=$(CURDIR)/tests/valgrind.supp
endif

check: all $(UNIT_BIN) $(PROG_BINS) $(FUZZ_REPLAY) $(IOFAULT)
	IACHR_WRAPPER="$(WRAPPER)" TOP="$(CURDIR)" BIN="$(CURDIR)/$(OUTBIN)" \
	TESTBIN="$(CURDIR)/$(BUILD)/tests" SANITIZE="$(SANITIZE)" \
	SHARED="$(CURDIR)/../shared" sh tests/run-checks.sh

bench: all $(PROG_BINS)
	@for b in bench/*.sh; do \
		TOP="$(CURDIR)" BIN="$(CURDIR)/$(OUTBIN)" \
		TESTBIN="$(CURDIR)/$(BUILD)/tests" \
		SHARED="$(CURDIR)/../shared" sh $$b || \
		echo "bench: $$b did not finish"; \
	done

FUZZ_CC = clang
FUZZ_SAN = -fsanitize=address,undefined
FUZZ_CFLAGS = -std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -DIACHR_BUILDING \
	-Ilib -Ibuild/rel/gen $(PKG_CFLAGS) $(FUZZ_SAN)
# The library is compiled once for every target, instrumented for coverage.
FUZZ_LIB_OBJS = $(LIB_SRCS:lib/%.c=build/fuzz/lib/%.o) \
	build/fuzz/gen/embedded.o build/fuzz/gen/lexicon.o
fuzz: $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/%)

build/fuzz/lib/%.o: lib/%.c $(LIB_HDRS:$(BUILD)/%=build/rel/%)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/gen/%.o: build/rel/gen/%.c build/rel/gen/lexicon.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/%: tests/fuzz/%.c $(FUZZ_LIB_OBJS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< \
		$(FUZZ_LIB_OBJS) $(LIBS)

# Static analysis, a target of its own: cppcheck and clang-tidy.
analyze: $(BUILD)/gen/iachr_version.h $(BUILD)/gen/lexicon.h \
	$(BUILD)/gen/unicode_nfc.h $(BUILD)/gen/unicode_categories.h
	cppcheck --quiet --error-exitcode=1 --std=c11 --enable=warning,portability \
		--inline-suppr -Ilib -I$(BUILD)/gen lib tools
	clang-tidy --quiet $(LIB_SRCS) $(TOOL_SRCS) $(TOOL_PARTS) $(CLI_SRCS) -- \
		$(WARN) $(CPPFLAGS_ALL) -DIACHR_BUILDING

# Runs each fuzz target from its seeds for FUZZ_RUNS inputs; a crash fails.
# The seed is fixed and the corpus starts afresh, so a run is repeatable.
# Each target is a goal of its own, so that make -j runs them side by side.
FUZZ_RUNS ?= 5000
FUZZ_SEED ?= 1
FUZZ_TARGETS = $(FUZZ_SRCS:tests/fuzz/%.c=%)
fuzz-run: $(FUZZ_TARGETS:%=fuzz-run-%)
	@echo "fuzz: $(words $(FUZZ_TARGETS)) passed, 0 failed"

fuzz-run-%: build/fuzz/%
	@area=$*; area=$${area#fuzz_}; rm -rf build/fuzz/corpus-$$area; \
	mkdir -p build/fuzz/corpus-$$area; \
	build/fuzz/$* -runs=$(FUZZ_RUNS) -seed=$(FUZZ_SEED) -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix=build/fuzz/$*- \
		$$(test -f tests/fuzz/$$area.dict && \
		echo -dict=tests/fuzz/$$area.dict) \
		build/fuzz/corpus-$$area tests/fuzz/seeds/$$area \
		2>build/fuzz/$*.log || \
		{ echo "fuzz: $*, $(FUZZ_RUNS) runs: FAILED"; \
		tail -n 40 build/fuzz/$*.log; exit 1; }; \
	echo "fuzz: $*, $(FUZZ_RUNS) runs: $$(tail -n 1 build/fuzz/$*.log)"

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig \
		$(DESTDIR)$(INCLUDEDIR)/iachr $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5
	for t in $(TOOLS); do \
		install -m 755 $(OUTBIN)/$$t $(DESTDIR)$(BINDIR)/$$t; done
	install -m 644 $(STATIC_LIB) $(DESTDIR)$(LIBDIR)/
	install -m 755 $(SHARED_LIB) $(DESTDIR)$(LIBDIR)/
	ln -sf $(notdir $(SHARED_LIB)) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(notdir $(SHARED_LIB)) $(DESTDIR)$(LIBDIR)/libiachr.so
	for h in $(filter-out %_private.h,$(wildcard lib/iachr*.h)); do \
		install -m 644 $$h $(DESTDIR)$(INCLUDEDIR)/iachr/; done
	for m in $(MANS); do \
		s=$${m##*.}; mkdir -p $(DESTDIR)$(MANDIR)/man$$s; \
		sed 's|$(MAN_SCHEMADIR)|$(SCHEMADIR)|g' $$m > \
			$(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; \
		chmod 644 $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	mkdir -p $(DESTDIR)$(SCHEMADIR) $(DESTDIR)$(BASHCOMPDIR) \
		$(DESTDIR)$(ZSHCOMPDIR)
	install -m 644 $(SCHEMAS) $(DESTDIR)$(SCHEMADIR)/
	install -m 644 $(TOOLS:%=completions/bash/%) $(DESTDIR)$(BASHCOMPDIR)/
	install -m 644 $(TOOLS:%=completions/zsh/_%) $(DESTDIR)$(ZSHCOMPDIR)/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
		-e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
		libiachr.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/libiachr.pc

# The shell completions, made from each tool's --help and kept in git;
# make check fails when they are out of date.
completions: $(TOOL_BINS)
	for t in $(TOOLS); do \
		sh scripts/gen-completions.sh bash $(OUTBIN)/$$t > \
			completions/bash/$$t && \
		sh scripts/gen-completions.sh zsh $(OUTBIN)/$$t > \
			completions/zsh/_$$t || exit 1; done

clean:
	rm -rf build bin

.PHONY: all analyze check bench completions fuzz fuzz-run install clean
.SECONDARY:
