"""The page's headline repeated in its text: the lead it announces stands below the page's
furniture, not on the line after it.

Text extracted from a web page keeps the headline as a line of its own, followed by the
byline, the date, the share bar ("2024年11月06日 08:30 来源：… 浏览量：…", "【字体：大 中
小】【打印】", "分享到：微信 | 微博"): short lines without a sentence's end. The headline's
event is the lead's, so its regulator is the one the lead names.
"""

from __future__ import annotations

from service.extract.context import Context
from service.extract.sentences import own_line

# How many furniture lines may stand between the headline and its lead, and how long each.
_MOST_LINES = 4
_LINE_CHARS = 80


def body_below(ctx: Context, index: int) -> int:
    """The sentence opening the body below the heading at `index`: the next one, or for the
    page's headline, the first after the furniture below it."""
    sentences = ctx.sentences
    heading = sentences[index]
    title = ctx.article.title.strip()
    if not title or ctx.text[heading.start : heading.end].strip() != title:
        return index + 1
    below = index + 1
    while below + 1 < len(sentences) and below - index <= _MOST_LINES:
        line = sentences[below]
        if line.end - line.start > _LINE_CHARS or not own_line(ctx.text, line):
            break
        below += 1
    return below
