"""File format 3: follow-ups. The owner and due date chosen for a question left open.

Adds the table ``followup``: one row per question whose owner or due date someone chose
(the defaults, its addressee and a week after the event, are not stored).

Revision ID: 0003_followups
Revises: 0002_cohosts
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_followups"
down_revision = "0002_cohosts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followup",
        sa.Column("question_id", sa.Integer(), sa.ForeignKey("question.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("owner_id", sa.Integer(), sa.ForeignKey("person.id", ondelete="SET NULL"), nullable=True),
        sa.Column("due", sa.String(10), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("followup")
