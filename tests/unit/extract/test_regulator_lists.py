"""A regulator's list of its decisions as a table: the header names the columns (brand,
ingredient, sponsor, a dated step, indication, remarks) and no cell holds a verb. The date
column's label names the step every row tells; a remarks column lists statuses held."""

from __future__ import annotations

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import run

_APPROVALS = (
    "New medicines approved by the agency this year\n\n"
    "The FDA lists below the new molecular entities it approved.\n\n"
    "No. | Brand Name | Active Ingredient | Approval Date | Use on the approval date\n"
    "8. | Solvetra | quendarastib | 4/22/2025 | To treat advanced gastric cancer | Snapshot\n"
    "7. | Merivane | tolbexitide | 4/9/2025 | To treat type 2 diabetes in adults | Snapshot\n"
)

_REGISTER = (
    "Medicines entered on the register, March 2025\n\n"
    "Therapeutic Goods Administration. Dates are day/month/year.\n\n"
    "Trade name | Active ingredient | Sponsor | Register date | Indication (summary) | Notes\n"
    "PAXERO | vandoriparib | Wattle Pharma Pty Ltd | 4/03/2025 | Ovarian cancer | Orphan drug"
    " designation; Priority determination\n"
    "TELVIQ | morbaclimab | Banksia Bio Pty Ltd | 19/03/2025 | Asthma | -\n\n"
    "Applications withdrawn\n"
    "GRENTA | lisfarotug | Banksia Bio Pty Ltd | Withdrawn 7/03/2025 | Gout | Withdrawn\n"
)


def _found(text: str, published: str) -> dict[tuple[str, str, str], str | None]:
    return {(m.drug, m.type, m.jurisdiction): m.date for m in run(text, published)}


def test_each_row_is_the_step_its_date_column_names_on_its_day() -> None:
    found = _found(_APPROVALS, "2025-05-01")
    assert found[("quendarastib", "approval", "US")] == "2025-04-22"
    assert found[("tolbexitide", "approval", "US")] == "2025-04-09"


def test_remarks_list_statuses_held_without_a_day() -> None:
    found = _found(_REGISTER.replace("Register date", "Approval date"), "2025-03-25")
    assert found[("vandoriparib", "approval", "AU")] == "2025-03-04"
    assert found[("vandoriparib", "designation", "AU")] is None
    assert found[("vandoriparib", "priority_review", "AU")] is None
    assert found[("morbaclimab", "approval", "AU")] == "2025-03-19"


def test_a_register_date_column_is_an_approval_and_a_withdrawal_row_is_not() -> None:
    found = _found(_REGISTER.replace("Register date", "ARTG date"), "2025-03-25")
    assert found[("vandoriparib", "approval", "AU")] == "2025-03-04"
    assert ("lisfarotug", "approval", "AU") not in found


def test_an_english_word_in_a_parenthesis_is_no_drug() -> None:
    index = index_drugs("", "Trade name | Indication (summary) | Route (secondary)\n")
    assert not index.drugs
