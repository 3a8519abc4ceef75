"""Near-duplicate articles (syndicated copies of one press release) by 64-bit SimHash.

Word 4-shingles of the normalised text are hashed and summed into a SimHash;
two texts within `MAX_DISTANCE` bits are the same story lightly edited. The
signature is split in four 16-bit bands: by pigeonhole, two signatures within
3 bits agree exactly on at least one band, so the lookup is four indexed equalities.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from sqlalchemy import Connection, or_, select
from sqlalchemy.exc import IntegrityError

from service.ingest.tables import article_signatures

MAX_DISTANCE = 3
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff]")


def tokens(text: str) -> list[str]:
    words = _WORD.findall(text.casefold())
    # Chinese has no spaces: each character is a token, so shingles still cover the text.
    out: list[str] = []
    for word in words:
        out.extend(list(word) if _CJK.search(word) else [word])
    return out


def simhash(text: str) -> int:
    words = tokens(text)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    weights = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def bands(signature: int) -> list[int]:
    return [(signature >> (16 * i)) & 0xFFFF for i in range(4)]


def find_near_duplicate(conn: Connection, key: str, signature: int) -> str | None:
    """The earliest other article within MAX_DISTANCE bits, if any."""
    parts = bands(signature)
    rows = conn.execute(
        select(article_signatures.c.article_key, article_signatures.c.simhash)
        .where(
            or_(*(article_signatures.c[f"band{i}"] == parts[i] for i in range(4))),
            article_signatures.c.article_key != key,
        )
        .order_by(article_signatures.c.created_at, article_signatures.c.article_key)
    ).all()
    for other, hex_signature in rows:
        if distance(signature, int(hex_signature, 16)) <= MAX_DISTANCE:
            return str(other)
    return None


def remember_signature(conn: Connection, key: str, signature: int) -> None:
    """Keep the article's signature; a second call for the same article changes nothing."""
    exists = conn.execute(
        select(article_signatures.c.article_key).where(article_signatures.c.article_key == key)
    ).first()
    if exists:
        return
    parts = bands(signature)
    try:
        with conn.begin_nested():
            conn.execute(
                article_signatures.insert().values(
                    article_key=key,
                    simhash=f"{signature:016x}",
                    created_at=datetime.now(UTC),
                    **{f"band{i}": parts[i] for i in range(4)},
                )
            )
    except IntegrityError:
        pass  # another worker stored it first: same article, same signature
