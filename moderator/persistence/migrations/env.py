"""Alembic environment for event files: batch mode, because SQLite cannot ALTER much."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from moderator.persistence.schema import SQLModel

config = context.config
engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
