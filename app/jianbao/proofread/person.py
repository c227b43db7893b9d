"""`person`: leaders' names, titles and order of mention checked against the roster; a roster proposed from text.

Matching runs on a same-length Simplified copy of the text, so a Traditional bulletin is checked
against a roster typed in either script and offsets still point into the original.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from jianbao.models import Person
from jianbao.proofread import lm
from jianbao.proofread.base import HAN, Context, Finding, check

ORG = "党工委|管委会|党委|党组|纪工委|纪委|监委|人大常委会|人大|政协|人民政府|政府|市委|区委|县委|镇委|团工委|工委|办事处"
POS = "副?(?:书记|主任|委员|主席|区长|市长|县长|镇长|局长|部长|秘书长|调研员|常委|巡视员|组长)|党组成员"
TITLE = f"(?:{ORG})?(?:{POS})"
CHAIN_END = re.compile(f"(?:{TITLE})(?:、(?:{TITLE}))*$")
ORG_RE = re.compile(ORG)
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
            "凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
            "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
            "虞敖巩明佘池查麻苑迟邝")
PROPOSE = re.compile(f"(?P<chain>(?:{TITLE})(?:、(?:{TITLE}))*)(?P<name>[{SURNAMES}][{HAN}]{{1,2}})")
VERBS = re.compile("强调|指出|要求|表示|主持|带队|一行|出席|讲话|调研|深入|介绍|参加|陪同|看望|察看|查看")
LISTING_GAP = re.compile(r"^[，,、和及与\s]*(?:以及)?[，,、\s]*$")
TITLE_RANK = (("副书记", 20), ("书记", 10), ("副主任", 40), ("主任", 30), ("副", 60), ("委员", 50), ("常委", 50))


@dataclass(frozen=True)
class Mention:
    start: int          # where the title chain (or the name) begins
    name_start: int
    end: int
    person: Person
    titles: tuple[str, ...]   # as written (Simplified copy)


def _simple(s: str) -> str:
    return lm.simplified_aligned(s)


def _title_matches(written: str, listed: str) -> bool:
    if written == listed:
        return True
    # An abbreviation of the listed title (主任 for 管委会主任), but never 主任 for 副主任.
    return listed.endswith(written) and not listed[: -len(written)].endswith("副")


def _chain_before(simp: str, pos: int) -> tuple[int, tuple[str, ...]]:
    m = CHAIN_END.search(simp[max(0, pos - 40):pos])
    if not m:
        return pos, ()
    return pos - len(m.group()), tuple(m.group().split("、"))


def mentions(ctx: Context, simp: str) -> list[Mention]:
    """Every mention of a roster name, with the title chain written before it."""
    found: list[Mention] = []
    for person in ctx.roster:
        key = _simple(person.name)
        for m in re.finditer(re.escape(key), simp):
            start, titles = _chain_before(simp, m.start())
            found.append(Mention(start, m.start(), m.end(), person, titles))
    found.sort(key=lambda mn: mn.name_start)
    return found


def _title_findings(ctx: Context, found: list[Mention]) -> list[Finding]:
    out = []
    for mn in found:
        listed = [_simple(t) for t in mn.person.titles]
        wrong = [t for t in mn.titles if not any(_title_matches(t, r) for r in listed)]
        if not wrong or not listed:
            continue
        written = ctx.text[mn.start:mn.name_start]
        proper = "、".join(mn.person.titles)
        out.append(ctx.finding("person", mn.start, mn.name_start,
                               f"{mn.person.name}的职务在领导名册中为“{proper}”，此处写作“{written}”",
                               proper, confidence=0.8))
    return out


def _near_miss_pattern(key: str) -> re.Pattern[str]:
    """Windows of len(key) Han characters that differ from `key` in exactly one place (never the surname of a
    two-character name), found by the regex engine, overlapping."""
    places = range(1, len(key)) if len(key) == 2 else range(len(key))
    variants = [re.escape(key[:k]) + f"[{HAN}]" + re.escape(key[k + 1:]) for k in places]
    return re.compile(f"(?=({'|'.join(variants)}))")


def _near_misses(ctx: Context, simp: str, found: list[Mention]) -> list[Finding]:
    out = []
    keys = {_simple(p.name): p for p in ctx.roster}
    exact = {(mn.name_start, mn.end) for mn in found}
    for key, person in keys.items():
        n = len(key)
        if n < 2:
            continue
        for m in _near_miss_pattern(key).finditer(simp):
            i, window = m.start(), m.group(1)
            if window == key or window in keys or (i, i + n) in exact:
                continue
            titled = bool(CHAIN_END.search(simp[max(0, i - 40):i]))
            # A title before it, or (for longer names) a verb of reporting after it, makes it a name.
            if not (titled or (n > 2 and VERBS.match(simp, i + n) is not None)):
                continue
            out.append(ctx.finding("person", i, i + n,
                                   f"“{ctx.text[i:i + n]}”与领导名册中的“{person.name}”只差一字，请核对姓名",
                                   person.name, confidence=0.6))
    return out


def _rank_order(ctx: Context, simp: str, found: list[Mention]) -> list[Finding]:
    out = []
    for a, b in zip(found, found[1:]):
        gap = simp[a.end:b.start]
        if not LISTING_GAP.match(gap) or a.person.rank <= b.person.rank or a.person.name == b.person.name:
            continue
        first, second = ctx.text[a.start:a.end], ctx.text[b.start:b.end]
        out.append(ctx.finding("person", a.start, b.end,
                               f"领导排序与名册不一致：{b.person.name}（位次 {b.person.rank}）应列在"
                               f"{a.person.name}（位次 {a.person.rank}）之前",
                               second + ctx.text[a.end:b.start] + first, confidence=0.7))
    return out


@check("person")
def check_people(ctx: Context) -> list[Finding]:
    if not ctx.roster:
        return []
    simp = _simple(ctx.text)
    found = mentions(ctx, simp)
    return _title_findings(ctx, found) + _near_misses(ctx, simp, found) + _rank_order(ctx, simp, found)


def _rank_of(titles: list[str]) -> int:
    best = 90
    for t in titles:
        for suffix, rank in TITLE_RANK:
            if t.endswith(suffix) or (suffix == "副" and "副" in t):
                best = min(best, rank)
                break
    return best


def propose_roster(text: str) -> list[Person]:
    """Leaders named with a government title in `text` (`党工委副书记、管委会主任宋黎静`), for the editor to confirm.

    Titles keep the text's own script; rank follows the title (书记 before 副书记 before 主任 …),
    then order of first mention.
    """
    simp = _simple(text)
    raw: list[tuple[int, str, list[str], str]] = []   # (position, name candidate stem, titles, following chars)
    for m in PROPOSE.finditer(simp):
        chain_titles = m.group("chain").split("、")
        if not any(ORG_RE.match(t) for t in chain_titles):
            continue
        ns = m.start("name")
        originals, pos = [], m.start("chain")
        for t in chain_titles:
            originals.append(text[pos:pos + len(t)])
            pos += len(t) + 1
        raw.append((ns, simp[ns:ns + 3], originals, text[ns:ns + 3]))
    counts = Counter()
    for stem2 in {r[1][:2] for r in raw} | {r[1] for r in raw}:
        counts[stem2] = simp.count(stem2)
    people: dict[str, tuple[int, list[str]]] = {}
    for ns, stem, originals, orig3 in raw:
        three = len(stem) == 3 and counts[stem] == counts[stem[:2]]
        name = orig3 if three else orig3[:2]
        first, titles = people.get(name, (ns, []))
        for t in originals:
            if t not in titles:
                titles.append(t)
        people[name] = (min(first, ns), titles)
    ordered = sorted(people.items(), key=lambda kv: (_rank_of([_simple(t) for t in kv[1][1]]), kv[1][0]))
    return [Person(name, tuple(titles), (k + 1) * 10) for k, (name, (_, titles)) in enumerate(ordered)]
