"""Remember interactive requests and their answers, so a replayed submission or click changes nothing.

Revision ID: 0006
Revises: 0008
"""
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.types

revision = '0006'
down_revision = '0008'
branch_labels = None
depends_on = None
#: Purely additive (a new table): code at 0005 ignores it.
compatible_down_to = '0008'


def upgrade() -> None:
    op.create_table(
        'request_replay',
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('status', sa.Integer(), nullable=True),
        sa.Column('answer', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('key'),
    )
    op.create_index(op.f('ix_request_replay_created_at'), 'request_replay', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_request_replay_created_at'), table_name='request_replay')
    op.drop_table('request_replay')
