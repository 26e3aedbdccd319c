"""When the next escalation falls due, indexed for the sweep (open, unacknowledged incidents only).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

import storage.types

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

UNACKED_OPEN = sa.text("acked_at IS NULL AND closed_at IS NULL")


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('escalation_due_at', storage.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(
            'ix_incident_escalation_due', ['escalation_due_at'], unique=False,
            sqlite_where=UNACKED_OPEN, postgresql_where=UNACKED_OPEN,
        )
    # Existing unacknowledged incidents: due now; the sweep computes the right step and the next time.
    op.execute("UPDATE incident SET escalation_due_at = reported_at WHERE acked_at IS NULL AND closed_at IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index('ix_incident_escalation_due', sqlite_where=UNACKED_OPEN, postgresql_where=UNACKED_OPEN)
        batch_op.drop_column('escalation_due_at')
