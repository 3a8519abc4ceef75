"""Drug names written in pinyin: a machine translation of Chinese copy renders a Chinese
generic name syllable by syllable ("Da Er Wu Rafenib" for 达尔武拉非尼), the stem word last."""

from __future__ import annotations

import re

_FINALS = (
    "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang", "iao",
    "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue",
    "ui", "un", "uo",
)  # fmt: skip
_FINAL = "(?:" + "|".join(sorted(_FINALS, key=len, reverse=True)) + ")"
# One Mandarin syllable, capitalised: an initial and a final, or a final alone ("Er").
_SYLLABLE = (
    rf"(?:(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh){_FINAL}"
    rf"|(?:{'|'.join(f.capitalize() for f in _FINALS if len(f) > 1)}))"
)
# Two syllables at least, each its own capitalised word, right before the name's stem word:
# one capitalised word before a drug ("Give Rafenib") is English more often than pinyin.
_RUN = re.compile(rf"(?:(?<![A-Za-z0-9-]){_SYLLABLE}[ \t]+){{2,}}$")
_LOOKBACK = 40


def transliterated_start(source: str, start: int) -> int:
    """Where a capitalised stem word's name starts: at the pinyin syllables written before
    it, else at the word itself."""
    if not source[start : start + 1].isupper():
        return start
    run = _RUN.search(source, max(0, start - _LOOKBACK), start)
    return run.start() if run else start
