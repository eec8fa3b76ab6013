"""The exchange ledger: what happened between the user and their contacts, and where.

encounters.py (who gave whom a card, at which event, and the exchange lists), exchanges.py (resolving exchanges,
undoable), networks.py (networks and their figures), events.py (events and their figures), referrals.py,
follow_ups.py, introductions.py, reports.py (the queries behind the reports), rules.py (domain rules as SQL for
aggregated figures), strength.py (relationship strength), timeline.py (a contact's history in one list).
"""
