"""Which indication a milestone is read with: near its evidence, a disease before a population."""

from __future__ import annotations

from service.extract.indications import indication_for
from service.extract.sentences import split_sentences
from tests.unit.extract.helpers import only, run


def read(text: str, at: int, others: frozenset[int] = frozenset(), title: str = "") -> str | None:
    sentences = tuple(split_sentences(text))
    return indication_for(text, sentences, at, False, title, others)


def test_a_population_reads_on_across_commas_to_its_disease() -> None:
    text = (
        "Regulators approved zapotide for adults with unresectable, locally advanced or "
        "metastatic urothelial carcinoma after platinum chemotherapy."
    )
    assert read(text, 0) == (
        "adults with unresectable, locally advanced or metastatic urothelial carcinoma"
    )


def test_a_disease_beats_a_population_alone() -> None:
    text = (
        "The agency cleared zapotide for patients who weigh at least 40 kg, the first "
        "medicine for the treatment of Fabry disease."
    )
    assert read(text, 0) == "Fabry disease"
    assert read("The agency cleared zapotide for patients aged two and older.", 0) == (
        "patients aged two and older"
    )


def test_an_evidence_sentence_without_one_borrows_from_the_sentence_before() -> None:
    text = (
        "Acme develops zapotide for idiopathic pulmonary fibrosis. "
        "The FDA granted the drug orphan drug designation on Monday."
    )
    assert read(text, 1) == "idiopathic pulmonary fibrosis"
    # ... unless that sentence is another milestone's evidence: its disease is its own.
    assert read(text, 1, others=frozenset({0})) is None
    title = "Orphan status for zapotide in Crohn's disease"
    assert read(text, 1, others=frozenset({0}), title=title) == "Crohn's disease"


def test_an_acronym_the_article_defines_is_spelled_out() -> None:
    text = (
        "Zapotide treats progressive supranuclear palsy (PSP) and transfusion-dependent "
        "beta thalassaemia (TDT). The agency approved zapotide for advanced PSP. "
        "It also approved it for both PSP and TDT."
    )
    assert read(text, 1) == "advanced progressive supranuclear palsy"
    assert read(text, 2) == (
        "progressive supranuclear palsy and transfusion-dependent beta thalassaemia"
    )


def test_a_second_approval_keeps_its_own_indication() -> None:
    text = (
        "In March 2024 the FDA approved zapotide for the treatment of Crohn's disease. "
        "In May 2025 the FDA approved zapotide again, this time for psoriatic arthritis."
    )
    found = run(text, published="2025-06-13")
    indications = sorted(m.indication or "" for m in found if m.type == "approval")
    assert indications == ["Crohn's disease", "psoriatic arthritis"], [m.to_dict() for m in found]


def test_chinese_reads_what_the_drug_is_indicated_for_without_the_application() -> None:
    text = "公司宣布，其新药适用于治疗中重度斑块状银屑病的上市申请已获受理。"
    sentences = tuple(split_sentences(text))
    assert indication_for(text, sentences, 0, True) == "中重度斑块状银屑病"
    text = "该药用于治疗复发性卵巢癌的新药上市申请已获国家药品监督管理局受理。"
    assert indication_for(text, tuple(split_sentences(text)), 0, True) == "复发性卵巢癌"


def test_the_extractor_gives_a_milestone_the_disease_named_before_it() -> None:
    text = (
        "Acme's zapotide is being developed for hereditary hemochromatosis. "
        "On Monday the FDA approved zapotide, Acme said."
    )
    approval = only(run(text), "approval")
    assert approval.indication == "hereditary hemochromatosis"


def test_a_disease_keeps_its_qualifier_and_a_population_stops_at_the_verb() -> None:
    text = (
        "The application for zapotide in the treatment of solid tumours carrying RET "
        "fusions in adults and adolescents has been accepted."
    )
    assert read(text, 0) == "solid tumours carrying RET fusions"
    text = "The application for zapotide in adults and adolescents has been accepted."
    assert read(text, 0) == "adults and adolescents"


def test_a_country_is_not_an_indication() -> None:
    assert read("Regulators approved zapotide in the US on Monday.", 0) is None
