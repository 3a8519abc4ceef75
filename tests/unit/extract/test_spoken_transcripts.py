"""Events told in speech: earnings calls, analyst Q&A and podcasts, with speaker heads,
asides to the audience, reply words, guesses, questions and informal scheme names."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, only, run


def test_aside_to_the_audience_is_no_hedge() -> None:
    for aside in ("As you may remember", "As many of you will recall", "As some may know"):
        found = run(f"{aside}, corvistat received SAKIGAKE designation in 2021.")
        assert only(found, "designation").date == "2021", aside


def test_may_still_hedges_the_event() -> None:
    found = run("Corvistat may receive SAKIGAKE designation later this year.")
    assert found == []


def test_reply_word_is_no_negation() -> None:
    found = run(
        "HOST: Are they still in Europe?\n\nGUEST: No, they pulled the EU application for "
        "pemtorafenib back in March.",
        published="2026-05-20",
    )
    assert only(found, "withdrawal").date == "2026-03"


def test_reply_word_keeps_a_real_negation() -> None:
    found = run("GUEST: No, the FDA has not approved pemtorafenib.", published="2026-05-20")
    assert found == []


def test_contracted_guess_is_a_hedge() -> None:
    for guess in ("I'd bet", "We'd hope", "I’d guess"):
        found = run(
            f"HOST: {guess} the FDA gives them priority review for AXL-310 when they file.",
            published="2026-05-20",
        )
        assert found == [], guess


def test_contracted_had_still_tells_the_event() -> None:
    found = run(
        "CEO: We'd filed the NDA for AXL-310 in January, and the FDA accepted it in March.",
        published="2026-05-20",
    )
    assert only(found, "application_acceptance").date == "2026-03"


def test_question_in_a_speaker_turn_tells_no_event() -> None:
    for turn in (
        "Mara Lind, Ostrey Capital: What's the risk of a CRL on belzotinib?",
        "Mara Lind, Ostrey Capital: Thanks. Any chance of an early action on belzotinib "
        "given priority review?",
        "ANALYST: Is there a risk the FDA rejects belzotinib?",
    ):
        assert run(turn, published="2025-11-12") == [], turn


def test_question_taking_the_event_as_known_tells_it() -> None:
    found = run(
        "HOST: Did you see the FDA sent Morrow Bio a complete response letter for "
        "belzotinib on Monday?",
        published="2025-11-12",
    )
    assert ("belzotinib", "rejection", "US") in keys(found)


def test_scheme_named_after_a_verb_of_getting_it() -> None:
    found = run("HOST: Telvani Bio got FDA breakthrough for TLV-88 in May.", published="2026-07-22")
    assert only(found, "designation").attributes == {"designation": "breakthrough_therapy"}
    found = run("CEO: We landed Fast Track for TLV-88 in May.", published="2026-07-22")
    assert only(found, "designation").date == "2026-05"
    found = run("TLV-88 won breakthrough status from the FDA in May.", published="2026-07-22")
    assert only(found, "designation").date == "2026-05"


def test_voucher_picked_up_is_no_designation() -> None:
    found = run(
        "With the approval of TLV-88 by the FDA in May, Telvani also received a rare "
        "pediatric disease priority review voucher.",
        published="2026-07-22",
    )
    assert [m for m in found if m.type == "designation"] == []


def test_prostaglandin_stem_names_a_drug() -> None:
    found = run(
        "Their glaucoma drop, sorvaprost, got approved in Australia in June.",
        published="2026-07-22",
    )
    assert ("sorvaprost", "approval", "AU") in keys(found)


def test_supplement_approved_without_its_regulator_is_the_fdas() -> None:
    found = run(
        "ANALYST: Europe is still reviewing quelimab with the EMA. Separately, the adjuvant "
        "sBLA for quelimab was approved October 18.",
        published="2024-11-06",
    )
    assert ("quelimab", "approval", "US") in keys(found)
    assert ("quelimab", "approval", "EU") not in keys(found)
