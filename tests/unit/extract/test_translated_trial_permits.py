"""Translated and non-native copy: Hong Kong's clinical trial certificate, a lead's teller
before the event's own day, an NK3 antagonist's stem, and a trial's application told by
its purpose."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_hong_kong_clinical_trial_certificate_is_a_clearance() -> None:
    text = (
        "5月6日，朗明生物宣布，其在研药物LMB-220已于5月2日取得香港卫生署颁发的"
        "临床试验证明书，获准在香港开展I期研究。"
    )
    clearance = only(run(text, published="2025-05-06"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("HK", "2025-05-02")


def test_english_clinical_trial_certificate_takes_its_own_day() -> None:
    text = (
        "On May 6, Lumen Bio said its candidate LMB-220 received a clinical trial certificate "
        "issued by the Department of Health of the Hong Kong Special Administrative Region "
        "Government on May 2."
    )
    clearance = only(run(text, published="2025-05-06"), "ind_clearance")
    assert (clearance.jurisdiction, clearance.date) == ("HK", "2025-05-02")


def test_lead_teller_day_yields_to_the_inclusion_day() -> None:
    text = (
        "On October 14, Qiaolin Biotech announced that its capsule QL-3308 has been included "
        "by the Center for Drug Evaluation (CDE) of the National Medical Products "
        'Administration into the "Starlight Program" on October 10, for children with '
        "relapsed medulloblastoma."
    )
    inclusion = only(run(text, published="2025-10-15"), "program_inclusion")
    assert inclusion.date == "2025-10-10"


def test_netant_stem_names_a_drug() -> None:
    text = "On March 3, the FDA approved dolanetant for hot flashes caused by menopause."
    assert keys(run(text, published="2025-03-04")) == {("dolanetant", "approval", "US")}


def test_application_to_conduct_a_trial_is_no_marketing_filing() -> None:
    for text in (
        "Also, the firm has submitted application to the FDA for conducting Phase II "
        "clinical trial of its other molecule KV-301 in psoriasis.",
        "The firm filed an application with the FDA to conduct a pivotal study of KV-301.",
    ):
        assert run(text) == [], text


def test_marketing_application_naming_its_trial_stays_a_filing() -> None:
    text = (
        "The firm submitted a new drug application to the FDA for KV-301 based on a phase 3 study."
    )
    assert keys(run(text)) == {("KV-301", "application_submission", "US")}


def test_trial_that_got_permission_is_a_clearance() -> None:
    for text in (
        "Meanwhile, the China clinical trial of DX-207 was get permission of NMPA of China in "
        "2022 for phase 1 trial.",
        "The Korean phase 2 study of DX-207 received permission from the MFDS in 2022.",
        "Hanbit Bio said DX-207 got permission of the MFDS in 2022 for its phase 2 clinical trial.",
    ):
        clearance = only(run(text, published="2025-04-02"), "ind_clearance")
        assert clearance.date == "2022", text


def test_permission_to_market_is_no_trial_clearance() -> None:
    text = "The phase 3 study let DX-207 get permission to market from the MFDS in 2024."
    assert all(m.type != "ind_clearance" for m in run(text, published="2025-04-02"))


def test_item_approval_applied_without_its_preposition_is_a_filing() -> None:
    text = (
        "Hanbit Bio applied the item approval of DX-207 to the MFDS at June last year, "
        "and the decision is expected soon."
    )
    filing = only(run(text, published="2025-04-02"), "application_submission")
    assert (filing.jurisdiction, filing.date) == ("KR", "2024-06")


def test_an_authorisation_for_initiating_a_trial_past_the_agencys_long_name() -> None:
    # Spanish order puts the regulator's full name between the permit and its purpose.
    text = (
        "Nortia Bio has received the authorisation of the Spanish Agency of Medicines and "
        "Sanitary Products (AEMPS) for initiating the phase I clinical trial of dortalisib "
        "in lupus."
    )
    found = run(text, published="2026-02-05")
    assert keys(found) == {("dortalisib", "ind_clearance", "ES")}


def test_a_resolution_that_has_date_of_the_past_day_dates_the_datelined_permit() -> None:
    # "La resolución tiene fecha del pasado 28 de enero", after a Spanish dateline
    # ("5 de febrero de 2026").
    text = (
        "Bilbao, 5 of February of 2026. – Nortia Bio has received the authorisation of the "
        "AEMPS for initiating the phase I clinical trial of dortalisib. The resolution of the "
        "AEMPS has date of the past 28 of January."
    )
    clearance = only(run(text, published="2026-02-05"), "ind_clearance")
    assert clearance.date == "2026-01-28"
