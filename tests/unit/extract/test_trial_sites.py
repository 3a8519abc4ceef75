"""A trial start takes the jurisdiction of the site its sentence puts the trial at, not that
of a regulator named for another event or of the company's home (invented sentences)."""

from __future__ import annotations

from service.extract.places import find_places
from tests.unit.extract.helpers import only, run


def _start(text: str, published: str = "2025-09-12", lang: str | None = None) -> tuple:
    found = only(run(text, published, lang=lang), "trial_initiation")
    return found.jurisdiction, found.agency, found.date


def test_first_patient_dosed_at_a_site_in_a_us_city() -> None:
    text = (
        "Corvane Bio obtained IND clearance from China's NMPA for CVB-310 in February. "
        "Corvane dosed the first patient last week in its Phase 1 trial of CVB-310, a "
        "bispecific antibody for gastric cancer, at a site in Chicago."
    )
    assert _start(text) == ("US", "FDA", "2025-09")


def test_investigators_at_the_first_site_in_a_city_and_state() -> None:
    text = (
        "The European Medicines Agency granted QRT-552 orphan status in 2023.\n\n"
        "Yesterday investigators at our lead site in Columbus, Ohio dosed the first "
        "participant in our Phase 1 study of QRT-552 in adults with lupus nephritis."
    )
    assert _start(text) == ("US", "FDA", "2025-09-11")


def test_first_patient_dosed_at_a_named_hospital_in_an_australian_city() -> None:
    text = (
        "The FDA granted PLM-812 Fast Track designation in May. The first patient was dosed "
        "in the Phase 2 study of PLM-812 at the Westgate Children's Hospital in Brisbane in "
        "August."
    )
    assert _start(text) == ("AU", "TGA", "2025-08")


def test_study_carried_out_in_a_country_completed_the_first_administration() -> None:
    text = (
        "Kestrava obtained IND clearance from the NMPA for KVB-217 in March. In July, its "
        "first-in-human study of KVB-217 being carried out in Western Australia completed "
        "its first patient administration."
    )
    assert _start(text) == ("AU", "TGA", "2025-07")


def test_first_subject_dosed_in_the_study_conducted_in_a_country() -> None:
    text = (
        "After IND clearance from the NMPA in March, the first subject was dosed in July in "
        "the phase I study of KVB-217 conducted in Australia."
    )
    assert _start(text) == ("AU", "TGA", "2025-07")


def test_chinese_study_run_in_a_country_completed_its_first_dosing() -> None:
    text = (
        "星衡医药宣布，其自主研发的XH-905于今年1月获得国家药监局临床试验默示许可。今年6月，"
        "XH-905在澳大利亚开展的I期临床研究完成首例受试者给药。"
    )
    assert _start(text, lang="zh") == ("AU", "TGA", "2025-06")


def test_chinese_first_dosing_at_a_hospital_in_a_foreign_city() -> None:
    text = (
        "星衡医药宣布，XH-905获得美国FDA孤儿药资格认定。该药的II期临床试验已于上月在墨尔本某"
        "儿童医院完成首例患者给药。"
    )
    assert _start(text, lang="zh") == ("AU", "TGA", "2025-08")


def test_a_city_written_with_its_province() -> None:
    text = (
        "The MHRA granted an Innovation Passport to ROV-118 in 2024. The first patient in "
        "the Phase 2 trial of ROV-118 was dosed in June at a site in London, Ontario."
    )
    assert _start(text) == ("CA", "HC", "2025-06")


def test_the_first_patient_of_a_country() -> None:
    text = (
        "Korea's MFDS approved velmoprazan in 2024. In May, the first U.S. patient in the "
        "Phase 3 trial of velmoprazan was dosed."
    )
    assert _start(text) == ("US", "FDA", "2025-05")


def test_the_first_participant_in_a_named_trial_was_dosed_at_a_site() -> None:
    text = (
        "The NMPA cleared a trial of OBX-771 last year. The first participant in ORBIT-2 was "
        "dosed in the second quarter of 2025 at a clinical site in Osaka."
    )
    assert _start(text) == ("JP", "PMDA", "2025-Q2")


def test_the_company_home_is_not_the_trial_site() -> None:
    text = (
        "Halvern Bio received IND clearance from China's NMPA for HVB-901 in January. The "
        "Boston-based company dosed the first patient in the Phase 1 trial of HVB-901 in "
        "March."
    )
    assert _start(text)[0] == "CN"


def test_a_headquarters_is_not_the_trial_site() -> None:
    text = (
        "Halvern Bio, headquartered in Seoul, received IND clearance from China's NMPA for "
        "HVB-901 in January, and dosed the first patient in the Phase 1 trial in March."
    )
    assert _start(text)[0] == "CN"


def test_a_company_plant_is_not_the_trial_site() -> None:
    text = (
        "Halvern Bio received IND clearance from China's NMPA for HVB-901 in January. "
        "Halvern, which runs a manufacturing site in Boston, dosed the first patient in the "
        "Phase 1 trial in March."
    )
    assert _start(text)[0] == "CN"


def test_sites_still_to_open_are_not_the_trial_site() -> None:
    text = (
        "Halvern Bio received IND clearance from China's NMPA for HVB-901 in January. It "
        "dosed the first patient in the Phase 1 trial in March and will open sites in Boston "
        "next year."
    )
    assert _start(text)[0] == "CN"


def test_an_approval_does_not_move_to_a_city() -> None:
    text = (
        "China's NMPA approved lorvatinib on Monday, based on a Phase 3 trial run at a "
        "hospital in Melbourne."
    )
    assert only(run(text), "approval").jurisdiction == "CN"
    text = "The FDA approved lorvatinib for lung cancer on Monday, the Boston-based company said."
    assert only(run(text), "approval").jurisdiction == "US"


def test_places_are_whole_names() -> None:
    text = "Boston-based Acme dosed a patient at a site in San Antonio, Texas and in St. Louis."
    places = find_places(text, 0, len(text))
    found = [(text[p.start : p.end], p.jurisdiction, p.region) for p in places]
    assert found == [
        ("San Antonio", "US", False),
        ("Texas", "US", True),
        ("St. Louis", "US", False),
    ]
    text = "在墨尔本皇家医院，总部位于上海"
    assert [p.jurisdiction for p in find_places(text, 0, len(text))] == ["AU", "CN"]


def test_the_next_sentence_retelling_the_dosing_by_its_patient_gives_the_site() -> None:
    text = (
        "Fennick Bio, a company with U.S. operations in Boston, said the first participant was "
        "dosed on August 28 in its Phase 2 trial of FNB-904 in adults with scleroderma. The "
        "participant was dosed at a research hospital in Edinburgh.\n\n"
        "FNB-904 received Fast Track designation from the U.S. FDA in 2024."
    )
    assert _start(text)[0] == "UK"


def test_a_next_sentence_not_retelling_the_dosing_gives_no_site() -> None:
    # A plan to open sites is no place for today's start.
    text = (
        "Fennick Bio said the first participant was dosed on August 28 in its Phase 2 trial of "
        "FNB-904, which the U.S. FDA cleared in June. The company plans to open sites in "
        "Edinburgh next year."
    )
    assert _start(text)[0] == "US"


def test_the_next_sentence_telling_where_the_first_dose_was_given_gives_the_site() -> None:
    text = (
        "Fennick Bio dosed the first patient in its Phase 1 study of FNB-118 on May 5, after "
        "clearance of its IND by the U.S. FDA. The first dose was given at a hospital in "
        "Melbourne."
    )
    assert _start(text)[0] == "AU"
