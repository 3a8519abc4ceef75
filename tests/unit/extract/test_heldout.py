"""Held-out-style check: hand-written articles about drugs the development corpus never names.

The fixtures in `heldout/` (own text, gold labels per the milestone spec) measure how the rules
generalise beyond the development corpus; they are scored with the benchmark's scoring code.
h01-h24 came first; f, b, c, e, g, k, m, n, p, q, r, s, t, u and v (16, 16, 16, 14, 12, 16, 16,
16, 16, 16, 16, 16, 16, 16, 16 articles) were each written from the spec alone by someone who
had not read the extractor, in the styles real input comes in (trade press with background
paragraphs, regulator notices, roundups, press releases, stock-exchange announcements, Chinese,
machine-translated English), and scored before any fix aimed at them (c: F1 0.817, e: 0.780, g:
0.911, k: 0.744, m: 0.704, n: 0.818, p: 0.857, q: 0.772, r: 0.764, s: 0.850, t: 0.811, u:
0.851, v: 0.783 at first sight; s, t, u and v were written after rounds of fixes for p, q and
r). Later sets (w-z, i, j, l, o, then aa-ah, then ai-an, then ao-bc, then bd-bn, then bo-br,
then bs-bv) were written the same way and scored at first sight before joining; the README
gives those figures. A regulator said to review the drug under Project Orbis gets its own
program_inclusion; a collaborator named in another regulator's notice does not (am12, ar11,
b12, c14; dev d021). In ai03/ai05 a TGA *priority determination* is a priority_review, as in
r07 and y05; a *provisional determination* is a designation (au09, bo07, bo13). A Health Canada
Notice of Non-compliance is a rejection (ai05, ak10, bt13); its '- Withdrawal' (NON-W) is a
withdrawal. A lifted clinical hold on an IND already cleared is no ind_clearance (aa06, al08,
as05, as15). In m01 and m04 a CDE notice that a drug is *proposed* for a programme (拟纳入) is not
labelled, as in f07. In p14 and r09 an ILAP Innovation Passport is a designation
(`innovation_passport`), as the spec makes PRIME one; entering the pathway itself (y16) is a
program_inclusion.
"""

from __future__ import annotations

from pathlib import Path

from service.extract import extract
from service.extract.scoring import Report, load_gold, score_article

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _score() -> Report:
    report = Report()
    for item in load_gold(HELDOUT):
        predicted = [m.to_dict() for m in extract(item.article)]
        score_article(report, item.article.id, item.article.lang or "?", predicted, item.milestones)
    return report


def test_heldout_set_is_present_and_mixed() -> None:
    articles = load_gold(HELDOUT)
    assert len(articles) >= 12
    assert {a.article.lang for a in articles} == {"en", "zh"}
    assert any(not a.milestones for a in articles)  # at least one article of traps only


def test_heldout_f1_and_date_accuracy() -> None:
    report = _score()
    assert report.overall.f1 >= 0.93, report.errors
    assert report.overall.date_accuracy >= 0.93, report.errors


def test_heldout_traps_produce_nothing() -> None:
    """The article of opinions, plans, negations and votes yields no milestone."""
    traps = [a for a in load_gold(HELDOUT) if not a.milestones]
    for item in traps:
        assert extract(item.article) == [], item.article.id
