"""Alembic environment: runs on the engine handed in by `service.schema`, or DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from service.schema import all_metadata
from service.settings import get_settings
from service.store.database import make_engine

config = context.config
target_metadata = all_metadata()


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(get_settings().database_url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if connection.in_transaction():
            connection.commit()


run_migrations_online()
