"""A fixed-dose combination of two drugs is a product of its own, named "x/y", and the brand
told in apposition to it is its name; a brand sold "in a market as" is a drug's name."""

from __future__ import annotations

from tests.unit.extract.helpers import keys, run


def test_a_fixed_dose_combination_is_named_by_its_ingredients_joined() -> None:
    text = "The FDA approved a fixed-dose combination of velotinib and barnesartan on Monday."
    assert keys(run(text)) == {("velotinib/barnesartan", "approval", "US")}


def test_a_brand_in_apposition_to_the_combination_is_its_name() -> None:
    text = (
        "The FDA approved Tavorel, Kestrel Bio's once-daily fixed-dose combination of "
        "velotinib and barnesartan, on Monday. Tavorel was also approved in Japan in May."
    )
    assert keys(run(text)) == {
        ("velotinib/barnesartan", "approval", "US"),
        ("velotinib/barnesartan", "approval", "JP"),
    }


def test_a_place_before_the_combination_is_no_brand() -> None:
    text = (
        "Velotinib was approved in the US in 2021. In Europe, a fixed-dose combination of "
        "velotinib and barnesartan was approved in May. Europe was its second market."
    )
    found = run(text, "2025-06-13")
    assert keys(found) == {
        ("velotinib", "approval", "US"),
        ("velotinib/barnesartan", "approval", "EU"),
    }
    assert all("Europe" not in m.aliases for m in found)


def test_a_name_sold_in_a_market_is_the_drugs_brand() -> None:
    text = (
        "Velotinib alone has been sold in the United States as Velmora since 2021. "
        "The company submitted a supplemental NDA for Velmora in adolescents last month."
    )
    found = run(text, "2025-06-13")
    assert keys(found) == {("velotinib", "application_submission", "US")}
    assert "Velmora" in found[0].aliases
