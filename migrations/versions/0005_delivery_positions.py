"""webhook_deliveries.position indexed, so that pruning old bodies is cheap.

Without it, deleting one `webhook_messages` row scans every delivery twice (the
"still referenced?" check and the foreign key), about 1.6 s per 1,000 bodies beside
20,000 deliveries on SQLite, under the write lock.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_webhook_deliveries_position", "webhook_deliveries", ["position"])


def downgrade() -> None:
    op.drop_index("ix_webhook_deliveries_position", table_name="webhook_deliveries")
