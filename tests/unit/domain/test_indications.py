import pytest

from service.domain.drugs import milestone_key
from service.domain.indications import (
    indication_key,
    indication_suffix,
    milestone_for,
    same_indication,
)

SAME = [
    ("NTRK fusion-positive solid tumors", "solid tumours with NTRK gene fusion"),
    ("NSCLC", "non-small cell lung cancer"),
    (
        "adolescent and adult patients aged 12 years and older with solid tumours harbouring "
        "NTRK gene fusions",
        "patients aged 12 and older with NTRK fusion-positive solid tumors",
    ),
    ("adult patients with previously treated NSCLC", "non-small cell lung cancer"),
    ("EGFR-mutated NSCLC", "EGFR-mutated non-small cell lung cancer"),
    ("HER2-positive breast cancer", "breast cancer"),
    ("HER2-Positive Breast Cancer.", "her2 positive breast cancers"),
    ("acute myeloid leukaemia", "AML"),
    ("oesophageal squamous cell carcinoma", "esophageal squamous cell carcinoma"),
    ("relapsed or refractory multiple myeloma", "multiple myeloma"),
    ("Sjögren's syndrome", "Sjogren syndrome"),
    ("非小细胞肺癌", "非小细胞肺癌"),
]
DIFFERENT = [
    ("HER2-positive breast cancer", "gastric cancer"),
    ("HER2-positive breast cancer", "HER2-positive gastric cancer"),
    ("HER2-positive breast cancer", "HER2-negative breast cancer"),
    ("PD-L1 high NSCLC", "PD-L1 low non-small cell lung cancer"),
    ("EGFR-mutated NSCLC", "ALK-positive non-small cell lung cancer"),
    ("small cell lung cancer", "non-small cell lung cancer"),
    ("SCLC", "non-small cell lung cancer"),
    ("multiple myeloma", "diffuse large B-cell lymphoma"),
    ("非小细胞肺癌", "乳腺癌"),
]
UNKNOWN = [
    (None, "gastric cancer"),
    ("", "gastric cancer"),
    ("  ", "gastric cancer"),
    ("patients", "gastric cancer"),
    # A population without a disease (a misread sentence) names nothing to tell apart.
    ("patients aged one year and older", "methylmalonic acidemia"),
    ("在控制饮食和增加运动的基础上", "成人肥胖或超重患者的长期体重管理"),
    # Two scripts: we cannot translate, so a Chinese source still corroborates.
    ("非小细胞肺癌", "NSCLC"),
    # Chinese text carries Latin acronyms too: still two languages, still can't tell.
    ("儿童LCH和低级别胶质瘤", "pediatric Langerhans cell histiocytosis and low-grade glioma"),
]


@pytest.mark.parametrize(("first", "second"), SAME + UNKNOWN)
def test_rewordings_and_unknowns_name_one_indication(first: str | None, second: str) -> None:
    assert same_indication(first, second)
    assert same_indication(second, first)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_a_different_disease_or_marker_is_another_indication(first: str, second: str) -> None:
    assert not same_indication(first, second)
    assert not same_indication(second, first)


def test_an_indication_key_extends_the_milestone_key() -> None:
    base = milestone_key("x", "approval", "US", {})
    key = indication_key(base, "HER2-Positive Gastric Cancer")
    assert key == "x:approval:US~her2-positive-gastric-cancer"
    assert indication_suffix(key) == "~her2-positive-gastric-cancer"
    assert indication_suffix(base) == ""


def test_an_indication_key_is_bounded_and_stable() -> None:
    base = "x:approval:US"
    long_text = "adults with " + "very " * 40 + "rare disease"
    assert len(indication_key(base, long_text)) <= len(base) + 61
    assert not indication_key(base, long_text).endswith("-")
    chinese = indication_key(base, "非小细胞肺癌")
    assert chinese == indication_key(base, "非小细胞肺癌")
    assert chinese != indication_key(base, "非小细胞肺癌脑转移")
    assert indication_suffix(chinese).startswith("~i-")


def test_milestone_for_picks_the_line_of_the_indication_or_names_a_new_one() -> None:
    known = [("x:approval:US", "breast cancer"), ("x:approval:US~gastric-cancer", "gastric cancer")]
    assert milestone_for(["x:approval:US"], "gastric cancers", known) == (
        "x:approval:US~gastric-cancer",
        True,
    )
    assert milestone_for(["x:approval:US"], None, known) == ("x:approval:US", True)
    assert milestone_for(["x:approval:US"], "NSCLC", known) == ("x:approval:US~nsclc", False)
    assert milestone_for(["x:approval:CN"], "NSCLC", known) == ("x:approval:CN", False)
