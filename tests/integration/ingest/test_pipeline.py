"""Capture → resolve → decide → append, on both back-ends, with exact candidates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from service.ingest.blobs import BlobStore
from service.ingest.canonical import sha256_hex, text_sha256
from service.ingest.pipeline import IncomingArticle, IngestContext, ingest_article
from service.store.events import StoredEvent
from service.store.log import EventStore
from tests.integration.ingest.scripted import ScriptedExtractor, candidate

TEXT = "The FDA approved the medicine today for adults with a serious disease. " * 6


@pytest.fixture
def extractor() -> ScriptedExtractor:
    return ScriptedExtractor()


@pytest.fixture
def ctx(engine: Engine, tmp_path: Path, extractor: ScriptedExtractor) -> IngestContext:
    return IngestContext(
        engine=engine,
        log=EventStore(engine),
        blobs=BlobStore(tmp_path / "blobs"),
        extract=extractor,
        extractor_info={"name": "scripted", "version": "1"},
    )


def article(title: str, url: str, text: str = TEXT, **fields: str) -> IncomingArticle:
    return IncomingArticle(title=title, text=f"{title}. {text}", url=url, outlet="Wire", **fields)


def events(ctx: IngestContext) -> list[StoredEvent]:
    return ctx.log.read_all(limit=10_000)


def types(ctx: IngestContext) -> list[str]:
    return [e.type for e in events(ctx)]


def test_capture_keeps_the_body_and_appends_article_captured(
    ctx: IngestContext, tmp_path: Path
) -> None:
    item = IncomingArticle(
        title="T", text="Some  text\n", url="https://E.org/a?utm_source=x", body=b"<p>raw</p>"
    )
    outcome = ingest_article(ctx, item, "wire")
    (captured,) = events(ctx)
    assert captured.type == "ArticleCaptured"
    assert captured.stream == f"source-{sha256_hex('https://e.org/a')}" == f"source-{outcome.key}"
    assert captured.data["canonical_url"] == "https://e.org/a"
    assert captured.data["text_sha256"] == text_sha256("Some text")
    assert BlobStore(tmp_path / "blobs").get(captured.data["body_sha256"]) == b"<p>raw</p>"
    assert captured.metadata["actor"] == "ingest:wire"


def test_the_same_article_twice_appends_nothing_the_second_time(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [candidate("tislelizumab", aliases=["BGB-A317"], company="BeiGene")]
    first = ingest_article(ctx, article("A", "https://a.org/1"), "wire")
    before = events(ctx)
    second = ingest_article(ctx, article("A", "https://a.org/1?utm_medium=rss"), "wire")
    assert (first.status, first.recorded) == ("new", 1)
    assert second.status == "finished-before"
    assert events(ctx) == before
    assert extractor.calls == ["A"]


def test_another_source_corroborates_with_its_own_date(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [candidate("tislelizumab", date="2024-03-13")]
    extractor.script["B"] = [candidate("Tislelizumab", date="2024-03", date_precision="month")]
    ingest_article(ctx, article("A", "https://a.org/1"), "a")
    outcome = ingest_article(
        ctx, article("B", "https://b.org/2", text="Different words entirely. " * 9), "b"
    )
    assert outcome.corroborated == 1 and outcome.recorded == 0
    recorded, corroborated = [e for e in events(ctx) if e.stream == "drug-tislelizumab"]
    assert corroborated.type == "MilestoneCorroborated"
    assert (
        corroborated.data["milestone_id"]
        == recorded.data["milestone_id"]
        == "tislelizumab:approval:US"
    )
    assert corroborated.data["source"]["date"] == "2024-03"
    assert corroborated.data["source"]["date_precision"] == "month"
    assert corroborated.idempotency_key == f"corroborated:tislelizumab:approval:US:{outcome.key}"


def test_metadata_names_actor_extractor_causation_and_correlation(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [candidate("lecanemab")]
    ingest_article(ctx, article("A", "https://a.org/1"), "wire")
    captured, recorded = events(ctx)
    assert recorded.metadata["actor"] == "ingest:wire"
    assert (recorded.metadata["extractor"], recorded.metadata["extractor_version"]) == (
        "scripted",
        "1",
    )
    assert recorded.metadata["causation_id"] == str(captured.event_id)
    assert recorded.metadata["correlation_id"] == captured.metadata["correlation_id"]
    assert recorded.idempotency_key == "recorded:lecanemab:approval:US"


def test_a_new_alias_of_a_known_code_name_is_linked(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [
        candidate("ICP-723", "priority_review", jurisdiction="CN", agency="NMPA")
    ]
    extractor.script["B"] = [
        candidate(
            "zurletrectinib", "approval", aliases=["ICP-723"], jurisdiction="CN", agency="NMPA"
        )
    ]
    ingest_article(ctx, article("A", "https://a.org/1"), "wire")
    ingest_article(
        ctx, article("B", "https://b.org/1", text="Other text about approval. " * 9), "wire"
    )
    drug_events = [e for e in events(ctx) if e.stream.startswith("drug-")]
    assert {e.stream for e in drug_events} == {"drug-icp-723"}
    linked = [e for e in drug_events if e.type == "DrugAliasLinked"]
    assert [(e.data["drug"], e.data["alias"]) for e in linked] == [("icp-723", "zurletrectinib")]


def test_aliases_of_two_records_merge_into_the_inn(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [
        candidate("BGB-3111", "designation", attributes={"designation": "breakthrough_therapy"})
    ]
    extractor.script["B"] = [
        candidate("zanubrutinib", "application_acceptance", attributes={"application": "NDA"})
    ]
    extractor.script["C"] = [candidate("zanubrutinib", aliases=["BGB-3111", "Brukinsa"])]
    for title, n in (("A", 1), ("B", 2), ("C", 3)):
        ingest_article(ctx, article(title, f"https://x.org/{n}", text=f"story {n} " * 30), "wire")
    merged = [e for e in events(ctx) if e.type == "DrugsMerged"]
    assert [(e.data["into"], e.data["merged"]) for e in merged] == [("zanubrutinib", "bgb-3111")]
    assert merged[0].stream == "drug-zanubrutinib"
    approval = [
        e
        for e in events(ctx)
        if e.type == "MilestoneRecorded" and e.data["milestone_type"] == "approval"
    ]
    assert approval[0].stream == "drug-zanubrutinib"


def test_a_designation_first_seen_under_a_merged_code_is_corroborated_not_recorded_again(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    btd = {"designation": "breakthrough_therapy"}
    extractor.script["A"] = [candidate("BGB-3111", "designation", attributes=btd)]
    extractor.script["B"] = [candidate("zanubrutinib", aliases=["BGB-3111"])]
    extractor.script["C"] = [candidate("zanubrutinib", "designation", attributes=btd)]
    for title, n in (("A", 1), ("B", 2), ("C", 3)):
        ingest_article(ctx, article(title, f"https://x.org/{n}", text=f"story {n} " * 30), "wire")
    designations = [e for e in events(ctx) if "designation" in e.data.get("milestone_id", "")]
    assert [e.type for e in designations] == ["MilestoneRecorded", "MilestoneCorroborated"]
    assert designations[1].data["milestone_id"] == "bgb-3111:designation:US:breakthrough-therapy"


def test_a_misspelling_matches_only_when_the_company_backs_it(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["A"] = [candidate("toripalimab", company="Junshi Biosciences")]
    extractor.script["B"] = [
        candidate("toripalimib", "rejection", company="Shanghai Junshi Biosciences Co., Ltd.")
    ]
    extractor.script["C"] = [candidate("toripalimeb", "withdrawal", company="Someone Else Pharma")]
    for title, n in (("A", 1), ("B", 2), ("C", 3)):
        ingest_article(ctx, article(title, f"https://x.org/{n}", text=f"story {n} " * 30), "wire")
    streams = {
        e.data["milestone_type"]: e.stream for e in events(ctx) if e.type == "MilestoneRecorded"
    }
    assert streams == {
        "approval": "drug-toripalimab",
        "rejection": "drug-toripalimab",
        "withdrawal": "drug-toripalimeb",
    }
    linked = [e.data for e in events(ctx) if e.type == "DrugAliasLinked"]
    assert [(d["alias"], d["reason"]) for d in linked] == [
        ("toripalimib", "fuzzy match of toripalimib")
    ]


def test_a_syndicated_copy_corroborates_instead_of_recording(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    extractor.script["Original"] = [candidate("donanemab", date="2024-07-02")]
    # The copy's extraction differs (an attribute), which alone would make a new milestone id.
    extractor.script["Copy"] = [
        candidate("donanemab", date="2024-07-02", attributes={"program": "x"})
    ]
    body = (
        "INDIANAPOLIS, July 2, 2024 -- Eli Lilly and Company today announced that the U.S. "
        "Food and Drug Administration approved Kisunla (donanemab-azbt) injection for the "
        "treatment of adults with early symptomatic Alzheimer's disease, including people with "
        "mild cognitive impairment and the mild dementia stage of the disease, with confirmed "
        "amyloid pathology. Kisunla is a once-monthly infusion and the first amyloid "
        "plaque-targeting therapy with evidence to support stopping therapy when plaques are "
        "removed."
    )
    first = ingest_article(ctx, article("Original", "https://lilly.example/pr", text=body), "a")
    copy = ingest_article(
        ctx, article("Copy", "https://wire.example/pr", text=body + " Via Wire."), "b"
    )
    assert copy.near_duplicate_of == first.key
    assert (copy.recorded, copy.corroborated) == (0, 1)
    captured = [e for e in events(ctx) if e.type == "ArticleCaptured"]
    assert captured[1].data["near_duplicate_of"] == first.key


def test_an_article_about_nothing_is_captured_with_no_milestones(ctx: IngestContext) -> None:
    outcome = ingest_article(ctx, article("Weather", "https://w.org/1"), "wire")
    assert (outcome.recorded, outcome.corroborated) == (0, 0)
    assert types(ctx) == ["ArticleCaptured"]


def test_a_look_alike_release_about_another_drug_is_still_recorded(
    ctx: IngestContext, extractor: ScriptedExtractor
) -> None:
    template = (
        "BOSTON, March 3, 2025 -- Acme Pharma today announced that the U.S. Food and Drug "
        "Administration has approved {drug} for adults with plaque psoriasis who are candidates "
        "for systemic therapy or phototherapy. The approval was based on two Phase 3 trials in "
        "which the medicine cleared skin in most patients after sixteen weeks of treatment."
    )
    extractor.script["A"] = [candidate("alphamab")]
    extractor.script["B"] = [candidate("betamab")]
    first = ingest_article(
        ctx, article("A", "https://x.org/a", text=template.format(drug="alphamab")), "w"
    )
    second = ingest_article(
        ctx, article("B", "https://x.org/b", text=template.format(drug="betamab")), "w"
    )
    assert second.near_duplicate_of == first.key
    assert (second.recorded, second.corroborated) == (1, 0)
