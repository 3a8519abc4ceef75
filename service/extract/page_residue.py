"""A web page's link boxes and tag lines: what the page shows besides its article.

Text extracted from a page keeps its furniture. Most of it tells no event, but two kinds
name drugs and regulators' acts in headline words: the boxes of links to other articles
("Related articles", "Most read", "You may also like", "Sponsored", 相关阅读, 热门文章), whose
headlines are other articles' news, and the tag line ("Tags: FDA | CRL | Acme Pharma"),
whose keywords read as an event of whatever drug is nearby. Neither is reported by the
article, so no event is read in them.

A box is told by its heading, never by its shape: a roundup or a digest lists headlines
too, and those are the article's own news. The box runs from its heading over the short
lines that follow it (the headlines) and ends at a blank line or at a line of prose.
"""

from __future__ import annotations

import re

from service.extract.assembly import Candidate

# The heading of a box of links (or of paid content), alone on its line: a few words at most
# after its name ("Most read today", "More from PharmaPulse", "Also on OncoBeat").
_BOX_NAMES = (
    r"related(?: articles?| stories| story| content| reading| news| posts?| links?"
    r"| coverage| information| items)?"
    r"|most (?:read|popular|viewed|shared|emailed|commented)|popular(?: now| stories| articles)?"
    r"|trending(?: now| stories| articles)?|recommended(?: for you| reading| articles| stories)?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|also)"
    r"|also read|see also|further reading"
    r"|more (?:news|stories|articles|headlines)|editor'?s picks|don'?t miss"
    r"|previous (?:trackers|issues|editions|articles|stories|posts|columns|roundups)"
    r"|sponsored(?: content| links?| stories| posts?)?|promoted(?: content| stories)?"
    r"|partner content|paid content|advertisement"
    r"|相关(?:阅读|文章|新闻|推荐|报道|链接|资讯|内容)|热门(?:文章|推荐|资讯|新闻|阅读)(?:排行)?"
    r"|(?:阅读|点击|热点)排行榜?|推荐阅读|延伸阅读|猜你喜欢|更多(?:阅读|文章|新闻|资讯)"
    r"|精彩推荐|往期(?:回顾|推荐|精选)"
)
# Boxes named by the site or the section they come from: a heading only, never a line's
# opening ("Also in China: the NMPA approved …" is a digest's item).
_PLACED_BOXES = r"more (?:from|on|in) \S+|also (?:on|in|from) \S+"
_BULLET = r"[ \t]*(?:[-–•·»>*■▶|\[]+[ \t]*)?"
_HEADING = re.compile(
    rf"^{_BULLET}(?:(?P<placed>{_PLACED_BOXES})|{_BOX_NAMES})(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# What may follow the box's name on its heading line: a few words ("today", "this week",
# "from our partners"), or a colon and the box's one line of links ("Trending: 1. …").
_HEADING_TAIL = re.compile(r"(?:[ \t]+[\w'’&.-]+){0,4}[ \t]*[\]]?[ \t]*[:：]?[ \t]*$")
_INLINE_TAIL = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}[ \t]*[:：]")
# A tag line: its label, then keywords set apart by a colon or a wide gap ("TAGS  CDE  …").
_TAG_LINE = re.compile(
    r"^[ \t]*(?:tags?|topics?|related topics|filed under|keywords|标签|关键词|关键字)"
    r"(?:[ \t]*[:：]|[ \t]{2,}|　)[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A headline is short: a line longer than this is the article's prose again.
_HEADLINE_MOST = 160


def residue_spans(text: str) -> list[tuple[int, int]]:
    """Where the page's link boxes and tag lines stand, as (start, end) offsets."""
    spans = [(m.start(), m.end()) for m in _TAG_LINE.finditer(text)]
    for heading in _HEADING.finditer(text):
        rest = heading["rest"]
        if _INLINE_TAIL.match(rest) and rest.strip(" \t:：") and not heading["placed"]:
            spans.append((heading.start(), heading.end()))  # (the box on its one line)
        elif _HEADING_TAIL.fullmatch(rest):
            spans.append((heading.start(), _box_end(text, heading.end())))
    return spans


def _box_end(text: str, at: int) -> int:
    """Where the headlines after a box's heading end: at a blank line once one headline was
    read (blank lines straight after the heading are the page's spacing), or before a line
    too long for a headline."""
    end, read = at, False
    while at < len(text):
        line_end = text.find("\n", at + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[at:line_end].strip()
        if not line:
            if read:
                break
        elif len(line) > _HEADLINE_MOST:
            break
        else:
            end, read = line_end, True
        at = line_end
    return end


def outside_residue(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates read in the article itself: none told in a link box or a tag line."""
    spans = residue_spans(text)
    if not spans:
        return candidates
    return [
        c for c in candidates if not any(start <= c.sentence.start < end for start, end in spans)
    ]
