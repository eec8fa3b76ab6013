"""docs/MEASURING.md is the index of docs/measuring/: code and documents cite a measurement as "docs/MEASURING.md,
section", and the sections now live in a file per topic. These tests keep the citations resolving: every
section the index names stands, at its level, in the file the index points to; every section of those files
has its row; every quoted citation of docs/MEASURING.md in the code names a section of the index, and every
quoted citation of a docs/measuring file names text that file holds; every relative link in docs/ leads to a
file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
INDEX = DOCS / "MEASURING.md"
# The index marks a subsection (a "### " heading inside the section above it) with this sign.
SUBSECTION = "↳ "
ROW = re.compile(r"^\| (?P<section>.+) \| \[(?P<name>[^]]+)\]\((?P<target>measuring/[^)]+)\) \|$")
# The file's path, then a comma, a colon or an opening bracket, then the section's words in double quotes,
# possibly wrapped onto the next comment or docstring line.
CITATION = re.compile(r"docs/(?P<file>MEASURING\.md|measuring/[\w.-]+\.md)\s*[,:]?\s*\(?\s*\"(?P<text>[^\"]+)\"")
LINK = re.compile(r"\]\((?P<target>[^)#\s]+)(?:#[^)]*)?\)")
CODE_FOLDERS = ("cardbook", "tests", "packaging")


def _rows() -> list[tuple[str, int, Path]]:
    """(heading, level, file) for each row of the index's table."""
    rows = []
    for line in INDEX.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match is None:
            continue
        section = match["section"].replace("\\|", "|")
        level = 3 if section.startswith(SUBSECTION) else 2
        rows.append((section.removeprefix(SUBSECTION), level, DOCS / match["target"]))
    return rows


def _headings(path: Path) -> set[tuple[str, int]]:
    """The file's "## " and "### " headings (text, level), those inside code blocks left out."""
    found: set[tuple[str, int]] = set()
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"^(#{2,3}) (.+)$", line)):
            found.add((match[2], len(match[1])))
    return found


def _flat(text: str) -> str:
    """Lines joined with a space, comment signs at their starts dropped: a citation may wrap."""
    return re.sub(r"\n\s*(?:#\s*)?", " ", text)


def test_every_section_the_index_names_stands_in_its_file() -> None:
    rows = _rows()
    assert len(rows) >= 58  # the sections docs/MEASURING.md held when it was split
    missing = [
        (heading, str(path.relative_to(DOCS)))
        for heading, level, path in rows
        if not path.is_file() or (heading, level) not in _headings(path)
    ]
    assert missing == []


def test_every_section_of_an_indexed_file_has_its_row() -> None:
    rows = _rows()
    named = {(heading, level, path) for heading, level, path in rows}
    unnamed = [
        (heading, str(path.relative_to(DOCS)))
        for path in sorted({path for _, _, path in rows})
        for heading, level in _headings(path)
        if (heading, level, path) not in named
    ]
    assert unnamed == []


def test_quoted_citations_in_the_code_resolve() -> None:
    sections = [heading for heading, _, _ in _rows()]
    unresolved = []
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for match in CITATION.finditer(_flat(path.read_text(encoding="utf-8"))):
                # A trailing parenthesis is the citer's note ("(SCANSPEED)"), not the heading's words.
                text = re.sub(r"\s*\([^)]*\)$", "", match["text"])
                if match["file"] == "MEASURING.md":
                    found = any(text in heading for heading in sections)
                else:
                    target = DOCS / match["file"]
                    found = target.is_file() and text in _flat(target.read_text(encoding="utf-8"))
                if not found:
                    unresolved.append((str(path.relative_to(ROOT)), match["file"], match["text"]))
    assert unresolved == []


def test_relative_links_in_the_documents_lead_to_files() -> None:
    broken = []
    for path in sorted([*DOCS.glob("*.md"), *(DOCS / "measuring").glob("*.md")]):
        for match in LINK.finditer(path.read_text(encoding="utf-8")):
            target = match["target"]
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (path.parent / target).exists():
                broken.append((str(path.relative_to(DOCS)), target))
    assert broken == []
