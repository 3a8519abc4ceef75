from sqlalchemy import Engine, inspect


def test_migrations_create_the_tables_the_metadata_declares(engine: Engine) -> None:
    from service.schema import all_metadata

    tables = set(inspect(engine).get_table_names())
    assert set(all_metadata().tables) <= tables
    assert "alembic_version" in tables
