"""Trackers that log each regulatory action as a row of cells: a header row naming the
columns (or none, the cells split by semicolons), under section headings that name the
regulator or only a region; the action cell names the milestone, the date cell its day."""

from __future__ import annotations

from service.extract.tracker_tables import NO_TRACKERS, read_trackers
from tests.unit.extract.helpers import keys, run

_MONTHLY = (
    "Agency actions log: August 2025\n\n"
    "What regulators did between 1 and 31 August 2025. A dagger marks rows dated by the "
    "sponsor's announcement; committee votes and opinions are listed for reference only.\n\n"
    "UNITED STATES (FDA)\n\n"
    "Drug | Company | Action | Date\n"
    "pelvorinab (QX-310) | Arbury Biologics | Full approval, IgA nephropathy | Aug 5\n"
    "tramedolin | Seddon Pharma | Complete response letter; manufacturing issues cited | Aug 8†\n"
    "corvastat | Holloway Bio | NDA accepted with Priority Review, Wilson disease | Aug 14\n"
    "nemorafen | Kestle Therapeutics | Advisory committee votes 7-4 in favour | Aug 20\n\n"
    "EUROPEAN UNION\n\n"
    "Drug | Company | Action | Date\n"
    "sulbetamig | Orrin Biopharma | Positive opinion recommending approval | Aug 21\n"
    "dravinisiran | Pellow Genetics | EC conditional marketing authorisation, ATTR | Aug 26\n\n"
    "REST OF THE WORLD\n\n"
    "lumaclavir (LC-88); Anshan Pharma; NMPA approval, chronic hepatitis B; Aug 12\n"
    "BRX-771; Daejin Bio; MFDS orphan drug designation, Dravet syndrome; Aug 19†\n\n"
    "NOTES\n\n"
    "Sulbetamig: a decision of the European Commission usually follows an EMA opinion within"
    " about two months.\n\n"
    "An earlier issue misdated the corvastat filing: the NDA was submitted on 3 June 2025.\n"
)


def _found(text: str, published: str) -> dict[tuple[str, str, str], str | None]:
    return {(m.drug, m.type, m.jurisdiction): m.date for m in run(text, published)}


def test_each_row_tells_its_action_in_its_section_on_its_day() -> None:
    found = _found(_MONTHLY, "2025-09-01")
    assert found[("pelvorinab", "approval", "US")] == "2025-08-05"
    assert found[("tramedolin", "rejection", "US")] == "2025-08-08"
    assert found[("dravinisiran", "approval", "EU")] == "2025-08-26"
    # Committee votes and opinions recommend; they decide nothing.
    assert not {drug for drug, _, _ in found} & {"nemorafen", "sulbetamig"}


def test_an_action_of_two_steps_gives_both() -> None:
    found = _found(_MONTHLY, "2025-09-01")
    assert found[("corvastat", "application_acceptance", "US")] == "2025-08-14"
    assert found[("corvastat", "priority_review", "US")] == "2025-08-14"


def test_a_row_with_no_header_takes_the_regulator_its_action_names() -> None:
    found = _found(_MONTHLY, "2025-09-01")
    assert found[("lumaclavir", "approval", "CN")] == "2025-08-12"
    assert found[("BRX-771", "designation", "KR")] == "2025-08-19"


def test_a_note_on_a_listed_drug_is_about_its_sections_file() -> None:
    found = _found(_MONTHLY, "2025-09-01")
    assert found[("corvastat", "application_submission", "US")] == "2025-06-03"
    assert not {k for k in found if k[0] == "corvastat" and k[2] != "US"}


def test_columns_in_another_order_with_a_regulators_column() -> None:
    text = (
        "Decisions digest, February 2026\n\n"
        "| Date | Product | Sponsor | Agency | Decision |\n"
        "|---|---|---|---|---|\n"
        "| 4 Feb | ostravimab | Calder Immunology | Health Canada | Approval |\n"
        "| 17 Feb | ostravimab | Calder Immunology | EMA | MAA validated |\n"
    )
    found = _found(text, "2026-03-02")
    assert found[("ostravimab", "approval", "CA")] == "2026-02-04"
    assert found[("ostravimab", "application_acceptance", "EU")] == "2026-02-17"


def test_a_december_tracker_published_in_january_dates_rows_to_december() -> None:
    text = (
        "Monthly tracker: December 2025\n\n"
        "JAPAN (PMDA)\n\n"
        "Medicine\tDeveloper\tEvent\tDate\n"
        "helvoprant\tMinato Seiyaku\tApproval\tDec 22\n"
    )
    assert _found(text, "2026-01-06")[("helvoprant", "approval", "JP")] == "2025-12-22"


def test_a_row_dated_after_publication_is_a_plan() -> None:
    text = (
        "Tracker: March 2026\n\n"
        "UNITED STATES (FDA)\n\n"
        "Drug | Company | Action | Date\n"
        "quellimab | Tarrow Bio | Approval | Apr 20\n"
        "sorivatide | Tarrow Bio | Approval | Mar 12\n"
    )
    assert keys(run(text, "2026-03-31")) == {("sorivatide", "approval", "US")}


def test_semicolons_in_prose_make_no_rows() -> None:
    prose = "Acme filed in May; the FDA accepted the file in July; approval came on Nov 4.\n"
    assert read_trackers(prose) is NO_TRACKERS
    rows = read_trackers(prose + "zentavir; Acme; FDA approval; Nov 4\n").rows
    assert [row.line[0] for row in rows] == [len(prose)]


def test_a_drug_cell_names_a_drug_whatever_its_stem() -> None:
    text = (
        "Tracker: December 2025\n\n"
        "EUROPEAN UNION\n\n"
        "Product | Applicant | Outcome | Date\n"
        "halbrodene | Linder Neuro | CHMP negative opinion | Dec 12\n"
    )
    assert _found(text, "2026-01-05") == {("halbrodene", "rejection", "EU"): "2025-12-12"}


_WEEKLY_ZH = (
    "药审中心承办品种周览（3月10日—3月14日）\n\n"
    "受理号 | 药品名称 | 企业 | 申请类型 | 承办日期\n"
    "CXSS2500017 | 莫拉奇单抗注射液（molaquimab） | 杭州禾睿生物 | 生物制品上市申请（BLA） "
    "| 3月11日\n"
    "CXHL2500231 | HR-7702片 | 杭州禾睿生物 | 临床试验申请 | 3月12日\n"
    "JXHS2500009 | 泰伐替尼片（tevafatinib） | Brannock Pharma AG | 进口化药上市申请 | 2025-03-13\n"
)


def test_a_chinese_table_tells_the_step_its_date_column_names() -> None:
    found = _found(_WEEKLY_ZH, "2025-03-17")
    assert found[("molaquimab", "application_acceptance", "CN")] == "2025-03-11"
    assert found[("tevafatinib", "application_acceptance", "CN")] == "2025-03-13"
    # Taking in a trial application is no milestone.
    assert not {k for k in found if k[0] == "HR-7702"}


def test_a_chinese_approval_table_clears_a_trial_application() -> None:
    text = (
        "本月获批品种一览\n\n"
        "药品名称 | 企业 | 申请类型 | 批准日期\n"
        "HR-7702片 | 杭州禾睿生物 | 临床试验申请 | 2025-04-08\n"
        "莫拉奇单抗注射液（molaquimab） | 杭州禾睿生物 | 上市申请 | 2025-04-22\n"
    )
    found = _found(text, "2025-05-06")
    assert found[("HR-7702", "ind_clearance", "CN")] == "2025-04-08"
    assert found[("molaquimab", "approval", "CN")] == "2025-04-22"


_LIST_WITH_NOTES = (
    "New drugs approved by the MHLW, fiscal year 2024 (second half)\n\n"
    "No. | Approval date | Brand name (Applicant) | Active ingredient | Remarks\n"
    "21 | Mar. 3, 2025 | Dolvena Tablets (Kasumi Pharma) | brelozatinib | Orphan drug\n"
    "22 | Mar. 3, 2025 | Ferrunza Capsules (Ogura Yakuhin) | pamiclovir | -\n\n"
    "Notes\n"
    "1. Nos. 1 to 20 (approved on Dec. 12, 2024) appear on the earlier list.\n"
)


def test_a_note_below_a_list_table_naming_no_product_is_about_none_of_its_rows() -> None:
    approvals = [(m.drug, m.date) for m in run(_LIST_WITH_NOTES, "2025-03-20")
                 if m.type == "approval"]  # fmt: skip
    assert sorted(approvals) == [("brelozatinib", "2025-03-03"), ("pamiclovir", "2025-03-03")]


def test_a_note_naming_a_row_product_may_go_on_about_it() -> None:
    text = _LIST_WITH_NOTES.replace(
        "1. Nos. 1 to 20 (approved on Dec. 12, 2024) appear on the earlier list.\n",
        "1. Pamiclovir was reviewed with priority. The FDA approved the antiviral on "
        "Jan. 9, 2025.\n",
    )
    found = _found(text, "2025-03-20")
    assert found[("pamiclovir", "approval", "US")] == "2025-01-09"


_APPLICATION_RECORD = (
    "FDA application record: NDA 400112 QUENTRIVA (dolmaparib)\n"
    "Company: HALVERN THERAPEUTICS INC\n\n"
    "Products on NDA 400112\n"
    "Drug Name | Active Ingredients | Strength | Dosage Form/Route\n"
    "QUENTRIVA | DOLMAPARIB | 10MG | CAPSULE;ORAL\n\n"
    "Original Approvals\n"
    "Action Date | Submission | Action Type | Review Priority; Orphan Status | Notes\n"
    "05/21/2023 | ORIG-1 | Approval | PRIORITY; Orphan | For recurrent ovarian cancer\n\n"
    "Supplements\n"
    "Action Date | Submission | Supplement Categories or Approval Type | Documents | Note\n"
    "06/02/2025 | SUPPL-6 | Manufacturing (CMC) | |\n"
    "04/17/2025 | SUPPL-4 | Efficacy-New Indication | Letter | For first-line maintenance\n"
    "11/08/2024 | SUPPL-2 | Labeling-Package Insert | Label | Updated dosing advice\n"
)


def test_a_table_without_a_drug_column_is_of_the_page_one_product() -> None:
    found = _found(_APPLICATION_RECORD, "2025-07-01")
    assert ("dolmaparib", "approval", "US") in found
    # Its remarks column lists the statuses the product held.
    assert found[("dolmaparib", "priority_review", "US")] is None
    assert found[("dolmaparib", "designation", "US")] is None


def test_a_column_of_kinds_of_approval_tells_a_new_use_only() -> None:
    dates = sorted(m.date for m in run(_APPLICATION_RECORD, "2025-07-01") if m.type == "approval")
    # Neither the plant's change nor the label's is a milestone; the row after one ending on
    # an empty cell is still read.
    assert dates == ["2023-05-21", "2025-04-17"]


def test_a_table_without_a_drug_column_on_a_page_of_two_products_is_of_neither() -> None:
    text = _APPLICATION_RECORD.replace("(dolmaparib)", "(dolmaparib) and SORELDA (tirabeximab)")
    assert not [m for m in run(text, "2025-07-01") if m.date == "2025-04-17"]


# A date cell naming only its month: the round-up's month, of the latest year it is not
# after publication.
_MONTH_CELLS = (
    "EUROPE: SEPTEMBER IN REVIEW\n\n"
    "Product (sponsor) | Action | When | Use\n"
    "Tarlumab (Osprey Bio) | EC marketing authorisation | 11 Sep | psoriatic arthritis\n"
    "velimostat (Harlow Bio) | granted PRIME eligibility | September | chronic gout\n"
    "dornazumab (Kiln Therapeutics) | EU orphan designation | late Sep | myasthenia gravis\n"
    "OSP-220 (Osprey Bio) | MAA withdrawn by sponsor | September meeting | lupus nephritis\n"
    "ferolimab (Kiln Therapeutics) | EC marketing authorisation | December | uveitis\n"
)


def test_a_date_cell_naming_only_a_month_dates_its_row_to_it() -> None:
    found = _found(_MONTH_CELLS, "2025-10-02")
    assert found[("tarlumab", "approval", "EU")] == "2025-09-11"
    assert found[("velimostat", "designation", "EU")] == "2025-09"
    assert found[("dornazumab", "designation", "EU")] == "2025-09"
    assert found[("OSP-220", "withdrawal", "EU")] == "2025-09"


def test_a_month_cell_just_ahead_of_publication_is_a_plan() -> None:
    assert not any(drug == "ferolimab" for drug, _, _ in _found(_MONTH_CELLS, "2025-10-02"))


_ROUND_UP = (
    "EU round-up: October 2025\n\n"
    "DRUG (COMPANY) | ACTION | DATE | INDICATION\n"
    "Halbrodene (Linder Neuro) | CHMP negative opinion | October meeting | ALS\n"
    "Corvexa (talvorimab) | EC marketing authorisation | 6 Oct | plaque psoriasis\n"
    "Pemtrovane (Ardent Bio) | CHMP positive opinion | Oct | gout\n"
    "Sulvaprine (Ardent Bio) | CHMP negative opinion | December meeting | gout\n"
)


def test_a_capitalised_drug_cell_names_its_drug_and_a_month_alone_dates_it() -> None:
    found = _found(_ROUND_UP, "2025-11-03")
    assert found[("halbrodene", "rejection", "EU")] == "2025-10"
    assert found[("talvorimab", "approval", "EU")] == "2025-10-06"
    # A positive opinion only recommends.
    assert not {k for k in found if k[0] == "pemtrovane"}


def test_a_month_alone_in_a_date_cell_still_to_come_dates_no_event() -> None:
    found = _found(_ROUND_UP, "2025-11-03")
    assert ("sulvaprine", "rejection", "EU") not in found
