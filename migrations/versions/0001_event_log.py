"""event_log tables (owned by service.store).

Revision ID: 0001
Revises: None
"""

from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
