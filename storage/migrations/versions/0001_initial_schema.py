"""Initial schema: incidents, second-report revisions, the append-only timeline, the outbox.

Revision ID: 0001
Revises: 
"""
import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import storage.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('department_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('event_type', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('occurred_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('discovered_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data_categories', sa.JSON(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=True),
    sa.Column('encrypted', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('third_party', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('actions_taken', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reporter_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('reporter_hidden', sa.Boolean(), nullable=False),
    sa.Column('severity', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('deputy_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('phase', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reported_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('acked_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acked_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('closed_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('measures_done', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('measures_planned', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('escalation_step', sa.Integer(), nullable=False),
    sa.Column('channel_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('channel_name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('people_resolved_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('invited_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('topic_set_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('card_ts', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('office_notice_ts', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('receipt_sent_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('mobilized_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('mobilize_attempts', sa.Integer(), nullable=False),
    sa.Column('mobilize_next_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('lease_owner', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('lease_until', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_key'),
    sa.UniqueConstraint('year', 'seq')
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_deputy_id'), ['deputy_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_mobilized_at'), ['mobilized_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_phase'), ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_incident_public_id'), ['public_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_incident_reporter_id'), ['reporter_id'], unique=False)

    op.create_table('incident_sequence',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('lease_owner', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('lease_until', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('result_ts', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dedupe_key')
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_incident_id'), ['incident_id'], unique=False)
        batch_op.create_index('ix_delivery_pending', ['status', 'next_attempt_at'], unique=False)

    op.create_table('second_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('submitted_by', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('submitted_at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('what_happened', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('who', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cause', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('occurred_at', storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data_categories', sa.JSON(), nullable=False),
    sa.Column('data_items', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=True),
    sa.Column('count_basis', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('how_discovered', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('secondary_harm', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('secondary_harm_detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('third_party', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('third_party_detail', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('incident_id', 'revision'),
    sa.UniqueConstraint('source_key')
    )
    with op.batch_alter_table('second_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_second_report_incident_id'), ['incident_id'], unique=False)

    op.create_table('timeline_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=False),
    sa.Column('at', storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('event', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incident.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('timeline_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timeline_entry_incident_id'), ['incident_id'], unique=False)


    _add_append_only_guards()


def downgrade() -> None:
    _drop_append_only_guards()
    with op.batch_alter_table('timeline_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timeline_entry_incident_id'))

    op.drop_table('timeline_entry')
    with op.batch_alter_table('second_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_second_report_incident_id'))

    op.drop_table('second_report')
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index('ix_delivery_pending')
        batch_op.drop_index(batch_op.f('ix_delivery_incident_id'))

    op.drop_table('delivery')
    op.drop_table('incident_sequence')
    with op.batch_alter_table('incident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incident_reporter_id'))
        batch_op.drop_index(batch_op.f('ix_incident_public_id'))
        batch_op.drop_index(batch_op.f('ix_incident_phase'))
        batch_op.drop_index(batch_op.f('ix_incident_owner_id'))
        batch_op.drop_index(batch_op.f('ix_incident_mobilized_at'))
        batch_op.drop_index(batch_op.f('ix_incident_deputy_id'))
        batch_op.drop_index(batch_op.f('ix_incident_department_id'))
        batch_op.drop_index(batch_op.f('ix_incident_channel_id'))

    op.drop_table('incident')


def _add_append_only_guards() -> None:
    """The timeline is never edited or deleted: the database itself refuses it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION timeline_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'timeline_entry is append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER timeline_entry_append_only BEFORE UPDATE OR DELETE ON timeline_entry "
            "FOR EACH ROW EXECUTE FUNCTION timeline_entry_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER timeline_entry_no_{action.lower()} BEFORE {action} ON timeline_entry "
                "BEGIN SELECT RAISE(ABORT, 'timeline_entry is append-only'); END"
            )


def _drop_append_only_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS timeline_entry_append_only ON timeline_entry")
        op.execute("DROP FUNCTION IF EXISTS timeline_entry_append_only()")
    else:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS timeline_entry_no_{action}")
