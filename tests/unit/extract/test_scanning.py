"""The literal pre-checks that decide where the costly patterns run."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from service.extract.rules import KeywordIndex, literal_alternation
from service.extract.sentences import split_sentences


@given(st.lists(st.text(alphabet="abc -", min_size=1, max_size=6), min_size=1, max_size=8))
def test_trie_alternation_matches_exactly_the_words(words: list[str]) -> None:
    pattern = re.compile(literal_alternation(words))
    for word in words:
        assert pattern.fullmatch(word)
    for other in ("abcabca", "zz", ""):
        if other not in words:
            assert pattern.fullmatch(other) is None


def test_keyword_index_finds_word_prefixes_phrases_and_chinese() -> None:
    text = (
        "The FDA approved it. Shares rose. A complete response letter followed. "
        "Unapproved uses exist.\n国家药监局已受理该申请。"
    )
    sentences = split_sentences(text)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    groups = (("approv",), ("complete response",), ("受理",), ("rose", "approv"))
    index = KeywordIndex(text.lower(), starts, ends, groups)
    assert [i for i, _, _ in index.spans(("approv",))] == [0]  # not inside "unapproved"
    assert [i for i, _, _ in index.spans(("complete response",))] == [2]
    assert [i for i, _, _ in index.spans(("受理",))] == [4]
    assert [i for i, _, _ in index.spans(("rose", "approv"))] == [0, 1]
    assert len(index.spans(())) == len(sentences)  # no keywords: every sentence
