"""Company codes whose letters run on after the hyphen, and one-digit codes (invented)."""

from __future__ import annotations

from service.extract.names import find_names
from tests.unit.extract.helpers import only, run


def test_a_code_with_a_letter_group_after_the_hyphen() -> None:
    found = run("On March 3, the NMPA approved the CAR-T product QR-CAR19 injection of Acme Cell.")
    assert only(found, "approval").drug == "QR-CAR19"


def test_a_chinese_product_named_by_such_a_code() -> None:
    found = run("3月3日，某某细胞的BX-GT105注射液获得临床试验默示许可。", lang="zh")
    assert only(found, "ind_clearance").drug == "BX-GT105"


def test_a_code_written_with_and_without_its_hyphen_is_one_drug() -> None:
    found = run(
        "On May 6, the FDA granted Fast Track designation to ZQ-4410 for glioblastoma. "
        "Earlier, ZQ4410 received IND clearance from the NMPA in January 2025.",
        published="2025-05-07",
    )
    assert {m.drug for m in found} == {"ZQ-4410"}
    assert "ZQ4410" in only(found, "ind_clearance").aliases


def test_a_code_spelt_with_the_letters_of_a_response_letter_is_no_rejection() -> None:
    found = run("Vantrelix (CRL-5512) moved quickly. The FDA approved vantrelix for gout in May.")
    assert {(m.type, m.jurisdiction) for m in found} == {("approval", "US")}
    letter = run("In May, Acme received a CRL from the FDA for vantrelix in gout.")
    assert only(letter, "rejection").jurisdiction == "US"


def test_a_code_whose_letter_group_ends_in_a_single_digit() -> None:
    found = run("The FDA approved Lumiva (QTX-HEP2), Acme's hepatitis vaccine, on June 2.")
    assert only(found, "approval").drug == "QTX-HEP2"


def test_a_second_product_named_by_such_a_code_keeps_its_own_event() -> None:
    found = run(
        "The MFDS approved zolrastemcel (KBR-CEL4) for knee defects on Monday. "
        "Acme's first product, KBR-CEL2, a cell therapy for limb ischaemia, received "
        "conditional approval in Korea in 2020.",
        published="2025-06-17",
    )
    assert ("KBR-CEL2", "approval", "KR") in {(m.drug, m.type, m.jurisdiction) for m in found}


def test_a_code_led_by_an_exchanges_letters_with_four_digits_is_a_product() -> None:
    # Shanghai and Shenzhen listings carry six digits: "SZ-" before four names a product.
    found = run(
        "于2025年3月12日，SZ-4087的新药临床试验申请（IND）获FDA批准。"
        "此前，公司另一款产品SH-6120已于2024年获FDA授予孤儿药资格认定。",
        published="2025-08-20",
        lang="zh",
    )
    assert {(m.drug, m.type) for m in found} == {
        ("SZ-4087", "ind_clearance"),
        ("SH-6120", "designation"),
    }


def test_a_shanghai_listing_is_still_no_product() -> None:
    found = run("Dovrelimab was approved by the NMPA, Acme (SH 603417) said on Monday.")
    assert {m.drug for m in found} == {"dovrelimab"}


def test_a_one_digit_code_named_after_its_owner_is_a_name() -> None:
    text = (
        "4. Farrowdene Therapeutics, FDT-3. Fast track designation from the FDA on May 20 for "
        "biliary atresia. Levels of IL-6 fell in the trial."
    )
    names = [n.text for n in find_names(text)]
    assert "FDT-3" in names and "IL-6" not in names
