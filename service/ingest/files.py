"""Load articles from local files: gold-format JSON, plain text and HTML, or directories."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from service.extract.models import Article

SUFFIXES = (".json", ".txt", ".html", ".htm")
_DATE_LINE = re.compile(
    r"^\s*(?:Published(?: Time)?:?\s*)?(?P<date>\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}"
    r"|\d{1,2} [A-Z][a-z]+ \d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
_METADATA_LINE = re.compile(r"^\s*(?:Published(?: Time)?|Source)\s*:?\s*$|^\s*Source\s*:", re.I)
_HEAD_LINES = 6
_DROPPED_TAGS = ("script", "style", "nav", "aside", "footer", "header", "noscript", "form")


class ArticleFileError(Exception):
    """A file that cannot be read as an article; says which file and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def load_articles(paths: list[Path], published: dt.date | None) -> Iterator[Article]:
    """Articles from files or directories (sorted); `published` fills in missing dates."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES):
                yield load_article(child, published)
        else:
            yield load_article(path, published)


def load_article(path: Path, published: dt.date | None) -> Article:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ArticleFileError(path, f"unsupported file type {suffix or '(none)'}")
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleFileError(path, f"cannot read: {exc}") from exc
    if suffix == ".json":
        return _from_json(path, raw, published)
    if suffix == ".txt":
        return _from_text(path, raw, published)
    return _from_html(path, raw, published)


def _from_json(path: Path, raw: str, published: dt.date | None) -> Article:
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ArticleFileError(path, f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ArticleFileError(path, "expected an object with a string 'text'")
    day = published
    if data.get("published"):
        try:
            day = dt.date.fromisoformat(str(data["published"])[:10])
        except ValueError as exc:
            raise ArticleFileError(path, f"bad 'published': {data['published']!r}") from exc
    return Article(
        id=str(data.get("id") or path.stem),
        title=str(data.get("title") or ""),
        text=data["text"],
        published=day,
        url=data.get("url"),
        lang=data.get("lang"),
    )


def _from_text(path: Path, raw: str, published: dt.date | None) -> Article:
    if not raw.strip():
        raise ArticleFileError(path, "empty file")
    lines = raw.splitlines()
    day = published or leading_date(lines)
    title = next(
        (
            line.strip()
            for line in lines[: _HEAD_LINES * 2]
            if len(line.split()) >= 4 and not _DATE_LINE.match(line)
        ),
        path.stem,
    )
    return Article(id=path.stem, title=title, text=raw, published=day)


def leading_date(lines: list[str]) -> dt.date | None:
    """A publication date on one of the first lines ("December 15, 2025", "Published Time: …")."""
    for line in lines[:_HEAD_LINES]:
        match = _DATE_LINE.match(line)
        if match:
            return _parse_date(match["date"])
        if line.strip() and not _METADATA_LINE.match(line) and len(line.split()) >= 4:
            continue
    return None


def _parse_date(value: str) -> dt.date | None:
    for form in ("%Y-%m-%d", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    return None


def _from_html(path: Path, raw: str, published: dt.date | None) -> Article:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(raw)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else path.stem
    for tag in _DROPPED_TAGS:
        for node in tree.css(tag):
            node.decompose()
    body = tree.css_first("article") or tree.css_first("main") or tree.body
    if body is None:
        raise ArticleFileError(path, "no HTML body")
    blocks = [n.text(separator=" ", strip=True) for n in body.css("h1, h2, h3, p, li")]
    text = "\n".join(b for b in blocks if b) or body.text(separator="\n", strip=True)
    if not text.strip():
        raise ArticleFileError(path, "no text in HTML body")
    day = published or leading_date(text.splitlines())
    return Article(id=path.stem, title=title, text=text, published=day)
