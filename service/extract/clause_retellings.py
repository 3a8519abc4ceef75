"""Retellings of an event, with its day, that `borrowed_dates` reads beyond a sentence's
opening words: in a later clause or in someone's reported words ("The company disclosed
the news on Monday; a spokesperson said the agency's letter arrived on Friday, May 9"),
by a first dose the patient received, or, in Chinese, by the letter received after the day
("公司于5月9日收到FDA的受理函").
"""

from __future__ import annotations

import re

from service.extract.context import Context
from service.extract.dates import DateMention
from service.extract.keywords import holds_one_of
from service.extract.sentences import Segment
from service.extract.trial_sites import RETOLD_DOSING

# A letter's arrival told as a later clause or as someone's words: the letter, not the day the
# news was told, dates the event ("…; the notice came on May 2", "…, and its letter was
# received May 2", "a spokesperson said the filing letter arrived on Friday, May 9").
_LETTER_CLAUSE = re.compile(
    r"(?:[;,]\s+(?:and\s+)?|\b(?:said|says|added|noted|confirmed)\s+(?:that\s+)?)"
    r"(?:the|its|their|this)\s+(?:[\w.'’-]+\s+){0,3}?(?:letter|notice|notification|communication)"
    r"\s+(?:arrived|came|was\s+(?:received|dated|issued|sent))\s+(?:on\s+)?(?:\w+day,?\s+)?$"
)
# The first dose retold with its day: "The patient received the first dose on May 2".
_DOSING_DAY = re.compile(r"[^.;]{0,20}?\s+(?:on\s+)?$")
# Chinese retells it after its day, by the act on "the above": "据X披露，FDA于美国东部时间
# 11月3日作出上述认定", "国家药监局于5月8日作出该项批准决定".
# Or by its letter received on that day, however the letter is named: "公司于3月3日收到FDA
# 的正式通知函", "收到FDA的受理函" (not one asking for more data: "收到补充资料通知书").
RETOLD_AFTER_DAY = re.compile(
    r"[^，。；]{0,10}?(?:作出|做出|给予|授予|下达)了?(?:上述|该项?|此项?|这一)[^，。；]{0,4}?"
    r"(?:认定|决定|批准|许可)"
    r"|[^，。；]{0,4}?收到(?:(?!补充|发补|问询|缺陷)[^，。；]){0,30}?(?:函|通知书)"
)
# A letter named by the event's kind ("受理函", "受理通知") records the event told before it
# and dates it; it does not tell the event again.
_LETTER_AFTER = re.compile(r"函|通知")
# The nouns of a record that names no kind of its own ("the agency's filing letter").
LETTER_WORDS = ("letter", "notice", "notification", "communication", "函", "通知")

# The words naming each kind of event in a retelling ("The approval letter is dated …" is
# not a designation's); a retelling naming no kind ("The FDA's letter is dated") is the lead's.
KIND_WORDS = {
    "designation": ("designation", "status", "认定", "通道", "孤儿药", "突破性"),
    "approval": ("approv", "authori", "licen", "consent", "批准", "上市许可", "注册证"),
    # (The clearance's document as translated copy names it: "the CDE approval notice".)
    "ind_clearance": ("clearance", "ind ", "trial", "approval notice", "临床试验", "默示许可"),
    "application_acceptance": ("accept", "validat", "受理"),
    "priority_review": ("priority", "优先"),
    "rejection": ("response", "refus", "reject", "完整回复", "拒绝", "不予"),
    "withdrawal": ("withdr", "撤回"),
    "trial_initiation": ("dose", "dosed", "dosing", "给药"),
}
ANY_KIND = tuple(word for words in KIND_WORDS.values() for word in words)


def names_other_kind(words: str, kind: str) -> bool:
    """The retelling's words name a kind of event, and not `kind` ("The company received the
    FDA's complete response letter on May 2" after an acceptance)."""
    return holds_one_of(words, ANY_KIND) and not holds_one_of(words, KIND_WORDS.get(kind, ()))


def clause_retelling(text: str, start: int, day: int) -> bool:
    """A clause of the sentence from `start` retells an event up to its day at `day`."""
    if _LETTER_CLAUSE.search(text, max(start, day - 160), day) is not None:
        return True
    dosing = RETOLD_DOSING.match(text, start, day)
    return dosing is not None and _DOSING_DAY.match(text, dosing.end(), day) is not None


def names_letter(text: str, end: int) -> bool:
    """The event's word at `end` is a letter's name (see `_LETTER_AFTER`)."""
    return _LETTER_AFTER.match(text, end) is not None


def retelling_words(ctx: Context, sentence: Segment, date: DateMention) -> str:
    """The words of a retelling that may name its kind: those before its day, and in Chinese
    the act or letter after it ("于5月9日收到FDA的受理函")."""
    after = RETOLD_AFTER_DAY.match(ctx.lowered, date.end, sentence.end)
    return ctx.lowered[sentence.start : date.start] + " " + (after.group() if after else "")
