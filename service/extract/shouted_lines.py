"""Lines written all in capitals read in ordinary case: "* SAYS FDA GRANTED DESIGNATION TO
IMTEGRASTAT ON JANUARY 9" as "* Says FDA granted designation to imtegrastat on January 9".

Wire briefs and filings' headings shout. The rules read drug names by their small letters
("imtegrastat"), months and countries by their capitals ("January", "China") and regulators
by their acronyms, so a shouted line hides its names and dates from them. Each word takes the
spelling the article gives it elsewhere; else a regulator's acronym stays in capitals, a
month, a weekday or a country is capitalised, a short word that is no common English word
stays in capitals (an acronym: "PSC", "BLA") and every other word is written small. Letters
change case one for one, so every offset still points into the original text.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from service.extract.agencies import ACRONYMS
from service.extract.models import Article, Milestone

# A shouted line: four words of capitals at least, and no small letter (a heading of a word
# or two, "JAPAN", "OTHER MARKETS", stays a heading).
_SHOUT = re.compile(r"[A-Z]{2,}[ ,'-]+[A-Z]{2,} [A-Z]{2,} [A-Z]{2,}")
_MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z]+")
# Kept in capitals besides the regulators' names: the schemes and filings copy names so.
_KEPT = frozenset(("PRIME", "RMAT", "QIDP", "PDUFA", "SNDA", "SBLA", "JNDA", "CAR"))
_PROPER = frozenset((
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "china", "chinese", "japan", "japanese", "europe", "european", "union", "canada",
    "canadian", "korea", "korean", "australia", "australian", "britain", "british", "united",
    "states", "kingdom", "america", "american", "switzerland", "swiss", "taiwan", "mainland",
))  # fmt: skip
# "MAY" is a month only before its day or year ("MAY 12", "MAY 2025"), else the verb.
_MAY_DATE = re.compile(r"MAY\.? \d")
# Short words English writes small (any other word of three letters or fewer is an acronym).
_SMALL = frozenset((
    "a", "an", "the", "on", "in", "of", "to", "for", "and", "or", "by", "at", "as", "is", "be",
    "was", "has", "had", "its", "it", "not", "per", "via", "yet", "are", "did", "new", "all",
    "two", "one", "but", "may", "due", "end", "set", "get", "got", "won", "up", "out", "off",
    "now", "he", "she", "we", "our", "his", "her", "no", "any", "use", "who", "how", "why",
    "say", "so", "if", "do", "nor", "own", "six", "ten", "key", "low", "top",
))  # fmt: skip


def unshouted(article: Article) -> Article:
    """The article with its shouted lines read in ordinary case (itself when it has none)."""
    lines = (article.title + "\n" + article.text).split("\n")
    shouted = [_is_shouted(line) for line in lines]
    if not any(shouted):
        return article
    spellings = _spellings(line for line, loud in zip(lines, shouted, strict=True) if not loud)
    read = [
        _sentence_case(line, spellings) if loud else line
        for line, loud in zip(lines, shouted, strict=True)
    ]
    return dataclasses.replace(article, title=read[0], text="\n".join(read[1:]))


def spoken(milestone: Milestone, source: Article) -> Milestone:
    """The milestone's quote as the source writes it (its names stay as read: an INN is
    written small, not in the brief's capitals)."""
    evidence = milestone.evidence
    quote = source.text[evidence.start : evidence.end]
    return dataclasses.replace(milestone, evidence=dataclasses.replace(evidence, quote=quote))


def _is_shouted(line: str) -> bool:
    return (
        line.isascii()
        and line.upper() == line  # (no small letter: cheaper than a scan for the shout)
        and len(_WORD.findall(line)) >= _MIN_WORDS
        and _SHOUT.search(line) is not None
    )


def _spellings(lines: Iterable[str]) -> dict[str, str]:
    """Each word's commonest spelling in the article's ordinary lines, by its capitals."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(_WORD.findall(line))
    spellings: dict[str, str] = {}
    for word, _ in counts.most_common():
        spellings.setdefault(word.upper(), word)
    return spellings


def _sentence_case(line: str, spellings: dict[str, str]) -> str:
    parts: list[str] = []
    at, opened = 0, False
    for match in _WORD.finditer(line):
        word = match[0]
        spelled = _spelled(word, line, match.end(), spellings)
        if not opened and spelled.islower():
            spelled = spelled.capitalize()
        opened = True
        parts.append(line[at : match.start()] + spelled)
        at = match.end()
    return "".join(parts) + line[at:]


def _spelled(word: str, line: str, end: int, spellings: dict[str, str]) -> str:
    # A regulator's acronym first: "US" is the country, however often the article says "us".
    if word in ACRONYMS or word in _KEPT:
        return ACRONYMS.get(word, word)
    if word in spellings and len(word) > 1:  # (not the "s" of "China's" for the "S" of "U.S.")
        return spellings[word]
    small = word.lower()
    if small in _PROPER or (word == "MAY" and _MAY_DATE.match(line, end - 3)):
        return word.capitalize()
    if len(word) <= 3 and small not in _SMALL:
        return word
    return small
