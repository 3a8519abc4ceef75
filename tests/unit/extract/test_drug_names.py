"""Which names an article gives its drugs, and which of them belong to one drug."""

from __future__ import annotations

import pytest

from service.extract.drugs import index_drugs
from service.extract.names import find_names
from tests.unit.extract.helpers import keys, run


def test_a_gene_isoform_is_a_target_not_a_code() -> None:
    text = (
        "The FDA approved Orvenza (daxituzumab-qrtz) for adults whose tumours are "
        "TGRN14.2-positive, the first TGRN14.2-targeted therapy."
    )
    index = index_drugs("", text)
    assert [d.canonical for d in index.drugs] == ["daxituzumab"]
    assert keys(run(text)) == {("daxituzumab", "approval", "US")}


@pytest.mark.parametrize(
    "word",
    ["divarasib", "ganaxolone", "aprocitentan", "daridorexant", "ivacaftor", "tebentafusp",
     "pralatrexate", "tedizolid", "duloxetine", "nimodipine"],
)  # fmt: skip
def test_common_inn_stems_are_names(word: str) -> None:
    assert [n.text for n in find_names(f"Doctors may prescribe {word} daily.")] == [word]
