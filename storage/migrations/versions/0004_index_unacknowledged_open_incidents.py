"""A partial index for the sweep: open incidents nobody has acknowledged (escalation candidates).

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index('ix_incident_unacked_open', ['reported_at'], unique=False, sqlite_where=sa.text('acked_at IS NULL AND closed_at IS NULL'), postgresql_where=sa.text('acked_at IS NULL AND closed_at IS NULL'))



def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_unacked_open', sqlite_where=sa.text('acked_at IS NULL AND closed_at IS NULL'), postgresql_where=sa.text('acked_at IS NULL AND closed_at IS NULL'))

