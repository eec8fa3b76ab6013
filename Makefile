# Two commands do all the set-up on a fresh Debian/Ubuntu machine (see README.md):
#   make run    install what is missing, then open Cardbook
#   make test   install what is missing, then run lint, type checks and the whole test suite
.PHONY: run test setup clean translations

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

# The interface's translations. Sources: every module under cardbook/ui and any other that calls
# QCoreApplication.translate, in a fixed (C-locale) order so the result does not depend on the machine.
# cardbook_fr.ts keeps its existing translations (new texts arrive marked unfinished; obsolete ones are dropped);
# cardbook_en.ts holds only the English singular/plural forms of the %n messages. The .qm files are committed.
TR_SOURCES = $(shell { find cardbook/ui -name '*.py'; grep -rl --include='*.py' 'QCoreApplication.translate' cardbook; } | LC_ALL=C sort -u)
LUPDATE = .venv/bin/pyside6-lupdate -no-obsolete -locations none -source-language en
LRELEASE = .venv/bin/pyside6-lrelease -nounfinished -removeidentical

translations:
	$(LUPDATE) -target-language fr_FR $(TR_SOURCES) -ts resources/translations/cardbook_fr.ts
	$(LUPDATE) -target-language en -pluralonly $(TR_SOURCES) -ts resources/translations/cardbook_en.ts
	$(LRELEASE) resources/translations/cardbook_fr.ts -qm cardbook/ui/translations/cardbook_fr.qm
	$(LRELEASE) resources/translations/cardbook_en.ts -qm cardbook/ui/translations/cardbook_en.qm
