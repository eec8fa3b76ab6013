"""Contacts in and out from the window: export, import of vCard/CSV files, duplicates and merging, the user's card."""
