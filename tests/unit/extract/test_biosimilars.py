"""A biosimilar named by its suffixed nonproprietary name is a drug apart from its
reference product, and the names the text gives "the biosimilar" are its own."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run

_TEXT = (
    "The FDA approved Velsimo (korvatumab-qrtx) on May 5, a biosimilar to Acme's Korvex "
    "(korvatumab). Bexley developed the biosimilar under the code BX-12 and already sells "
    "it in Europe as Velsima, following a European Commission marketing authorisation in "
    "March. Korvex itself was first approved by the FDA in 2018."
)


def test_a_biosimilars_suffixed_name_is_a_drug_apart_from_its_reference() -> None:
    assert keys(run(_TEXT)) == {
        ("korvatumab-qrtx", "approval", "US"),
        ("korvatumab-qrtx", "approval", "EU"),
        ("korvatumab", "approval", "US"),
    }


def test_the_names_told_of_the_biosimilar_are_its_own() -> None:
    found = {m.drug: set(m.aliases) for m in run(_TEXT)}
    assert found["korvatumab-qrtx"] == {"Velsimo", "BX-12", "Velsima"}
    assert found["korvatumab"] == {"Korvex"}


def test_a_suffixed_name_of_the_product_itself_stays_one_drug() -> None:
    text = "The FDA approved Korvex (korvatumab-qrtx) on May 5. Korvatumab was filed in 2024."
    assert {m.drug for m in run(text)} == {"korvatumab"}


def test_a_licence_dated_at_the_sentence_end_is_an_approval() -> None:
    text = (
        "Acme sells velotinib in Europe, following a European Commission marketing "
        "authorisation in March."
    )
    assert keys(run(text)) == {("velotinib", "approval", "EU")}


def test_an_approval_an_adviser_endorsed_is_no_approval() -> None:
    text = (
        "Acme filed velotinib with the FDA in 2024. An advisory committee endorsed approval "
        "in May, and the agency's decision is due in July."
    )
    assert ("velotinib", "approval", "US") not in keys(run(text))
