from __future__ import annotations

from service.ingest.similarity import THRESHOLD, band_keys, decode, encode, minhash, similarity

RELEASE = (
    "SUZHOU, August 5, 2024 -- Lanfield Therapeutics today announced that its capsule "
    "corvaletrib (LF-512) has been cleared by the NMPA, China's drug regulator, for adolescents "
    "from 12 years of age and for adults whose solid tumors carry a ROS1 gene rearrangement. "
    "Corvaletrib is the first ROS1 inhibitor discovered in China to win approval there. Patients "
    "swallow one capsule twice a day. ROS1 rearrangements turn up in a small share of lung "
    "cancers and in a handful of other tumor types, some of them very rare."
)
OTHER = (
    "REDWOOD CITY, October 27, 2023 -- Coherus and Junshi today announced that the FDA has "
    "approved Loqtorzi (toripalimab-tpzi) for nasopharyngeal carcinoma in combination with "
    "cisplatin and gemcitabine, the first immunotherapy approved for this cancer."
)


def test_a_lightly_edited_copy_is_near_and_shares_a_band() -> None:
    copy = (
        "Lanfield wins approval\n" + RELEASE.replace("today announced", "announced") + " Via Wire."
    )
    a, b = minhash(RELEASE), minhash(copy)
    assert similarity(a, b) >= THRESHOLD
    assert set(band_keys(a)) & set(band_keys(b))


def test_a_different_story_is_far() -> None:
    assert similarity(minhash(RELEASE), minhash(OTHER)) < 0.2


def test_signatures_are_stable_and_round_trip() -> None:
    signature = minhash(RELEASE)
    assert signature == minhash(RELEASE)
    assert decode(encode(signature)) == signature
