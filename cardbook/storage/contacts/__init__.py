"""The contact aggregate: a contact and everything that belongs to it alone.

records.py (create, read, update, delete, list), cards.py and card_fields.py (its card images and what the reader
proposed), card_import.py (storing freshly read cards), corrections.py (what review changed), drafts.py (unsaved
edits), images.py (the content-addressed image store), merge.py (duplicates and merging), search_index.py (FTS5),
snapshots.py (undo of a deletion or a merge), interchange.py (vCard/CSV in and out), erasure.py (erasing a person).
"""
