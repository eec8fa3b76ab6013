"""Contacts in and out of Cardbook: vCard, CSV and the user's own card as a QR code.

Plain Python over domain dataclasses: no Qt, no SQL. Storage glue lives in `cardbook.storage.contacts.interchange`.
"""
