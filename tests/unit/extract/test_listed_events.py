"""Events a line of prose tells of every product a table or a list sets out: a notice's
table of products with no action or date column, which a sentence refers to ("the
applications listed in the table … are hereby withdrawn as of …"), and a committee's bulleted
list of the applications whose review it started (invented)."""

from __future__ import annotations

from service.extract.evaluation_lists import evaluation_lists
from service.extract.referred_tables import referred_events
from tests.unit.extract.helpers import run

_NOTICE = (
    "Food and Drug Administration\n\n"
    "Ostrander Labs, Inc., et al.; Withdrawal of Approval of Three New Drug Applications\n\n"
    "SUMMARY: The agency is withdrawing approval of three new drug applications.\n\n"
    "SUPPLEMENTARY INFORMATION: The holders listed in the table have asked FDA to withdraw "
    "approval of the applications, as the products are no longer sold.\n\n"
    "Application No. | Drug | Applicant\n"
    "NDA 020111 | Brellix (quoravetant mesylate) Capsules, 20 mg | Ostrander Labs, Inc.\n"
    "NDA 020222 | Dunmorafen for Injection USP, 500 mg/vial | Pellham Pharma LLC\n"
    "NDA 020333 | Tavrell (siprolimod) Tablets, 1 mg | Ackerly Biotech, Inc.\n\n"
    "Therefore, approval of the applications listed in the table, and all supplements "
    "thereto, is hereby withdrawn as of March 3, 2025.\n"
)


def test_a_sentence_referring_to_a_table_tells_each_rows_event_on_its_date() -> None:
    found = {(m.drug, m.type, m.jurisdiction): m.date for m in run(_NOTICE, "2025-03-03")}
    assert found[("quoravetant", "withdrawal", "US")] == "2025-03-03"
    assert found[("siprolimod", "withdrawal", "US")] == "2025-03-03"
    # A row naming its product only before its dosage form, with no stem the finder knows.
    assert found[("dunmorafen", "withdrawal", "US")] == "2025-03-03"


def test_a_request_to_withdraw_the_listed_applications_is_no_event() -> None:
    text = _NOTICE.rsplit("Therefore", 1)[0]
    assert not referred_events(text)
    future = _NOTICE.replace("is hereby withdrawn", "will be withdrawn")
    assert not referred_events(future)


def test_a_table_with_its_own_action_column_is_not_read_as_referred() -> None:
    text = _NOTICE.replace("Application No. | Drug | Applicant", "Drug | Action | Date")
    assert not referred_events(text)


_HIGHLIGHTS = (
    "Highlights of the committee meeting of 6-9 May 2025\n\n"
    "Start of evaluation\n"
    "This month the CHMP started its evaluation of the following initial marketing "
    "authorisation applications:\n"
    "- velquanib, for the treatment of advanced gastric cancer\n"
    "- dorsimotide, for the treatment of short bowel syndrome\n"
    "The list gives the name and the therapeutic area only.\n"
)


def test_each_item_of_a_list_of_reviews_started_is_an_acceptance_dated_by_its_lead() -> None:
    found = {
        (m.drug, m.type, m.jurisdiction): (m.date, m.attributes)
        for m in run(_HIGHLIGHTS, "2025-05-10")
    }
    assert found[("velquanib", "application_acceptance", "EU")] == (
        "2025-05",
        {"application": "MAA"},
    )
    assert found[("dorsimotide", "application_acceptance", "EU")][0] == "2025-05"


def test_a_list_whose_lead_ends_on_no_colon_lists_nothing() -> None:
    text = _HIGHLIGHTS.replace("applications:\n", "applications.\n")
    assert not evaluation_lists(text)
