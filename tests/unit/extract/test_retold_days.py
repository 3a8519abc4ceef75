"""An event announced today but given a day of its own elsewhere takes that day."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_the_letter_granting_a_designation_dates_it() -> None:
    found = run(
        "Sorrel Biosciences today announced that the US FDA granted navitoclimab Rare Pediatric "
        "Disease designation for neuroblastoma. The agency's letter that granted the status "
        "was dated March 3, 2025.",
        published="2025-03-11",
    )
    designation = only(found, "designation")
    assert (designation.date, designation.date_precision) == ("2025-03-03", "day")


def test_a_later_sentence_retelling_the_event_by_its_kind_dates_it() -> None:
    for retelling in (
        "The designation was granted on March 3, 2025.",
        "The agency granted the designation on March 3, 2025.",
    ):
        found = run(
            "Sorrel Biosciences today announced that the FDA has granted Fast Track designation "
            'to navitoclimab for neuroblastoma. "We thank the patients," said the chief medical '
            f"officer. {retelling}",
            published="2025-03-11",
        )
        assert only(found, "designation").date == "2025-03-03", retelling


def test_a_retelling_of_another_kind_leaves_the_day_told() -> None:
    found = run(
        "Sorrel Biosciences today announced that the FDA has approved navitoclimab for "
        "neuroblastoma. The designation letter for its second programme is dated March 3, 2025.",
        published="2025-03-11",
    )
    assert only(found, "approval").date == "2025-03-11"


def test_the_events_own_day_after_an_announcement_today_dates_it() -> None:
    found = run(
        "Sorrel Biosciences today announced that the FDA approved navitoclimab for "
        "neuroblastoma on March 7, 2025.",
        published="2025-03-11",
    )
    assert only(found, "approval").date == "2025-03-07"


def test_a_sub_bullet_with_the_grant_day_is_the_announced_event() -> None:
    found = run(
        "Sorrel Biosciences today announced that the FDA has granted Fast Track designation to "
        "navitoclimab for neuroblastoma.\n\nHighlights\n- Navitoclimab\n"
        "  - Fast Track designation granted on March 3, 2025\n"
        "  - Phase 1b dose escalation completed",
        published="2025-03-11",
    )
    designation = only(found, "designation")
    assert (designation.date, designation.date_precision) == ("2025-03-03", "day")


def test_a_designation_only_one_regulator_grants_names_it() -> None:
    found = run(
        "Sorrel Biosciences today reported first-quarter results.\n\nPipeline\n"
        "- Navitoclimab (SRL-310) for neuroblastoma\n"
        "  - Fast Track designation granted on March 3, 2025\n"
        "- SRL-412 for Ewing sarcoma\n"
        "  - PRIME eligibility confirmed in January 2025",
        published="2025-05-08",
    )
    designation = only(found, "designation")
    assert (designation.drug, designation.jurisdiction, designation.date) == (
        "navitoclimab",
        "US",
        "2025-03-03",
    )


def test_a_headlines_status_retold_with_its_own_day_is_one_event() -> None:
    for status, kind in (
        ("Breakthrough Therapy Designation", "designation"),
        ("priority review", "priority_review"),
    ):
        title = f"Lumen Bio's ravotinib granted FDA {status.lower()}"
        found = run(
            f"{title}\nIn a statement on the 4th, Lumen Bio said the US FDA had granted "
            f"ravotinib {status} for glioma on the 3rd (Eastern time).",
            published="2025-12-05",
            title=title,
        )
        assert only(found, kind).date == "2025-12-03", status


def test_the_datelines_day_gives_way_to_the_events_own_day_after_its_verb() -> None:
    found = run(
        "LEEDS, England, April 9, 2025 -- Corvell Bio announced that the MHRA approved "
        "dorvatinib, Corvell's once-daily oral xanthine oxidase inhibitor for adults with "
        "gout, on April 7.",
        published="2025-04-09",
    )
    assert only(found, "approval").date == "2025-04-07"


def test_a_chinese_act_on_the_above_dates_the_announced_status() -> None:
    found = run(
        "11月6日，澄川医药发布公告称，其合作伙伴开发的AB-8141已获得美国食品药品监督管理局（FDA）"
        "授予的孤儿药资格认定（Orphan Drug Designation）。据合作伙伴披露，FDA于美国东部时间"
        "11月5日作出上述认定。",
        published="2025-11-06",
        lang="zh",
    )
    assert only(found, "designation").date == "2025-11-05"


def test_a_filing_decision_letter_dates_the_announced_acceptance() -> None:
    found = run(
        "On March 10, 2025, Ferrowind Inc. issued a press release announcing that the FDA has "
        "accepted its New Drug Application for dalmostat. The agency conveyed its decision in "
        "a letter to the company dated March 6, 2025.",
        published="2025-03-10",
    )
    assert only(found, "application_acceptance").date == "2025-03-06"


def test_a_licence_retold_with_its_participle_dates_the_announced_approval() -> None:
    found = run(
        "Spain's AEMPS has granted a national marketing authorisation for orvasetron, "
        "Kestrel Pharma announced on Thursday. The licence, granted on 3 March under a "
        "generic product name, covers adults with chronic nausea.",
        published="2026-03-12",
    )
    assert only(found, "approval").date == "2026-03-03"


def test_the_letters_arrival_day_dates_the_announced_refusal() -> None:
    found = only(
        run(
            "Shares of Tamsin Bio fell on Monday after it disclosed that the FDA has issued a "
            "complete response letter for quorvatinib. The letter arrived on Thursday, May 8, "
            "the company said.",
            "2025-05-12",
        ),
        "rejection",
    )
    assert found.date == "2025-05-08"


def test_a_licence_named_with_its_place_and_dated_dates_the_approval() -> None:
    found = only(
        run(
            "Britain's medicines regulator has authorised Pellcourt's nerolitinib for thyroid "
            "cancer. The UK licence, dated 14 October, came through the recognition route.",
            "2025-10-21",
        ),
        "approval",
    )
    assert found.date == "2025-10-14"


def test_the_day_the_company_received_the_letter_dates_the_announced_grant() -> None:
    found = run(
        "Sorrel Biosciences today announced that the FDA has granted Fast Track designation "
        "to navitoclimab for neuroblastoma. The company received the FDA's formal notification "
        "letter on March 3.",
        published="2025-03-05",
    )
    assert only(found, "designation").date == "2025-03-03"


def test_a_chinese_letter_received_on_its_day_dates_the_announced_grant() -> None:
    for day in ("3月3日", "美国东部时间3/3"):
        found = run(
            "2025年3月5日，科瑞药业宣布，AB-8170片获得美国FDA授予的快速通道认定。"
            f"公司于{day}收到FDA的正式通知函。",
            published="2025-03-05",
            lang="zh",
        )
        assert only(found, "designation").date == "2025-03-03", day


def test_a_wire_bullet_retelling_the_grant_dates_it() -> None:
    found = run(
        "Mar 6 (Reuters) - Tollan Biosciences Inc:\n"
        "* Tollan says U.S. FDA granted breakthrough therapy designation to veldarostat\n"
        "* Tollan says designation was granted on February 27\n",
        published="2026-03-06",
    )
    assert only(found, "designation").date == "2026-02-27"


def test_a_status_held_before_takes_no_day_from_the_sentence_before() -> None:
    found = run(
        "Tollan Biosciences said the FDA granted breakthrough therapy designation to veldarostat "
        "today. Its chief executive spoke to investors on March 3, 2026.\n"
        "Veldarostat previously received orphan drug and fast track designations.",
        published="2026-03-06",
    )
    fast_track = [m for m in found if m.attributes.get("designation") == "fast_track"]
    assert [m.date for m in fast_track] == [None]


def test_a_decision_document_cited_by_its_own_day_dates_a_datelined_approval() -> None:
    # European copy cites the regulator's decree by the day it bears ("of", "dated from",
    # "emitted the resolution … the"); the dateline's day is only the telling's.
    for retelling in (
        "The Decree (Decreto) AMVX n. 88/2025 of 3 March 2025 was published in the bulletin "
        "on 10 March 2025.",
        "The decision, dated from 03.03.2025, is valid in every member state.",
        "The agency, acting as reference state, emitted the resolution of authorisation the "
        "03/03/2025.",
    ):
        found = run(
            "Turin, 12 March 2025 – Vellani Farmaceutici announces that the Italian Medicines "
            f"Agency (AIFA) has authorised dorvastatin for adults. {retelling}",
            published="2025-03-12",
        )
        assert only(found, "approval").date == "2025-03-03", retelling


def test_a_dateline_closed_by_a_full_stop_yields_to_the_resolutions_day() -> None:
    found = run(
        "Seville, 14/03/2025. – Vellani Farmaceutici has obtained the marketing authorisation "
        "of the AEMPS for dorvastatin in adults. The AEMPS emitted the resolution of "
        "authorisation the 03/03/2025.",
        published="2025-03-14",
    )
    assert only(found, "approval").date == "2025-03-03"


def test_a_decision_that_was_dated_leaves_each_approval_its_own_day() -> None:
    found = run(
        "The TGA and Swissmedic have both approved dorvastatin for adults, the company said "
        "on Tuesday. The TGA decision was dated March 3 and Swissmedic's March 4.",
        published="2025-03-12",
    )
    days = {m.jurisdiction: m.date for m in found if m.type == "approval"}
    assert days == {"AU": "2025-03-03", "CH": "2025-03-04"}


def test_a_later_items_day_told_by_the_next_sentence_retelling_its_kind() -> None:
    found = run(
        "Sorrel Biosciences said its Phase 2 data were positive.\n\nBrindle Pharma, meanwhile, "
        "disclosed that the FDA granted Fast Track designation to BRP-12 for gout. The company "
        "said only that the designation arrived during the week of May 12.",
        published="2025-06-13",
    )
    designation = only(found, "designation")
    assert (designation.date, designation.date_precision) == ("2025-05", "month")


def test_the_next_sentence_telling_the_designations_arrival_dates_the_lead() -> None:
    for retelling in (
        "The designation arrived on May 12.",
        "Brindle said only that the designation came through on May 12.",
    ):
        found = run(
            "Brindle Pharma disclosed that the FDA granted Fast Track designation to BRP-12 for "
            f"gout. {retelling}",
            published="2025-06-13",
        )
        assert only(found, "designation").date == "2025-05-12", retelling


def test_the_abbreviation_the_lead_defined_retells_its_designation_with_its_day() -> None:
    found = run(
        "Tamsin Bio today announced that the FDA has granted Rare Pediatric Disease "
        "Designation (RPDD) to corvalimab for hepatoblastoma. The RPDD was granted on "
        "12 May.",
        published="2025-05-19",
    )
    assert only(found, "designation").date == "2025-05-12"


def test_an_abbreviation_defined_for_another_kind_does_not_date_the_lead() -> None:
    found = run(
        "Tamsin Bio today announced that the FDA has approved corvalimab for "
        "cholangiocarcinoma. The drug holds Orphan Drug Designation (ODD). The ODD was "
        "granted on 12 May.",
        published="2025-05-19",
    )
    assert only(found, "approval").date == "2025-05-19"


def test_an_acknowledgment_letter_dates_the_acceptance_of_a_resubmission() -> None:
    found = run(
        "Tamsin Bio today announced that the FDA has accepted the resubmission of its NDA "
        "for corvalimab. In an acknowledgment letter dated 3/14/2025, the FDA classified "
        "the resubmission as a complete, Class 2 response.",
        published="2025-03-17",
    )
    assert only(found, "application_acceptance").date == "2025-03-14"


def test_the_decision_itself_granted_on_a_day_dates_the_lead() -> None:
    found = run(
        "Orlen Pharma said Friday that Japan's health ministry has approved corvetinib for "
        "adults with glioma. The approval itself was granted on June 2; the company held the "
        "news until a board meeting.",
        published="2025-06-09",
    )
    assert only(found, "approval").date == "2025-06-02"


# An event told with no day, dated by a sentence soon after saying its record is dated a day,
# past sentences that only describe it.

_REGISTERED = (
    "Corvin Pharma is pleased to announce that the Therapeutic Goods Administration has "
    "registered Velmora (tazirelin) on the register. Velmora is indicated for adults with "
    "moderate plaque psoriasis. {}"
)


def test_a_record_said_to_be_dated_a_day_dates_the_event_told_before() -> None:
    for retelling in (
        "The register entry is dated Tuesday, 4 March 2025.",
        "The TGA's certificate was dated 4 March 2025.",
        "Its listing record is dated 4 March 2025.",
    ):
        found = run(_REGISTERED.format(retelling), published="2025-03-10")
        assert only(found, "approval").date == "2025-03-04", retelling


def test_a_record_of_another_kind_or_past_another_event_dates_nothing() -> None:
    for after in (
        # The record names another kind of event.
        "The orphan designation letter is dated 4 March 2025.",
        # A sentence telling an event of its own stands between.
        "The company also filed an NDA with the FDA. The register entry is dated 4 March 2025.",
    ):
        found = run(_REGISTERED.format(after), published="2025-03-10")
        assert only(found, "approval").date is None, after
