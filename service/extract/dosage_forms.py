"""Names written with their dosage form: US established names ("x liposome inhalation
suspension") and a brand's parenthesis giving one ("Brand (x ophthalmic solution)")."""

from __future__ import annotations

import re

from service.extract.names import Name

# Dosage-form words a US established name carries after the INN ("x liposome inhalation
# suspension", "x extended-release injectable suspension", "x for injection" is stripped).
_DOSAGE_FORM_AFTER = re.compile(
    r"(?:\s+(?:liposom(?:e|al)|lipid\s+complex|inhalation|intravenous|subcutaneous|intravitreal|"
    r"oral|nasal|ophthalmic|topical|extended-release|delayed-release|injectable))+"
    r"\s+(?:suspension|solution|emulsion|injection|infusion|powder|implant|spray|gel)\b"
)
# "Vizz (aceclidine ophthalmic solution)": a small-letter word a dosage form follows in a
# parenthesis is a nonproprietary name, whatever its stem.
_FORM_NAME = re.compile(r"\(([a-z]{5,})(?=" + _DOSAGE_FORM_AFTER.pattern + r"\s*\))")


def form_names(source: str) -> list[Name]:
    return [Name(m.group(1), "inn", m.start(1)) for m in _FORM_NAME.finditer(source)]


def with_dosage_forms(source: str, surface: str) -> list[str]:
    """A nonproprietary name the text writes with its dosage form ("x liposome inhalation
    suspension"): US labels name a product so, and sources may file it under that name."""
    if not surface.islower() or not surface.isascii():
        return []
    found = []
    start = source.find(surface + " ")
    while start >= 0:
        end = start + len(surface)
        form = _DOSAGE_FORM_AFTER.match(source, end)
        if form and (start == 0 or not source[start - 1].isalnum()):
            found.append(source[start : form.end()])
        start = source.find(surface + " ", end)
    return found
