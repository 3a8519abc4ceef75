"""The page's headline repeated in its text, above its byline and share bar: its event is
the lead's, by the lead's regulator (invented page)."""

from __future__ import annotations

from tests.unit.extract.helpers import run

_TITLE = "青岚生物泰沃昔单抗获批上市"
_PAGE = (
    "首页 > 资讯 > 新药获批\n"
    f"{_TITLE}\n"
    "2025年06月11日 09:30　　来源：医药快报　　浏览量：1,024\n"
    "【字体：大 中 小】【打印】【关闭】\n"
    "分享到： 微信 | 微博\n\n"
    "6月9日，国家药品监督管理局发布公告，批准青岚生物的注射用泰沃昔单抗上市，用于慢性荨麻疹。\n\n"
    "在美国，泰沃昔单抗的IND申请于2023年获得美国FDA批准。公司近日宣布，FDA已授予该药快速通道"
    "资格。公司表示，计划与FDA讨论关键性研究设计。\n"
)


def test_the_repeated_headline_s_approval_is_the_lead_s() -> None:
    found = run(_PAGE, "2025-06-11", title=_TITLE, lang="zh")
    approvals = [(m.jurisdiction, m.date) for m in found if m.type == "approval"]
    assert approvals == [("CN", "2025-06-09")]
