from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from service.schema import all_metadata, downgrade, migrate


def test_webhook_tables_match_the_migration(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), all_metadata())
    ours = [d for d in diff if "webhook" in repr(d)]
    assert ours == []


def test_webhook_migration_downgrades_and_upgrades_again(engine: Engine) -> None:
    downgrade(engine, "0003")
    migrate(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), all_metadata())
    assert [d for d in diff if "webhook" in repr(d)] == []
