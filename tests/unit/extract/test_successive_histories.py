"""Events of several drugs told one after another (an obituary's drugs, a movers column's
lines), and events a denial or a retelling does not make: each to its own drug, or none."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_a_glycoprotein_inn_with_alfa_is_its_own_drug() -> None:
    text = (
        "His first drug was velonazine, approved by the FDA in 1994.\n\n"
        "He then led the team behind tesmidase alfa, an enzyme therapy. The FDA granted the "
        "program orphan drug designation in 2001 and approved it in May 2004."
    )
    found = keys(run(text, "2024-03-02"))
    assert ("tesmidase alfa", "designation", "US") in found
    assert ("tesmidase alfa", "approval", "US") in found
    assert ("velonazine", "designation", "US") not in found


def test_a_regions_regulators_following_repeat_the_approval_before() -> None:
    text = "The FDA approved korvatinib for gout in 2011. Japanese regulators followed in 2013."
    assert ("korvatinib", "approval", "JP") in keys(run(text, "2024-03-02"))


def test_a_movers_line_names_its_owned_product_and_a_short_code() -> None:
    text = (
        "Ashcombe Bio (ASHB) +22%: the FDA approved its oral pelunorant for adults with gout "
        "on Monday.\n\n"
        "Brindle Gene (BRGN) -40%: disclosed a complete response letter for its gene therapy "
        "SH-314 in retinal dystrophy.\n\n"
        "Corfe Pharma (CRFE) +5%: said the EMA validated its application for tuvalimab."
    )
    found = keys(run(text, "2025-03-04"))
    assert ("pelunorant", "approval", "US") in found
    assert ("SH-314", "rejection", "US") in found
    assert not {k for k in found if k[0] == "tuvalimab" and k[1] != "application_acceptance"}


def test_an_exchange_listing_number_is_no_code() -> None:
    text = "Dovrelimab was approved by the NMPA, the company (SH 600412) said on Monday."
    assert {k[0] for k in keys(run(text))} == {"dovrelimab"}


def test_a_company_rejecting_allegations_is_no_rejection() -> None:
    text = (
        "A rival sued over zenalutamide. Halden Pharma rejected the allegations. The FDA "
        "approved zenalutamide in 2022."
    )
    assert keys(run(text, "2024-05-01")) == {("zenalutamide", "approval", "US")}


def test_a_retold_approval_by_its_duration_is_no_second_one() -> None:
    text = (
        "国家药品监督管理局已于3月4日批准罗维替尼片上市。该申请于2023年1月获得受理，"
        "此次历时约14个月获批。"
    )
    approvals = [m for m in run(text, "2024-03-06") if m.type == "approval"]
    assert [m.date for m in approvals] == ["2024-03-04"]


def test_a_media_report_the_company_denies_is_no_event() -> None:
    text = (
        "国家药品监督管理局已于3月4日批准罗维替尼片上市。此前有媒体报道称该药已在韩国获批，"
        "公司对此予以否认。"
    )
    assert keys(run(text, "2024-03-06")) == {("罗维替尼", "approval", "CN")}


def test_a_regulator_following_repeats_the_decision_not_the_review_framework() -> None:
    text = (
        "Health Canada approved tamvotinib on 3 June for adults with thyroid cancer. The file "
        "was reviewed under Project Orbis, which let the agencies share the work. The TGA "
        "followed on 10 June with the same label."
    )
    found = {(m.drug, m.type, m.jurisdiction, m.date) for m in run(text, "2026-06-20")}
    assert ("tamvotinib", "approval", "AU", "2026-06-10") in found
    assert not {k for k in found if k[2] == "AU" and k[1] != "approval"}
