"""Feed documents to items, article pages to their main text, title and date."""

from __future__ import annotations

import email.utils
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import trafilatura
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from service.ingest.catalog import FeedConfig, FeedKind, JsonItems
from service.ingest.decoding import decode_body
from service.ingest.fetching import FetchResult

# Boilerplate that trafilatura's fallback must never mistake for the article.
_NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe"
_BLOCK_END = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|dd|dt)\s*>|<br\s*/?>",
    re.IGNORECASE,
)


# Encoding mix-ups that feedparser recovers from completely.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class ParseError(Exception):
    """A document that cannot be read as what its feed says it is."""


@dataclass(frozen=True)
class FeedItem:
    url: str | None
    title: str
    published: str | None = None
    text: str | None = None
    guid: str | None = None


@dataclass(frozen=True)
class PageContent:
    title: str
    text: str
    published: str | None
    encoding: str


def parse_feed(
    feed: FeedConfig, result: FetchResult, warnings: list[str] | None = None
) -> list[FeedItem]:
    """The feed's items; problems that still left items readable are added to `warnings`."""
    if feed.kind in (FeedKind.RSS, FeedKind.ATOM):
        items = parse_syndication(result.body, result.url, result.content_type, warnings)
    elif feed.kind is FeedKind.HTML_LIST:
        items = parse_html_list(result, feed.item_selector or "a")
    elif feed.kind is FeedKind.JSON:
        items = parse_json_items(result, feed.json_items)
    else:
        raise ParseError(f"feeds of kind {feed.kind.value} are not fetched over HTTP")
    return items[: feed.max_items]


def parse_syndication(
    body: bytes, url: str, content_type: str | None, warnings: list[str] | None = None
) -> list[FeedItem]:
    headers = {"content-type": content_type or "application/xml"}
    if url.startswith(("http://", "https://")):
        # feedparser resolves relative links itself but mangles file:// bases; urljoin does it.
        headers["content-location"] = url
    parsed = feedparser.parse(body, response_headers=headers)
    items = [item for entry in parsed.entries if (item := _entry_item(entry, url)).url or item.text]
    if parsed.bozo:
        reason = " ".join(str(parsed.get("bozo_exception", "unreadable")).split())
        if not items:
            raise ParseError(f"malformed feed XML: {reason}")
        if warnings is not None and not isinstance(parsed.bozo_exception, _BENIGN):
            warnings.append(f"malformed feed XML, read {len(items)} item(s) anyway: {reason}")
    return items


def _entry_item(entry: Any, base: str) -> FeedItem:
    link = entry.get("link")
    return FeedItem(
        url=urljoin(base, link) if link else None,
        title=" ".join(str(entry.get("title", "")).split()),
        published=_entry_date(entry),
        text=_entry_text(entry),
        guid=entry.get("id"),
    )


def _entry_text(entry: Any) -> str | None:
    content = entry.get("content") or []
    html = content[0].get("value") if content else entry.get("summary")
    return html_to_text(str(html)) if html else None


def _entry_date(entry: Any) -> str | None:
    """The publisher's own calendar day: a Beijing release at 07:00 +0800 is that day, not UTC's."""
    for name in ("published", "updated"):
        raw = entry.get(name) if name in entry else None
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(str(raw)).date().isoformat()
        except (TypeError, ValueError):
            pass
        day = _iso_day(raw)
        if day:
            return day
    return _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    return datetime(*value[:6], tzinfo=UTC).date().isoformat()


def parse_html_list(result: FetchResult, selector: str) -> list[FeedItem]:
    html, _ = decode_body(result.body, result.content_type)
    tree = HTMLParser(html)
    items: list[FeedItem] = []
    seen: set[str] = set()
    for node in tree.css(selector):
        link = node if node.tag == "a" else node.css_first("a")
        href = link.attributes.get("href") if link is not None else None
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(result.url, href)
        if url in seen:
            continue
        seen.add(url)
        items.append(FeedItem(url=url, title=" ".join(node.text(separator=" ").split())))
    return items


def parse_json_items(result: FetchResult, paths: JsonItems) -> list[FeedItem]:
    try:
        document = json.loads(decode_body(result.body, result.content_type)[0])
    except json.JSONDecodeError as exc:
        raise ParseError(f"malformed JSON: {exc}") from None
    entries = _dig(document, paths.items)
    if not isinstance(entries, list):
        raise ParseError(f"JSON path {paths.items or '(root)'!r} is not a list")
    items = []
    for entry in entries:
        link = _dig(entry, paths.url)
        text = _dig(entry, paths.text) if paths.text else None
        items.append(
            FeedItem(
                url=urljoin(result.url, str(link)) if link else None,
                title=str(_dig(entry, paths.title) or ""),
                published=_iso_day(_dig(entry, paths.published)),
                text=str(text) if text else None,
            )
        )
    return items


def _dig(document: Any, path: str) -> Any:
    for part in filter(None, path.split(".")):
        if not isinstance(document, dict):
            return None
        document = document.get(part)
    return document


def _iso_day(value: Any) -> str | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def parse_article_page(body: bytes, url: str, content_type: str | None) -> PageContent:
    """Main text without navigation, sidebars or related-news lists."""
    html, encoding = decode_body(body, content_type)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if document is not None:
        data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
        text = str(data.get("text") or "")
        if text.strip():
            return PageContent(
                str(data.get("title") or ""), text, _iso_day(data.get("date")), encoding
            )
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    return PageContent(
        title=title_node.text(strip=True) if title_node else "",
        text=_visible_text(tree),
        published=None,
        encoding=encoding,
    )


def html_to_text(html: str) -> str:
    return _visible_text(HTMLParser(html))


def _visible_text(tree: HTMLParser) -> str:
    """Text with a line per block element; inline tags (<b>, <a>) do not break sentences."""
    for node in tree.css(_NOISE):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    html = _BLOCK_END.sub(lambda m: m.group(0) + "\n", root.html or "")
    text = HTMLParser(html).text(separator="")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
