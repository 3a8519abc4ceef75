"""Events given to the wrong owner: a company taken for a drug, a name not recognised, a
headline's clause, a section heading or a headline read as events of their own."""

from __future__ import annotations

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import keys, run


def test_a_company_named_with_its_noun_once_is_no_drug_anywhere() -> None:
    text = (
        "Brannersen Biosciences said on Tuesday that its partner had dosed patients. "
        "The FDA approved Brannersen's sodium channel blocker tovarsen in March 2024 for "
        "adults with erythromelalgia. Brannersen shares rose 12%."
    )
    index = index_drugs("Brannersen wins approval", text)
    assert [d.canonical for d in index.drugs] == ["tovarsen"]
    assert keys(run(text, "2024-05-02")) == {("tovarsen", "approval", "US")}


def test_a_drug_opening_a_sentence_beside_its_company_stays_a_drug() -> None:
    text = (
        "Tovar Biosciences said the FDA approved tovarsen in March 2024 for adults with "
        "erythromelalgia. Tovarsen has held orphan drug designation since 2021."
    )
    assert [d.canonical for d in index_drugs("", text).drugs] == ["tovarsen"]
    assert ("tovarsen", "approval", "US") in keys(run(text, "2024-05-02"))
