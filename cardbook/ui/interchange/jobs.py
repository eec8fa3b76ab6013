"""The window's words for what `cardbook.app.contact_files` reports: a file nothing came from, a card skipped.

The import and export themselves are the app layer's (the same as `cardbook import|export`); this module only
translates their problems, with QtCore's thread-safe translate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cardbook.app.contact_files import FileIssue, FileProblem, ImportOutcome, ProblemKind


def problem_text(problem: FileProblem) -> str:
    """One line: the file's name and why nothing was imported from it."""
    name = problem.path.name
    if problem.kind is ProblemKind.TOO_LARGE:
        return QCoreApplication.translate("ContactsImport", "%1: too large to be a contacts file").replace("%1", name)
    if problem.kind is ProblemKind.NOT_CONTACTS:
        why = QCoreApplication.translate("ContactsImport", "neither a vCard (.vcf) nor a CSV file")
        return f"{name}: {why}"
    if problem.kind is ProblemKind.NO_CONTACTS:
        why = QCoreApplication.translate("ContactsImport", "no contact in this file (only a header, or no entries)")
        return f"{name}: {why}"
    if problem.kind is ProblemKind.NOT_STORED:
        text = QCoreApplication.translate("ContactsImport", "%1: nothing imported: %2")
        return text.replace("%1", name).replace("%2", problem.detail)
    return f"{name}: {problem.detail}"


def issue_text(issue: FileIssue) -> str:
    return f"{issue.path.name}: {issue.text}"


def notice_lines(outcome: ImportOutcome) -> list[str]:
    """What was imported but worth a word: a stray CSV quote (the rows after it recovered), lines in another
    encoding, values cut at their cap — one line each, as the command line prints them."""
    return [f"{p.path.name}: {p.detail}" for p in outcome.notices]


def not_imported_lines(outcome: ImportOutcome) -> list[str]:
    """The files nothing came from, then the cards skipped, one line each."""
    return [problem_text(p) for p in outcome.failed] + [issue_text(i) for i in outcome.skipped]
