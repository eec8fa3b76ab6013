"""Persistence: SQLAlchemy 2 models over a local SQLite library, migrations, backups, search. No Qt."""
