"""Simplified Chinese words that negate, hedge or make conditional an event the trigger
patterns found."""

from __future__ import annotations

import re

# The same characters inside disease and patient words negate nothing: "重症肌无力",
# "无进展生存期", "未经治疗的", "不可切除的", "肾功能不全".
NEGATION = re.compile(
    r"不(?!良|全|可切除|适合|耐受)|未(?!经|接受)|尚未|没有|并非|无(?!力|进展|病|复发|法)"
)
# An expectation reaches the whole phrase ("预计其在研产品…在今年下半年获得…批准"), and the
# phrase after the comma that closes it ("公司预计，…获得").
# So does a proposal put as the regulator's object ("CDE公示拟将X联合Y用于…纳入突破性治疗品种",
# on public notice until objections close), to the end of its phrase however long the object.
PLAN_FAR = re.compile(r"预计|预期|有望|拟将[^，。；]*$")
# "尚无…药物获批上市": no product at all yet, however far the verb. So is a negation
# whose place or time comes before the verb: "亦未在任何国家或地区获得上市批准".
NEGATION_FAR = re.compile(r"尚未|并未|从未|没有|未曾|未在|未于|不代表|不意味|不等于|尚无|仍无|暂无")
# Said after the event: "突破性治疗认定不代表产品能够获批", "获受理并不意味着…", and its
# risk ("能否获批及获批时间均存在不确定性"); and its time not known yet, as of an event that
# has not happened: "首例患者给药时间暂未披露", "获批时间尚未确定".
NEGATION_AFTER = re.compile(
    r"^[^，。；]{0,8}?(?:不代表|不意味|不等于)|^[^，。；]{0,12}?存在[^，。；]{0,4}?不确定"
    r"|^的?(?:具体)?(?:时间|日期|时点)(?:表|节点)?(?:暂未|尚未|仍未|暂不|待|未)(?:披露|公布|确定|定|明确)"
)
# What an event would then allow: "获批后可用于…", "获批上市后将惠及…" (unless it is dated:
# "于5月获批后将于7月上市" tells the approval).
# A catalyst list marks each item's status after a dash or in brackets: "纳入优先审评——预计
# 2025H2", "获批上市（预计年内）" is an expectation (not "——已完成"; nor "受理——预计明年获批",
# a done step and the next one expected: only a time may follow the expectation).
PLAN_AFTER = re.compile(
    # Or the benefit it would bring: "获批后在美国享有七年市场独占期"; or what it must then
    # pass through, a risk notice's generic steps: "上市申请获受理后需经过技术审评".
    r"^[^，。；]{0,4}?(?:之)?后[^，。；]{0,12}?(?:将|可|会|能够?|有望|享有|需|须)"
    r"|^(?:[^，。；（(\n]|[（(][^）)\n]{0,40}[）)]){0,40}?(?:——|—|--|[（(])\s*"
    r"(?:预计|预期|计划|拟)(?:于|在)?[\dQH年月日上下半季度第一二三四内底末初中旬\s-]{0,14}(?:[）)\n]|$)"
)
DATED = re.compile(r"于[^，。；]{0,12}?[日月年]")
# 将 also marks the object put before its verb ("CDE将X纳入突破性治疗药物程序": the
# regulator put X in the programme), no future: after a regulator, an object with no time
# or modal word and then the verb of inclusion. Or after the date it did so ("CDE于今年9月
# 将X纳入"): a future puts its time after 将 ("将于9月纳入").
_REGULATOR_ENDS = ("CDE", "NMPA", "局", "中心", "）", ")")
# An adverb of manner or completion may stand between: "CDE正式将X纳入", "CDE已将X纳入".
_DISPOSAL_ADVERBS = ("", "正式", "已", "已经", "已正式")
_REGULATOR_BEFORE = "|".join(
    f"(?<={re.escape(end + adverb)})" for end in _REGULATOR_ENDS for adverb in _DISPOSAL_ADVERBS
)
_DATE_BEFORE = r"(?<=\d[日月])|(?<=近日|日前)"
_DISPOSAL = (
    f"(?:{_REGULATOR_BEFORE}|{_DATE_BEFORE})"
    r"将(?=(?:(?![于在会要能可将把被]|正在|尽快|进一步|正式|逐步|陆续|推动|申请)[^，。；]){1,30}?"
    r"(?:纳入|列入))"
)
PLAN = re.compile(
    rf"拟|(?<!研发|试点|星光|关爱)计划|规划|预计|预期|(?!{_DISPOSAL})将(?![其该此之])|若|如果|一旦|有望|尚需|还需|待|如获|期待|力争|争取|后方可"
    # A condition to be met, not an event: "只需取得一个参考监管机构的批准，即可申请".
    r"|只需|仅需|只要"
    # Only then may it happen: "公示期内无异议的，方可正式纳入", "需补充数据后才能获批".
    r"|方可|方能|(?<!人)才能"
    # 方 alone opening the phrase is "only then" too: "公示期满无异议的，方正式纳入".
    r"|(?<![^，,])方(?=正式|予以|[将可能会获被])"
    # Whether it will happen: "能否获得批准", "是否获批".
    r"|能否|是否"
    # 会 as a modal after its adverb or time ("很快会获得", "年内会"); alone it ends many a
    # body's name (委员会).
    r"|(?:很快|也|就|才|还|或|可能|应该|一定|前|内|底)会"
    # Preparing a step is not taking it: "正在准备/筹备向香港卫生署递交上市申请".
    r"|准备|筹备"
    # A committee's recommendation is not the decision: "CHMP给出积极意见，建议批准上市".
    r"|建议|推荐"
    # A hope or an eligibility: "期望在…提交上市申请", "有机会适用优先审评".
    r"|期望|希望|有机会|可适用|有资格"
    # Still asking: "正在向FDA申请突破性疗法认定" is no designation held.
    r"|正在[^，。；]{0,12}?申请"
    # A reading of a step as another, not an event: "把“进入公示”等同于“获得突破性治疗认定”",
    # "将其报道为“获批临床”".
    r"|等同于|视为|视作|当作|当成|看作|看成|解读为|理解为|误读为|报道为"
)
CONDITIONAL = re.compile(r"^\W*(?:若|如果|一旦|如获)")
