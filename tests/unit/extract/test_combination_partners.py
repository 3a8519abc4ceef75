"""A milestone of a combination belongs to the investigational drug, not its established
partner (nor a trial's comparator, nor the therapy the treated patients had before); a
Chinese generic name ending in a transliterated WHO stem is a drug name; an INN written with
its dosage form keeps that form."""

from __future__ import annotations

import pytest

from service.extract.drugs import index_drugs
from tests.unit.extract.helpers import keys, only, run


def test_a_hyphen_joined_combination_names_its_partner_second() -> None:
    text = (
        "Acme tests zorvapimod in tumours that progressed on pembrolizumab. The agency "
        "granted fast track designation to the zorvapimod-pembrolizumab combination."
    )
    index = index_drugs("", text)
    second = text.index(". The")
    flags = {
        index.drugs[m.drug].canonical: m.comparator for m in index.mentions if m.start > second
    }
    assert flags == {"zorvapimod": False, "pembrolizumab": True}
    assert {index.drugs[d].canonical for d in index.partners} == {"pembrolizumab"}


def test_an_unnamed_event_after_an_add_on_partner_is_the_new_drugs() -> None:
    text = (
        "Acme's glimavotide was approved by the NMPA for adults with type 2 diabetes. It may "
        "be added to sitagliptin in patients whose sitagliptin dose fails to control blood "
        "sugar. The listing application was accepted by the NMPA in 2023."
    )
    found = keys(run(text, "2024-05-02"))
    assert ("glimavotide", "application_acceptance", "CN") in found
    assert not any(drug == "sitagliptin" for drug, _, _ in found)


def test_a_chinese_name_ending_in_the_lisib_stem_is_a_drug() -> None:
    text = (
        "近日，国家药品监督管理局批准某药业公司申报的1类创新药泽瓦利塞片上市，"
        "用于复发淋巴瘤成人患者。"
    )
    assert {m.drug for m in run(text, "2024-05-02", lang="zh")} == {"泽瓦利塞"}


def test_an_inn_written_with_its_dosage_form_keeps_that_form_as_an_alias() -> None:
    text = (
        "Acme's earlier product, Pulvexa (tobramycin liposome inhalation suspension), won "
        "approval from the FDA in 2019 for chronic lung infection."
    )
    approval = only(run(text, "2024-05-02"), "approval")
    assert approval.drug == "tobramycin"
    assert "tobramycin liposome inhalation suspension" in approval.aliases


def test_a_small_letter_word_with_a_dosage_form_in_a_brands_parenthesis_is_a_name() -> None:
    text = (
        "The FDA approved Acme's Ocula (pexorine ophthalmic solution) 0.5% for dry eye. "
        "Beta's velotinib was approved for cough in May."
    )
    drugs = {m.drug for m in run(text, "2024-05-02") if m.type == "approval"}
    assert drugs == {"pexorine", "velotinib"}


def test_a_trials_control_drug_is_not_the_subject_of_the_next_event() -> None:
    found = run(
        "Dongbaek Pharm's acid blocker velprazan is a P-CAB. In the phase 3 trial its healing "
        "rate was non-inferior compared to the control drug lansoprazole 30mg. In 2023 the "
        "company won the MFDS's approval of a phase 3 clinical trial plan (IND)."
    )
    assert keys(found) == {("velprazan", "ind_clearance", "KR")}


def test_a_comparator_named_as_such_is_not_the_subject_either() -> None:
    found = run(
        "Acme's velprazan is a P-CAB. In its pivotal study it beat the comparator lansoprazole "
        "on healing rates. The MFDS granted item permission to the drug in May."
    )
    assert keys(found) == {("velprazan", "approval", "KR")}


def test_compared_to_names_a_comparator() -> None:
    text = "Velprazan healed more erosions compared to lansoprazole in the study."
    index = index_drugs("", text)
    flags = {index.drugs[m.drug].canonical: m.comparator for m in index.mentions}
    assert flags == {"velprazan": False, "lansoprazole": True}


def test_the_drug_a_trial_proved_non_inferiority_to_is_a_comparator() -> None:
    text = "Velprazan showed non-inferiority to lansoprazole and superiority over rabeprazole."
    index = index_drugs("", text)
    flags = {index.drugs[m.drug].canonical: m.comparator for m in index.mentions}
    assert flags == {"velprazan": False, "lansoprazole": True, "rabeprazole": True}


def test_the_patients_earlier_therapy_is_not_the_subject_of_the_approval() -> None:
    text = (
        "Corvell's liver pill won accelerated approval from the FDA for use in adults with "
        "biliary disease who are intolerant of, or had a poor response to, obeticholic acid."
    )
    assert not any(m.drug == "obeticholic acid" for m in run(text, "2025-06-13"))


def test_an_unnamed_approval_after_a_refractory_population_is_the_new_drugs() -> None:
    text = (
        "Zelvatinib is an oral drug for patients whose lymphoma relapsed after ibrutinib. "
        "The FDA approved it in May."
    )
    assert keys(run(text, "2025-06-13")) == {("zelvatinib", "approval", "US")}


@pytest.mark.parametrize(
    "patients", ["adults with gout who did not respond to ibrutinib", "patients with no options"]
)
def test_what_the_patients_did_not_do_does_not_negate_the_approval(patients: str) -> None:
    text = f"Norvale Pharma's zelvatinib, for {patients}, won FDA approval on Tuesday."
    assert keys(run(text, "2025-06-13")) == {("zelvatinib", "approval", "US")}


def test_a_chinese_partner_glued_to_its_word_is_the_partner() -> None:
    found = run(
        "2025年9月，AB-8142片联合帕博利珠单抗被CDE纳入突破性治疗品种。",
        published="2025-11-04",
        lang="zh",
    )
    assert keys(found) == {("AB-8142", "designation", "CN")}


def test_a_chinese_patients_earlier_therapy_is_not_the_subject_of_the_designation() -> None:
    for history in ("既往接受过至少一种靶向药物（包括伊马替尼）治疗的", "对伊马替尼耐药的"):
        found = run(
            "2025年3月5日，科瑞药业宣布，AB-8150片获得美国FDA授予的突破性疗法认定（Breakthrough "
            f"Therapy Designation，BTD），用于治疗{history}成人患者。",
            published="2025-03-05",
            lang="zh",
        )
        assert keys(found) == {("AB-8150", "designation", "US")}, history


def test_a_control_arm_told_by_what_its_patients_got_is_no_subject() -> None:
    found = run(
        "The FDA approved belnotamab for lupus nephritis. In the phase 3 trial, 41% of patients "
        "treated with belnotamab responded, compared with 17% of those given everolimus.\n\nThe "
        "European Medicines Agency validated the company's marketing authorisation "
        "application on March 3.",
        published="2025-04-10",
    )
    assert ("belnotamab", "application_acceptance", "EU") in keys(found)
    assert not any(m.drug == "everolimus" for m in found)


def test_a_drug_a_trial_compared_against_is_no_subject_of_a_later_event() -> None:
    text = (
        "The FDA sent Corvane Bio a complete response letter for ostrelitinib on Monday. In the "
        "phase 3 programme ostrelitinib had been compared with placebo and with Dunholt's oral "
        "inhibitor perzolimab (Pelzora). Its new drug application had been accepted in August."
    )
    found = {(m.drug, m.type) for m in run(text)}
    assert ("ostrelitinib", "application_acceptance") in found
    assert not [d for d, _ in found if d == "perzolimab"]
