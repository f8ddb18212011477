"""File format 4: the readiness board. Per person: joined, audio, video, slides, a note.

Adds the table ``readiness``: one row per person someone ticked something for.

Revision ID: 0004_readiness
Revises: 0003_followups
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_readiness"
down_revision = "0003_followups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "readiness",
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("joined", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("audio", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("video", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("slides", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("readiness")
