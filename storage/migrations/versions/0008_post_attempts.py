"""Slack posts in flight (exactly-once posts): a row per post whose outcome is not yet known.

Revision ID: 0008
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0008'
down_revision = '0013'
branch_labels = None
depends_on = None

#: Purely additive (one new table): older code runs on this schema and ignores it.
compatible_down_to = '0013'


def upgrade() -> None:
    op.create_table(
        'post_attempt',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('channel', sa.String(length=32), nullable=False),
        sa.Column('started_at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )


def downgrade() -> None:
    op.drop_table('post_attempt')
