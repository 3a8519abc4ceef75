"""Sentence and clause segmentation that keeps character offsets into the text."""

from __future__ import annotations

import re
from typing import NamedTuple

# Abbreviations whose trailing period does not end a sentence in news copy.
_ABBREVIATION_WORDS = (
    "u.s u.k e.u inc co ltd corp dr mr ms st no vs e.g i.e approx fig al inj "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # Datelines: abbreviated US states (not those that are also words ending a sentence,
    # like "Ind." / "IND." or "Ill.").
    "ala ariz ark calif colo conn d.c fla ga kan ky mass md mich minn mont neb nev n.h n.j "
    "n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis wyo"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# A place or company abbreviation can also end its sentence ("approved in the U.S. The FDA
# ..."): it does when a word that only starts a sentence follows. Titles and "e.g." never do.
_NEVER_FINAL = frozenset(("dr", "mr", "ms", "st", "no", "vs", "e.g", "i.e", "approx", "fig", "al"))
_STARTER = re.compile(
    r"\s+[\"“(]?(?:The|This|That|These|Those|It|Its|Their|They|He|She|We|Our|But|However"
    r"|In|On|At|After|Before|Under|Since|As|A|An)\s"
)
# One character class first, so the regex engine skips ahead to candidate characters fast.
_SENTENCE_END = re.compile(
    r"[.!?。！？\n](?:(?<=[.!?])(?=[\"'”’)]?\s+[\"'“‘(]?[A-Z0-9])|(?<=[。！？])|(?<=\n)\n*)"
)
# A run-in heading's end: a small letter, then a word that opens sentences, capitalised.
# The space first: a literal the search can skip to (a lookbehind first is tried everywhere).
_RUN_IN = re.compile(r" (?<=[a-z] )(?=(?:The|In|At|An|On|This) [A-Za-z0-9])")
_HEADING_REACH = 100
# Words after which a capitalised "The" opens a title ("published in The Lancet", "agreed
# to acquire The Medicines Company"), not a sentence.
_BEFORE_TITLES = frozenset((
    "in", "to", "by", "of", "for", "from", "with", "at", "on", "and", "or", "told", "said",
    "acquire", "acquired", "acquiring", "buy", "bought", "via", "per", "like", "as", "than",
    "that", "into", "called", "named", "joined", "join",
))  # fmt: skip
_CLAUSE_SOFT = re.compile(
    # ", then called X," names the product as it was, no later event.
    r",\s+(?:and|but|while|whereas)\s+|,\s+(?:and\s+)?then\s+(?!called\b|known\b|named\b)"
    r"|,\s+(?=(?:marking|making|giving|bringing|closing|ending|allowing|setting)\s)"
)
# A regulator as the subject after ", and" starts an event of its own, which does not share the
# date of the clause before: "the FDA granted it Breakthrough Therapy designation in February,
# and the European Medicines Agency later took it into PRIME".
_NEW_ACTOR = re.compile(
    r"(?:the\s+)?(?:(?:U\.S\.|US|European|Japanese|Chinese|Korean|British)\s+)?(?:FDA|EMA|NMPA|"
    r"PMDA|MHRA|MFDS|TGA|CDE|MHLW|Food and Drug Administration|Medicines Agency|Commission|"
    r"Health Canada|Ministry|agency)\b"
)
# Charset-first like _SENTENCE_END: ";", "；", a word-initial "as well as", or a Chinese comma
# before "thereafter" ("…获受理，其后被纳入优先审评": the later event has a date of its own),
# and ", after which" ("licensed it in 2016, after which the FDA designated it"). The
# phrase's subject may come before the adverb: "…，中国的研究随后获得了开展许可" (not 之后,
# which ends a time phrase there: "获批之后").
_CLAUSE_HARD = re.compile(
    r"[;；a，](?:(?<=;)\s+|(?<=；)|(?<!\wa)s well as\b|(?<=, a)fter which\b"
    r"|(?<=，)(?=其后|随后|此后|之后|[^，。；]{1,12}?(?:其后|随后|此后)))"
)


class Segment(NamedTuple):
    start: int
    end: int
    # True when the boundary before this clause blocks inheriting facts from the previous one.
    hard: bool = False


def split_sentences(text: str) -> list[Segment]:
    """Split text into sentences; newlines always end a sentence (titles, datelines), and so
    does a paragraph's run-in heading."""
    segments: list[Segment] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and (
            _is_abbreviation(text, match.start()) or _list_number(text, match.start())
        ):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append_trimmed(segments, text, start, end)
        start = match.end()
    _append_trimmed(segments, text, start, len(text))
    return _run_in_headings_split(text, segments)


def _run_in_headings_split(text: str, segments: list[Segment]) -> list[Segment]:
    """ "Provisional nod in Australia The TGA granted …": a heading whose line break was
    lost runs into its paragraph's first sentence, which opens with a word only a sentence
    opens with, capitalised after a small letter. The heading is a sentence of its own, so
    that its words lend the sentence no event and claim none of its dates."""
    split: list[Segment] = []
    for segment in segments:
        cut = None
        if segment.start == 0 or text[segment.start - 1] == "\n":
            limit = min(segment.end, segment.start + _HEADING_REACH)
            cut = _RUN_IN.search(text, segment.start, limit)
        if cut and not _titles_next(text[segment.start : cut.start()].lower().rsplit(None, 1)[-1]):
            split.append(Segment(segment.start, cut.start()))
            split.append(Segment(cut.end(), segment.end, segment.hard))
        else:
            split.append(segment)
    return split


def _titles_next(word: str) -> bool:
    """The word before a capitalised "The"/"In" makes it open a title, not a sentence: a
    preposition or verb (see `_BEFORE_TITLES`) or a possessive ("last week's In Brief")."""
    return word in _BEFORE_TITLES or word.endswith(("'s", "’s"))


# What ends a line of prose (a heading's line ends without one).
_LINE_ENDS = ".!?;:,。！？；：，"


def own_line(text: str, segment: Segment) -> bool:
    """The segment is a line of its own that ends without a sentence's punctuation: a
    heading's shape (what size a heading may be is the caller's to judge)."""
    return (
        (segment.start == 0 or text[segment.start - 1] == "\n")
        and text.startswith("\n", segment.end)
        and text[segment.end - 1] not in _LINE_ENDS
    )


def short_line(line: str, most: int, ends: tuple[str, ...]) -> bool:
    """A line of at most `most` words that does not end in one of `ends` (a sentence's end,
    as its reader counts one): a heading's or a header's shape."""
    return 0 < len(line.split()) <= most and not line.rstrip().endswith(ends)


def line_end(text: str, start: int) -> int:
    """Where the line holding `start` ends (its break, or the text's end)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def split_clauses(text: str, sentence: Segment) -> list[Segment]:
    """Split one sentence into clauses at coordinating boundaries."""
    cuts: list[tuple[int, int, bool]] = []
    body = text[sentence.start : sentence.end]
    for match in _CLAUSE_SOFT.finditer(body):
        cuts.append((match.start(), match.end(), bool(_NEW_ACTOR.match(body, match.end()))))
    for match in _CLAUSE_HARD.finditer(body):
        if not _in_note(body, match.start()):
            cuts.append((match.start(), match.end(), True))
    cuts.sort()
    clauses: list[Segment] = []
    start, hard = 0, False
    for cut_start, cut_end, cut_hard in cuts:
        if cut_start <= start:
            continue
        clauses.append(Segment(sentence.start + start, sentence.start + cut_start, hard))
        start, hard = cut_end, cut_hard
    clauses.append(Segment(sentence.start + start, sentence.end, hard))
    return clauses


def _in_note(body: str, at: int) -> bool:
    """A semicolon inside a bracketed note separates the note's facts about one event
    ("Approved (FDA; accelerated approval, 12 January 2024)"), not two clauses."""
    return body[at] == ";" and body.rfind("(", 0, at) > body.rfind(")", 0, at)


def _list_number(text: str, dot: int) -> bool:
    """The dot closes a numbered line's number ("2. A manufacturing CRL for Acme"): the line
    is one heading or item, whose words the number does not cut from the line's start."""
    line = text.rfind("\n", 0, dot) + 1
    number = text[line:dot]
    return 0 < len(number) <= 4 and (
        (number.isdigit() and len(number) <= 2) or not number.strip("IVX")
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    # No abbreviation is longer than six letters, so seven characters back decide it.
    tail = text[max(0, dot - 7) : dot]
    cut = len(tail)
    while cut > 0 and (tail[cut - 1].isalpha() or tail[cut - 1] == "."):
        cut -= 1
    word = tail[cut:].lower()
    # A lone Latin letter is an initial ("J. Smith"); a lone Chinese or Japanese character
    # ends translated copy's sentence ("designated in 令和5年12月. Overseas, …").
    if not (word in _ABBREVIATIONS or (len(word) == 1 and word.isascii() and word.isalpha())):
        return False
    return word in _NEVER_FINAL or len(word) == 1 or not _STARTER.match(text, dot + 1)


def _append_trimmed(segments: list[Segment], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        segments.append(Segment(start, start + len(stripped)))
