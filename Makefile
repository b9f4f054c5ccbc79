# hvdock: build, regenerate the committed completions/ and man/, install.
#
#   make docs                      rewrite completions/ and man/ from the clap tree (commit them)
#   make install PREFIX=/usr/local  release binary, man pages, bash/zsh/fish completions
#   make install PREFIX=/tmp/p BIN=target/x86_64-unknown-linux-gnu/debug/hvdock   install an already-built binary

PREFIX ?= /usr/local
DESTDIR ?=
CARGO ?= cargo
BIN ?= target/x86_64-unknown-linux-gnu/release/hvdock

ROOT := $(DESTDIR)$(PREFIX)

.PHONY: all build docs install

all: build

build:
	$(CARGO) build --release

docs:
	$(CARGO) run --quiet --bin hvdock -- __generate --out .

# The release binary is built unless BIN names one.
install: $(if $(filter file,$(origin BIN)),build)
	install -d $(ROOT)/bin $(ROOT)/share/man/man1 $(ROOT)/share/bash-completion/completions \
		$(ROOT)/share/zsh/site-functions $(ROOT)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(ROOT)/bin/hvdock
	install -m 644 man/*.1 $(ROOT)/share/man/man1/
	install -m 644 completions/hvdock.bash $(ROOT)/share/bash-completion/completions/hvdock
	install -m 644 completions/_hvdock $(ROOT)/share/zsh/site-functions/_hvdock
	install -m 644 completions/hvdock.fish $(ROOT)/share/fish/vendor_completions.d/hvdock.fish
