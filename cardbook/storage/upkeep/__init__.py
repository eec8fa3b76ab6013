"""Keeping a library whole: backups (with or without images), restore, `check` and repair, leftovers of a crash,
and erasing a person from the backups.
"""
