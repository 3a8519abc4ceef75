"""Places where clinical trials commonly run, each with the jurisdiction it lies in.

A modest gazetteer, read only where a sentence places a trial at a site: a name left out
makes no event, it only leaves the jurisdiction to the regulators named around it. Names
that also name places in another jurisdiction are left out (Cambridge, Birmingham, Newcastle;
London in Ontario is told by the province written after it), and so are names that open
hospitals' names elsewhere (Austin Health is in Melbourne, the Prince of Wales Hospital in
Sydney, Queen Victoria Hospital in England) or trials' names (Phoenix, Darwin).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extract.keywords import literal_alternation

# Countries, their adjectives and their states, provinces and regions: a city written
# before one of these ("San Antonio, Texas") lies where this one says.
_REGIONS: dict[str, str] = {
    "US": "United States, U.S., US, USA, U.S.A., America, American, Alabama, Alaska, Arizona, "
    "Arkansas, California, Colorado, Connecticut, Delaware, Florida, Georgia, Hawaii, Idaho, "
    "Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, "
    "Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, "
    "New Jersey, New Mexico, New York State, North Carolina, North Dakota, Ohio, Oklahoma, "
    "Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, "
    "Vermont, Virginia, Washington State, West Virginia, Wisconsin, Wyoming, New England",
    "AU": "Australia, Australian, New South Wales, Queensland, South Australia, "
    "Western Australia, Tasmania, Northern Territory, Australian Capital Territory",
    "CA": "Canada, Canadian, Ontario, Quebec, Québec, British Columbia, Alberta, Manitoba, "
    "Saskatchewan, Nova Scotia, New Brunswick",
    "CN": "China, Chinese, Mainland China, Guangdong, Zhejiang, Jiangsu, Sichuan, Hubei, Hunan, "
    "Henan, Shandong, Fujian, Anhui, Liaoning, Jilin, Heilongjiang, Shaanxi, Yunnan",
    "JP": "Japan, Japanese",
    "KR": "South Korea, Korea, Korean, South Korean",
    "UK": "United Kingdom, UK, U.K., Britain, Great Britain, British, England, Scotland, "
    "Northern Ireland",
    "CH": "Switzerland, Swiss",
    "EU": "European Union, EU, Europe, European, Germany, German, France, French, Spain, "
    "Spanish, Italy, Italian, Netherlands, Dutch, Belgium, Belgian, Poland, Polish, Denmark, "
    "Danish, Sweden, Swedish, Finland, Finnish, Austria, Austrian, Ireland, Irish, Portugal, "
    "Portuguese, Czech Republic, Czechia, Czech, Hungary, Hungarian, Greece, Greek, Romania, "
    "Bulgaria, Croatia, Slovakia, Slovenia, Estonia, Latvia, Lithuania, Bavaria, Catalonia, "
    "Lombardy",
}
_CITIES: dict[str, str] = {
    "US": "New York, New York City, Manhattan, Brooklyn, Bronx, Boston, Houston, San Antonio, "
    "Dallas, Fort Worth, Los Angeles, San Francisco, San Diego, La Jolla, Irvine, Duarte, "
    "Santa Monica, Palo Alto, Stanford, Sacramento, Seattle, Chicago, Philadelphia, "
    "Pittsburgh, Baltimore, Bethesda, Washington, D.C., Nashville, Atlanta, Miami, "
    "Tampa, Orlando, Jacksonville, Boca Raton, Denver, Scottsdale, Tucson, "
    "Rochester, Cleveland, Columbus, Cincinnati, Detroit, Ann Arbor, Minneapolis, St. Louis, "
    "Saint Louis, Kansas City, Omaha, Salt Lake City, Portland, Chapel Hill, Raleigh, "
    "Winston-Salem, New Haven, Hartford, Indianapolis, Milwaukee, "
    "Louisville, Memphis, New Orleans, Oklahoma City, Albuquerque, Las Vegas, Honolulu, "
    "Charleston, Buffalo, Providence, Hackensack, Newark",
    "AU": "Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Canberra, Gold Coast, Geelong, "
    "Parkville, Randwick, Westmead, Camperdown, Frankston, Nedlands, "
    "Herston, Woolloongabba",
    "CA": "Toronto, Montreal, Montréal, Vancouver, Ottawa, Calgary, Edmonton, Winnipeg, "
    "Quebec City, Halifax, Saskatoon",
    "CN": "Beijing, Shanghai, Guangzhou, Shenzhen, Hangzhou, Nanjing, Suzhou, Wuhan, Chengdu, "
    "Chongqing, Tianjin, Xi'an, Changsha, Zhengzhou, Jinan, Qingdao, Hefei, Harbin, Shenyang, "
    "Dalian, Xiamen, Fuzhou, Kunming, Changchun, Nanchang, Taiyuan, Shijiazhuang, Nanning, "
    "Wuxi, Ningbo",
    "JP": "Tokyo, Osaka, Kyoto, Nagoya, Yokohama, Kobe, Fukuoka, Sapporo, Sendai, Chiba, "
    "Kashiwa, Hiroshima, Okayama",
    "KR": "Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Suwon, Seongnam, Bundang, Goyang, Ulsan",
    "UK": "London, Manchester, Oxford, Edinburgh, Glasgow, Leeds, Liverpool, Bristol, "
    "Sheffield, Nottingham, Leicester, Southampton, Cardiff, Belfast, Aberdeen, Dundee, "
    "Newcastle upon Tyne",
    "CH": "Basel, Zurich, Zürich, Geneva, Lausanne, Bern, Bellinzona",
    "EU": "Berlin, Munich, Hamburg, Frankfurt, Cologne, Dresden, Essen, Mainz, Tübingen, "
    "Paris, Lyon, Marseille, Villejuif, Toulouse, Lille, Bordeaux, Nantes, Madrid, Barcelona, "
    "Valencia, Seville, Pamplona, Milan, Rome, Naples, Turin, Bologna, Padua, "
    "Amsterdam, Rotterdam, Leiden, Utrecht, Nijmegen, Groningen, Brussels, Leuven, Ghent, "
    "Antwerp, Copenhagen, Aarhus, Stockholm, Gothenburg, Uppsala, Helsinki, Vienna, Dublin, "
    "Lisbon, Porto, Warsaw, Krakow, Prague, Budapest, Athens",
}
# Chinese copy's names, countries included (one lookup holds every place a site names).
_CHINESE: dict[str, str] = {
    "US": "美国 波士顿 纽约 休斯敦 洛杉矶 旧金山 圣地亚哥 芝加哥 费城 西雅图 达拉斯 圣安东尼奥 "
    "加利福尼亚 加州 德克萨斯 得克萨斯 马萨诸塞",
    "AU": "澳大利亚 澳洲 墨尔本 悉尼 布里斯班 珀斯 阿德莱德 维多利亚州 新南威尔士 昆士兰",
    "CA": "加拿大 多伦多 蒙特利尔 温哥华",
    "CN": "中国 国内 北京 上海 广州 深圳 杭州 南京 苏州 武汉 成都 重庆 天津 西安 长沙 郑州 济南 "
    "青岛 合肥 哈尔滨 沈阳 大连 厦门 福州 昆明 长春 南昌 无锡 宁波 广东 浙江 江苏 四川 湖北 "
    "湖南 河南 山东",
    "JP": "日本 东京 大阪 京都 名古屋",
    "KR": "韩国 首尔 釜山",
    "UK": "英国 伦敦 牛津 曼彻斯特 爱丁堡",
    "CH": "瑞士",
    "EU": "欧洲 欧盟 德国 法国 西班牙 意大利 荷兰 比利时 波兰 丹麦 瑞典",
}


def _names(table: dict[str, str], sep: str) -> dict[str, str]:
    return {
        name.strip(): code for code, names in table.items() for name in names.split(sep) if name
    }


REGIONS: dict[str, str] = _names(_REGIONS, ", ")
_ENGLISH: dict[str, str] = {**_names(_CITIES, ", "), **REGIONS}
# The countries, states and adjectives as a regex of lower-cased text ("u.s.", "australian").
REGION_WORDS = literal_alternation(name.lower() for name in REGIONS)
_CHINESE_NAMES: dict[str, str] = _names(_CHINESE, " ")
# A trie: the regex engine skips ahead to names' first characters, and of two names with
# the same start the longer wins.
_CHINESE_PATTERN = re.compile(literal_alternation(_CHINESE_NAMES))
# Runs of capitalised words ("Royal Children's Hospital", "San Antonio"): the only words a
# place name is made of. "Boston-based" is one word, so a company's home is no place here.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*")
_LONGEST = 4  # words in the longest English name


class Place(NamedTuple):
    start: int
    end: int
    jurisdiction: str
    # A country, state or province: a city written before one lies there.
    region: bool


def find_places(text: str, start: int, end: int) -> list[Place]:
    """The gazetteer's places in text[start:end], in order."""
    found: list[Place] = []
    if not text.isascii():
        found += [
            Place(m.start(), m.end(), _CHINESE_NAMES[m.group()], True)
            for m in _CHINESE_PATTERN.finditer(text, start, end)
        ]
    for run in _CAPITALISED_RUN.finditer(text, start, end):
        found += _places_in_run(run.group().split(" "), run.start())
    return sorted(found)


def place_named(name: str) -> str | None:
    """The jurisdiction of a place the gazetteer holds by this exact name ("London")."""
    return _ENGLISH.get(name)


def _places_in_run(words: list[str], offset: int) -> list[Place]:
    """The names in one run of capitalised words, longest first at each word."""
    found: list[Place] = []
    index, position = 0, offset
    while index < len(words):
        for size in range(min(_LONGEST, len(words) - index), 0, -1):
            name = _bare(" ".join(words[index : index + size]))
            if name in _ENGLISH:
                found.append(Place(position, position + len(name), _ENGLISH[name], name in REGIONS))
                break
        else:
            size = 1
        position += sum(len(word) + 1 for word in words[index : index + size])
        index += size
    return found


def _bare(name: str) -> str:
    """The name without the full stop that ends a sentence or the possessive after it."""
    for tail in ("'s", "’s"):
        if name.endswith(tail):
            return name[: -len(tail)]
    if name.endswith(".") and name not in _ENGLISH:
        return name[:-1]
    return name
