"""Machine translations of Chinese copy: Hong Kong's own regulator, and a list's inclusion
told again with its formal day after a headline."""

from __future__ import annotations

from tests.unit.extract.helpers import only, run


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
