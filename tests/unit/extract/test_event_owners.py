"""Which drug an event told without a name belongs to, when the names before it include a
partner named with its owner and class, a rival a trial beat, a control arm told by its
result, or the therapy the patients' disease escaped; and a clinical score is no drug."""

from __future__ import annotations

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import keys, run


def test_an_owned_partner_with_a_class_is_no_referent_of_a_later_event() -> None:
    text = (
        "Pellmont Bio said the FDA approved zavonimab in combination with Orrin Health's "
        "anti-TIGIT antibody Corvexa (belrotamab) for gastric cancer. Corvexa is sold by "
        "Orrin Health for cervical cancer. The EMA validated the marketing authorisation "
        "application for the same regimen in February."
    )
    found = keys(run(text, "2025-04-02"))
    assert ("zavonimab", "application_acceptance", "EU") in found
    assert not any(drug == "belrotamab" for drug, _, _ in found)


def test_the_therapy_a_tumour_escaped_is_no_referent() -> None:
    text = (
        "The FDA approved Pellmont's zavonimab for lung cancer. \"Patients whose tumours escape "
        'dorvatinib have few options," a physician said. The agency had granted the '
        "application priority review in October 2024."
    )
    found = keys(run(text, "2025-04-02"))
    assert ("zavonimab", "priority_review", "US") in found
    assert not any(drug == "dorvatinib" for drug, _, _ in found)


def test_a_rival_a_trial_beat_and_its_arm_are_comparators() -> None:
    text = (
        "The FDA on Monday approved Pellmont's zavonimab for psoriasis. In trials it beat "
        "both placebo and the older blocker korlakinumab: 80% cleared, against 50% on "
        "korlakinumab. The European Commission approved it in March."
    )
    index = index_drugs("", text)
    flags = {index.drugs[m.drug].canonical: m.comparator for m in index.mentions}
    assert flags == {"zavonimab": False, "korlakinumab": True}
    assert ("zavonimab", "approval", "EU") in keys(run(text, "2025-06-04"))


def test_a_clinical_score_is_no_drug() -> None:
    text = (
        "Pellmont said the NMPA approved PLM-2204 for rheumatoid arthritis, after it matched "
        "the reference antibody on DAS28 improvements and ASAS40 responses."
    )
    index = index_drugs("", text)
    assert {d.canonical for d in index.drugs} == {"PLM-2204"}


def test_a_co_formulation_with_hyaluronidase_is_a_drug_of_its_own() -> None:
    text = (
        "The FDA approved Zavora SC (zavonimab and hyaluronidase-qkrt), an under-the-skin "
        "version of Zavora, on Monday. Intravenous Zavora (zavonimab) was approved in 2021."
    )
    found = {(m.drug, m.date) for m in run(text, "2025-04-02")}
    assert ("zavonimab and hyaluronidase-qkrt", "2025-03-31") in found
    assert ("zavonimab", "2021") in found
    index = index_drugs("", text)
    assert {d.canonical: d.aliases for d in index.drugs} == {
        "zavonimab and hyaluronidase-qkrt": ("Zavora SC",),
        "zavonimab": ("Zavora",),
    }


def test_a_combinations_slash_name_is_no_alias_of_its_last_part() -> None:
    text = (
        "Beta Pharma's BP-4410, a fixed-dose combination of lorgliptin and venagliflozin "
        "(lorgliptin/venagliflozin), was approved by the NMPA on Monday."
    )
    index = index_drugs("", text)
    aliases = {d.canonical: d.aliases for d in index.drugs}
    assert aliases["venagliflozin"] == ()
    assert "lorgliptin/venagliflozin" in aliases


def test_one_more_approval_of_a_batch_is_the_batch_regulators() -> None:
    text = (
        "China's NMPA on Tuesday approved three products. Acme's tarvostat won conditional "
        "approval for lymphoma.\n\nBeta's zelvatrigine won approval for seizures. Beta "
        "licensed it from Gamma; in the U.S., Gamma's application for the drug was accepted "
        "by the FDA in October.\n\n"
        "Delta's DP-2210, for type 2 diabetes, was also cleared."
    )
    found = {(m.drug, m.jurisdiction, m.date) for m in run(text, "2024-12-11")}
    assert ("DP-2210", "CN", "2024-12-10") in found
