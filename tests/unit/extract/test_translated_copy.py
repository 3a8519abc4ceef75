"""Machine translations of Chinese copy: Hong Kong's own regulator, and a list's inclusion
told again with its formal day after a headline."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_hong_kong_department_of_health_is_its_own_regulator() -> None:
    text = (
        "On March 4, Qinglan Pharma said its drug velantibart has obtained registration "
        "approval from the Department of Health of the Hong Kong Special Administrative "
        "Region Government."
    )
    approval = only(run(text, published="2025-03-04"), "approval")
    assert (approval.jurisdiction, approval.agency) == ("HK", "DH")


def test_formal_inclusion_day_after_a_headline_dates_the_designation() -> None:
    text = (
        "Sorbel Therapeutics' SRB-88 included in breakthrough therapy varieties by CDE\n\n"
        "On May 20, Sorbel Therapeutics announced that SRB-88 was included in the "
        "breakthrough therapy varieties by the CDE for biliary tract cancer. "
        "The candidate had been listed for public comment in late April. "
        "The agency then officially included the product on May 16."
    )
    designation = only(run(text, published="2025-05-20"), "designation")
    assert designation.date == "2025-05-16"


def test_approval_for_a_phase_clinical_trial_is_a_clearance() -> None:
    text = (
        "Hanbit Bio said on the 3rd that its candidate HB-512 was also approved for phase 2 "
        "clinical by the Ministry of Food and Drug Safety."
    )
    assert {m.type for m in run(text, published="2025-04-03")} == {"ind_clearance"}


def test_an_ind_told_as_cleared_is_a_trial_clearance() -> None:
    text = (
        "Hemu Pharma said its drug tolvanib was approved by NMPA last year. In the United "
        "States, the IND of tolvanib for a bridging study was cleared by the FDA in 2024."
    )
    found = run(text, published="2025-03-02")
    assert ("tolvanib", "ind_clearance", "US") in keys(found)
    assert ("tolvanib", "approval", "US") not in keys(found)


def test_a_first_child_patient_dosed_starts_the_trial() -> None:
    text = (
        "The Phase I/II study of tolvanib in children dosed the first child patient in "
        "2024年12月 at a hospital in Beijing, Hemu Pharma said."
    )
    found = only(run(text, published="2025-03-02"), "trial_initiation")
    assert found.date == "2024-12"


def test_a_designation_application_by_its_initials_is_no_marketing_filing() -> None:
    text = (
        "Hemu Pharma said the BTD application for tolvanib was submitted to the CDE in "
        "September, and it plans an NDA next year."
    )
    assert all(m.type != "application_submission" for m in run(text, published="2025-12-02"))
