"""A regulator's monthly list sets each kind of decision out as a table under a caption
("New marketing authorisations", "Licences cancelled at the request of the holder"): when
the header's date column names no step ("Date granted", "Date of decision"), the caption
does. A header label is read by its head word ("Date of decision" is a date's column), a
product's legal class or an identifier's column tells no action, and a row of a licence
whose use did not change (a new strength, a duplicate pack) is no new approval."""

from __future__ import annotations

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import run

_MONTHLY = (
    "Marketing authorisations granted in March 2026\n"
    "From: Medicines and Healthcare products Regulatory Agency\n\n"
    "This list shows the licences granted by the MHRA in March 2026.\n\n"
    "1. New marketing authorisations\n"
    "Date granted | Licence number | Product name | Active substance | Holder | Legal status\n"
    "04/03/2026 | PL 10001/0001 | Quorvel 10 mg tablets | dantrelixib | Fenmoor Ltd | POM\n"
    "19/03/2026 | PL 10001/0002 | Quorvel 10 mg tablets (blister pack) | dantrelixib | "
    "Fenmoor Ltd | POM | Duplicate licence; new pack size, no change to indication\n"
    "23/03/2026 | PL 20444/0007 | Selbrino 2 mg/ml solution | hovaprazine | Ashgrove Ltd | POM\n"
    "\n"
    "2. Marketing authorisations cancelled at the request of the holder\n"
    "Date cancelled | Licence number | Product name | Active substance | Holder\n"
    "11/03/2026 | PL 30017/0040 | Tendrova 5 mg tablets | mebrocalant | Ashgrove Ltd\n"
)

_REGISTER = (
    "European Commission: Union Register, latest decisions (last 30 days)\n\n"
    "Date of decision | EU number | Product name | Active substance | Type of decision\n"
    "14/05/2026 | EU/1/26/2001 | Olvancy | terapilimab | Decision withdrawing the marketing "
    "authorisation at the request of the holder\n"
    "13/05/2026 | EU/3/22/1500 | Brisquel | noxafitrin | Decision on the removal of the orphan "
    "designation from the register, at the request of the sponsor\n"
)

_SWISS = (
    "Swissmedic: new active substances authorised\n\n"
    "Authorisation date | Product | Active substance | Holder\n"
    "17.02.2026 | Ventralo, tablets | sarvodenib | Aareck AG\n"
)

_CAPTIONED = (
    "Therapeutic Goods Administration: prescription medicines, 2026\n\n"
    "Orphan drug designations granted\n"
    "Date of designation | Active ingredient | Sponsor | Proposed indication\n"
    "3 February 2026 | ZQ-4410 | Yarra Rare Pty Ltd | Treatment of a storage disease\n\n"
    "Applications accepted for evaluation\n"
    "Active ingredient | Therapeutic area | Month accepted\n"
    "tebrinostat | Oncology | January 2026\n"
)


def _found(text: str, published: str) -> dict[tuple[str, str, str], str | None]:
    return {(m.drug, m.type, m.jurisdiction): m.date for m in run(text, published)}


def test_a_caption_names_the_step_of_rows_whose_date_column_names_none() -> None:
    found = _found(_MONTHLY, "2026-04-10")
    assert found[("dantrelixib", "approval", "UK")] == "2026-03-04"
    assert found[("hovaprazine", "approval", "UK")] == "2026-03-23"
    assert found[("mebrocalant", "withdrawal", "UK")] == "2026-03-11"


def test_a_duplicate_pack_of_a_licensed_product_is_no_second_approval() -> None:
    approvals = [m for m in run(_MONTHLY, "2026-04-10") if m.drug == "dantrelixib"]
    assert [m.date for m in approvals] == ["2026-03-04"]


def test_a_date_of_decision_column_is_a_dates_and_a_holders_request_no_request() -> None:
    found = _found(_REGISTER, "2026-05-20")
    assert found[("terapilimab", "withdrawal", "EU")] == "2026-05-14"
    # A designation removed is no designation granted.
    assert ("noxafitrin", "designation", "EU") not in found


def test_an_authorisation_date_column_dated_day_first_with_dots() -> None:
    found = _found(_SWISS, "2026-03-01")
    assert found[("sarvodenib", "approval", "CH")] == "2026-02-17"


def test_a_caption_names_designations_and_a_month_column_dates_acceptances() -> None:
    found = _found(_CAPTIONED, "2026-02-20")
    designations = [m for m in run(_CAPTIONED, "2026-02-20") if m.type == "designation"]
    assert [(m.drug, m.date) for m in designations] == [("ZQ-4410", "2026-02-03")]
    assert found[("tebrinostat", "application_acceptance", "AU")] == "2026-01"


def test_a_year_month_cell_dates_its_row_to_the_month() -> None:
    text = (
        "Health Canada: submissions under review, update of 2026-03-04\n\n"
        "Medicinal ingredient | Therapeutic area | Year-month accepted into review\n"
        "dolvaparin | Cardiology | 2026-01\n"
        "serplatinib | Oncology | 2026-05\n"
    )
    found = _found(text, "2026-03-10")
    assert found[("dolvaparin", "application_acceptance", "CA")] == "2026-01"
    # A month still to come dates no event.
    assert ("serplatinib", "application_acceptance", "CA") not in found


_GLOSSED_PACK = (
    "Marketing authorisations granted in May 2026\n\n"
    "This list shows all marketing authorisations for human medicines granted by the MHRA in "
    "May 2026, together with licences cancelled at the request of the holder.\n\n"
    "1. New marketing authorisations\n"
    "Date granted | Licence number | Product name | Active substance | Holder\n"
    "06/05/2026 | PL 31001/0001 | Pelvanto 5 mg tablets | rostebarin | Kelmore Ltd\n"
    "27/05/2026 | PL 31001/0002 | Pelvanto 5 mg tablets (starter pack) | rostebarin | "
    "Kelmore Ltd\n"
)


def test_a_pack_glossed_after_a_product_is_no_name_of_it() -> None:
    names = {d.canonical for d in index_drugs("", _GLOSSED_PACK).drugs}
    assert "starter pack" not in names
    assert ("rostebarin", "approval", "UK") in _found(_GLOSSED_PACK, "2026-06-10")


def test_a_list_telling_all_its_licences_cancelled_names_no_product() -> None:
    found = _found(_GLOSSED_PACK, "2026-06-10")
    assert not [key for key in found if key[1] == "withdrawal"]


def test_a_headerless_rows_ingredient_after_its_brand_names_the_drug() -> None:
    text = (
        "Therapeutic Goods Administration: prescription medicines, 2026\n\n"
        "ARTG cancellations (at the sponsor's request)\n"
        "9 March 2026 | Felvoria | dastrophine | Banksia Pharma Pty Ltd | Commercial reasons\n"
    )
    found = _found(text, "2026-03-20")
    assert found[("dastrophine", "withdrawal", "AU")] == "2026-03-09"


def test_a_new_indication_cell_is_an_approval_whatever_its_indication_says() -> None:
    text = (
        "Swissmedic: authorisations, 2026\n\n"
        "Extensions of indication\n"
        "12.02.2026 | Orvalto, solution for infusion | pemtuzumab | Aareck AG | New "
        "indication: treatment of adults after complete resection of stage II melanoma\n"
    )
    found = _found(text, "2026-02-20")
    assert found[("pemtuzumab", "approval", "CH")] == "2026-02-12"


def test_a_rows_last_cell_telling_its_step_with_a_date_dates_it() -> None:
    text = (
        "Health Canada: submissions under review, update of 2026-04-02\n\n"
        "Submissions removed from the list since the last update: 1\n"
        "- morquavine | Neurology (focal seizures) | New active substance | withdrawn by the "
        "sponsor in March 2026\n"
    )
    found = _found(text, "2026-04-05")
    assert found[("morquavine", "withdrawal", "CA")] == "2026-03"


def test_a_list_titled_by_its_drugs_approved_in_a_year_names_none_of_them() -> None:
    text = (
        "Pharmaceuticals and Medical Devices Agency (PMDA)\n\n"
        "List of Approved Products: New Drugs Approved in FY2026 (April 2026 - March 2027)\n\n"
        "Approval date | Brand name (Applicant) | Active ingredient | Approval / Partial change\n"
        "Jul. 14, 2026 | Tervola Tablets 20 mg (Kiri Pharma Co., Ltd.) | sunvotinib | Approval\n"
    )
    approvals = [(m.drug, m.date) for m in run(text, "2026-08-01") if m.type == "approval"]
    assert approvals == [("sunvotinib", "2026-07-14")]
