"""Telling the people affected, the publication decision, contractor and principal (issue 9).

Four new tables; counts, channels, dates and decisions only — never who the affected people are.
Purely additive (older code never reads the new tables); compatible_down_to is left to the coordinator,
who re-chains the migrations (tests/storage/test_migrations.py expects the head to name itself).

Revision ID: 0010
Revises: 0005
"""
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.types

revision = '0010'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contact_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('sent_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent', sa.Integer(), nullable=False),
    sa.Column('reached', sa.Integer(), nullable=False),
    sa.Column('undeliverable', sa.Integer(), nullable=False),
    sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('recorded_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'seq'),
    sa.UniqueConstraint('source_key')
    )
    with op.batch_alter_table('contact_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_batch_incident_id'), ['incident_id'], unique=False)

    op.create_table('contact_campaign',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id')
    )
    op.create_table('contractor_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('our_role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('counterparty', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('contractor_reported_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('notified_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('notified_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('notice_method', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=True),
    sa.Column('answered_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('updated_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id')
    )
    op.create_table('publication_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('approver_kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('approver', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('published_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('methods', sa.JSON(), nullable=False),
    sa.Column('principal_agreed', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('decided_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'revision'),
    sa.UniqueConstraint('source_key')
    )
    with op.batch_alter_table('publication_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publication_decision_incident_id'), ['incident_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('publication_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publication_decision_incident_id'))

    op.drop_table('publication_decision')
    op.drop_table('contractor_link')
    op.drop_table('contact_campaign')
    with op.batch_alter_table('contact_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_batch_incident_id'))

    op.drop_table('contact_batch')
