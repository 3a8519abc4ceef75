"""Regulators of middle-sized markets: each one's decision is its own country's."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import only, run

_APPROVALS = [
    ("The Emirates Drug Establishment (EDE) approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "AE"),
    ("The UAE Ministry of Health and Prevention approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "AE"),
    ("The Turkish Medicines and Medical Devices Agency (TITCK) approved tarvinostat for "
     "myelofibrosis on 3 March 2025.", "TR"),
    ("The Drug Regulatory Authority of Pakistan approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "PK"),
    ("The Drug Administration of Vietnam (DAV) approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "VN"),
    ("Indonesia's BPOM approved tarvinostat for myelofibrosis on 3 March 2025.", "ID"),
    ("The Philippine Food and Drug Administration approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "PH"),
    ("Colombia's INVIMA approved tarvinostat for myelofibrosis on 3 March 2025.", "CO"),
    ("The Egyptian Drug Authority (EDA) approved tarvinostat for myelofibrosis on "
     "3 March 2025.", "EG"),
    ("Argentina's National Administration of Drugs, Foods and Medical Technology approved "
     "tarvinostat for myelofibrosis on 3 March 2025.", "AR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), _APPROVALS)
def test_regional_regulator_approval_is_its_country(text: str, country: str) -> None:
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.date) == (country, "2025-03-03")


def test_philippine_fda_is_not_the_us_fda() -> None:
    text = (
        "The FDA Philippines approved tarvinostat on 3 March 2025; the US FDA approved it in 2023."
    )
    jurisdictions = {m.jurisdiction for m in run(text) if m.type == "approval"}
    assert jurisdictions == {"PH", "US"}


def test_regulator_that_registered_a_medicine_approved_it() -> None:
    text = (
        "Lantern Health said the Drug Regulatory Authority of Pakistan (DRAP) has registered "
        "ferlitinib for adults with chronic myeloid leukaemia on 4 February 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.drug, approval.jurisdiction, approval.date) == (
        "ferlitinib",
        "PK",
        "2025-02-04",
    )


def test_trial_registered_on_a_registry_is_no_approval() -> None:
    text = "The agency said the study of ferlitinib was registered on a public registry in 2024."
    assert not [m for m in run(text) if m.type == "approval"]


def test_registration_documents_are_approvals() -> None:
    text = (
        "The Philippine FDA issued a certificate of product registration to Bayani Pharma for "
        "ferlitinib on 4 February 2025. The Drug Administration of Vietnam granted registration "
        "numbers to 60 medicines on 5 February 2025, among them Tovarel (mendagliptin)."
    )
    found = {(m.drug, m.type, m.jurisdiction) for m in run(text)}
    assert ("ferlitinib", "approval", "PH") in found
    assert ("mendagliptin", "approval", "VN") in found


def test_declined_to_register_is_rejection_and_revoked_registration_withdrawal() -> None:
    text = (
        "SAHPRA declined to register ferlitinib for leukaemia in a letter dated 4 February "
        "2025. In March 2025 the Drug Administration of Vietnam revoked the registration of "
        "Tovarel (mendagliptin) after failed quality tests."
    )
    found = {(m.drug, m.type, m.jurisdiction) for m in run(text)}
    assert ("ferlitinib", "rejection", "ZA") in found
    assert ("mendagliptin", "withdrawal", "VN") in found


def test_class_noun_after_owner_is_no_drug_name() -> None:
    text = (
        "The Egyptian Drug Authority approved ferlitinib, Nile Biologics' oral antiviral for "
        "hepatitis, with a registration certificate dated 4 February 2025."
    )
    assert {m.drug for m in run(text)} == {"ferlitinib"}


def test_permission_to_a_named_holder_to_market_is_approval() -> None:
    text = (
        "The Drugs Controller General of India has granted permission to Saraswati Pharma "
        "to import and market ferlitinib tablets, according to a letter dated 4 February 2025."
    )
    approval = only(run(text), "approval")
    assert (approval.jurisdiction, approval.date) == ("IN", "2025-02-04")


def test_committee_saying_permission_be_granted_is_no_approval() -> None:
    text = (
        "The CDSCO's expert committee on 4 February 2025 recommended that Saraswati Pharma "
        "be granted permission to manufacture and market ferlitinib."
    )
    assert not [m for m in run(text) if m.type == "approval"]
