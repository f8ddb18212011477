"""Baseline: the schema of file format 1, as ``SQLModel.metadata.create_all`` makes it.

New files are created from the metadata and stamped with this revision; later revisions
upgrade from here and raise ``SCHEMA_VERSION`` in ``schema.py``.

Revision ID: 0001_baseline
Revises:
"""

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
