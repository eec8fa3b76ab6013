# Two commands do all the set-up on a fresh Debian/Ubuntu machine (see README.md):
#   make run    install what is missing, then open Cardbook
#   make test   install what is missing, then run lint, type checks and the whole test suite
.PHONY: run test setup clean translations package

run:
	@sh packaging/bootstrap.sh
	.venv/bin/cardbook

test:
	@sh packaging/bootstrap.sh
	.venv/bin/ruff check cardbook tests packaging
	.venv/bin/mypy
	QT_QPA_PLATFORM=offscreen .venv/bin/pytest -n 2 -q

setup:
	@sh packaging/bootstrap.sh

clean:
	rm -rf .venv .venv.stamp build dist *.egg-info

# The installable app for Linux: a PyInstaller one-folder bundle in dist/cardbook/ and dist/cardbook_VERSION_amd64.deb
# (installs under /opt/cardbook, with /usr/bin/cardbook, a menu entry, icons and AppStream metainfo). About 5 minutes.
# PYTHONPATH: the bundle is made of this checkout's code, whatever the virtual environment points at.
package:
	@sh packaging/bootstrap.sh
	PYTHONPATH=$(CURDIR) .venv/bin/python packaging/build_package.py

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
