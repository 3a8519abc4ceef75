"""A date told for one event of a sentence is not lent to a later event it introduces."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def test_an_event_after_which_introduces_takes_no_date_of_the_clause_before() -> None:
    text = (
        "Acme bought the rights to velotinib from Beta in 2019 and ran a phase 2 study, "
        "after which the FDA granted it orphan drug designation for chronic cough."
    )
    assert only(run(text, "2024-05-02"), "designation").date is None


def test_then_called_names_the_product_and_starts_no_new_clause() -> None:
    text = (
        "Japan's ministry approved the first version of the vaccine, then called QV-210, "
        "for adults in March 2022."
    )
    assert [m.date for m in run(text, "2024-05-02")] == ["2022-03"]


def test_an_event_told_as_earlier_does_not_take_the_first_clauses_date() -> None:
    found = run(
        "In June of this year, VX-460 received the CDE's implied license of clinical trial for "
        "glioma, and the drug had previously been given orphan drug designation by the FDA."
    )
    assert only(found, "designation").date is None


def test_a_chinese_event_told_as_earlier_keeps_only_a_date_after_the_event_before() -> None:
    found = run(
        "2025年3月，AB-9111获得CDE临床试验默示许可，此前该药已获FDA授予孤儿药资格认定。"
        "今年1月，AB-9112曾获CDE突破性治疗药物认定。",
        lang="zh",
    )
    dates = {(m.drug, m.type): m.date for m in found}
    assert dates[("AB-9111", "designation")] is None
    assert dates[("AB-9112", "designation")] == "2025-01"


def test_at_the_same_time_as_a_connective_yields_to_the_events_own_date() -> None:
    found = run(
        "The FDA accepted the BLA for velotinib in October 2024. At the same time, Acme "
        "said it had withdrawn the MAA for velotinib from the EMA, the letter of withdrawal "
        "having gone out on July 22.",
        "2025-08-05",
    )
    assert only(found, "withdrawal").date == "2025-07-22"


def test_a_chinese_connective_yields_to_the_events_own_date() -> None:
    found = run(
        "2024年10月，AB-9121的上市申请获CDE受理。同时，AB-9121撤回了在欧盟的上市许可申请，"
        "撤回函于7月22日发出。",
        "2025-08-05",
        lang="zh",
    )
    assert only(found, "withdrawal").date == "2025-07-22"


def test_simultaneity_in_a_schemes_description_is_no_date() -> None:
    text = (
        "The TGA registered zapotide for gout in March. Its application was assessed under "
        "Project Orbis, which lets partner regulators review cancer drugs at the same time."
    )
    assert only(run(text), "program_inclusion").date is None


def test_a_date_told_after_a_neighbours_event_stays_with_it() -> None:
    text = (
        "The FDA granted zapotide Fast Track designation in March, and the drug was selected "
        "for the agency's RTOR programme."
    )
    found = run(text)
    assert only(found, "designation").date == "2025-03"
    assert only(found, "program_inclusion").date is None


def test_the_start_a_since_clause_counts_from_dates_no_event() -> None:
    english = (
        'On June 3, 2025, tovarelimab was formally included in the "Starlight Program" by the '
        "CDE, the first product added since the programme began on May 29 of this year."
    )
    chinese = (
        "2025年6月3日，药审中心宣布托伐利单抗成为“星光计划”自2025年5月29日启动以来纳入的品种。"
    )
    for text in (english, chinese):
        found = [(m.type, m.date) for m in run(text, "2025-06-06")]
        assert found == [("program_inclusion", "2025-06-03")]


def test_the_day_a_notice_was_posted_yields_to_the_events_own_day() -> None:
    text = (
        "An EMA notice posted Tuesday shows Brellin Bio withdrew its marketing "
        "application for dapvorelin in lupus nephritis on August 4."
    )
    assert only(run(text, "2025-08-29"), "withdrawal").date == "2025-08-04"


def test_a_date_opening_a_later_verbs_phrase_is_that_events() -> None:
    found = run(
        "The FDA accepted the NDA for velotinib in March 2024 and in October approved it for gout.",
        "2025-02-03",
    )
    assert only(found, "application_acceptance").date == "2024-03"
    assert only(found, "approval").date == "2024-10"


def test_translated_copy_puts_each_date_before_its_own_verb() -> None:
    found = run(
        "Looking back, RX-318 in February this year got an implied licence from the CDE for "
        "its trial, in May this year dosed the first subject in its phase I study, and the "
        "study continues.",
        "2025-09-12",
    )
    assert only(found, "ind_clearance").date == "2025-02"
    assert only(found, "trial_initiation").date == "2025-05"


def test_a_status_fronted_by_in_addition_to_takes_not_the_main_clauses_date() -> None:
    text = (
        "Acme today announced that the FDA has granted RMAT designation to velotinib. In "
        "addition to RMAT, velotinib has received Orphan Drug designation from the FDA in 2023."
    )
    found = {
        (m.attributes.get("designation"), m.date)
        for m in run(text, "2025-10-07")
        if m.type == "designation"
    }
    assert found == {("rmat", "2025-10-07"), ("orphan_drug", "2023")}


def test_a_status_in_a_closed_relative_aside_takes_no_date_of_the_main_verb() -> None:
    found = run(
        "Its shingles vaccine, KV-118, which holds Breakthrough Therapy designation, dosed "
        "its first participant in a U.S. phase 3 trial in March."
    )
    assert only(found, "designation").date is None
    assert only(found, "trial_initiation").date == "2025-03"


def test_a_step_dated_inside_the_aside_keeps_its_own_date() -> None:
    found = run(
        "KV-118, which received Fast Track designation in 2023, dosed its first participant "
        "in a phase 3 trial in March."
    )
    assert only(found, "designation").date == "2023"


def test_an_event_in_a_time_clause_after_the_news_takes_not_the_news_day() -> None:
    found = run(
        "Pelham Bio said on Monday it has submitted a supplemental new drug application to "
        "the FDA for trovanib in adolescents, about six weeks after the agency approved the "
        "kinase inhibitor for adults with gout.",
        "2025-05-20",
    )
    assert only(found, "approval").date is None
    assert only(found, "application_submission").date == "2025-05-19"


def test_a_lead_dated_by_the_next_sentence_announced_by_a_described_company() -> None:
    found = run(
        "Canada's regulator has approved Pelham Bio's trovanib for adults with gout. The Health "
        "Canada decision, announced by the Toronto-based drugmaker on Monday, covers adults.",
        "2025-05-21",
    )
    assert only(found, "approval").date == "2025-05-19"


def test_what_happened_since_a_neighbours_date_is_not_on_it() -> None:
    found = run(
        "Our news on KT-120: we filed the new drug application in September, and I can say "
        "the FDA has since accepted it and granted Priority Review.",
        published="2025-11-06",
    )
    assert only(found, "priority_review").date is None


def test_an_event_told_before_that_takes_no_date_of_the_clause_before() -> None:
    # 此前 rendered word for word opens the clause of an event before the dated one.
    found = run(
        "In 2024 year 3 months, ravotinib obtained the US FDA granted fast track "
        "qualification, before that it also was granted the orphan drug qualification by FDA.",
        "2025-02-10",
    )
    dates = {m.attributes.get("designation"): m.date for m in found}
    assert dates == {"fast_track": "2024-03", "orphan_drug": None}


def test_before_that_date_still_dates_the_event() -> None:
    found = run(
        "The FDA granted orphan drug designation to ravotinib before that date, on May 2, 2024.",
        "2025-02-10",
    )
    assert only(found, "designation").date == "2024-05-02"


def test_a_bracketed_date_after_one_item_is_not_the_next_items() -> None:
    found = run(
        "KT-31已先后获得美国FDA授予的快速通道资格（2024年6月）和罕见儿科疾病认定，"
        "以及欧盟委员会授予的孤儿药认定。",
        "2025-02-10",
    )
    dates = {(m.jurisdiction, m.attributes.get("designation")): m.date for m in found}
    assert dates == {
        ("US", "fast_track"): "2024-06",
        ("US", "rare_pediatric_disease"): None,
        ("EU", "orphan_drug"): None,
    }


def test_a_bracketed_date_after_the_last_item_stays_shared() -> None:
    found = run(
        "Ravotinib has received FDA orphan drug designation and fast track designation "
        "(June 2024).",
        "2025-02-10",
    )
    assert {m.date for m in found} == {"2024-06"}


def test_an_event_told_as_where_things_stand_now_takes_no_earlier_date() -> None:
    found = run(
        "KT-31已于2023年10月获得美国FDA的临床试验许可，目前其在美国开展的I期临床试验已完成首例患者给药。",
        "2024-06-20",
    )
    assert only(found, "ind_clearance").date == "2023-10"
    assert only(found, "trial_initiation").date is None


def test_an_event_after_the_date_without_a_now_word_keeps_it() -> None:
    found = run(
        "KT-31于2023年10月获得美国FDA的临床试验许可，并于同月完成I期临床试验首例患者给药。",
        "2024-06-20",
    )
    assert only(found, "trial_initiation").date == "2023-10"
