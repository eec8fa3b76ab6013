"""Alembic environment: always run programmatically by cardbook.storage.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from cardbook.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Run migrations through cardbook.storage.migrate, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through "move and copy" batches
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
