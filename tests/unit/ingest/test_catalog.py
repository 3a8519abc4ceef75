from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from service.cli import app
from service.ingest.catalog import FeedKind, load_catalog

REPO_FEEDS = Path(__file__).resolve().parents[3] / "feeds"


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_only_name_kind_and_url_are_required(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "name: a\nkind: atom\nurl: https://example.org/feed\n")
    catalog = load_catalog(tmp_path)
    assert catalog.errors == []
    (feed,) = catalog.feeds
    assert feed.kind is FeedKind.ATOM
    assert feed.enabled and feed.poll_interval == 900 and feed.headers == {}
    assert feed.max_requests_per_minute == 30


def test_errors_name_the_file_and_the_field(tmp_path: Path) -> None:
    write(tmp_path, "no-url.yaml", "name: x\nkind: rss\n")
    write(tmp_path, "bad-kind.yaml", "name: y\nkind: podcast\nurl: https://e.org\n")
    write(
        tmp_path, "bad-interval.yaml", "name: z\nkind: rss\nurl: https://e.org\npoll_interval: -5\n"
    )
    write(tmp_path, "typo.yaml", "name: t\nkind: rss\nurl: https://e.org\nenabeld: true\n")
    write(tmp_path, "list.yaml", "name: l\nkind: html-list\nurl: https://e.org\n")
    write(tmp_path, "ftp.yaml", "name: f\nkind: rss\nurl: ftp://e.org/feed\n")
    write(tmp_path, "broken.yaml", "name: [unclosed\n")
    errors = {(e.file.name, e.field): e.message for e in load_catalog(tmp_path).errors}
    assert errors[("no-url.yaml", "url")] == "is required"
    assert "rss" in errors[("bad-kind.yaml", "kind")]
    assert "greater than or equal to 1" in errors[("bad-interval.yaml", "poll_interval")]
    assert errors[("typo.yaml", "enabeld")] == "is not a known field"
    assert errors[("list.yaml", "item_selector")] == "is required for kind html-list"
    assert "http://, https://, file://" in errors[("ftp.yaml", "url")]
    assert "not valid YAML" in errors[("broken.yaml", "(file)")]


def test_a_duplicate_name_is_an_error_and_the_first_wins(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "name: same\nkind: rss\nurl: https://a.org\n")
    write(tmp_path, "b.yaml", "name: same\nkind: rss\nurl: https://b.org\n")
    catalog = load_catalog(tmp_path)
    assert [f.url for f in catalog.feeds] == ["https://a.org"]
    assert catalog.errors[0].file.name == "b.yaml" and catalog.errors[0].field == "name"


def test_file_urls_are_relative_to_the_feeds_directory(tmp_path: Path) -> None:
    write(tmp_path, "local.yaml", "name: local\nkind: rss\nurl: file://samples/rss.xml\n")
    write(tmp_path, "dir.yaml", "name: dir\nkind: directory\nurl: inbox\n")
    urls = {f.name: f.url for f in load_catalog(tmp_path).feeds}
    assert urls["local"] == (tmp_path / "samples" / "rss.xml").as_uri()
    assert urls["dir"] == (tmp_path / "inbox").as_uri()


def test_the_shipped_catalog_is_valid_and_only_the_sample_feed_is_enabled() -> None:
    catalog = load_catalog(REPO_FEEDS)
    assert catalog.errors == []
    assert [f.name for f in catalog.enabled()] == ["samples"]
    assert len(catalog.feeds) >= 8
    sample = catalog.named("samples")
    assert sample is not None and Path(sample.url.removeprefix("file://")).is_file()


def test_feeds_check_command_exits_1_and_names_the_field(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", "name: good\nkind: rss\nurl: https://e.org\n")
    write(
        tmp_path,
        "bad.yaml",
        "name: bad\nkind: rss\nurl: https://e.org\nmax_requests_per_minute: 0\n",
    )
    result = CliRunner().invoke(app, ["feeds", "check", "--feeds", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.yaml'}: max_requests_per_minute:" in result.output
    assert "ok: good" in result.output
    clean = CliRunner().invoke(app, ["feeds", "check", "--feeds", str(REPO_FEEDS)])
    assert clean.exit_code == 0, clean.output
