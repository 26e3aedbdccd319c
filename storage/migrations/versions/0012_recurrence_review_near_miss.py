"""Recurrence prevention reviewed by the office (every statement version and review kept) and near misses.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None
# Additive, but no ``compatible_down_to``: older code would close incidents past the review gate.


def upgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.add_column(sa.Column('near_miss', sa.Boolean(), nullable=False, server_default=sa.text('false')))
        batch_op.add_column(sa.Column('stopped_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
    op.create_table(
        'recurrence_statement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('submitted_at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('direct_cause', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('root_cause', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('measures_taken', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('planned', sa.JSON(), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('reviewed_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column('reviewed_at', storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('incident_id', 'version'),
        sa.UniqueConstraint('source_key'),
    )
    with op.batch_alter_table('recurrence_statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recurrence_statement_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recurrence_statement_status'), ['status'], unique=False)
    op.create_table(
        'recurrence_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('statement_id', sa.Integer(), nullable=False),
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('at', storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id']),
        sa.ForeignKeyConstraint(['statement_id'], ['recurrence_statement.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('recurrence_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recurrence_review_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recurrence_review_statement_id'), ['statement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recurrence_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recurrence_review_statement_id'))
        batch_op.drop_index(batch_op.f('ix_recurrence_review_incident_id'))
    op.drop_table('recurrence_review')
    with op.batch_alter_table('recurrence_statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recurrence_statement_status'))
        batch_op.drop_index(batch_op.f('ix_recurrence_statement_incident_id'))
    op.drop_table('recurrence_statement')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_column('stopped_by')
        batch_op.drop_column('near_miss')
