"""Drills (訓練): a flag on the incident, their own per-year sequence, numbers unique per kind.

Revision ID: 0013
Revises: 0012

Not purely additive: the unique constraint on (year, seq) becomes (year, seq, drill), so an older
release (which would number and show drills as real incidents) must not run on this schema.
Downgrading deletes nothing but refuses while drills exist (their numbers would collide).
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

#: Names the constraint 0001 created without a name, so SQLite's batch mode can drop it.
_NAMING = {"uq": "%(table_name)s_%(column_0_name)s_%(column_1_name)s_key"}


def upgrade() -> None:
    op.create_table(
        'drill_sequence',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('last', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('year'),
    )
    with op.batch_alter_table('incident', schema=None, naming_convention=_NAMING) as batch_op:
        batch_op.add_column(sa.Column('drill', sa.Boolean(), server_default=sa.text('false'), nullable=False))
        batch_op.drop_constraint('incident_year_seq_key', type_='unique')
        batch_op.create_unique_constraint('uq_incident_year_seq_drill', ['year', 'seq', 'drill'])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT COUNT(*) FROM incident WHERE drill")).scalar():
        raise RuntimeError("drills exist: their numbers would collide with incidents' after downgrading")
    with op.batch_alter_table('incident', schema=None, naming_convention=_NAMING) as batch_op:
        batch_op.drop_constraint('uq_incident_year_seq_drill', type_='unique')
        batch_op.create_unique_constraint('incident_year_seq_key', ['year', 'seq'])
        batch_op.drop_column('drill')
    op.drop_table('drill_sequence')
