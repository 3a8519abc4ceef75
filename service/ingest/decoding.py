"""Bytes to text for web pages: HTTP charset, then meta charset, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
# Pages labelled with a legacy subset are routinely written in its superset.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
}


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page's text and the encoding used; never raises on a bad label."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8"
    for label in (header_charset(content_type), meta_charset(body)):
        decoded = _strict(body, label)
        if decoded is not None:
            return decoded
    utf8 = _strict(body, "utf-8")
    if utf8 is not None:
        return utf8
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return body.decode("utf-8", "replace"), "utf-8"


def _strict(body: bytes, label: str | None) -> tuple[str, str] | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    try:
        return body.decode(name), name
    except (UnicodeDecodeError, LookupError):
        return None
