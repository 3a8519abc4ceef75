"""Trackers and newsletter roundups that set each product out as an entry block: a header
line naming it once, then lines telling its events without naming it again, under a
section heading that names the regulator."""

from __future__ import annotations

from service.extract.entry_blocks import read_blocks
from tests.unit.extract.helpers import keys, only, run

_TRACKER = (
    "Filings and decisions we tracked in November\n\n"
    "A monthly log of agency outcomes for the products on our watch list.\n\n"
    "U.S. - FDA\n\n"
    "Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
    "Event: Approval of the NDA | Event date: 4 Nov 2025\n"
    "Use: relapsed follicular lymphoma in adults\n"
    "Notes: Filing accepted in May, when the agency also gave it priority review.\n\n"
    "Drug: Ostrelva (pelanitamab) | Company: Velk Bio\n"
    "Event: CRL on the BLA | Date: 2025-11-12 (announced 2025-11-14)\n"
    "Notes: Inspection findings at a contract filler were cited.\n\n"
    "Drug: Tavrelon (corafenstat) | Company: Mirefield Labs\n"
    "Event: Application withdrawn by the company | Date: late November 2025\n\n"
    "EUROPEAN UNION / EMA\n\n"
    "Drug: Zervanto (milsoparib) | Company: Corvallis Oncology SA\n"
    "Decision: Conditional marketing authorisation (EC) | Decision date: 19 November 2025\n"
    "Notes: A favourable committee view preceded it in September.\n\n"
    "BRITAIN (MHRA)\n\n"
    "Drug: Felmora (rastuzimab) | Company: Quillmarsh Biologics\n"
    "Outcome: Marketing authorisation by reliance, citing the FDA's decision"
    " | Date: 21 November 2025\n\n"
    "JAPAN (PMDA / MHLW)\n\n"
    "Drug: KTR-402 | Company: Sokai Pharmaceutical\n"
    "Event: Orphan designation by the MHLW | Date: 6 November 2025\n\n"
    "Note: compiled from public sources.\n"
)


def _found(text: str, published: str) -> dict[tuple[str, str, str], str | None]:
    return {(m.drug, m.type, m.jurisdiction): m.date for m in run(text, published)}


def test_an_action_field_tells_the_entrys_event_dated_by_its_date_field() -> None:
    found = _found(_TRACKER, "2025-12-02")
    assert found[("dovarsentib", "approval", "US")] == "2025-11-04"
    assert found[("corafenstat", "withdrawal", "US")] == "2025-11"
    assert found[("milsoparib", "approval", "EU")] == "2025-11-19"
    assert found[("KTR-402", "designation", "JP")] == "2025-11-06"


def test_the_day_a_bracket_says_the_news_came_out_is_not_the_events() -> None:
    assert _found(_TRACKER, "2025-12-02")[("pelanitamab", "rejection", "US")] == "2025-11-12"
    text = (
        "U.S. - FDA\n"
        "Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
        "Event: Label expansion, sBLA approved | Date: [reported Apr. 20] Apr. 14, 2026\n"
    )
    assert only(run(text, "2026-05-04"), "approval").date == "2026-04-14"


def test_the_section_heading_names_where_the_entrys_event_happened() -> None:
    found = _found(_TRACKER, "2025-12-02")
    # A reliance route names the regulator it relied on, not the one that acted.
    assert found[("rastuzimab", "approval", "UK")] == "2025-11-21"
    assert not any(drug == "rastuzimab" and place == "US" for drug, _, place in found)


def test_a_fields_line_below_the_header_is_about_the_headers_product() -> None:
    found = _found(_TRACKER, "2025-12-02")
    assert found[("dovarsentib", "application_acceptance", "US")] == "2025-05"
    assert found[("dovarsentib", "priority_review", "US")] == "2025-05"
    assert len(found) == 8


def test_entries_without_blank_lines_end_at_the_next_header() -> None:
    text = (
        "U.S. - FDA\n"
        "Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
        "Event: Accelerated approval | Date: Mar. 3, 2026\n"
        "Drug: Ostrelva (pelanitamab) | Company: Velk Bio\n"
        "Event: BLA submitted | Date: Feb. 2, 2026\n"
        "Notes: Cleared in 2024 for adults; this filing seeks a paediatric label.\n"
    )
    found = {(m.drug, m.type, m.date, m.attributes.get("pathway")) for m in run(text, "2026-05-04")}
    assert found == {
        ("dovarsentib", "approval", "2026-03-03", "accelerated"),
        ("pelanitamab", "application_submission", "2026-02-02", None),
        ("pelanitamab", "approval", "2024", None),
    }


def test_an_action_still_to_come_or_only_expected_is_no_milestone() -> None:
    text = (
        "U.S. - FDA\n"
        "Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
        "Event: Approval expected | Date: June 14, 2026\n\n"
        "Drug: Ostrelva (pelanitamab) | Company: Velk Bio\n"
        "Event: BLA approval | Date: July 1, 2026\n"
    )
    assert run(text, "2026-05-04") == []


def test_a_status_named_alone_as_the_action_was_granted() -> None:
    text = (
        "U.S. - FDA\n"
        "- Drug: Quenmaxa (dovarsentib) | Company: Ormsby Kline plc\n"
        "  Event: Priority review | Date: April 2, 2026\n"
        "  Event: Fast Track | Date: January 2026\n"
    )
    found = {(m.type, m.date, m.attributes.get("designation")) for m in run(text, "2026-05-04")}
    assert found == {
        ("priority_review", "2026-04-02", None),
        ("designation", "2026-01", "fast_track"),
    }


_ROUNDUP = (
    "Regulatory round-up, Asia-Pacific, April 2026\n\n"
    "CHINA - NMPA\n\n"
    "New approvals\n"
    "• Sorvelitinib (索维替尼; HLX-771) | Baishan Biopharma Co., Ltd.\n"
    "    Conditional approval from the NMPA on 14 April, for ROS1-positive lung cancer.\n"
    "• Tebrafenstat (RX-55) | Donghai Pharma\n"
    "    Full approval granted by the agency on 22 April in ulcerative colitis after mesalazine.\n"
    "Designations\n"
    "• Lunadesertib (QB-19) | Yuqing Therapeutics\n"
    "    Received BTD on 9 April (CDE), in platinum-resistant ovarian cancer.\n"
    "• Proposed: ZK-338 | Zhenkang Bio\n"
    "    On 25 April the CDE opened comments on a proposal to grant it BTD.\n\n"
    "JAPAN - PMDA\n\n"
    "• NRX-61 | Kanzaki Pharma\n"
    "    On 16 April the MHLW awarded NRX-61 the SAKIGAKE (pioneer) designation, in glioma.\n"
    "• Ravoxapine (HK-204) | Hoshino Medical\n"
    "    A J-NDA for ravoxapine in resistant depression was filed on 28 April.\n"
)


def test_an_indented_line_is_about_the_product_of_the_bullet_above_it() -> None:
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(_ROUNDUP, "2026-05-04")}
    assert found == {
        ("sorvelitinib", "approval", "CN", "2026-04-14"),
        ("tebrafenstat", "approval", "CN", "2026-04-22"),
        ("lunadesertib", "designation", "CN", "2026-04-09"),
        ("NRX-61", "designation", "JP", "2026-04-16"),
        ("ravoxapine", "application_submission", "JP", "2026-04-28"),
    }


def test_a_telegraphic_approval_says_its_pathway() -> None:
    found = run(_ROUNDUP, "2026-05-04")
    approvals = {m.drug: m.attributes.get("pathway") for m in found if m.type == "approval"}
    assert approvals == {"sorvelitinib": "conditional", "tebrafenstat": "full"}


def test_a_proposed_entry_is_no_milestone() -> None:
    assert not any(m.drug == "ZK-338" for m in run(_ROUNDUP, "2026-05-04"))


def test_a_designations_gloss_in_a_line_is_no_drug() -> None:
    found = run(_ROUNDUP, "2026-05-04")
    assert not any("pioneer" in (m.drug, *m.aliases) for m in found)
    sakigake = only([m for m in found if m.jurisdiction == "JP"], "designation")
    assert sakigake.attributes == {"designation": "sakigake"}


def test_a_section_in_capitals_names_its_country_and_another_one_closes_it() -> None:
    text = (
        "JAPAN\n\n"
        "- Tivresertib (KZ-710) | Kanzaki Pharma\n"
        "  Approval granted on 2 March for recurrent glioma.\n\n"
        "OTHER MARKETS\n\n"
        "- Dovarsentib (QX-88) | Harrowgate\n"
        "  Conditional approval on 9 March in the Gulf states.\n"
    )
    found = keys(run(text, "2026-05-04"))
    assert ("tivresertib", "approval", "JP") in found
    assert not any(drug == "dovarsentib" and place == "JP" for drug, _, place in found)


def test_a_bullet_list_of_fields_or_sentences_holds_no_entry() -> None:
    text = (
        "Highlights of the quarter\n"
        "- Revenue: $41 million, up 12%\n"
        "- Cash: $310 million at quarter end\n"
        "- The FDA approved tivresertib for recurrent glioma on 3 March 2026.\n"
    )
    assert read_blocks(text).blocks == ()
    assert keys(run(text, "2026-05-04")) == {("tivresertib", "approval", "US")}


_DECISION_LIST = (
    "Swissmedic: decisions on designations, June 2025\n\n"
    "This page lists the designations decided during June 2025. A designation does not mean "
    "the medicine will be approved.\n\n"
    "Orphan drug designations granted\n\n"
    "- Tavorexin alfa. Sponsor: Quillmarsh Biologics Ltd. Proposed indication: Pompe disease "
    "in children. Date of designation: 05/06/2025.\n"
    "- Corafenstat (MRF-12). Sponsor: Mirefield Labs Ltd. Proposed indication: Fabry disease. "
    "Date of designation: 18/06/2025.\n\n"
    "Designations that have lapsed\n\n"
    "- Velkanib. Sponsor: Velk Bio Ltd. Its designation lapsed on 2 June 2025.\n"
)


def test_items_under_a_heading_telling_what_was_granted_are_its_events() -> None:
    found = run(_DECISION_LIST, published="2025-06-30")
    granted = {(m.drug, m.date, m.attributes.get("designation")) for m in found}
    assert granted == {
        ("tavorexin alfa", "2025-06-05", "orphan_drug"),
        ("corafenstat", "2025-06-18", "orphan_drug"),
    }


def test_items_under_a_heading_telling_no_grant_are_no_events() -> None:
    text = _DECISION_LIST.replace("Orphan drug designations granted", "Orphan drug requests")
    assert run(text, published="2025-06-30") == []
