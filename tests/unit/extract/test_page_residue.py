"""A web page's furniture after text extraction: link boxes and tag lines name other
articles' news and keywords, not this article's events (invented pages)."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_BODY = (
    "Nordbay Pharma said the FDA approved tarvoximab on Monday for adults with refractory "
    "chronic urticaria, the first approval for the antibody.\n\n"
)


def test_a_related_box_s_headlines_are_other_articles() -> None:
    text = _BODY + (
        "Related articles\n"
        "FDA rejects Halvern's pormicitinib in alopecia\n"
        "EMA validates Quenby's filing for delsotamab\n\n"
        "Subscribe to our newsletter\n"
    )
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_a_numbered_most_read_box_after_blank_heading_space_is_other_articles() -> None:
    text = _BODY + (
        "Most read this week\n\n"
        "1. Felbrutinib wins EU approval in myasthenia gravis\n"
        "2. Orvexa gets FDA fast track in NASH\n"
    )
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_a_box_named_by_its_site_and_a_sponsored_line_are_other_content() -> None:
    text = _BODY + (
        "More from PharmaDaily\n"
        "» FDA approves zenmorafil, the first oral option\n\n"
        "SPONSORED: Kaltrezumab is now approved in the EU. See full prescribing information.\n"
    )
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_a_read_next_box_is_other_articles() -> None:
    text = _BODY + "Read next\n- Welmora's lirvatide gets complete response letter\n"
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_a_box_on_one_line_is_other_articles() -> None:
    text = _BODY + "Most read today: 1. Pexorafib approved in Japan  2. Layoff tracker\n"
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_a_tag_line_s_keywords_tell_no_event() -> None:
    text = _BODY + "Tags: CRL, urticaria, Nordbay Pharma\n"
    assert keys(run(text, "2025-06-11")) == {("tarvoximab", "approval", "US")}


def test_chinese_related_reading_and_hot_articles_boxes_are_other_articles() -> None:
    text = (
        "6月9日，国家药品监督管理局批准青岚生物的注射用泰沃昔单抗上市。\n\n"
        "标签：慢性荨麻疹　青岚生物\n\n"
        "相关阅读\n"
        "· 明澈医药MC-4410获FDA孤儿药资格认定\n"
        "· 国家药监局批准远峰制药奥替尼片上市\n\n"
        "热门文章排行\n"
        "1　奥替尼片获FDA突破性疗法认定\n"
    )
    found = run(text, "2025-06-11", lang="zh")
    assert {(m.type, m.jurisdiction) for m in found} == {("approval", "CN")}
    assert len(found) == 1


def test_a_roundup_s_own_headline_list_keeps_its_events() -> None:
    text = (
        "This week's regulatory decisions\n\n"
        "- FDA approves Halvern's pormicitinib in alopecia areata on Tuesday\n"
        "- FDA grants fast track designation to Quenby's delsotamab on Wednesday\n"
    )
    found = keys(run(text, "2025-06-13"))
    assert ("pormicitinib", "approval", "US") in found
    assert ("delsotamab", "designation", "US") in found


def test_a_digest_item_opening_with_also_in_keeps_its_event() -> None:
    text = _BODY + "Also in Europe: the EMA validated Quenby's application for delsotamab.\n"
    assert ("delsotamab", "application_acceptance", "EU") in keys(run(text, "2025-06-11"))
