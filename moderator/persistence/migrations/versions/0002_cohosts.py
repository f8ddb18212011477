"""File format 2: co-hosts. Who has the event open, who controls the clock, where it is shared.

Adds the tables ``instance`` (heartbeats of the open instances), ``control`` (the one that
controls the clock) and ``publication`` (the PostgreSQL address of a published event).

Revision ID: 0002_cohosts
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

from moderator.persistence.schema import UTCDateTime

revision = "0002_cohosts"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instance",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        sa.Column("role", sa.String(), nullable=False, server_default="moderator"),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "control",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("instance_id", sa.String(64), nullable=True),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        sa.Column("since", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
    )
    op.execute("INSERT INTO control (id, name) VALUES (1, '')")


def downgrade() -> None:
    op.drop_table("publication")
    op.drop_table("control")
    op.drop_table("instance")
