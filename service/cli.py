"""The `milestones` command: translates arguments and delegates; no logic lives here."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from service.settings import Settings, SettingsError, load_settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
feeds_app = typer.Typer(no_args_is_help=True, help="The feed catalog.")
keys_app = typer.Typer(no_args_is_help=True, help="API keys.")
webhooks_app = typer.Typer(no_args_is_help=True, help="Webhook deliveries.")
app.add_typer(feeds_app, name="feeds")
app.add_typer(keys_app, name="keys")
app.add_typer(webhooks_app, name="webhooks")

PathsArg = Annotated[list[Path], typer.Argument(help="Files or directories.", exists=True)]


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        fail(str(exc))


def engine_or_exit(settings: Settings) -> Engine:
    from service.store.database import make_engine

    engine = make_engine(settings.database_url)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        fail(f"cannot connect to DATABASE_URL {engine.url.render_as_string()}: {reason}")
    return engine


def schema_or_exit(engine: Engine) -> None:
    """Serving an unmigrated database would answer 500s and log a traceback per job run."""
    from service.schema import revisions

    current, head = revisions(engine)
    if current != head:
        fail(
            f"the database {engine.url.render_as_string()} is at schema revision "
            f"{current or 'none'}, this code needs {head}: run `milestones migrate` first"
        )


@app.command()
def migrate() -> None:
    """Create or upgrade every table (Alembic, on SQLite or PostgreSQL)."""
    from service.schema import migrate as run_migrations

    engine = engine_or_exit(settings_or_exit())
    run_migrations(engine)
    typer.echo(f"migrated {engine.url.render_as_string()}")


@app.command()
def verify() -> None:
    """Walk the hash chain; exit 1 and name the first bad position when it is broken."""
    from service.store.verification import verify_chain

    engine = engine_or_exit(settings_or_exit())
    try:
        report = verify_chain(engine)
    except engine.dialect.loaded_dbapi.Error as exc:
        fail(f"cannot read the event log ({exc}); has `milestones migrate` run?")
    typer.echo(report.summary())
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def replay(
    as_of: Annotated[
        datetime | None, typer.Option("--as-of", help="Print the ledger as it stood then.")
    ] = None,
) -> None:
    """Drop and rebuild every read model from position 0 (or print the ledger as of a time)."""
    from service.projections.replaying import print_ledger, replay_all

    engine = engine_or_exit(settings_or_exit())
    if as_of is not None:
        print_ledger(engine, as_of, sys.stdout)
        return
    run = replay_all(engine, show_progress=sys.stderr.isatty())
    typer.echo(
        f"replayed {run.events} events to position {run.position}: "
        f"{run.drugs} drugs, {run.milestones} milestones"
    )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
    role: Annotated[str, typer.Option(help="all | api | worker")] = "all",
    feeds: Annotated[Path | None, typer.Option(help="Feed catalog directory.")] = None,
) -> None:
    """Run the API, pollers, projectors and webhook dispatcher (or a part of them)."""
    from service.runtime import Role
    from service.runtime import serve as run

    if role not in {r.value for r in Role}:
        fail(f"--role must be one of all, api, worker; got {role!r}")
    settings = settings_or_exit()
    if feeds is not None:
        settings = settings.model_copy(update={"feeds_dir": feeds})
    engine = engine_or_exit(settings)
    schema_or_exit(engine)
    run(settings, engine, Role(role), host or settings.api_host, port or settings.api_port)


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="Poll now and exit.")] = False,
    feeds: Annotated[Path | None, typer.Option(help="Feed catalog directory.")] = None,
    feed: Annotated[str | None, typer.Option(help="Only this feed.")] = None,
) -> None:
    """Poll the feeds now and print what was found."""
    from service.ingest.jobs import NotReady, poll_now, report_lines

    if not once:
        fail("use --once here; `milestones serve --role worker` polls on schedule")
    settings = settings_or_exit()
    try:
        reports = poll_now(
            engine_or_exit(settings), settings.blob_dir, feeds or settings.feeds_dir, feed
        )
    except NotReady as exc:
        fail(str(exc))
    for line in report_lines(reports):
        typer.echo(line)
    raise typer.Exit(1 if any(r.feed_error for r in reports) else 0)


@app.command()
def ingest(paths: PathsArg) -> None:
    """Run the ingestion pipeline on local files (gold JSON, .txt, .html) or directories."""
    from service.ingest.directory import ingest_paths
    from service.ingest.jobs import NotReady, make_context, require_migrated

    settings = settings_or_exit()
    engine = engine_or_exit(settings)
    try:
        require_migrated(engine)
    except NotReady as exc:
        fail(str(exc))
    summary = ingest_paths(make_context(engine, settings.blob_dir), paths)
    for name, value in summary.as_dict().items():
        typer.echo(f"{name}: {value}" if name != "errors" else f"errors: {len(value)}")
    for error in summary.errors:
        typer.echo(f"  error: {error}", err=True)
    raise typer.Exit(1 if summary.errors else 0)


@app.command()
def extract(
    paths: PathsArg,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for .txt/.html files.")
    ] = None,
) -> None:
    """Print one JSON line of milestones per article; touches no database."""
    from service.extract.report import article_lines
    from service.ingest.files import ArticleFileError, load_articles

    day = _parse_day(published)
    try:
        for line in article_lines(load_articles(paths, day)):
            sys.stdout.write(line + "\n")
    except ArticleFileError as exc:
        fail(str(exc))


@feeds_app.command("check")
def feeds_check(
    feeds: Annotated[Path | None, typer.Option(help="Feed catalog directory.")] = None,
) -> None:
    """Validate every feed file; name the file and field that is wrong."""
    from service.ingest.catalog import load_catalog

    catalog = load_catalog(feeds or settings_or_exit().feeds_dir)
    for error in catalog.errors:
        typer.echo(f"error: {error}", err=True)
    for item in catalog.feeds:
        state = "enabled" if item.enabled else "disabled"
        typer.echo(f"ok: {item.name} ({item.kind.value}, {state}, every {item.poll_interval}s)")
    typer.echo(f"{len(catalog.feeds)} valid, {len(catalog.errors)} error(s) in {catalog.directory}")
    raise typer.Exit(1 if catalog.errors else 0)


@keys_app.command("create")
def keys_create(
    scope: Annotated[str, typer.Option(help="read | admin")] = "read",
    name: Annotated[str, typer.Option(help="A label for the key.")] = "",
) -> None:
    """Create an API key and print it once."""
    from service.api.keys import SCOPES, create_key

    if scope not in SCOPES:
        fail(f"--scope must be one of {', '.join(SCOPES)}; got {scope!r}")
    typer.echo(create_key(engine_or_exit(settings_or_exit()), scope, name))


@webhooks_app.command("prune")
def webhooks_prune(
    older_than_days: Annotated[
        int | None,
        typer.Option(min=1, help="Age in days (default: WEBHOOK_RETENTION_DAYS)."),
    ] = None,
    messages: Annotated[
        bool,
        typer.Option("--messages/--no-messages", help="Also bodies no delivery refers to."),
    ] = True,
) -> None:
    """Delete finished deliveries, their attempts (and bodies) older than the retention."""
    from service.webhooks.retention import prune_deliveries, retention_window

    settings = settings_or_exit()
    days = older_than_days if older_than_days is not None else settings.webhook_retention_days
    window = retention_window(days)
    if window is None:
        fail("WEBHOOK_RETENTION_DAYS is 0 (keep everything); give --older-than-days N")
    report = prune_deliveries(engine_or_exit(settings), window, messages=messages)
    typer.echo(report.summary())


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--published must be YYYY-MM-DD, got {value!r}")
