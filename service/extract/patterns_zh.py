"""Simplified Chinese patterns that report a regulatory event (checked in this order)."""

from __future__ import annotations

import re
from dataclasses import replace

from service.extract.cues_zh import (
    DESIGNATION_NOUNS,
    DESIGNATION_VERBS,
    PLURAL_CUE,
    PRIORITY_REVIEW,
    PRIORITY_VERBS,
    PROGRAMME_ANAPHOR,
    PROGRAMME_VERBS,
    UNNAMED_SUBJECT,
)
from service.extract.hedges_zh import (
    CONDITIONAL,
    DATED,
    NEGATION,
    NEGATION_AFTER,
    NEGATION_FAR,
    PLAN,
    PLAN_AFTER,
    PLAN_FAR,
)
from service.extract.rules import Language, Rule

_RULES: tuple[Rule, ...] = (
    Rule(
        "ind_clearance",
        r"临床试验批准通知书|临床试验申请[^，。；]{0,10}?(?:获得?|已获)?(?:批准|默示许可)|获批临床"
        # Headlines shorten the application to 临床申请: "II期临床申请相继获批".
        r"|临床申请[^，。；]{0,10}?(?:获得?|已获)?(?:批准|默示许可)|临床(?:试验)?申请[^，。；]{0,10}?获批"
        # The regulator named between, after a comma: "…临床试验申请，已获得美国FDA许可".
        # Or a date between, and the IND named for the application: "新药临床试验申请（IND）于
        # 8月获FDA许可", "IND申请已于去年取得批准" (not 受理, its receipt: that is no clearance).
        r"|(?:临床试验申请|IND申请)，?[^，。；]{0,25}?(?:获得?|取得)[^，。；]{0,25}?(?:批准|许可)"
        # 默示许可 is only ever a trial's; the 制度 after it is the rule, and a 时限 the
        # rule's deadline, not an event.
        r"|(?:临床试验)?默示许可(?!制度|时限|期限)"
        # The abbreviation may stand in between: "新药临床试验（IND）许可".
        r"|临床试验(?:[（(][A-Za-z]{2,5}[）)])?许可"
        r"|同意[^，。；]{0,20}?开展[^，。；]{0,10}?临床试验|IND[^，。；]{0,6}?(?:获批|批准)"
        # The regulator's verb before the application it approved: "FDA批准了X开展II期临床研究
        # 的新药临床试验申请（IND）", "批准了该药的IND".
        r"|批准了?[^，。；]{0,40}?(?:临床试验申请|IND(?![A-Za-z]))"
        # The permission as a document received: "拿到了美国FDA的IND许可", "获得临床批件".
        r"|(?:拿到|获得?|取得|收到)[^，。；]{0,20}?(?:IND|临床)(?:许可|批准|批件)"
        # Hong Kong's permission is a certificate its Department of Health issues: "获得卫生署
        # 签发的临床试验证明书".
        r"|(?:拿到|获得?|取得|收到)[^，。；]{0,40}?临床试验证明书"
        # A regulator's permission to run a trial: "已获FDA许可开展全球注册III期临床研究".
        # The study may go by 临床 alone, as copy shortens it: "获FDA批准开展Ⅰ期临床" (not
        # 临床前, preclinical work no regulator permits).
        # The permission may end its phrase, the trial it allows the next: "获得美国FDA同意，
        # 可在美国开展Ⅰ期临床试验".
        r"|(?:获得?|已获)[^，。；]{0,12}?(?:许可|批准|同意)(?:，可(?:在[^，。；]{1,8}?)?)?开展"
        r"[^，。；]{0,25}?临床(?:试验|研究|(?!前))"
        # "获准开展II期临床试验": 获准 is 获得批准 in one word.
        r"|获准(?:开展|进行|启动)[^，。；]{0,25}?临床(?:试验|研究|(?!前))"
        # The study as the subject, the permission to run it as a noun: "中国的I期研究随后也
        # 获得了开展许可".
        r"|(?:试验|研究)[^，。；]{0,12}?(?:获得?|取得|拿到)了?(?:开展|进行|启动|实施)许可"
        # Or the regulator's consent to it: "该二期试验已于6月获美国FDA同意进行"; and the IND
        # told as in force, as Taiwan's press puts the FDA's clearance: "IND正式生效".
        r"|(?:试验|研究)[^，。；]{0,20}?获[^，。；]{0,25}?同意(?:进行|开展|执行|启动)"
        r"|IND(?:申请)?(?:已经?|正式|已正式)生效"
        # The FDA's letter by its words: "收到FDA“研究可以继续进行”（may proceed）的通知" (a
        # regulator's: a monitoring committee's "试验可以继续进行" clears nothing).
        r"|(?:fda|药监局|cde|监管机构)[^，。；]{0,10}?(?:研究|试验)可以?继续进行|may proceed",
    ),
    Rule(
        "trial_initiation",
        # Not 开展 ("conduct"): "在美国开展I期临床试验" tells a trial under way, and
        # "同意…开展III期临床试验" a permission to run one.
        # Where or who between, and where it was given: "首例中国受试者在上海一家医院完成给药".
        # A child as the subject (患儿) in a paediatric trial: "首例患儿完成给药".
        r"首例[^，。；]{0,4}?(?:受试者|患者|病人|患儿|参与者|志愿者)[^，。；]{0,20}?(?:给药|入组)"
        r"|(?:临床试验|临床研究)[^，。；]{0,15}?"
        r"(?:启动|开始)|启动了?[^，。；]{0,10}?期临床试验|进入[ⅢⅡⅠIV/]+期临床",
    ),
    # Before the filing: "撤回了向EMA提交的上市许可申请" withdraws what the clause says was filed.
    Rule(
        "withdrawal",
        # (Not the noun as a subject: "撤回不影响日后重新递交申请".)
        r"撤回(?:(?!不|影响)[^，。；]){0,10}?(?:申请|上市)|撤销[^，。；]{0,10}?(?:批准|注册)"
        # The application named after what it is for or where it went: "撤回X联合化疗一线
        # 治疗…的上市申请", "撤回了向EMA提交的X片上市许可申请"; the product may carry a
        # parenthesis of its names, commas and all ("撤回X片（英文通用名：x，代号：Y）…").
        r"|撤回(?:(?!不|影响)[^，。；（(]|[（(][^）)]{0,80}[）)]){0,60}?"
        r"(?:(?:上市|注册|新药|补充|新适应症)[^，。；的]{0,6}?申请"
        r"|MAA|NDA|BLA)"
        # The regulator's record of it: "审评状态已于9月10日变更为“已撤回”".
        r"|状态[^，。；]{0,14}?(?:变更|更新|变)为[“\"‘「]?已撤回",
    ),
    Rule(
        "application_submission",
        # Not a clause describing a noun: "首个递交上市申请的KRAS G12C抑制剂". The product
        # and its use may stand between: "递交了X片用于…的新适应症上市申请".
        r"(?:递交|提交)了?[^，。；]{0,30}?(?:上市申请|上市许可申请|新药申请|NDA|BLA|注册申请)(?!的)"
        # The application as the subject, told as done, dated or sent to a regulator:
        # "sBLA已于今年3月递交", "上市许可申请（MAA）已于近日递交至EMA" (the regulator it
        # went to is the event's: the match runs to it). Who filed it and where may stand
        # between: "J-NDA于2024年6月由合作伙伴向日本医药品医疗器械综合机构（PMDA）递交".
        r"|(?:上市(?:许可)?申请|新药申请|注册申请|补充申请|s?NDA|s?BLA|MAA)(?:[（(][^）)]{0,20}[）)])?"
        r"(?:(?:已经?|亦已|也已|均已|于)(?:[^，。；]{0,20}?|[^，。；]{0,20}?由[^，。；]{0,30}?)"
        r"(?:递交|提交)(?!的)"
        r"|(?:正式)?(?:递交|提交)(?=至|给|到))"
        r"(?:(?:至|到|给)[^，。；]{0,20}?(?:局|中心|省|FDA|EMA|PMDA|NMPA|CDE|MHRA|TGA|MFDS))?"
        # Taiwan's word for the filing, sent to a regulator: "于同年11月向TFDA递件" (not
        # "递件申请孤儿药认定": a status asked for; the registration named may follow).
        r"|向[^，。；]{0,25}?(?:递件|送件)(?:申请(?=上市|查验登记|新药|药品许可证))?(?!申请)",
    ),
    # "…的上市申请也已先后获得受理": other applications, each another acceptance.
    Rule(
        "application_acceptance",
        r"(?:也|亦)(?:已经?|均已)?(?:先后)?(?:获得?|被)?受理",
        distinct=True,
    ),
    # CDE lists an application it has registered with its 承办日期 (date taken in). A
    # "受理号：" / "受理号为" field only labels an application's number, in any listing.
    # The EMA validates an application ("完成对其上市许可申请的验证", "确认其MAA有效"), the
    # application as the subject ("MAA已于3月获EMA验证"; not a trial's 验证性 design).
    Rule(
        "application_acceptance",
        # Nor the acceptance as the day another step is counted from ("受理次日，CDE将其列入
        # 拟优先审评名单", "自受理之日起"): the acceptance is told where it happened.
        r"受理(?!通知书|号\s*[：:为是]|次日|翌日|当日|当天|之日)|承办(?!方|单位|人)"
        r"|(?:完成|通过)[^，。；]{0,20}?(?:申请|MAA)[^，。；]{0,10}?验证"
        r"|(?:申请|MAA)[^，。；]{0,25}?(?:获得?|通过|被|已获)[^，。；]{0,20}?验证(?!性)"
        # Or its formal check passed, as copy puts the EMA's validation: "确认X的上市许可申请
        # （MAA）通过形式审查"; the agency's full name may stand between ("通过欧洲药品管理局
        # （EMA）的形式审查").
        r"|(?:申请|MAA)[^，。；]{0,12}?(?:通过|完成)[^，。；]{0,20}?形式审查"
        # (The drug's names in brackets may hold a comma: "确认X（x，研发代号AB-1）的MAA有效".)
        r"|确认(?:[^，。；（(]|[（(][^）)。；]{0,40}[）)]){0,50}?(?:申请|MAA)[^，。；]{0,10}?有效",
    ),
    # The complete response letter in its other translations: "完整回复函", "完整答复函".
    # A committee's negative opinion is the EU's refusal (its positive one only recommends):
    # "CHMP对该申请给出了负面意见", "采纳否定意见".
    Rule(
        "rejection",
        r"不予批准|(?:完全|完整)(?:回复|回应|答复)函|拒绝批准"
        r"|(?:给出|发布|作出|做出|通过|采纳)了?[^，。；]{0,6}?(?:负面|否定)意见",
    ),
    Rule(
        "approval",
        r"(?:获得?|取得|已获|已被)[^，。；]{0,25}?(?:批准|核准)(?!通知书|签发)|获批上市|批准上市"
        r"|获批(?![准临将])|药品注册证书"
        # A conditional approval converted: "由附条件批准转为常规批准", "转常规批准".
        r"|转为?(?:常规|完全|正式)批准"
        # 获准 is 获得批准 in one word: "获准在日本上市" (a trial's 获准开展 is an IND's).
        # Japan's licence keeps its own word in Chinese copy: "制造销售承认" (製造販売承認).
        r"|获准[^，。；]{0,15}?上市|(?:制造销售|製造販売|制造贩卖)承认"
        # A regulator's grant of the licence: "欧盟委员会授予其附条件上市许可"; Taiwan's licence
        # received ("取得食药署核发的药品许可证"; not a plant's 生产许可证).
        # Or issued: "加拿大卫生部向其签发了上市许可（NOC）", "颁发上市许可".
        r"|(?:授予|签发|颁发|核发)[^，。；]{0,15}?上市许可"
        r"|(?:获得?|取得|拿到|领取|獲得|領取)[^，。；]{0,30}?(?:药品|藥品|新药|新藥)(?:许可证|許可證)"
        # The regulator as subject, its verb dated: "FDA已于美国时间3月14日批准百泽安", or
        # dated in its own time zone with no 于: "FDA当地时间3月14日批准X"; by a weekday, a
        # quarter or a half ("于上周五（9月19日）批准", "于第二季度批准").
        r"|(?:于|时间)[^，。；]{0,12}?(?:日|月|年|初|底|末|旬|季度|(?:周|星期)[一二三四五六日天])"
        r"(?:[（(][^）)，。；]{1,12}[）)])?(?:正式|(?:应急)?附条件)?批准(?!通知书)"
        # Or told as done: "欧盟委员会已批准该药", "FDA日前正式批准X" (not "FDA批准的", a
        # product's description). The acronym may close a bracket after the full name, and
        # the pathway stand before the verb: "美国食品药品监督管理局（FDA）已加速批准X".
        r"|(?:FDA|EMA|PMDA|MHRA|NMPA|MFDS|TGA|委员会|管理局|药监局|劳动省|卫生部)[）)]?"
        r"(?:[也还亦已经曾正式]|近日|日前|此前|今日|昨日){1,4}(?:加速|附条件)?批准(?!通知书|的)"
        # "批准……上市" around the product name, which may carry a parenthesised brand and
        # code, and around a list of products ("批准A公司的X片（…），以及B公司的Y片（…）上市");
        # an imported product is approved as 进口注册.
        r"|批准了?(?:[^，。；（(]|[（(][^）)]{0,80}[）)]|，(?=以及|及|和)){0,80}?(?:上市|进口注册)"
        # The regulator's decision, dated: "欧盟委员会于6月29日作出批准决定".
        r"|(?:作出|做出)了?(?:上市)?批准决定",
    ),
)

_KEYWORDS: tuple[tuple[str, ...], ...] = (
    (
        "临床",
        "ind",
        "默示",
        "继续进行",
        "may proceed",
        "开展许可",
        "进行许可",
        "启动许可",
        "实施许可",
    ),
    ("首例", "临床"),
    ("撤回", "撤销"),
    ("递交", "提交", "递件", "送件"),
    ("受理",),
    ("受理", "承办", "验证", "有效", "形式审查"),
    ("不予", "完全回", "完整回", "完全答", "完整答", "拒绝", "负面意见", "否定意见"),
    ("批准", "获批", "核准", "注册证书", "上市许可", "许可证", "許可證", "获准", "承认"),
)
RULES = tuple(replace(rule, keywords=k) for rule, k in zip(_RULES, _KEYWORDS, strict=True))

# Taiwan files a new drug as a 查验登记 (registration) case: "该新药查验登记案于5月向TFDA送件".
APPLICATION_CONTEXT = re.compile(r"上市|NDA|BLA|MAA|注册申请|新适应症|该申请|申请|查验登记")
IND_CONTEXT = re.compile(r"临床试验申请|IND|临床试验")
# A study as the subject of an approval: "关键性临床研究获得CDE批准", "该III期研究于11月获得
# CDE批准", "ABC-301试验已获批准" (a regulator approves a study only to let it run). Not a
# study the clause bases an approval on: "基于III期研究获得批准".
TRIAL_SUBJECT = re.compile(
    r"(?<![^，。；：！？\s])(?:(?!基于|根据|依据|凭借)[^，。；：！？\n]){0,60}?"
    r"(?:临床研究|临床试验|(?:期|性|该|此|本|项|[A-Za-z0-9）)])(?:研究|试验)"
    # A headline's phase alone as the subject: "韩国III期获批", "Ⅱ期临床获批".
    r"|(?<![A-Za-z])(?:[IVⅠⅡⅢⅣ]{1,3}|[1-4一二三四])[ab]?期(?:临床)?)"
    r"(?:也|亦)?(?:已经?)?(?:于[^，。；]{0,14}?(?:日|月|年|初|底|末|旬|季度))?$"
)
# "国内已有多款CAR-T获批": a count of unnamed products, not the article's drug.
GENERIC_OBJECT = re.compile(
    r"(?:多|几|数|若干|[两二三四五六七八九十]|\d+)款|(?:多|几|数|若干)(?:个|种)"
    r"(?!国家|地区|市场|适应症|城市)"
    # Counted by the number of products or of applications: "36个仿制药受理号获批".
    # The number may be in words, and the products' registration class between: "超过百个
    # 1类新药的临床试验申请" (not 一个 alone, one product: "取得一个参考药品的批准").
    r"|(?:\d+|(?:一(?=[十百千])|[两二三四五六七八九十百千])[一两二三四五六七八九十百千]*)"
    r"(?:个|种)(?:[^，。；\d]|\d类){0,8}?"
    r"(?:品种|受理号|药物|药品|产品|新药|仿制药|批件)"
    # A statistic: "获批的儿童用药数量有限", "纳入该程序的品种数量明显增加".
    r"|(?:药物|药品|品种|产品|新药|许可|批准|获批|受理|认定)的?数量"
    # The counted noun between: "CDE受理的1类创新药上市申请数量同比增长".
    r"|(?:批准|获批|受理|认定|递交|提交)的[^，。；]{1,15}?数量"
    # The count after the noun: "国内获批的同类药物仅有两种" (a class's tally, no one drug).
    r"|(?:药物|药品|品种|产品|新药|疗法)(?:仅|只|共|已)?有?"
    r"(?:\d+|[两二三四五六七八九十]+)(?:个|种|款)(?![^，。；]{0,4}?(?:适应症|剂型|规格))"
    # A class described by what most of it does: "已获批的CAR-T产品多数定价在100万元以上".
    r"|(?:批准|获批)(?:上市)?的[^，。；]{0,15}?(?:产品|药物|药品|新药|疗法)"
    r"(?:多数|大多|大部分|普遍|均|都)"
)

# "从受理到获批历时约10个月": the steps a duration is measured between (see `step_span`).
# The event the news told, retold by how long it took: "此次历时约14个月获批" (no second event).
STEP_SPAN = re.compile(
    r"从[^，。；从]{1,20}?(?:到|至)[^，。；]{1,20}?"
    r"(?=[^，。；]{0,8}?(?:\d+|[一两二三四五六七八九十半]+)个?多?(?:月|天|年|周|工作日))"
    r"|(?:此次|本次|这次)[^，。；]{0,6}?(?:历时|耗时|用时|历经|仅用|只用)了?[^，。；\d]{0,3}?"
    r"(?:\d+|[一两二三四五六七八九十半]+)个?多?(?:月|天|年|周|工作日)(?:左右|多)?"
    r"(?:后|即|便|就|才)?(?:获|通过|得到)"
)

# A supplementary application for a change (manufacturing site, holder, specification) is
# approved for a product already on the market: no marketing approval.
# Nor is one passing the consistency evaluation of generics (一致性评价), a re-evaluation of
# a product already marketed: "X片一致性评价补充申请获批", "X片通过一致性评价".
CORPORATE = re.compile(
    r"变更[^，。；]{0,20}?(?:补充)?申请|(?:生产场地|生产地址|持有人)变更"
    r"|一致性评价[^，。；]{0,4}?(?:补充)?申请|通过了?[^，。；]{0,8}?一致性评价"
)

CHINESE = Language(
    rules=RULES,
    negation=NEGATION,
    plan=PLAN,
    plan_far=PLAN_FAR,
    plan_after=PLAN_AFTER,
    dated=DATED,
    # No plan_exempt: a proposed inclusion (拟纳入, on public notice until objections
    # close) is not made yet.
    ind_context=IND_CONTEXT,
    designation_verbs=DESIGNATION_VERBS,
    designation_nouns=DESIGNATION_NOUNS,
    priority_review=PRIORITY_REVIEW,
    priority_verbs=PRIORITY_VERBS,
    programme_verbs=PROGRAMME_VERBS,
    programme_anaphor=PROGRAMME_ANAPHOR,
    programme_keywords=("纳入", "入选", "列入", "选入"),
    plural_cue=PLURAL_CUE,
    generic_object=GENERIC_OBJECT,
    unnamed_subject=UNNAMED_SUBJECT,
    step_span=STEP_SPAN,
    negation_window=6,
    negation_far=NEGATION_FAR,
    negation_after=NEGATION_AFTER,
    plan_window=20,
    comma_phrases=True,
    application_context=APPLICATION_CONTEXT,
    conditional=CONDITIONAL,
    trial_subject=TRIAL_SUBJECT,
    corporate=CORPORATE,
)
