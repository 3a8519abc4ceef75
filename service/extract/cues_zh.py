"""Chinese words around a designation, priority review or programme name that tell it was
granted or entered, and the cues that one event covers several drugs or none named."""

from __future__ import annotations

import re

DESIGNATION_VERBS = re.compile(r"纳入|授予|获得|认定|获")
# CDE lists designated products as 品种 ("纳入突破性治疗品种"); the MHRA's status is a
# passport ("获得MHRA授予的“创新护照”"); Japan's and Taiwan's are a 指定 ("先驱审查指定").
DESIGNATION_NOUNS = re.compile(
    r"认定|资格|程序|称号|品种|名单|护照|指定|designation", re.IGNORECASE
)
# Not a kind of application named in a rule: "纳入优先审评的上市申请，审评时限为130个工作日";
# nor the scheme's terms, which grant nothing: "该理由属于优先审评的适用情形". Taiwan's
# TFDA calls its scheme 优先审查 ("获准适用优先审查机制"). Nor a voucher (优先审评券), which a
# company buys or sells and redeems later: no review of any application was prioritised; nor
# what it is for ("可用于…以获得优先审评").
PRIORITY_REVIEW = re.compile(
    r"(?<!以获得)(?<!以获)优先审[评查](?!券)(?!(?:审批)?(?:程序)?的(?:上市申请|申请|药物|药品|品种|产品"
    r"|(?:适用|纳入|申请)?(?:情形|范围|条件|标准|要求)))"
)
# "通过优先审评审批程序批准": approved by way of a priority review, so one was granted; the
# regulator as the subject: "FDA受理该申请，并授予优先审评资格".
PRIORITY_VERBS = re.compile(r"纳入|获得|获|进入|列入|授予|给予|通过(?=优先审评)")
PROGRAMME_VERBS = re.compile(r"纳入|入选|列入|被选入")
PROGRAMME_ANAPHOR = re.compile(r"该计划|此计划|该项目")
PLURAL_CUE = re.compile(r"两者均|均已|分别")

# "一款PARP1抑制剂附条件获批", "另有一家企业撤回了上市申请": a product or a company described,
# not named (a summary before the items that name it), whose event is no named drug's; and a
# generic subject opening a phrase, in a programme's or a rule's description: "入选品种在提交
# 上市申请时…", "该计划由CDE于…启动", "申请人可在…" (not "该药", "公司": those refer back to
# the article's drug and company).
UNNAMED_SUBJECT = re.compile(
    r"(?:一|某|另一)款"
    # Counted ones too: "另有二十余家企业递交了…", "另有3家药企".
    r"|(?:另有|另|某|还有)(?:\d+|[一两二三四五六七八九十百]+)?余?家(?:企业|公司|药企)"
    r"|某(?:企业|公司|药企)"
    r"|(?<![^，。；：\n“”「」\s])(?:首批|此次|这些|其他|所有|各)?"
    r"(?:(?:入选|相关|试点|纳入|参与|符合条件|同类)的?(?:品种|产品|药品|药物|企业)"
    r"|(?:该|此|本|这一|上述)?“?[\u4e00-\u9fffA-Za-z]{0,6}?(?:计划|试点|政策|机制)”?"
    r"|企业|药企|申请人|申办方|申办者)"
)
