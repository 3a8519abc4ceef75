"""How a trial's first dosing is worded: translated copy's "completed the first subject
administration", the first patient of a country, a trial named by its code (invented)."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


def _start(text: str, published: str = "2025-09-12") -> tuple[str, str | None]:
    found = only(run(text, published), "trial_initiation")
    return found.jurisdiction, found.date


def test_completed_the_first_subject_administration() -> None:
    text = (
        "In July, the Phase I clinical study of KVB-217 completed the first subject "
        "administration in Australia."
    )
    assert _start(text) == ("AU", "2025-07")


def test_completed_the_first_patient_dosing() -> None:
    text = "Last month the phase III study of RX-318 in Japan completed the first patient dosing."
    assert _start(text) == ("JP", "2025-08")


def test_the_first_patient_of_a_country_was_dosed() -> None:
    text = "In May, the first Canadian patient in the Phase 3 trial of velmoprazan was dosed."
    assert _start(text) == ("CA", "2025-05")


def test_the_first_participant_in_a_trial_named_by_its_code_was_dosed() -> None:
    text = "The first participant in ORBIT-2 was dosed in April in Japan, OBX-771's developer said."
    assert _start(text) == ("JP", "2025-04")


def test_a_first_line_patient_is_no_trial_start() -> None:
    text = "First line patients treated with velmoprazan in Japan lived longer, the FDA noted."
    assert [m for m in run(text) if m.type == "trial_initiation"] == []


def test_the_first_chinese_subject_dosed_at_a_named_hospital() -> None:
    assert _start("今年7月，NC-101的首例中国受试者在广州一家肿瘤专科医院完成给药。") == (
        "CN",
        "2025-07",
    )


def test_a_first_site_told_in_a_clause_of_its_own_beats_a_later_region() -> None:
    # "the US, EU sites …" lists two regions: the second is not where the first lies.
    text = (
        "The confirmatory ph3 of rondatinib dosed its first patient in Q2 last year (first "
        "site was in the US, EU sites came later)."
    )
    assert _start(text) == ("US", "2024-Q2")
    found = only(run(text, "2025-09-12"), "trial_initiation")
    assert found.attributes.get("phase") == "3"


def test_slide_shorthand_first_patient_in_with_its_period() -> None:
    # FPI (first patient in) with the quarter it came in; the trial's name after its phase
    # is no product.
    text = "Pivotal Ph2 HERON-7 (US) of BQX-310: FPI Q1 2025; enrollment ~40% complete."
    found = only(run(text, "2025-09-12"), "trial_initiation")
    assert (found.drug, found.jurisdiction, found.date) == ("BQX-310", "US", "2025-Q1")
    # A planned one is no start.
    planned = run("BQX-310 Ph1 FPI: Q4 2025 (expected), per the FDA-cleared IND.", "2025-09-12")
    assert not [m for m in planned if m.type == "trial_initiation"]


def test_dosing_the_first_volunteers_starts_a_vaccine_trial() -> None:
    found = run(
        "Acme's vaccine candidate KV-902 dosed the first volunteers in a phase 1 study in "
        "Australia in May."
    )
    assert only(found, "trial_initiation").date == "2025-05"


def test_dosing_the_first_healthy_volunteer_starts_a_trial() -> None:
    found = run(
        "In April, Acme dosed the first healthy volunteer in a U.S. phase 1 trial of KV-903."
    )
    assert only(found, "trial_initiation").date == "2025-04"


def test_a_relative_clause_between_the_first_patient_and_the_verb() -> None:
    text = (
        "Halvard Bio is testing pemtrolimab in the Phase 2 HAL-3 study in Spain. The first "
        "patient in HAL-3, which is enrolling adults with relapsed myeloma at twelve sites "
        "in Spain, was dosed in July."
    )
    assert _start(text)[1] == "2025-07"


def test_a_code_the_text_calls_its_trial_by_is_still_the_product_a_trial_tests() -> None:
    found = run(
        "On 4 May 2025 the first participant was dosed in the Phase 1 trial of KRB-310 in "
        "Perth, Australia. Next, we will complete the dose cohorts of the KRB-310 trial.",
        published="2025-07-28",
    )
    assert only(found, "trial_initiation").drug == "KRB-310"


def test_a_code_set_off_after_study_names_the_study_not_the_drug() -> None:
    found = run(
        "Kestrel Bio develops KRB-202 for lung fibrosis. In June, the FDA cleared the IND "
        "for the Phase 2b study, WREN-LF2, allowing US sites to take part.",
        published="2025-07-28",
    )
    assert {m.drug for m in found} == {"KRB-202"}


def test_a_first_patient_in_a_trial_named_alone_starts_it() -> None:
    text = (
        "Orlen Bio's ORV-12 is in the phase 2 CASCADE study. The first patient in CASCADE was "
        "dosed at a site in Texas in May 2025."
    )
    assert _start(text) == ("US", "2025-05")
