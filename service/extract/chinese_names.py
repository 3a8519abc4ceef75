"""Recognise Chinese drug names: generic-name stems, and where a name starts in a run."""

from __future__ import annotations

import re

# Transliterated INN stems that end a Chinese generic name (替尼 -tinib, 单抗 -mab, 利塞
# -lisib, 雷塞 and 拉西布 -rasib, 仑赛 -leucel, 格列净 -gliflozin, 沙坦 -sartan, 他汀 -statin,
# 西普 -cept, 拉生 -prazan, 西兰 and 司兰 -siran (not 新西兰, New Zealand) …). An enzyme (酶,
# -ase) counts only with the Greek letter of its INN's alfa/beta ("…糖苷酶α"): a bare 酶
# ends descriptions too ("酪氨酸激酶", "溶酶体").
_ZH_STEMS = (
    "替尼", "单抗", "西利", "帕利", "司他", "韦", "肽", "雷塞", "拉西布", "仑赛", "格列净",
    "格列汀", "沙坦", "他汀", "拉唑", "沙星", "度胺", "司琼", "培南", "瑞林", "利塞", "西普",
    "拉生", "酶[αβγ]", "西兰(?<!新西兰)(?!花)", "司兰",
)  # fmt: skip
# (Each stem opens with a character, no assertion: the regex engine then skips ahead to the
# characters stems start with, instead of trying every position; hence 新 is looked behind
# from the end of 西兰.)
_GREEK = "αβγ"
_CJK = re.compile("[\u4e00-\u9fff]")
_ZH_STEM = re.compile("(?:" + "|".join(_ZH_STEMS) + r")(?![-\d])")
# An antibody-drug conjugate's Chinese name is the antibody's (…单抗) with its payload's
# transliteration glued after it, as the INN's second word ("…单抗…替康" -tecan, "…汀"
# -dotin, "…坦辛" -tansine, "…米星" -micin): one name, not an antibody and a stray rest.
# A few syllables only, none a conjunction ("单抗联合伊立替康" is a regimen of two drugs).
_PAYLOAD = re.compile("[\u4e00-\u9fff]{1,3}?(?:替康|汀|坦辛|坦新|米星)")
_ZH_BOUNDARY = set('的其为就将剂体药物款种个与和及、是由在对把被向从用了以该此款「“"（(：:，,')
# Chinese writes no spaces: a verb or function word glued before a name ("研究显示X在…",
# "联合X") is no part of it. Two characters, so a name's own first syllable is kept.
_LEADING = (
    "显示|表明|表示|宣布|获得|使用|接受|包括|联合|评估|研究|通过|开发|推出|完成|批准|获批|"
    "治疗|支持|针对|基于|以及|提交|递交|启动|申报|上市|发现|证实|证明|其中|服用|比较|对比|"
    "采用|口服|注射|产品|制品|新药|药品|公司|此次|本次|该项|这款|一款|披露|疗法|细胞|回顾|撤回|撤销"
)
_LEADING_WORD = re.compile(_LEADING)
# The last leading word of a run, when at least two characters follow it.
_LAST_LEADING = re.compile(f"^.*(?:{_LEADING})(?=..)")
_ZH_FORMS = ("注射液", "注射剂", "肠溶胶囊", "胶囊", "片", "颗粒", "口服溶液", "混悬液")
ZH_DOSAGE = re.compile(f"(?:{'|'.join(_ZH_FORMS)})$")
# Their last characters: a test before the search (most runs end in none of them).
ZH_FORM_ENDS = tuple(dict.fromkeys(form[-1] for form in _ZH_FORMS))
# Words that describe a product rather than name it ("人源化单抗" a humanised antibody,
# "国产同靶点单抗" a domestic one of the same target): a "name" made only of these and a
# stem is a description.
_DESCRIPTORS = re.compile(
    "人源化|全人源|人源|鼠源|嵌合|双特异性|双特异|特异性|单克隆|同靶点|靶点|国产|进口|靶向|"
    "重组|新型|创新|首款|首个|多款|同类|抗体|全球|国内|小分子"
)
# Characters read before a stem, and the most a name keeps when no boundary cuts the run.
_WINDOW = 7
_LONGEST = 6


def chinese_stem_names(source: str) -> list[tuple[str, int]]:
    """(name, start) of each Chinese generic name ending in an INN stem."""
    if source.isascii() or _CJK.search(source) is None:
        return []  # one scan for any Chinese character, not one per stem
    names = []
    previous = 0  # a stem ends a name: the next name starts after it ("单抗X单抗")
    for match in _ZH_STEM.finditer(source):
        if _stem_runs_on(source, match.end()):
            continue
        left, end = match.start(), _payload_end(source, match)
        while left > previous and match.start() - left < _WINDOW and is_cjk(source[left - 1]):
            left -= 1
        previous = end
        name = trim_chinese(source[left : match.end()]) + source[match.end() : end]
        if len(name) >= 3 and all(map(is_cjk, name.rstrip(_GREEK))) and not descriptive(name):
            names.append((name, end - len(name)))
    return _without_glued_words(names)


def _payload_end(source: str, stem: re.Match[str]) -> int:
    """Where a name ending in the stem ends: after a conjugate's payload glued to an
    antibody, else at the stem."""
    if stem.group() != "单抗":
        return stem.end()
    payload = _PAYLOAD.match(source, stem.end())
    if payload is None or _LEADING_WORD.search(payload.group()):
        return stem.end()
    if any(ch in _ZH_BOUNDARY for ch in payload.group()):
        return stem.end()
    return payload.end()


def _stem_runs_on(source: str, end: int) -> bool:
    """A stem inside a longer name ("卡韦昔替尼", "奥司他韦"): another stem follows within
    a syllable or two, so the name ends there, not here."""
    following = _ZH_STEM.search(source, end, end + 4)
    if following is None:
        return False
    between = source[end : following.start()]
    return all(is_cjk(ch) and ch not in _ZH_BOUNDARY for ch in between)


def _without_glued_words(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A name that ends with another name of the article is that name with a word glued
    before it ("康德贝洛格鲁肽" after "贝洛格鲁肽"): Chinese marks no word boundary."""
    texts = {text for text, _ in names}
    kept = []
    for text, start in names:
        shorter = [t for t in texts if len(t) < len(text) and text.endswith(t)]
        if shorter:
            best = max(shorter, key=len)
            start, text = start + len(text) - len(best), best
        kept.append((text, start))
    return kept


def descriptive(name: str) -> bool:
    """A product description ("人源化单抗"), not a name: little is left without its
    descriptor words and its stem."""
    stems = list(_ZH_STEM.finditer(name))  # the last one ends the name ("卡韦昔替尼")
    rest = _DESCRIPTORS.sub("", name[: stems[-1].start()] if stems else name)
    return len(rest) <= 1


def trim_chinese(run: str) -> str:
    """The drug name ending a run of Chinese characters (激动剂洛维度肽注射液 → 洛维度肽)."""
    run = ZH_DOSAGE.sub("", run)
    for index in range(len(run) - 1, -1, -1):
        if run[index] in _ZH_BOUNDARY:
            return _LAST_LEADING.sub("", run[index + 1 :])
    # No boundary: cut after the last glued word ("产品洛基奥仑赛"), then keep a name's length.
    return _LAST_LEADING.sub("", run[-(_WINDOW + 2) :])[-_LONGEST:]


def without_leading_word(run: str) -> str:
    """A run of Chinese with the verb or function word glued before it cut off
    ("附条件批准某某医药" → "某某医药"); the run itself when nothing would be left."""
    return _LAST_LEADING.sub("", run)


def chinese_kind(name: str) -> str:
    """A Chinese name with a generic-name stem (替尼, 单抗 …) is a generic name, else a brand."""
    return "zh" if _ZH_STEM.search(name) else "brand"


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
