"""Chinese wordings that hold an event's words but report no event of that kind: the word
quoted as a label, a cut-off that defines a kind of product, a change to a licence already
granted, and a status taken away."""

from __future__ import annotations

import re

# The event's words as a quoted label: "收获“获批上市”和“获批临床”两项批件" names kinds of
# documents, which the sentences before told as events of their own.
_QUOTES = {"“": "”", "「": "」", "『": "』"}

# A cut-off in a rule, the products approved before a date as a kind: "只有在6月30日前获批
# 上市的药品才具备申报资格" (the date is the rule's deadline, no approval's).
_CUTOFF_BEFORE = re.compile(r"(?:\d[日月年]|[年月][底末])(?:之|以)?前$")
_KIND_AFTER = re.compile(r"(?:上市)?的(?:药品|药物|产品|品种|新药|创新药)")

# The approval's object, after its verb, is a change to a marketed product's licence: "批准
# X片的药品上市许可持有人由A变更为B", "核准X的生产场地变更" (a post-approval change; the words
# before the verb are `corporate`'s). The product may carry a parenthesis of its names.
_CHANGE_AFTER = re.compile(
    r"(?:[^，。；（(]|[（(][^）)]{0,80}[）)]){0,60}?"
    r"(?:(?:持有人|生产场地|生产地址|生产企业|注册地址)(?:由[^，。；]{1,30}?)?变更"
    r"|变更[^，。；]{0,20}?(?:补充)?申请)"
)

# A status taken away, its verb before the status in the sentence: "CDE撤销X“用于…”的突破性
# 治疗品种认定", "终止其突破性治疗药物程序" (a grant after a comma and a conjunction is another
# event: "撤销A的认定，并将B纳入…").
_REVOKE_WORDS = ("撤销", "撤消", "取消", "终止", "收回", "吊销")
_REVOKED_BEFORE = re.compile(
    f"(?:{'|'.join(_REVOKE_WORDS)})" r"(?:(?!，(?:并|同时|而|另))[^。；！？\n]){0,100}$"
)

# The steps a span runs between, not events: "从受理到获批，审评时限为200个工作日",
# "从递交上市申请至获批仅用时10个月" (the path of any application, or a duration).
_SPAN_BEFORE = re.compile(r"从[^，。；]{0,12}?(?:到|至)?$")
_SPAN_AFTER = re.compile(r"[^，。；]{0,12}?(?:到|至)")
# The time it took, said of an approval told elsewhere: "于2025年1月获受理，历时一年获批"
# (the sentence's date is the filing's, not the approval's).
_ELAPSED_BEFORE = re.compile(r"(?:历时|用时|耗时|历经|仅用)[^，。；]{1,10}?(?:即|便|就|才)?$")
# An approval as an attribute of unnamed products: "今年获批新药有望更快进入医保目录".
_ATTRIBUTE_AFTER = re.compile(r"(?:上市)?(?:新药|创新药|药品|药物|品种|产品)")


def named_only(text: str, kind: str, start: int, end: int) -> bool:
    """The event's words name a kind of thing here: a quoted label, a step of a span, or (an
    approval's) the products approved before a cut-off, or approved at all, or the time it
    took."""
    if quoted_label(text, start, end) or spans_steps(text, start, end):
        return True
    return kind == "approval" and (
        cutoff_kind(text, start, end)
        or (text.startswith("获批", start) and _ATTRIBUTE_AFTER.match(text, end) is not None)
        or _ELAPSED_BEFORE.search(text, max(0, start - 14), start) is not None
    )


def spans_steps(text: str, start: int, end: int) -> bool:
    """The match opens or closes a "从A到B" span (see `_SPAN_BEFORE`)."""
    window = max(0, start - 14)
    if _SPAN_BEFORE.search(text, window, start) is None:
        return False
    return text[start - 1] in "到至" or _SPAN_AFTER.match(text, end) is not None


def quoted_label(text: str, start: int, end: int) -> bool:
    """The match fills a pair of quotation marks on its own (see `_QUOTES`)."""
    if start == 0 or end >= len(text):
        return False
    closing = _QUOTES.get(text[start - 1])
    return closing is not None and text[end] == closing


def cutoff_kind(text: str, start: int, end: int) -> bool:
    """The approval qualifies the products approved before a deadline (see `_CUTOFF_BEFORE`)."""
    return bool(
        _CUTOFF_BEFORE.search(text, max(0, start - 4), start) and _KIND_AFTER.match(text, end)
    )


def licence_change(text: str, end: int) -> bool:
    """The approved object after the verb is a change to the licence (see `_CHANGE_AFTER`)."""
    return "变更" in text[end : end + 150] and _CHANGE_AFTER.match(text, end) is not None


def revoked(text: str, sentence_start: int, start: int) -> bool:
    """A verb taking the status away stands before it in its sentence (see `_REVOKED_BEFORE`)."""
    low = max(sentence_start, start - 110)
    window = text[low:start]
    if not any(word in window for word in _REVOKE_WORDS):
        return False
    return _REVOKED_BEFORE.search(text, low, start) is not None
