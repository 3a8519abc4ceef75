from __future__ import annotations

from service.ingest.similarity import THRESHOLD, band_keys, decode, encode, minhash, similarity

RELEASE = (
    "BEIJING, December 11, 2025 -- InnoCare Pharma today announced that China's National "
    "Medical Products Administration (NMPA) has approved zurletrectinib (ICP-723) tablets for "
    "adult and adolescent patients aged 12 years and older with solid tumors harboring NTRK gene "
    "fusions. Zurletrectinib is the first next-generation TRK inhibitor developed in China to "
    "reach the market. It is taken orally once daily. NTRK gene fusions occur in many adult and "
    "pediatric tumor types, and in some rare cancers they are found in most cases."
)
OTHER = (
    "REDWOOD CITY, October 27, 2023 -- Coherus and Junshi today announced that the FDA has "
    "approved Loqtorzi (toripalimab-tpzi) for nasopharyngeal carcinoma in combination with "
    "cisplatin and gemcitabine, the first immunotherapy approved for this cancer."
)


def test_a_lightly_edited_copy_is_near_and_shares_a_band() -> None:
    copy = (
        "InnoCare wins approval\n" + RELEASE.replace("today announced", "announced") + " Via Wire."
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
