"""Near-duplicate articles (syndicated copies of one press release) by MinHash and LSH.

Word 3-shingles of the normalised text are min-hashed under 64 hash functions
(the 64 words of one SHAKE-128 digest per shingle); the share of equal positions
in two signatures estimates the Jaccard similarity of their shingle sets. The
signature is cut into 16 bands
of 4: only articles sharing at least one band are compared (a pair at
Jaccard 0.7 shares a band with probability > 0.99; at 0.3, about 0.12).
"""

from __future__ import annotations

import hashlib
import re
import struct
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from service.ingest.tables import article_bands, article_signatures
from service.ingest.upserts import insert_missing

THRESHOLD = 0.7
SHINGLE = 3
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
_ROW = f"<{PERMUTATIONS}Q"
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff]")


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(text.casefold()):
        # Chinese has no spaces: each character is a token, so shingles still cover the text.
        out.extend(list(word) if _CJK.search(word) else [word])
    return out


def shingles(text: str) -> set[str]:
    words = tokens(text)
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def minhash(text: str) -> list[int]:
    rows = [
        struct.unpack(_ROW, hashlib.shake_128(gram.encode()).digest(8 * PERMUTATIONS))
        for gram in shingles(text)
    ]
    return [min(column) for column in zip(*rows, strict=True)]


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / PERMUTATIONS


def band_keys(signature: list[int]) -> list[str]:
    keys = []
    for band in range(BANDS):
        rows = ",".join(str(v) for v in signature[band * ROWS : (band + 1) * ROWS])
        keys.append(f"{band}:{hashlib.blake2b(rows.encode(), digest_size=12).hexdigest()}")
    return keys


def encode(signature: list[int]) -> str:
    return "".join(f"{v:016x}" for v in signature)


def decode(text: str) -> list[int]:
    return [int(text[i : i + 16], 16) for i in range(0, len(text), 16)]


def find_near_duplicate(conn: Connection, key: str, signature: list[int]) -> str | None:
    """The earliest other article at or above THRESHOLD, if any."""
    candidates = select(article_bands.c.article_key).where(
        article_bands.c.band.in_(band_keys(signature)), article_bands.c.article_key != key
    )
    rows = conn.execute(
        select(article_signatures.c.article_key, article_signatures.c.minhash)
        .where(article_signatures.c.article_key.in_(candidates))
        .order_by(article_signatures.c.created_at, article_signatures.c.article_key)
    ).all()
    for other, encoded in rows:
        if similarity(signature, decode(encoded)) >= THRESHOLD:
            return str(other)
    return None


def remember_signature(conn: Connection, key: str, signature: list[int]) -> None:
    """Keep the article's signature; a second call for the same article changes nothing."""
    row = {"article_key": key, "minhash": encode(signature), "created_at": datetime.now(UTC)}
    insert_missing(conn, article_signatures, [row])
    bands = [{"band": band, "article_key": key} for band in band_keys(signature)]
    insert_missing(conn, article_bands, bands)
