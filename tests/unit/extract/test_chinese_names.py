"""Where a Chinese drug name starts and ends, and which stem words are descriptions."""

from __future__ import annotations

import pytest

from service.extract.drugs import index_drugs
from service.extract.names import find_names
from tests.unit.extract.helpers import keys, only, run


@pytest.mark.parametrize(
    "text",
    [
        "该药是一种人源化单抗，可阻断两条信号通路。",
        "另有多款国产同靶点单抗处于Ⅲ期临床阶段。",
        "这是一款全人源单抗。",
    ],
)
def test_a_description_ending_in_a_stem_is_not_a_name(text: str) -> None:
    assert find_names(text) == []


def test_a_description_does_not_take_the_next_sentences_event() -> None:
    text = (
        "9月11日，公司宣布其1类新药洛普奇拜单抗注射液已获国家药监局批准上市。"
        "洛普奇拜单抗是一种人源化单抗，可同时阻断两条通路。"
        "此次获批基于一项Ⅲ期临床研究。"
    )
    assert {m.drug for m in run(text, published="2024-09-12", lang="zh")} == {"洛普奇拜单抗"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家药监局批准雷利珠单抗上市。", "雷利珠单抗"),
        ("国家药监局已批准其CAR-T细胞产品舒维基奥仑赛注射液的上市申请。", "舒维基奥仑赛"),
        ("公司自愿披露洛索雷塞片获批。", "洛索雷塞"),
        ("司维格鲁肽注射液获批。", "司维格鲁肽"),
        ("丰和生物已主动撤回普维利单抗上市申请。", "普维利单抗"),
        ("国家药监局撤销卡诺替尼片的药品注册证书。", "卡诺替尼"),
    ],
)
def test_a_word_glued_before_a_name_is_cut_off(text: str, name: str) -> None:
    assert [n.text for n in find_names(text)] == [name]


def test_a_company_glued_before_a_name_is_cut_off_by_the_bare_name() -> None:
    text = "贝洛格鲁肽减重适应症获批。国家药监局批准康德贝洛格鲁肽注射液上市。"
    assert {n.text for n in find_names(text)} == {"贝洛格鲁肽"}


def test_a_salt_written_before_a_chinese_name_is_the_same_drug() -> None:
    text = "公司的枸橼酸维来雷塞片（研发代号：JX-21822）获受理。维来雷塞单药的研究获批。"
    index = index_drugs("", text)
    assert len(index.drugs) == 1
    assert {"枸橼酸维来雷塞", "维来雷塞", "JX-21822"} <= {
        index.drugs[0].canonical,
        *index.drugs[0].aliases,
    }


def test_a_stem_inside_a_longer_name_does_not_end_it() -> None:
    found = run(
        "回顾卡韦昔替尼的研发历程：该药于2023年获国家药监局批准上市，用于治疗斑秃。", lang="zh"
    )
    assert {m.drug for m in found} == {"卡韦昔替尼"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家药监局批准注射用泽洛糖苷酶β上市。", "泽洛糖苷酶β"),
        ("公司的康柏洛西普眼用注射液获受理。", "康柏洛西普"),
        ("其1类新药泰戈拉生片获批上市。", "泰戈拉生"),
    ],
)
def test_stems_of_enzymes_fusion_proteins_and_prazans_end_a_name(text: str, name: str) -> None:
    assert [n.text for n in find_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["该病由溶酶体中一种硫酸酯酶缺乏所致。", "这是一种酪氨酸激酶抑制剂。"],
)
def test_an_enzyme_without_its_greek_letter_is_a_description(text: str) -> None:
    assert find_names(text) == []


def test_approval_by_way_of_priority_review_reports_an_undated_priority_review() -> None:
    found = run(
        "近日，国家药品监督管理局通过优先审评审批程序附条件批准某某生物医药有限公司申报的"
        "1类创新药注射用泽洛糖苷酶β上市，用于治疗一种罕见的溶酶体贮积病。",
        published="2025-03-04",
        lang="zh",
    )
    assert keys(found) == {
        ("泽洛糖苷酶β", "approval", "CN"),
        ("泽洛糖苷酶β", "priority_review", "CN"),
    }
    assert only(found, "priority_review").date is None
    assert only(found, "approval").company == "某某生物"


def test_a_code_after_a_chinese_name_and_its_dosage_form_is_the_same_drug() -> None:
    text = (
        "【上市申请受理】普拉维肽：用于2型糖尿病\n\n8月3日，科瑞药业的普拉维肽注射液（KR-2207）"
        "上市申请获CDE受理，拟用于成人2型糖尿病。普拉维肽是一款长效GLP-1受体激动剂。"
    )
    found = run(text, "2025-08-06")
    assert [(m.type, m.date) for m in found] == [("application_acceptance", "2025-08-03")]
    assert {found[0].drug, *found[0].aliases} >= {"普拉维肽", "KR-2207"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("瑞安生物靶向PCSK9的卡普西兰注射液获得临床试验默示许可。", ["卡普西兰"]),
        ("康维生物的英卓司兰注射液获批上市。", ["英卓司兰"]),
        ("该药已在新西兰和澳大利亚获批，新西兰药监机构于3月批准。", []),
    ],
)
def test_siran_names_end_in_their_stem_but_new_zealand_is_no_name(
    text: str, names: list[str]
) -> None:
    assert [n.text for n in find_names(text)] == names


def test_an_innovation_passport_in_chinese_copy_is_the_designation_of_its_garbled_name() -> None:
    found = run(
        "恒川医药的JAK1抑制剂（英文通用名：belvocitinib，研发代号：HC-0712）于6月获MHRA批准。"
        "值得一提的是，Belvocetinib早在2023年即获得MHRA授予的“创新护照”。",
        published="2025-07-16",
        lang="zh",
    )
    passport = only(found, "designation")
    assert (passport.drug, passport.jurisdiction, passport.date) == ("belvocitinib", "UK", "2023")
    assert passport.attributes == {"designation": "innovation_passport"}


def test_a_biological_product_class_before_a_name_is_no_part_of_it() -> None:
    found = run(
        "5月6日，国家药监局批准某某细胞申报的1类治疗用生物制品塔瑞基奥仑赛注射液上市。",
        lang="zh",
    )
    assert only(found, "approval").drug == "塔瑞基奥仑赛"


@pytest.mark.parametrize("gloss", ["best-in-class", "first-in-class", "off-the-shelf"])
def test_an_english_compound_glossing_a_chinese_phrase_is_no_name(gloss: str) -> None:
    text = (
        "今年1月，QV-2207用于特应性皮炎的II期临床试验申请获得CDE默示许可。"
        f"合作方表示，QV-2207有望成为该领域的同类首创（{gloss}）疗法。"
    )
    assert [d.canonical for d in index_drugs("", text).drugs] == ["QV-2207"]
