# Two commands do all the set-up on a fresh Debian/Ubuntu machine (see README.md):
#   make run    install what is missing, then open Cardbook
#   make test   install what is missing, then run lint, type checks and the whole test suite
.PHONY: run test setup clean

run:
	@sh packaging/bootstrap.sh
	.venv/bin/cardbook

test:
	@sh packaging/bootstrap.sh
	.venv/bin/ruff check cardbook tests
	.venv/bin/mypy
	QT_QPA_PLATFORM=offscreen .venv/bin/pytest -n 2 -q

setup:
	@sh packaging/bootstrap.sh

clean:
	rm -rf .venv .venv.stamp build *.egg-info
