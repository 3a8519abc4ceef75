"""Feed documents and article pages for the loopback site."""

from __future__ import annotations

import json
from html import escape


def rss(items: list[tuple[str, str]], title: str = "Wire") -> bytes:
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<pubDate>Thu, 11 Dec 2025 08:00:00 GMT</pubDate></item>"
        for t, link in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"{entries}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<entry><title>{escape(t)}</title><link href='{escape(link)}'/><id>{escape(link)}</id>"
        f"<updated>2025-12-11T08:00:00Z</updated></entry>"
        for t, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>A</title><id>urn:a</id><updated>2025-12-11T08:00:00Z</updated>{entries}</feed>"
    ).encode()


def html_list(links: list[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<li class="news"><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in links
    )
    return (
        "<html><body><nav><a href='/'>Home</a><a href='/about'>About</a></nav>"
        f"<ul class='list'>{items}</ul>"
        "<footer><a href='/privacy'>Privacy</a></footer></body></html>"
    ).encode()


def json_api(items: list[dict[str, str]]) -> bytes:
    return json.dumps({"data": {"releases": items}}).encode()


def page(title: str, paragraphs: list[str], encoding: str = "utf-8") -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="{encoding}"><title>{escape(title)}</title></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<aside><h3>Related news</h3>"
        "<ul><li><a href='/x'>Another drug approved</a></li></ul></aside>"
        "</body></html>"
    ).encode(encoding)


def story(subject: str) -> list[str]:
    return [
        f"{subject} was the subject of an announcement made today by the company in its home city.",
        f"The company said {subject} had been reviewed over several months by the authorities, "
        "and that the decision covered adults with the disease who had received prior therapy.",
        f"Analysts said {subject} would face competition from older medicines already on sale.",
    ]
