"""Which names an article gives its drugs, and which of them belong to one drug."""

from __future__ import annotations

import pytest

from service.extract.drugs import DrugIndex, index_drugs
from service.extract.names import find_names
from tests.unit.extract.helpers import keys, run


def _groups(index: DrugIndex) -> list[set[str]]:
    return [{d.canonical.lower(), *(a.lower() for a in d.aliases)} for d in index.drugs]


def _group_of(index: DrugIndex, name: str) -> set[str]:
    found = [g for g in _groups(index) if name.lower() in g]
    assert len(found) == 1, _groups(index)
    return found[0]


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


@pytest.mark.parametrize(
    "partners", ["carboplatin and paclitaxel", "carboplatin, pemetrexed, and paclitaxel"]
)
def test_every_item_of_a_combination_list_is_a_partner(partners: str) -> None:
    text = f"The FDA approved velotinib in combination with {partners} for lung cancer."
    index = index_drugs("", text)
    subjects = {index.drugs[m.drug].canonical for m in index.mentions if not m.comparator}
    assert subjects == {"velotinib"}
    assert index.main == 0


def test_qualified_labels_link_names_without_a_readable_name_before_them() -> None:
    text = (
        "Acme said its anti-PD-1 antibody injection (English trade name: ZORVEXA, research "
        "code: AC1234) was approved by the FDA. The generic name of the drug is "
        "korvalimab."
    )
    assert _group_of(index_drugs("", text), "zorvexa") == {"korvalimab", "zorvexa", "ac1234"}


def test_dosage_form_and_strength_do_not_hide_the_brand_before_a_parenthesis() -> None:
    index = index_drugs("", "Brandix Intravenous Infusion 100 mg (quelarsen) was approved.")
    assert _group_of(index, "quelarsen") == {"quelarsen", "brandix"}


def test_prose_aliases_join_the_name_they_follow() -> None:
    text = (
        "Velotinib, developed as ABC 123, was first approved at home. The agency cleared "
        "it as Velora in 2021, and elsewhere the drug is sold as Velorix."
    )
    index = index_drugs("", text)
    assert _group_of(index, "velotinib") == {"velotinib", "abc 123", "velora", "velorix"}
    assert len(index.drugs) == 1


def test_a_block_of_labelled_lines_names_one_product() -> None:
    text = (
        "Summary of approved new drug\n\nBrand name: Quelira Tablets 20 mg\n"
        "Non-proprietary name: quelarsen (JAN)\nDevelopment code: QL-101/XB-22\n"
        "Applicant: Acme\n\nIndication: a rare disease."
    )
    index = index_drugs("", text)
    assert _group_of(index, "quelarsen") == {"quelarsen", "quelira", "ql-101", "xb-22"}


def test_separate_blocks_of_labelled_lines_stay_separate_products() -> None:
    text = (
        "Brand name: Quelira\nNon-proprietary name: quelarsen\n\n\n\n"
        "Brand name: Dorvana\nNon-proprietary name: dorsiran\n"
    )
    index = index_drugs("", text)
    assert _group_of(index, "quelarsen") == {"quelarsen", "quelira"}
    assert _group_of(index, "dorsiran") == {"dorsiran", "dorvana"}


def test_a_rival_named_for_context_is_not_the_articles_subject() -> None:
    text = (
        "The FDA declined last month to grant full approval, issuing a complete response "
        "letter. Velotinib, developed as ABC 123, was the first drug of its class. "
        "Analysis: the letter helps rival Barzo (barnetinib). Barzo's own confirmatory "
        "trial is still running."
    )
    milestones = run(text, published="2024-01-10")
    assert keys(milestones) == {("velotinib", "rejection", "US")}


def test_a_chinese_co_pack_is_named_after_its_first_component() -> None:
    text = (
        "国家药监局批准某某药业的洛瑞替韦片/利托那韦片组合包装（商品名：安洛欣，"
        "洛瑞替韦英文通用名：loritevir，研发代号：AB-5501）上市。"
    )
    index = index_drugs("", text)
    assert _group_of(index, "loritevir") >= {"洛瑞替韦", "安洛欣", "ab-5501"}
    assert "利托那韦" not in _group_of(index, "loritevir")
    assert keys(run(text, lang="zh")) == {("loritevir", "approval", "CN")}


def test_a_combinations_english_name_and_brand_tie_to_its_lead_drug() -> None:
    text = (
        "2023年5月，国家药监局批准某某公司的泽米特韦片/利托那韦片组合包装"
        "（英文名：zemitrevir/ritonavir，商品名：Zemora）进口注册。"
    )
    index = index_drugs("", text)
    assert _group_of(index, "zemitrevir") >= {"泽米特韦", "zemora"}
    assert keys(run(text, lang="zh")) == {("zemitrevir", "approval", "CN")}


def test_a_salt_inn_names_the_same_drug_as_the_bare_inn() -> None:
    text = (
        "某某生物的法洛替尼片（英文通用名：falotinib hydrobromide，研发代号：AB-77）获批上市。"
        "falotinib为口服小分子药物。"
    )
    index = index_drugs("", text)
    assert _group_of(index, "falotinib") >= {"falotinib hydrobromide", "ab-77"}


def test_a_partner_named_with_its_salt_first_and_a_parenthesis_is_no_subject() -> None:
    text = (
        "The company said its Zorvimab injection (zorvimab) combined with mesylate "
        "feltinib tablets (duratinib) received a complete response letter from the FDA "
        "on March 3, 2025."
    )
    index = index_drugs("", text)
    assert _group_of(index, "feltinib") >= {"duratinib"}
    assert keys(run(text)) == {("zorvimab", "rejection", "US")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The FDA approved ravodelic acid for adults.", ["ravodelic acid"]),
        ("Patients took fexoprine hydrochloride tablets.", ["fexoprine hydrochloride"]),
        ("Levels of deoxyribonucleic acid and folic acid rose.", []),
    ],
)
def test_an_acid_or_salt_without_an_inn_stem_is_a_two_word_name(
    text: str, names: list[str]
) -> None:
    assert [n.text for n in find_names(text)] == names


def test_an_acid_named_drug_gets_its_events() -> None:
    text = "The FDA approved ravodelic acid (RVA) for primary biliary cholangitis."
    assert keys(run(text)) == {("ravodelic acid", "approval", "US")}


def test_a_partner_named_with_its_owner_is_still_a_partner() -> None:
    text = (
        "Acme dosed the first patient in a Phase 3 trial of ACM-2210 plus Zenith's Lorvia "
        "(tarolimab) in melanoma. The FDA granted the combination Breakthrough Therapy "
        "designation in February."
    )
    index = index_drugs("", text)
    assert index.main is not None and index.drugs[index.main].canonical == "ACM-2210"
    assert {m.drug for m in run(text)} == {"ACM-2210"}


def test_a_prostaglandin_receptor_antagonist_stem_names_a_drug() -> None:
    found = run("The FDA approved Halden Bio's sotipiprant for allergic asthma on May 2, 2025.")
    assert [(m.drug, m.type) for m in found] == [("sotipiprant", "approval")]


def test_a_complement_inhibitor_stem_names_a_drug() -> None:
    found = run("The FDA approved Orrin Pharma's vemracopan for C3 glomerulopathy on May 2, 2025.")
    assert [(m.drug, m.type) for m in found] == [("vemracopan", "approval")]


def test_a_ppar_agonist_stem_names_a_drug() -> None:
    found = run(
        "The FDA approved Tovern Bio's rulaglitazar for fatty liver disease on May 2, 2025."
    )
    assert [(m.drug, m.type) for m in found] == [("rulaglitazar", "approval")]


@pytest.mark.parametrize(
    "apposition", ["Halden Therapeutics' oral glutamate modulator", "a once-weekly NK3 antagonist"]
)
def test_a_word_defined_by_its_class_in_an_apposition_is_a_name(apposition: str) -> None:
    text = (
        f"The CHMP adopted a negative opinion on tovarmedine, {apposition}, in May. Its "
        "blood pressure control, an ACE inhibitor, was kept; the syndrome, a class effect of "
        "kinase inhibitors, is rare."
    )
    assert keys(run(text, "2025-06-13")) == {("tovarmedine", "rejection", "EU")}


def test_a_word_before_a_companys_noun_names_the_company() -> None:
    # A surname may end like the -rsen stem; "Therapeutics" after it makes it a company.
    text = "CDE承办了挪森（Gundersen Therapeutics）卡替洛尔片（cartilolol）的进口上市申请。"
    assert [n.text for n in find_names("Gundersen Therapeutics filed it.")] == []
    assert keys(run(text, lang="zh")) == {("cartilolol", "application_acceptance", "CN")}
    assert [n.text for n in find_names("Patients took eplontersen daily.")] == ["eplontersen"]


def test_a_scope_in_brackets_after_a_tables_indication_is_no_drug() -> None:
    text = (
        "Asset\tIndication\tStatus\n"
        "Corvatinib (KT-41)\tNSCLC (China)\tNDA accepted; priority review\n"
        "Corvatinib (KT-41)\tNSCLC (global)\tPhase 3\n"
    )
    assert {m.drug for m in run(text, published="2025-05-15")} <= {"corvatinib"}


def test_a_bradykinin_antagonists_tibant_stem_names_a_drug() -> None:
    # The INN stem "-tibant" (bradykinin receptor antagonists); the code's prefix is also a
    # currency's, so the INN alone names the drug.
    text = (
        "Harrowgate Bio said the FDA issued a complete response letter on 4 March for "
        "morvatibant (GBP-77), its oral treatment for angioedema attacks."
    )
    assert keys(run(text)) == {("morvatibant", "rejection", "US")}


def test_a_common_noun_after_the_article_is_no_described_name() -> None:
    # "the receptor, a group the approved conjugate …": a described apposition names no
    # product when the word before it takes "the", as only common nouns do.
    text = (
        "Brellan says valtorumab also works when tumours show little of the receptor, a group "
        "the approved conjugate does not reach."
    )
    assert [d.canonical for d in index_drugs("", text).drugs] == ["valtorumab"]


@pytest.mark.parametrize("word", ["triptan", "gliflozin", "vastatin"])
def test_a_stem_written_alone_names_a_class_not_a_drug(word: str) -> None:
    text = (
        f"Ostrava Pharma said the EMA approved velotriptan, an oral {word}, in March. "
        f"The {word} was cleared by the FDA last year."
    )
    assert word not in {name.text.lower() for name in find_names(text)}
    assert all(drug == "velotriptan" for drug, _, _ in keys(run(text)))


def test_glucagon_written_alone_is_still_a_drug() -> None:
    assert "glucagon" in {name.text.lower() for name in find_names("Nasal glucagon was approved.")}


@pytest.mark.parametrize(
    "word",
    ["mosapride", "apremilast", "tropifexor", "dorzagliatin", "mirogabalin", "zilucoplan",
     "elasomeran", "odevixibat", "fenofibrate", "camlipixant", "brensocatib", "obicetrapib",
     "korvenastib"],
)  # fmt: skip
def test_more_inn_stems_and_any_inhibitor_ending_are_names(word: str) -> None:
    assert [n.text for n in find_names(f"Doctors may prescribe {word} daily.")] == [word]


def test_a_disease_glossed_after_an_inn_is_no_name_of_it() -> None:
    text = (
        "Brenlow Pharma said the FDA accepted the NDA for quorvatide (hereditary cerebellar "
        "ataxia) in May. Tandel Bio's remuzotug (gastroparesis) was approved in Japan in April."
    )
    index = index_drugs("", text)
    assert sorted(d.canonical for d in index.drugs) == ["quorvatide", "remuzotug"]
    assert all(not d.aliases for d in index.drugs)


def test_a_two_word_inn_glossed_after_a_brand_is_its_name() -> None:
    index = index_drugs("", "The FDA approved Pelvira (marsotan flurazate) in May.")
    assert _group_of(index, "Pelvira") == {"pelvira", "marsotan flurazate"}


def test_a_code_given_in_a_market_under_its_own_code_is_the_drugs() -> None:
    text = (
        "The ministry approved velorase alfa on Friday. The therapy, which Kiyora developed "
        "in Japan under its own code KY-4410, is the first for the disease. It was discovered "
        "by Brennan Therapeutics of Boston as BRN-220."
    )
    index = index_drugs("", text)
    assert _group_of(index, "velorase alfa") == {"velorase alfa", "ky-4410", "brn-220"}


def test_a_diseases_other_name_is_no_alias_of_the_drug() -> None:
    text = (
        "The ministry approved velorase alfa for mucopolysaccharidosis type IIIA, also known "
        "as Morrow syndrome, on Friday."
    )
    index = index_drugs("", text)
    assert _group_of(index, "velorase alfa") == {"velorase alfa"}
