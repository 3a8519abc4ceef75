"""The speed-ups of the pattern scans find exactly what the plain scans find."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from service.extract import (
    agencies,
    aliases,
    company_codes,
    date_scan,
    event_dates,
    hedging,
    indications,
    product_classes,
    regulator_bystanders,
    setting_dates,
)
from service.extract.context import lower_same_length
from service.extract.date_patterns import (
    DAY_ROWS,
    HINTS,
    MONTH_ANCHORED,
    MONTH_WORD,
    PATTERNS,
    WIDTHS,
)
from service.extract.date_scan import date_candidates, hint_windows, holds_any
from service.extract.datelines import _DATELINE_TAIL, _stated_dateline
from service.extract.leads import leading_literals, minimal_leads, scan_at_leads, without_prefix
from service.extract.rules import (
    KeywordIndex,
    Rule,
    WordPattern,
    fast_pattern,
    starts_word,
    word_matches,
)
from service.extract.sentences import split_sentences


def test_keyword_index_merges_latin_and_chinese_hits_in_sentence_order() -> None:
    text = "国家药监局已受理该申请。\nThe FDA approved it.\n该药已获受理。"
    sentences = split_sentences(text)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    index = KeywordIndex(text.lower(), starts, ends, (("受理", "approv"),))
    assert [i for i, _, _ in index.spans(("受理", "approv"))] == [0, 1, 2]


_FRAGMENTS = ("approved", "un", "re", "granted", "it", "won", "the", "fda", "approval", " ", ".")
# Rules whose patterns give the regex engine no literal to skip to: many alternatives (with
# leads, and without: a class opens the last), and an optional group first.
_SHAPES = (
    "|".join(
        rf"\b{b}"
        for b in (
            "approved", "granted", "wond", "reapproved", "unapproved", "approval",
            "(?:fda|ema) approval", "won approval", "granted approval", "it won",
        )
    ),
    "|".join(rf"\b{b}" for b in ("approved", "granted", "won", "it won", "re", "un", "the",
                                  "fda", "gets?", "[a-z]pproval")),
    r"(?:(?:fda|the|won)\s+)*(?:approval|approved)\b",
    r"(?:(?:fda|un|re)\s+)*(?:approval|approved)\b",  # leads too short to be worth it
)  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=14), st.integers(0, 8))
def test_rules_without_a_literal_to_skip_to_find_what_a_plain_scan_finds(
    parts: list[str], offset: int
) -> None:
    """Such rules are tried only at their leading literals, or test for a word start inside
    the pattern (for speed); the matches must be those of the plain pattern that start a word."""
    text = "".join(parts)
    start = min(offset, len(text))
    for source in _SHAPES:
        rule = Rule("approval", source)
        plain = word_matches(fast_pattern(source), text, start, len(text))
        assert [m.span() for m in rule.matches(text, start, len(text))] == [m.span() for m in plain]
    led = [Rule("approval", source).leads is not None for source in _SHAPES]
    guarded = Rule("approval", _SHAPES[1]).pattern.pattern != fast_pattern(_SHAPES[1]).pattern
    assert led == [True, False, True, False] and guarded


_DATE_FRAGMENTS = (
    "the same day", "The same day", " in December", " in May", "Slater", "later this month",
    "this week", "Last week", "earlier this year", "recently", "Recent weeks", "同月", "次日",
    "the day before", "A day later", "x", " ", ", ", ". ", "\n", "hours later", "today",
    "Monday", "Wednesdays", "days",
)  # fmt: skip


@given(st.lists(st.sampled_from(_DATE_FRAGMENTS), max_size=12), st.integers(0, 30))
def test_phrase_date_rows_find_in_hint_windows_what_they_find_in_regions(
    parts: list[str], cut: int
) -> None:
    """Phrase rows of the date table run only around their hints (for speed)."""
    text = "".join(parts)
    regions = [(0, min(cut, len(text))), (min(cut + 1, len(text)), len(text))]
    lowered = text.lower()
    table = zip(PATTERNS, HINTS, WIDTHS, strict=True)
    rows = [(row[0], hints, width) for row, hints, width in table if width]
    assert len(rows) == 5
    for pattern, hints, width in rows:
        everywhere = [m.span() for s, e in regions for m in pattern.finditer(text, s, e)]
        windows = hint_windows(lowered, regions, hints, width)
        near = [m.span() for s, e in windows for m in pattern.finditer(text, s, e)]
        assert near == everywhere
        assert all(e - s <= width for s, e in everywhere)


@given(st.text(alphabet="onthe 0123456789dayflswkmq前一次日年", max_size=40))
def test_grouped_hint_tests_agree_with_testing_each_hint(text: str) -> None:
    for hints in set(HINTS):
        assert holds_any(text, hints) == any(h in text for h in hints)


_MONTH_FRAGMENTS = (
    "June 5, 2024", "January and May 2023", "Sept. 3", "in March", "xJanuary", "May 2024",
    "Dec 1-3", "last year", "June", " ", ", ", "the 5th of ", "2025", "\n", "Mayo",
)  # fmt: skip


@given(st.lists(st.sampled_from(_MONTH_FRAGMENTS), max_size=10), st.integers(0, 40))
def test_month_rows_tried_at_month_words_find_what_a_scan_finds(parts: list[str], cut: int) -> None:
    """Rows that start with the month are tried at each month word (for speed)."""
    text = "".join(parts)
    regions = [(0, min(cut, len(text))), (min(cut + 1, len(text)), len(text))]
    fast = date_candidates(text, text.lower(), regions)
    saved = date_scan.MONTH_LEADING
    date_scan.MONTH_LEADING = tuple(False for _ in saved)
    try:
        slow = date_candidates(text, text.lower(), regions)
    finally:
        date_scan.MONTH_LEADING = saved
    assert [(m.span(), r) for m, r in fast] == [(m.span(), r) for m, r in slow]


_INDICATION_FRAGMENTS = (
    "for", "For", "FOR", "in", "In", "İn", "ın", "to treat", "To Treat", "patients", "adults",
    "with", "lymphomas", "anaemia", "Arthritis", "itis", "myeloma2", "neuropathy", "cancer",
    "NSCLC", "xin", "fin", " ", ", ", ".", "-", "the", "treatment of", "ſ", "K", "é",
)  # fmt: skip
_PLAIN_CUE = r"\b(?:for|to treat|in)"
_PLAIN_ENDING = r"[a-z]+(?:omas?|a?emias?|itis|os[ie]s|pathy|plasia|trophy|ism|paresis|philia)"


@given(st.lists(st.sampled_from(_INDICATION_FRAGMENTS), max_size=14))
def test_indication_cues_and_disease_endings_match_as_their_plain_forms(parts: list[str]) -> None:
    """The cue word is found by its first letter and a disease ending is checked behind the
    word (for speed); the readings are those of the plain patterns."""
    text = " ".join(parts)
    plain = indications._INDICATION_EN.pattern.replace(indications._CUE, _PLAIN_CUE)
    plain = plain.replace(indications._BY_ENDING, _PLAIN_ENDING)
    reference = re.compile(plain, re.IGNORECASE)
    assert [m.span() for m in indications._INDICATION_EN.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
    word = re.compile(
        rf"\b{indications._DISEASE.replace(indications._BY_ENDING, _PLAIN_ENDING)}\b", re.I
    )
    assert [m.span() for m in indications._DISEASE_WORD.finditer(text)] == [
        m.span() for m in word.finditer(text)
    ]


def test_leading_literals_of_plain_shapes_and_none_for_others() -> None:
    assert leading_literals(r"gets?\s+approval|j?nda\b") == {"get", "nda", "jnda"}
    assert leading_literals(r"(?:re)?submitted|(?:(?:full|new)\s+)*approval") == {
        "resubmitted", "submitted", "full", "new", "approval",
    }  # fmt: skip
    assert leading_literals(r"(?:j-?)?nda\b") == {"j-nda", "jnda", "nda"}
    assert leading_literals(r"re-?submits?|(?<!had )\b(?:a|its) response") == {
        "resubmit", "re-submit", "a response", "its response",
    }  # fmt: skip
    assert leading_literals(r"(?:a|b){2,3}c") == {"a", "b"}
    assert leading_literals(r"approv(?:ed|al)|[a-z]+ed") is None  # a class opens one
    assert leading_literals(r"(?:new\s+)?") is None  # may match nothing
    assert without_prefix(r"(?:x|y)z|w") and not without_prefix(r"(?:x|y)z")


def _every_row_everywhere(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The date table run the plain way: each row over its month windows or the regions."""
    months = [
        (max(s, m.start() - 16), min(e, m.end() + 40))
        for s, e in regions
        for m in MONTH_WORD.finditer(text, s, e)
    ]
    merged: list[tuple[int, int]] = []
    for low, high in months:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    found = []
    for (pattern, _, need, avoid), hints, anchored in zip(
        PATTERNS, HINTS, MONTH_ANCHORED, strict=True
    ):
        if not anchored and not any(h in text.lower() for h in hints):
            continue
        for s, e in merged if anchored else regions:
            for m in pattern.finditer(text, s, e):
                if starts_word(text, m.start()) and date_scan._fits(text, m.start(), need, avoid):
                    found.append(m.span())
    return found


_ANY_DATE_FRAGMENTS = _DATE_FRAGMENTS + _MONTH_FRAGMENTS + (
    "2024-05-01", "12024-05-01", "in 2023", "Q3 2024", "2020-2021", "early 2024", "3日", "2024年",
)  # fmt: skip


@given(st.lists(st.sampled_from(_ANY_DATE_FRAGMENTS), max_size=12), st.integers(0, 40))
def test_date_candidates_are_those_of_every_row_run_everywhere(parts: list[str], cut: int) -> None:
    text = "".join(parts)
    regions = [(0, min(cut, len(text))), (min(cut + 1, len(text)), len(text))]
    fast = [m.span() for m, _ in date_candidates(text, text.lower(), regions)]
    assert fast == _every_row_everywhere(text, regions)


def test_keyword_index_skips_chinese_keywords_only_in_ascii_text() -> None:
    text = "Its 510(k) was cleared. The agency agreed."
    sentences = split_sentences(text)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    groups = (("510(k)",), ("受理",), ("510(k)", "受理"))
    index = KeywordIndex(text.lower(), starts, ends, groups)
    assert [i for i, _, _ in index.spans(("510(k)",))] == [0]
    assert index.spans(("受理",)) == []
    assert [i for i, _, _ in index.spans(("510(k)", "受理"))] == [0]


_DATELINE_FRAGMENTS = (
    "BOSTON, ", "June 5, 2024", "5 June 2024", "2024-06-05", " -- ", " — ", "Acme said", "\n",
    "Mayo", "30 ", "2024", ", ",
)  # fmt: skip


@given(st.lists(st.sampled_from(_DATELINE_FRAGMENTS), max_size=8))
def test_a_dateline_without_a_month_word_is_read_as_before(parts: list[str]) -> None:
    """A head without a month word is searched for ISO dates only (for speed)."""
    head, published = "".join(parts), dt.date(2024, 6, 20)
    plain = None
    for pattern, resolver, _, _ in (PATTERNS[row] for row in DAY_ROWS):
        match = pattern.search(head)
        if match is None or match.start() > 60:
            continue
        opening = match.start() == 0 and head.startswith(", ", match.end())
        if not opening and not _DATELINE_TAIL.match(head, match.end()):
            continue
        value, precision, _ = resolver(match, published)
        if value is not None and precision == "day":
            day = dt.date.fromisoformat(value)
            if 0 < (published - day).days <= 31:
                plain = day
                break
    assert _stated_dateline(head, published) == plain


# The company-code pattern as it was: one pass stopping at capitals and at every "m".
_ONE_PASS_CODE = re.compile(
    r"[mA-Z](?:(?<=m)RNA-\d{3,5}(?![A-Za-z0-9]|-\w|\.\d)"
    r"|(?<=[A-Z])[A-Z]{1,5}-?[A-Z]?\d{2,6}(?:[A-Z]\d{1,3})?[A-Z]?(?![A-Za-z0-9]|-\w|\.\d)"
    r"|(?<=[A-Z])[A-Z]{2,5} \d{3}(?P<spaced>)(?![A-Za-z0-9.,]\d|[A-Za-z0-9]))"
)
_CODE_FRAGMENTS = (
    "mRNA-1273", "mRNA-12", "mRNA-123456", "ABC-123", "XY-B02C1", "BI 456906", "CLDN18.2",
    "m", "RNA-1010", "x", " ", "-", ".", "2", "ASCO 202", "MRNA-1010", "mRNA-1010X",
)  # fmt: skip


@given(st.lists(st.sampled_from(_CODE_FRAGMENTS), max_size=10))
def test_codes_in_two_passes_are_those_of_one(parts: list[str]) -> None:
    """mRNA codes are found by a pass of their own (for speed); the codes kept (free on the
    left) are those the one-pass pattern gave."""
    text = "".join(parts)
    one_pass = [
        (m.start(), m.group(), m.group("spaced") is not None)
        for m in _ONE_PASS_CODE.finditer(text)
        if company_codes.free_left(text, m.start())
    ]
    codes = company_codes.codes_in(text)
    assert [c for c in codes if company_codes.free_left(text, c[0])] == one_pass


_NEGATION_FRAGMENTS = (
    "don't",
    "isn't",
    "n't",
    "not",
    "Not",
    "cannot",
    "nothing",
    "x",
    " ",
    "'",
    "t",
)


@given(st.lists(st.sampled_from(_NEGATION_FRAGMENTS), max_size=10))
def test_a_rare_alternative_is_tried_only_where_its_literal_occurs(parts: list[str]) -> None:
    text = "".join(parts)
    split = WordPattern(r"\bnot\b|\bcannot\b", rare=("n't", r"\b\w+n't\b"))
    whole = WordPattern(r"\bnot\b|\bcannot\b|\b\w+n't\b")
    found, expected = split.search(text), whole.search(text)
    assert (found and found.span()) == (expected and expected.span())


_REGULATOR_FRAGMENTS = (
    "U.S. Food and Drug Administration", "US", "USA", "United States", "U", "FDA", "CFDA",
    "China", "China's drug regulator", "China Drug Administration", "EU", "Europe", "European",
    "UK", "Health Canada", "Canadian", "Korea", "美国", "国家药监局", "x", " ", "(", "’s",
    "Ministry of Health, Labour and Welfare", "Swiss", "Swissmedic", "CTR20241234",
    '"1+" mechanism', "“1+”机制", "香港特别行政区卫生署", "药剂业及毒药管理局",
)  # fmt: skip


@given(st.lists(st.sampled_from(_REGULATOR_FRAGMENTS), max_size=10))
def test_regulator_rows_tried_at_their_leads_find_what_a_scan_finds(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern, leads in zip(agencies._COMPILED, agencies._LEADS, strict=True):
        assert leads is not None
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in agencies._row_matches(text, pattern, leads)] == expected


def test_leads_read_through_named_groups() -> None:
    assert minimal_leads(r"(?P<y>(?:19|20)\d\d)\b") == ("19", "20")
    assert minimal_leads(r"Q(?P<n>[1-4])|Quarter") == ("Q",)  # "Quarter" is found at "Q"


@given(st.text(alphabet="ab (（)）,", max_size=30))
def test_parentheses_found_at_their_openings_are_those_a_scan_finds(text: str) -> None:
    expected = [m.span() for m in aliases._PARENS.finditer(text)]
    found = scan_at_leads(aliases._PARENS, aliases._PARENS_LEADS, text)
    assert [m.span() for m in found] == expected
    assert leading_literals(r"\(?x\b|a\.?b") == {"x", "(x", "ab", "a.b"}  # escaped literals read


_SCREEN_FRAGMENTS = (
    "previously", "PREVIOUSLY", "previouſly", "formerly", "earlİer", "Earlier", "此前", "曾经",
    "the committee", "THE COMMİTTEE", "CHMP", " also ", "drugs", "Medicines", "vaccines", "two",
    "that have been ", "together with", "alongside", "coordinated by the", "in parallel with ",
    "will", "could not", " be ", " BE ", "accepted", "意味着", "代表着", "获得", "x", " ", "\n",
)  # fmt: skip
# (pattern, literals one of which each match holds, whether they are tested lower-cased)
_SCREENS = (
    (event_dates._EARLIER, event_dates._EARLIER_HINTS, True),
    (setting_dates._COMMITTEE_BEFORE, setting_dates._COMMITTEE_HINTS, True),
    (product_classes._CLASS_BEFORE, product_classes.CLASS_NOUNS, False),
    (regulator_bystanders._PARTNER_BEFORE, regulator_bystanders.PARTNER_WORDS, False),
    (hedging._MODAL_INSIDE, ("be",), True),
    (hedging._MEANS_AFTER, ("着",), False),
)


@given(st.lists(st.sampled_from(_SCREEN_FRAGMENTS), max_size=10))
def test_literal_screens_pass_every_text_their_pattern_matches(parts: list[str]) -> None:
    """A pattern is only run where one of its literals occurs (for speed): each match holds
    one, even in letters that match others ignoring case ("İ", "ſ")."""
    text = "".join(parts)
    for pattern, hints, lowered in _SCREENS:
        window = lower_same_length(text) if lowered else text
        if pattern.search(text):
            assert any(hint in window for hint in hints), (pattern.pattern, text)
