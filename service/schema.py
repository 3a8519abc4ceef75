"""Every component's tables in one MetaData, and the one command that migrates them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData

import service.api.tables
import service.ingest.tables
import service.projections.tables
import service.store.tables
import service.webhooks.tables  # noqa: F401  (imported for their tables)
from service.store.metadata import metadata

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def all_metadata() -> MetaData:
    return metadata


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)


def revisions(engine: Engine) -> tuple[str | None, str | None]:
    """(the database's revision, the code's head): equal when the schema is up to date."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
