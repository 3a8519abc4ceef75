"""Loading articles from JSON, text and HTML files and directories."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from service.ingest.files import ArticleFileError, load_articles


def test_json_gold_format(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    data = {"id": "x1", "published": "2025-01-02", "title": "T", "text": "Body.", "lang": "en"}
    path.write_text(json.dumps(data), encoding="utf-8")
    (article,) = load_articles([path], None)
    assert (article.id, article.published, article.lang) == ("x1", dt.date(2025, 1, 2), "en")


def test_txt_with_leading_date_line(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(
        "December 15, 2025\nSource: wire\n\nAcme wins approval for its drug\nBody text.",
        encoding="utf-8",
    )
    (article,) = load_articles([path], None)
    assert article.published == dt.date(2025, 12, 15)
    assert article.title == "Acme wins approval for its drug"
    assert article.text.startswith("December 15, 2025")


def test_txt_published_option_wins(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        "Published Time:\n2025-11-11 17:02\nSome title words here\nBody.", encoding="utf-8"
    )
    assert next(load_articles([path], None)).published == dt.date(2025, 11, 11)
    assert next(load_articles([path], dt.date(2024, 1, 1))).published == dt.date(2024, 1, 1)


def test_html_keeps_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(
        "<html><head><title>FDA approves velotinib</title><style>p{}</style></head><body>"
        "<nav>Home | News</nav><article><p>The FDA approved velotinib today.</p></article>"
        "<footer>Copyright</footer><script>var x=1;</script></body></html>",
        encoding="utf-8",
    )
    (article,) = load_articles([path], dt.date(2025, 6, 1))
    assert article.title == "FDA approves velotinib"
    assert "The FDA approved velotinib today." in article.text
    assert (
        "Home" not in article.text
        and "Copyright" not in article.text
        and "var x" not in article.text
    )


def test_directory_is_sorted_and_filtered(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text("Some title words here\nBody.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in load_articles([tmp_path], None)] == ["a", "b"]


def test_bad_file_raises_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ArticleFileError) as caught:
        list(load_articles([path], None))
    assert caught.value.path == path and "invalid JSON" in caught.value.reason
    with pytest.raises(ArticleFileError):
        list(load_articles([tmp_path / "x.pdf"], None))
