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
