"""per-run summaries and the incremental evidence ledger

Revision ID: 0003
Revises: 0002

Only the tables: the summaries of runs finished before this migration are computed by the
next writing command (crawler.runner.history.refresh), not here. A migration is a frozen
picture of the schema; computing summaries needs the findings document builder and the
review rules, which keep changing, and would make `db upgrade` rebuild every run's document
inside one transaction. Until then a report computes a missing summary in memory.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_summary",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("run.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("mark", sa.String(length=200), nullable=False),
        sa.Column("in_ledger", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "evidence_ledger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gss_code", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("deliverables", sa.JSON(), nullable=False),
        sa.Column("first_seen_run", sa.Integer(), nullable=True),
        sa.Column("first_seen", sa.Text(), nullable=True),
        sa.Column("last_seen_run", sa.Integer(), nullable=True),
        sa.Column("last_seen", sa.Text(), nullable=True),
        sa.Column("runs_seen", sa.Integer(), nullable=False),
    )
    op.create_index("ix_evidence_ledger_gss_code", "evidence_ledger", ["gss_code"])


def downgrade() -> None:
    op.drop_index("ix_evidence_ledger_gss_code", table_name="evidence_ledger")
    op.drop_table("evidence_ledger")
    op.drop_table("run_summary")
