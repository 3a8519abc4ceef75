"""Japanese and Korean regulatory wordings: Korea's expedited review, Japan's licence in
Chinese copy, statuses retold by their verb, and steps only weighed (invented sentences)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _events(text: str, published: str = "2025-06-16") -> set[tuple[str, str, object]]:
    return {(m.type, m.jurisdiction, m.date) for m in run(text, published)}


# Korea's 신속심사 shortens the review of a filed application: a priority review.


def test_a_fast_track_review_a_product_is_made_a_target_of_is_a_priority_review() -> None:
    found = _events(
        "Sobaek Pharm said on the 10th that its lung cancer drug 'SB-417' was designated on "
        "the 9th as a target of the fast-track review by the Ministry of Food and Drug Safety."
    )
    assert found == {("priority_review", "KR", "2025-06-09")}


def test_a_target_for_a_fast_track_review_is_a_priority_review() -> None:
    found = _events(
        "Haneul Bio said its gastric cancer drug HB-22 was designated on the 3rd as a target "
        "for the fast-track review by the Ministry of Food and Drug Safety."
    )
    assert found == {("priority_review", "KR", "2025-06-03")}


def test_a_fast_track_review_target_in_the_korean_word_order_is_a_priority_review() -> None:
    found = _events(
        "Haneul Bio's HB-22 was designated a fast-track examination target by the MFDS on the 3rd."
    )
    assert found == {("priority_review", "KR", "2025-06-03")}


def test_a_fast_track_review_target_date_is_no_korean_scheme() -> None:
    found = run(
        "The FDA granted Fast Track designation to velotinib in March; the fast track review "
        "target action date is in September."
    )
    assert only(found, "designation").attributes == {"designation": "fast_track"}


def test_a_fast_track_review_glossed_in_korean_is_a_priority_review() -> None:
    found = _events(
        "Dongbaek Pharm's velotinib was granted fast-track review (신속심사) by the MFDS in May."
    )
    assert found == {("priority_review", "KR", "2025-05")}


def test_a_rapid_examination_granted_is_a_priority_review() -> None:
    found = _events(
        "Velotinib was designated as a target of rapid examination by the MFDS in April."
    )
    assert found == {("priority_review", "KR", "2025-04")}


def test_a_product_selected_as_a_target_of_rapid_examination_is_a_priority_review() -> None:
    found = _events(
        "Daegwang Pharm's velotinib selected as target of rapid examination\n\n"
        "Daegwang Pharm said on the 12th that the Ministry of Food and Drug Safety has picked "
        "velotinib, its lung cancer drug, for a shorter review.",
    )
    assert ("priority_review", "KR", "2025-06-12") in found
    found = _events("Velotinib was selected for priority review by the NMPA in April.")
    assert found == {("priority_review", "CN", "2025-04")}


def test_an_american_fast_track_designation_stays_a_designation() -> None:
    found = run("The FDA granted Fast Track designation to velotinib in March.")
    assert only(found, "designation").attributes == {"designation": "fast_track"}


# Japan's licence told in Chinese copy: 制造销售承认, or 获准 … 上市, with a Reiwa date.


def test_a_japanese_licence_in_chinese_copy_is_an_approval() -> None:
    found = _events(
        "7月2日，青岚药业宣布，其合作伙伴于令和7年6月27日获得日本厚生劳动省的制造销售承认，"
        "JAK抑制剂青岚替尼获准在日本上市。",
        published="2025-07-02",
    )
    assert found == {("approval", "JP", "2025-06-27")}


def test_the_japanese_licence_word_alone_is_an_approval() -> None:
    found = _events("令和7年3月，青岚替尼获得厚生劳动省的制造销售承认。", published="2025-04-01")
    assert found == {("approval", "JP", "2025-03")}


def test_approved_for_market_in_one_word_is_an_approval() -> None:
    found = _events("2025年5月，青岚替尼获准在日本上市，用于治疗银屑病。", published="2025-06-02")
    assert found == {("approval", "JP", "2025-05")}


def test_a_hoped_for_market_permission_is_no_approval() -> None:
    assert _events("青岚替尼有望于明年获准在日本上市。", published="2025-06-02") == set()


# A status retold by its verb alone: the one the sentence before named.


def test_a_drug_also_designated_takes_the_status_named_before() -> None:
    found = run(
        "On the 4th, Kiri Pharma's KP-210 was designated by the Ministry of Health, Labour and "
        "Welfare under the SAKIGAKE designation system for Fabry disease. At the same time, the "
        "ministry designated also Momiji Bio's MB-88 for a rare myopathy.",
        published="2025-06-06",
    )
    designated = {(m.drug, m.attributes.get("designation"), m.date) for m in found}
    assert designated == {
        ("KP-210", "sakigake", "2025-06-04"),
        ("MB-88", "sakigake", "2025-06-04"),
    }


def test_also_designated_with_no_status_named_before_tells_nothing() -> None:
    found = run("The ministry also designated Momiji Bio's MB-88 as a partner in the study.")
    assert not any(m.type == "designation" for m in found)


# A step only weighed, as translated copy tells 検討 / 검토: no event yet.


def test_a_designation_the_company_is_considering_to_apply_for_is_no_designation() -> None:
    found = run(
        "Kiri Pharma said on the 3rd that KP-210 met its main goal in a phase 2 study for "
        "Fabry disease.\n\nThe company is considering to apply for the designation of the drug "
        "under the MHLW's SAKIGAKE designation system, and has begun talks with the agency."
    )
    assert found == []


def test_considering_as_a_preposition_hedges_nothing() -> None:
    found = _events("Considering the data, the FDA approved velotinib in May.")
    assert found == {("approval", "US", "2025-05")}
