"""Keep the whole legal assessment with each revision, so a re-render shows what was announced.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Older revisions stay NULL: they are re-rendered from their stored facts, as before.
    with op.batch_alter_table('legal_assessment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('result', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('legal_assessment', schema=None) as batch_op:
        batch_op.drop_column('result')
