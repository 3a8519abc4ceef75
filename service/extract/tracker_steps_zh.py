"""Chinese tracker tables: the CDE's weekly list of what it took in, a company's list of
approvals. The header names the step in its date column ("承办日期", "受理日期", "批准日期")
and each row's type column the application ("1类化药上市申请（NDA）", "临床试验申请"): the
row tells that step of that application on its day, though no cell holds a verb.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LABEL_CHARS = 8
_ROLE_LABELS = (
    ("drug", ("药品名称", "药品", "品种名称", "品种", "产品名称", "产品", "通用名", "药物名称",
              "药物")),
    ("company", ("企业名称", "企业", "公司", "申请人", "注册申请人", "申办方")),
    ("action", ("申请类型", "申报类型", "注册类型", "申请事项", "类型")),
)  # fmt: skip
_DATE_LABEL = re.compile(r"(?P<step>[\u4e00-\u9fff]{0,4})(?:日期|时间)")
# The step a date column's label names, by its word.
_STEPS = (
    (("受理", "承办"), "application_acceptance"),
    (("批准", "获批", "核准"), "approval"),
    (("递交", "提交", "申报"), "application_submission"),
)
# An application to run a trial: taking it in is no milestone; granting it clears the IND.
_TRIAL = re.compile(r"临床试验|临床申请|\bIND\b")
_MARKETING = re.compile(r"上市|补充申请|注册申请|进口|\b(?:s?NDA|s?BLA|MAA)\b")


def zh_layout(text: str, cells: list[tuple[int, int]]) -> dict[str, int] | None:
    """The columns a Chinese header row names ("药品名称 | 企业 | 申请类型 | 承办日期"), by
    role; None unless it names a drug's, an application type's and a dated step's column."""
    layout: dict[str, int] = {}
    for index, (start, end) in enumerate(cells):
        label = text[start:end]
        if len(label) > _LABEL_CHARS or not _CJK.search(label) or any(c.isdigit() for c in label):
            return None
        role = "date" if _DATE_LABEL.fullmatch(label) else _role(label)
        if role is not None:
            layout.setdefault(role, index)
    return layout if {"drug", "action", "date"} <= layout.keys() else None


def _role(label: str) -> str | None:
    for role, labels in _ROLE_LABELS:
        if label in labels:
            return role
    return None


def header_step(label: str) -> str | None:
    """The milestone a date column's label names ("承办日期": the application's acceptance)."""
    found = _DATE_LABEL.fullmatch(label)
    if found is None:
        return None
    return next((kind for words, kind in _STEPS if any(w in found["step"] for w in words)), None)


def row_step(step: str, application: str) -> str | None:
    """The milestone a row tells: its header's step of the application its type cell names;
    a trial application's only when granted (an IND's clearance), none of another kind."""
    if _TRIAL.search(application):
        return "ind_clearance" if step == "approval" else None
    return step if _MARKETING.search(application) else None
