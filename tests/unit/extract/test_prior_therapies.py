"""A drug named as the treated disease's earlier therapy is not the event's drug (invented
sentences)."""

from __future__ import annotations

import pytest

from service.extract.prior_therapies import prior_therapy


@pytest.mark.parametrize(
    "text",
    [
        "A supplement for renal cell carcinoma after sunitinib won accelerated approval in May.",
        "The sNDA for multiple myeloma following prior lenalidomide was approved in 2022.",
        "Its filing for metastatic melanoma after ipilimumab gained full approval.",
    ],
)
def test_a_drug_after_the_indications_disease_is_a_prior_therapy(text: str) -> None:
    name = text.split(" after ")[-1].split(" following prior ")[-1].split()[0]
    start = text.index(name)
    assert prior_therapy(text, start, start + len(name))


def test_a_drug_after_a_disease_not_told_as_an_indication_is_no_prior_therapy() -> None:
    text = "Interest in renal cell carcinoma after sunitinib won approval grew quickly."
    start = text.index("sunitinib")
    assert not prior_therapy(text, start, start + len("sunitinib"))
