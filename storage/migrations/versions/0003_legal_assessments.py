"""Legal assessments of incidents (facts, rule set, outcome digest), kept per revision.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('legal_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('derived', sa.JSON(), nullable=False),
    sa.Column('ruleset_override', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('ruleset_version', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('outcome', sa.JSON(), nullable=False),
    sa.Column('trigger', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'revision')
    )
    with op.batch_alter_table('legal_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_assessment_incident_id'), ['incident_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('legal_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_assessment_incident_id'))

    op.drop_table('legal_assessment')
