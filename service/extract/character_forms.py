"""Traditional Chinese characters read as Simplified ones, one character for one.

The Chinese rules are written in Simplified characters; Hong Kong and Taiwan copy (獲批,
藥監局, 臨床試驗) would miss them all. The table covers the Traditional forms of the
characters those rules read, each mapped to a single character, so a converted text keeps
every offset: evidence spans and quotes still point into the original, and a name found in
the converted text is given back in its original spelling.
"""

from __future__ import annotations

import dataclasses

from service.extract.models import Article, Milestone

_TRADITIONAL = (
    "並乾亞佈併來侖侷個倫備傢價儘優兒內兩冊凈別剋創劃劑動勞勵區厤參員啓啟單噹嚮囌國圖"
    "團埰執報場夠夥奧學寀實寧審將對屬島崑崙幷幹幾廈廣彆後從復徹愛慶憑應懞懸採據擬數於"
    "時暫曆曏書會東枱條業極榦構標機檯櫞歐歷氫決沒淨準溝溫漢澤濛濟濱瀋灣為無爭爲爾牀獲"
    "現瓊產産異當痠療癥發盡監矇確磯種稱積穫箇簽籤糰約納紐細組絕給絶經綫維線總繼續纔聖"
    "聯腎腫腸膠臨臺與舊華萊著葯蔘薦薩藥蘇蘭號衕衛衞裏補裝裡製複覈見計設許註証評試該認"
    "請諸證議變貝費資賽較辦迴這連週進過達遞適選還鄭醣醫針銷錫錶鍵鍼長門開間閤關陰陸陽"
    "際隨雙韋韓響項順預頓領顆類顧顯颱馬驗體髮魯鹽麥點齣規記"
)
_SIMPLIFIED = (
    "并干亚布并来仑局个伦备家价尽优儿内两册净别克创划剂动劳励区历参员启启单当向苏国图"
    "团采执报场够伙奥学采实宁审将对属岛昆仑并干几厦广别后从复彻爱庆凭应蒙悬采据拟数于"
    "时暂历向书会东台条业极干构标机台橼欧历氢决没净准沟温汉泽蒙济滨沈湾为无争为尔床获"
    "现琼产产异当酸疗症发尽监蒙确矶种称积获个签签团约纳纽细组绝给绝经线维线总继续才圣"
    "联肾肿肠胶临台与旧华莱着药参荐萨药苏兰号同卫卫里补装里制复核见计设许注证评试该认"
    "请诸证议变贝费资赛较办回这连周进过达递适选还郑糖医针销锡表键针长门开间合关阴陆阳"
    "际随双韦韩响项顺预顿领颗类顾显台马验体发鲁盐麦点出规记"
)
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# Traditional-only characters nearly every report of a regulatory event uses (國, 藥, 獲,
# 臨, 審...): a text with none of them is read as it is, after a few fast `in` checks. (And
# those of Hong Kong's regulator's name, 衞生署, 衛生署, 特區, 辦公室: Simplified copy quoting
# it in the region's own characters is read as if written in Simplified.)
_PROBES = "國藥獲審臨試驗為於發與會這個請衞衛區辦"


def has_traditional(text: str) -> bool:
    return any(c in text for c in _PROBES)


def simplified(article: Article) -> Article:
    """The article with Traditional characters read as Simplified (itself when it has none,
    or is told to be in a language other than Chinese: Japanese copy keeps its kanji)."""
    if article.lang and not article.lang.lower().startswith("zh"):
        return article
    if not has_traditional(article.title) and not has_traditional(article.text):
        return article
    return dataclasses.replace(
        article,
        title=article.title.translate(_TO_SIMPLIFIED),
        text=article.text.translate(_TO_SIMPLIFIED),
    )


def restore_spelling(milestone: Milestone, reading: Article, source: Article) -> Milestone:
    """The milestone read from the converted `reading`, its names, company, indication and
    quote spelled as `source` writes them."""
    spell = _Speller(reading, source)
    evidence = milestone.evidence
    quote = source.text[evidence.start : evidence.end]
    return dataclasses.replace(
        milestone,
        drug=spell(milestone.drug),
        aliases=tuple(dict.fromkeys(spell(a) for a in milestone.aliases)),
        company=spell(milestone.company) if milestone.company else milestone.company,
        indication=spell(milestone.indication) if milestone.indication else None,
        evidence=dataclasses.replace(evidence, quote=quote),
    )


class _Speller:
    """Gives a converted string back in the source's characters: where the converted text
    holds it, the source's characters at the same place; otherwise character by character,
    as this article writes each converted character."""

    def __init__(self, reading: Article, source: Article) -> None:
        self._converted = reading.title + "\n" + reading.text
        self._original = source.title + "\n" + source.text
        self._back: dict[int, str] | None = None

    def __call__(self, value: str) -> str:
        if value.isascii():
            return value
        at = self._converted.find(value)
        if at >= 0:
            return self._original[at : at + len(value)]
        if self._back is None:
            pairs = zip(self._converted, self._original, strict=True)
            self._back = {ord(c): o for c, o in pairs if c != o}
        return value.translate(self._back)
