"""Two-word nonproprietary names that no INN stem marks: acids, salts and glycoproteins.

"zoledronic acid", "x hydrochloride" and "velmanase alfa" carry their stem-less word first,
so the stem rules of `names` never see them; these are read by their second word.
"""

from __future__ import annotations

import re

from service.extract.keywords import holds_one_of

# Two-word nonproprietary names: an acid ("zoledronic acid") or a salt ("x hydrochloride")
# whose first word carries no INN stem. Only salts that make such a name on their own:
# not cations ("serum sodium") nor the anions of plain compounds ("calcium phosphate").
_ACID_OR_SALT = re.compile(
    r"(?<![A-Za-z0-9-])([A-Za-z][a-z]{5,}ic acid|[A-Za-z][a-z]{5,} (?:hydrochloride|"
    r"mesylate|besylate|tosylate|maleate|fumarate|succinate|tartrate|dihydrochloride))"
    r"(?![A-Za-z0-9-])"
)
_ACID_OR_SALT_WORDS = (" acid", "chloride", "ylate", "maleate", "fumarate", "succinate", "tartrate")
# Acids of biochemistry and chemistry, not medicines; short ones ("folic") are too
# common to read at all, hence the length floor of nine letters for an acid's first word.
_NON_DRUG_ACIDS = frozenset((
    "ribonucleic", "deoxyribonucleic", "hydrochloric", "arachidonic", "hyaluronic",
    "docosahexaenoic", "eicosapentaenoic", "glucuronic", "pantothenic", "phosphoric",
    "salicylic", "linolenic", "palmitoleic", "hydrofluoric", "lysergic", "nucleic",
))  # fmt: skip
# Glycoprotein INNs carry a Greek letter as a second word ("velmanase alfa", "epoetin alfa",
# "interferon alfa-2b"): the INN spelling "alfa" is no English word, so any first word takes
# it; "beta" only after a protein's stem ("agalsidase beta"), not "amyloid beta". A
# capital opens the first word only where any word takes one, at a line's or sentence's
# start ("Velmanase alfa. Acme won approval ..."): elsewhere a capital marks another name.
_GREEK_LETTERED = re.compile(
    r"(?<![A-Za-z0-9-])([a-z]{4,} alfa|(?:^|(?<=[.!?] ))[A-Z][a-z]{3,} alfa"
    r"|[a-z]{2,}(?:ase|poetin|feron|ermin) beta)(?:-\d[a-z]?)?(?![A-Za-z0-9-])",
    re.MULTILINE,
)
# "alfa" and its variant number ("alfa-2b"), as a name's second word (see `names`, `name_clusters`).
ALFA = r" alfa(?:-\d[a-z]?)?"
_GREEK_WORDS = (" alfa", " beta")


def two_word_names(source: str, taken: set[int]) -> list[tuple[str, int]]:
    """(name, start) of each such name in `source`, unless another name starts there."""
    found: list[tuple[str, int]] = []
    if holds_one_of(source, _ACID_OR_SALT_WORDS):
        found.extend(_acid_or_salt_names(source, taken))
    if holds_one_of(source, _GREEK_WORDS):
        found.extend(
            (match.group(), match.start())
            for match in _GREEK_LETTERED.finditer(source)
            if match.start() not in taken
        )
    return found


def _acid_or_salt_names(source: str, taken: set[int]) -> list[tuple[str, int]]:
    names = []
    for match in _ACID_OR_SALT.finditer(source):
        first = match.group(1).split(" ", 1)[0].lower()
        if match.start() in taken or first in _NON_DRUG_ACIDS:
            continue
        if match.group(1).endswith(" acid") and len(first) < 9:
            continue
        names.append((match.group(1), match.start()))
    return names
