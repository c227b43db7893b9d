"""Features of the segmenter: what every signal says about a candidate article boundary.

Two kinds of candidate:
- a line start (`line_features`): does an article open on this line?
- a position inside a text that lost its line breaks (`title_end_features`): does a title glued to its lead
  ("…稳中求进央视网消息（新闻联播）：…") end here?

Features are names (value 1.0 unless given); the weights that turn them into a probability are data
(`resources/segmenter.json`, built by `scripts/build_segmenter.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from jianbao.ingest.cohesion import Cohesion, Shares, share_name

from jianbao.ingest.units import CREDIT, trailing_attribution

# A column or category tag opening a line; series names run long: "【连续报道·报效祖国 建功西部】".
TAG = re.compile(r"^【([^】\n]{1,20})】")
_SENTENCE_END = ("。", "！", "？", "!", "?", "；", ";", "…")
_LEAD_IN_END = ("，", ",", "：", ":", "、")
_CONTINUES = tuple("，,、；;：:。）)”」")
_CLOSERS = ("”", "」", "』", "）", ")", "》", "’")
_ORDINAL = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]+[章节部分篇])")
# How news items open: agency and paper formulas, datelines, time words.
_LEAD = re.compile(
    r"^(?:本报讯|本報訊|本报|本報|[\u4e00-\u9fff]{2,3}(?:网|網)消息|国际在线消息|國際在線消息|新华社|新華社|中新社|中新网|人民网|央视网|据[^，。]{0,12}(?:报道|消息)|"
    r"记者|記者|通讯员|通訊員|"
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|(?:[一二三四五六七八九十〇○]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|"
    r"近日|日前|近期|近年来|近年來|今年以来|今年以來|今年|去年|昨天|昨日|今天|今日|本周|本週|上周|上週|当天|當天|目前|"
    r"(?:政府|政府發言人|政府发言人|[^，。\s]{1,10}(?:局|署|处|處|部|委|办|辦|会|會|院|厅|廳))(?:今日|今天|昨日|於|于))"
)
_DATELINE = re.compile(r"^[^，。\s]{0,12}(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)电")
_CLAUSE_WORD = re.compile(r"^(?:但|而|并|並|且|同时|同時|此外|另外|其中|对此|對此|为此|為此|因此|所以|然而|不过|不過|如果|以及|和|与|與|及|还|還|也|又|即|则|則)")
_BYLINE = re.compile(r"(?:责编|責編|版式设计|版式設計|视频编辑|視頻編輯|文字编辑|文字編輯|责任编辑|責任編輯|编辑|編輯|记者|記者|通讯员|通訊員|来源|來源|供稿|撰稿|摄影|攝影)[：:]")
# A newspaper's byline without a colon, under its headline: "本报记者 杨 一", "大众日报记者 王佳声",
# "新华社记者 吉 宁"; and the print credit a paper's site adds: "《人民日报》（2026年05月28日 第 03 版）".
_PRESS_BYLINE = re.compile(
    r"^(?:本报|本報|本台|新华社|新華社|中新社|[\u4e00-\u9fff]{2,8}?(?:日报|日報|晚报|晚報|报社|報社|电视台|電視台|融媒体中心))?"
    r"(?:特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員|评论员|評論員)(?:\s|$)")
_PRINT_CREDIT = re.compile(r"《[^《》]{2,12}》\s*[（(][^（）()]{0,20}\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,12}版\s*[)）]$")
# "發稿單位：體育局", "来源: 深圳市商务局", "发布时间：…": a labelled metadata line under a headline
# (named labels only: "重庆铜梁：火龙表演" is a headline, not a label).
_LABEL = re.compile(
    r"^(?:发稿单位|發稿單位|来源|來源|信息来源|資料來源|稿源|发布时间|發布時間|发布日期|發布日期|发布机构|發布機構|"
    r"作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|通讯员|通訊員|撰稿|供稿|审核|審核|摄影|攝影|日期|时间|時間|"
    r"新闻稿|新聞稿|联系人|聯絡人|联系电话|聯絡電話|电话|電話|"
    r"地点|地點|地址|活动时间|活動時間|活动地点|活動地點|会议时间|會議時間|报名时间|報名時間)\s*[：:]")
_LABEL_INSIDE = re.compile(_LABEL.pattern[1:])
# A closing credit in brackets on a line of its own: "（本报记者 苏雁）", "（本报评论员）", "（新华社北京1月2日电）".
_BRACKETED_CREDIT = re.compile(r"^[（(][^（）()]{0,40}(?:记者|記者|评论员|評論員|通讯员|通訊員|电|電|供稿|撰稿|编辑|編輯|摄|攝|作者)[^（）()]{0,30}[)）]$")
_AFTER_LEAD_DATE = re.compile(r"[，,、：:（(\d至到-]|[上下早晚凌中午夜前后电電起讯訊]")
# An official notice closes with its issuer and the full date (落款): "深圳市发展和改革委员会 2025年12月3日".
SIGN_OFF = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_HEADER = re.compile(r"主要内容|主要內容|目录|目錄|第\s*\d+\s*期|本期|要目")


@lru_cache(maxsize=8192)
def is_byline(text: str) -> bool:
    """A credit line under a headline: "记者：…", "本报记者 杨 一", "…《人民日报》（2026年05月28日 第 03 版）"."""
    t = text.strip()
    return bool(_BYLINE.search(t[:12]) or (len(t) <= 40 and _BYLINE.search(t)) or _PRINT_CREDIT.search(t[-40:])
                or (len(t) <= 40 and _PRESS_BYLINE.match(t)))


def is_closing_credit(text: str) -> bool:
    """"（本报记者 苏雁）", "（新华社北京1月2日电）": a credit in brackets that closes an article."""
    return bool(_BRACKETED_CREDIT.match(text.strip()))


def _length(n: int) -> str:
    for top, name in ((3, "0-3"), (8, "4-8"), (15, "9-15"), (25, "16-25"), (40, "26-40"), (60, "41-60"), (100, "61-100")):
        if n <= top:
            return name
    return "100+"


@lru_cache(maxsize=8192)
def is_title_like(text: str) -> bool:
    """Short (a long one without a comma), no sentence inside, not ending like a sentence or a lead-in (a
    short headline may end with an exclamation or question: "江苏苏州：早餐升级，热！"); not a closing credit
    in brackets."""
    text = text.strip()
    if not 4 <= len(text) <= 64 or "。" in text or _BRACKETED_CREDIT.match(text):
        return False
    if len(text) > 40 and (any(c in text for c in "，,；;") or "://" in text or _LABEL.match(text)):
        return False  # a long headline has no clause inside ("總統接見…　盼…　開創…"); a long line with one is prose
    if text.endswith(("！", "？", "!", "?")):
        return len(text) <= 30 and not any(c in text[:-1] for c in "！？!?；;")
    return not text.endswith(_SENTENCE_END + _LEAD_IN_END)


@lru_cache(maxsize=8192)
def lead_of(text: str) -> str | None:
    """The lead formula a line opens with, as a feature name, or None."""
    text = text.lstrip("　 ")
    if _DATELINE.match(text):
        return "dateline"
    m = _LEAD.match(text)
    if not m:
        return None
    word = m.group(0)
    if "月" in word and "日" in word:
        # "1月3日，", "1月3日上午", "1月3日电": a lead; a date run straight into more words is a sign-off's
        # date before the next notice ("…委员会 2025年12月3日深圳市…的通知").
        return "date" if _AFTER_LEAD_DATE.match(text, m.end()) or m.end() == len(text) else "date-run-on"
    if word.endswith(("消息", "讯", "訊")) or word.startswith(("新华社", "新華社", "中新", "人民网", "央视网", "据")):
        return "agency"
    if word.startswith(("记者", "記者", "通讯员", "通訊員")):
        return "reporter"
    if word.endswith(("今日", "今天", "昨日", "於", "于")):
        return "speaker"
    return "time"


def is_bare_lead(text: str) -> bool:
    """A lead formula alone on its line, over the short items of a column: "央视网消息（新闻联播）："."""
    text = text.strip()
    return len(text) <= 20 and text.endswith(("：", ":")) and lead_of(text) == "agency"


def _shape_names(t: str) -> tuple[str, ...]:
    """Features of one line's own text (`Facts` gives them under a prefix: this line, the previous, the next)."""
    out = [f"len={_length(len(t))}"]
    if not t:
        return tuple(out)
    if t.endswith(("！", "？", "!", "?")) and is_title_like(t):
        # "江苏苏州：早餐升级，热！": a headline's own mark, not a sentence's end; such a line ends open, as
        # headlines do (few in the corpus: the mark alone would learn too little to stand on).
        out += ["end=open", "end=title-mark"]
    elif t.endswith(_SENTENCE_END):
        out.append("end=sentence")
    elif t.endswith(_LEAD_IN_END):
        out.append("end=lead-in")
    elif t.endswith(_CLOSERS):
        out.append("end=closer")
    else:
        out.append("end=open")
    if "。" in t[:-1]:
        out.append("sentence-inside")
    if is_title_like(t):
        out.append("title-like")
    lead = lead_of(t)
    if lead:
        out.append(f"lead={lead}")
    return tuple(out)


def _attributed(t: str, known_units: frozenset[str]) -> bool:
    """Whether the line closes with a unit attribution "(开发区经济发展部)"."""
    return trailing_attribution(t, known_units) is not None


_BULLETS = ("* ", "- ", "+ ")


@lru_cache(maxsize=8192)
def _headline(t: str) -> bool:
    """A line laid out like a headline: title-like, but not a Markdown list item ("* 地点：三教 1301"), a
    byline ("《人民日报》（2026年07月11日 第 03 版）") nor a labelled line ("时间：5月27日 13:30"), which are
    just as short."""
    return is_title_like(t) and t[:2] not in _BULLETS and not is_byline(t) and not _LABEL.match(t)


def _line_class(t: str, known_units: frozenset[str]) -> str:
    """A coarse kind of line, for the context signatures that let a linear model weigh combinations."""
    if not t:
        return "none"
    if TAG.match(t):
        return "tag-alone" if TAG.fullmatch(t) else "tag"
    if _LABEL.match(t) and len(t) <= 60:
        return "label"
    if _BRACKETED_CREDIT.match(t):
        return "credit"
    if is_byline(t):
        return "byline"
    if _attributed(t, known_units) and len(t) <= 80:
        return "attribution"
    if is_title_like(t):
        return "ordinal-title" if _ORDINAL.match(t) else "title"
    lead = "lead-" if lead_of(t) else ""
    if t.endswith(_SENTENCE_END + _CLOSERS) and len(t) > 40:
        return lead + "paragraph"
    return lead + "short"


class Facts(NamedTuple):
    """What one line is, as `line_features` asks it of the line itself and of its neighbours."""

    text: str  # stripped
    kind: str  # `_line_class`
    shape: dict[str, float]  # `_shape_names` as features, as they are and under "prev:" and "next:"
    shape_prev: dict[str, float]
    shape_next: dict[str, float]
    tag_end: int  # where an opening 【tag】 ends (-1: none)
    tag_alone: bool
    title_like: bool
    headline: bool
    ordinal: bool
    label: bool  # a labelled metadata line of at most 60 characters
    credit: bool  # a closing credit in brackets
    byline: bool
    attributed: bool
    header_word: bool  # at most 40 characters, with a header word ("本期", "目录")
    lead: str | None
    bare_lead: bool
    clause_word: bool  # opens with a clause word ("但", "同时")
    signed_off: bool  # ends with an official notice's dated sign-off
    credited: bool  # ends with a byline or editing credit
    sentence_first: bool  # a short first sentence with no comma: a headline run into its paragraph


# Each line is looked at as itself, as the next line's previous and as the previous line's next: what it is
# gets worked out once (a 1 MB paste has some 2,600 lines), and a line met again (a year of bulletins with
# one masthead) not at all.
@lru_cache(maxsize=8192)
def facts(text: str, known_units: frozenset[str] = frozenset()) -> Facts:
    """The `Facts` of a line (stripped here)."""
    t = text.strip()
    shape = _shape_names(t)
    tag = TAG.match(t)
    head, stop, rest = t.partition("。")
    return Facts(
        t, _line_class(t, known_units), dict.fromkeys(shape, 1.0), {"prev:" + n: 1.0 for n in shape},
        {"next:" + n: 1.0 for n in shape},
        tag.end() if tag else -1, bool(TAG.fullmatch(t)), is_title_like(t), _headline(t), bool(_ORDINAL.match(t)),
        bool(_LABEL.match(t)) and len(t) <= 60, bool(_BRACKETED_CREDIT.match(t)), is_byline(t),
        _attributed(t, known_units), len(t) <= 40 and bool(_HEADER.search(t)), lead_of(t), is_bare_lead(t),
        bool(_CLAUSE_WORD.match(t)), bool(SIGN_OFF.search(t[-16:])),
        bool(_BYLINE.search(t[-40:]) or CREDIT.search(t[-40:])),
        bool(stop and rest and 6 <= len(head) <= 40 and not any(c in head for c in "，,；;")),
    )


_NOTHING = facts("")  # before the first line and after the last


def line_features(lines: list[Facts], i: int, *, blank_before: list[bool] | None = None,
                  heading: list[int] | None = None, blank_share: float | None = None,
                  common_heading: int | None = None) -> dict[str, float]:
    """Features of "an article opens at line i" over the `facts` of the non-empty lines of a clean text.
    `blank_before[k]`: the source had an empty line above line k; `heading[k]`: its Markdown/HTML heading
    level (0: none); `blank_share`: the share of lines with an empty line above."""
    here = lines[i]
    before = lines[i - 1] if i > 0 else _NOTHING
    after = lines[i + 1] if i + 1 < len(lines) else _NOTHING
    t, prev, nxt = here.text, before.text, after.text
    out: dict[str, float] = {"bias": 1.0}
    out[f"sig={before.kind}|{here.kind}|{after.kind}"] = 1.0
    out[f"sig-prev={before.kind}|{here.kind}"] = 1.0
    out[f"sig-next={here.kind}|{after.kind}"] = 1.0
    out.update(here.shape)
    out.update(before.shape_prev)
    out.update(after.shape_next)
    if i == 0:
        out["first-line"] = 1.0
    if i + 1 == len(lines):
        out["last-line"] = 1.0
    tag = here.tag_end >= 0
    if tag:
        out["tag"] = 1.0
        rest = t[here.tag_end:].strip()
        if rest:
            out["tag+title" if is_title_like(rest) or "。" in rest[:60] else "tag+text"] = 1.0
        elif before.title_like and before.tag_end < 0:
            out["tag-alone:under-title"] = 1.0  # "云南蒙自：走，甩米线克！" then "【至味人间】": the column of the title above
        else:
            out["tag-alone"] = 1.0
    if before.tag_alone:
        out["prev:tag-alone"] = 1.0
    if after.tag_alone and here.title_like and not tag:
        out["title+next-tag-alone"] = 1.0
    elif after.tag_end >= 0 and here.title_like and not tag:
        out["title+next-tag-title"] = 1.0  # a headline right above "【工作动态】标题。…": the digest's header
    if nxt[:1] in _CONTINUES:
        out["next:continues"] = 1.0  # the next line opens with a comma: this one was cut mid-sentence
    if t[:1] in _CONTINUES:
        out["continues"] = 1.0
    if here.ordinal:
        out["ordinal"] = 1.0
        if before.ordinal or after.ordinal:
            out["ordinal-list"] = 1.0  # a run of numbered lines: a list (of contents), not headlines
    if here.clause_word:
        out["clause-word"] = 1.0
    if here.header_word:
        out["header-word"] = 1.0
    if before.header_word and before.tag_end < 0:
        out["prev:header-word"] = 1.0  # the digest's own header ("…主要内容", "2024年第1期") is above
    if before.attributed:
        out["prev:attribution"] = 1.0
    if before.signed_off:
        out["prev:sign-off"] = 1.0
    if before.credit:
        out["prev:closing-credit"] = 1.0  # "（本报记者 苏雁）" closes an article, as a unit attribution does
    elif before.credited:
        out["prev:byline"] = 1.0
    if here.byline or here.credit:
        out["byline-line"] = 1.0
    elif any([f.byline for f in lines[i + 1:i + 4]]):
        out["byline-below"] = 1.0  # a newspaper's headline block: head, kicker, subtitle, then the byline
    if here.label:
        out["label-line"] = 1.0
    if after.label:
        out["next:label-line"] = 1.0
        if here.title_like:
            out["title+next-label"] = 1.0
    if before.label:
        out["prev:label-line"] = 1.0
    if here.attributed:
        out["attribution-line"] = 1.0
    # The old rule, as one signal among others: a headline between two non-headlines.
    if t[:2] in _BULLETS:
        out["bullet"] = 1.0
    title = here.headline
    if t.startswith(("——", "—", "--")):
        out["dash-open"] = 1.0  # a subtitle (副题) "——访…" under its headline
    if prev.endswith(("——", "—")):
        out["prev:dash-end"] = 1.0  # a kicker (引题) "…示范项目——" leading into its headline
    if title and not before.title_like and not after.title_like:
        out["title-between-body"] = 1.0
    next_lead = after.lead if title else None
    if next_lead and after.bare_lead:
        out["title+next-bare-lead"] = 1.0  # "国内联播快讯" over "央视网消息（新闻联播）：": a column of short news
    elif next_lead:
        out["title+next-lead"] = 1.0
        out[f"title+next-lead={next_lead}"] = 1.0
    if title and before.bare_lead:
        out["title+prev-bare-lead"] = 1.0  # the column's first item
    # An article may close with a sentence, or with a list item (地点, 路线) that is as complete, when an
    # empty line parts them (without one, the line may be the item's own wrapped tail).
    listed = prev[:2] in _BULLETS and blank_before is not None and blank_before[i]
    if title and (prev.endswith(_SENTENCE_END + _CLOSERS) and not before.headline or listed):
        out["title+prev-ended"] = 1.0
    if title and nxt and not after.title_like and len(nxt) > 40:
        out["title+next-paragraph"] = 1.0
    if title and here.ordinal:
        out["title+ordinal"] = 1.0
    # A headline run into its first paragraph with a full stop: "…登记正式启动。“经济普查、利国利民”。2024年…".
    if here.sentence_first and not tag:
        out["title-sentence-first"] = 1.0
        if "prev:attribution" in out or "prev:closing-credit" in out:
            out["title-sentence+prev-closed"] = 1.0
    if blank_before is not None:
        # Where every paragraph has an empty line above it, one says nothing; where few do, it parts articles.
        rare = "" if blank_share is None or blank_share < 0.3 else ":common"
        if blank_before[i]:
            out["blank-before" + rare] = 1.0
            if title:
                out["title+blank-before" + rare] = 1.0
        if i + 1 < len(blank_before) and blank_before[i + 1]:
            out["blank-after"] = 1.0
    if heading is not None and (common_heading or any(heading)):
        level = heading[i]
        if not level:
            out["heading-doc:plain-line"] = 1.0
        if level:
            out["heading"] = 1.0
            common = common_heading or _common_level(heading)
            out["heading=common" if level == common else "heading<common" if level < common else "heading>common"] = 1.0
        if i > 0 and heading[i - 1]:
            out["prev:heading"] = 1.0
    return out


# Title signals that count for more where a digest marks its articles no other way.
_UNMARKED = ("title-between-body", "title+prev-ended", "title+next-lead", "title+next-paragraph")


def _common_level(heading: list[int]) -> int:
    """The digest's article heading level: its most frequent one (the deeper on a tie)."""
    levels = [h for h in heading if h]
    return max(set(levels), key=lambda lv: (levels.count(lv), lv))


def all_line_features(texts: list[str], *, blank_before: list[bool] | None = None, heading: list[int] | None = None,
                      known_units: frozenset[str] = frozenset()) -> list[dict[str, float]]:
    """`line_features` of every line, with what the whole digest says: the share of lines with an empty
    line above, and whether it marks its articles at all (tags, closing credits or attributions, headings;
    marks on a third of its headlines or fewer do not count).
    In a digest that does not, a headline between paragraphs is all there is to go by (a newspaper page
    with sub-headings marks its articles with closing credits)."""
    share = sum(blank_before) / len(blank_before) if blank_before else None
    known_units = frozenset(known_units)  # a key of the per-line caches
    lines = [facts(t, known_units) for t in texts]
    marks = sum(1 for f in lines if f.tag_end >= 0 or f.credit or f.attributed)
    has_headings = bool(heading) and any(heading)
    common = _common_level(heading) if has_headings else None
    out = [line_features(lines, i, blank_before=blank_before, heading=heading if has_headings else None,
                         blank_share=share, common_heading=common)
           for i in range(len(lines))]
    # A digest that tags a few of its items ("【江河奔腾看中国】") marks the rest by their headlines alone.
    headlines = sum(1 for f in out if "title+prev-ended" in f)
    if not has_headings and (marks < 2 or 3 * marks < headlines):
        for f in out:
            f.update({f"unmarked:{name}": 1.0 for name in _UNMARKED if name in f})
    _topic_features(texts, lines, out)
    return out


def _topic_features(texts: list[str], lines: list[Facts], out: list[dict[str, float]]) -> None:
    """Whether a headline-shaped line speaks of what follows it rather than of what came before: an
    article's headline is taken up by its lead and shares little with the article above; a sub-heading
    inside an article repeats the words of the section before it."""
    heads = [i for i, f in enumerate(lines) if f.headline]
    if not heads:
        return
    cohesion = Cohesion("\n".join(texts))
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    for i in heads:
        found = cohesion.line(starts[i], len(texts[i]))
        if found is not None:
            out[i][f"headline-repeated={share_name(found[0])}"] = 1.0
            out[i][f"headline-before-had={share_name(found[1])}"] = 1.0
    _sibling_features(lines, heads, out)


SIBLING_REACH = 15  # lines


def _sibling_features(lines: list[Facts], heads: list[int], out: list[dict[str, float]]) -> None:
    """Sub-headings come in sets cut to one pattern ("文創薈聚 拓寬跨域交流新空間", "特色展陳 彰顯多樣文化魅力";
    "设计要求", "投稿方式"); a digest's headlines each have their own. A headline with a sibling of its
    pattern close by is more likely a sub-heading."""
    shapes = {i: _pattern(lines[i].text) for i in heads if not lines[i].ordinal}  # Facts.text is stripped
    for i, shape in shapes.items():
        if shape is not None and any(shapes.get(j) == shape for j in range(i - SIBLING_REACH, i + SIBLING_REACH + 1)
                                     if j != i):
            out[i]["headline-has-sibling"] = 1.0


def _pattern(t: str) -> tuple | None:
    """A short headline's pattern: "short" up to 6 characters, else (parts, length of the first) when
    spaces cut it in parts; None for others (a long headline has no pattern worth matching)."""
    if len(t) <= 6:
        return ("short",)
    parts = re.split(r"[\s\u3000]+", t)
    return (len(parts), len(parts[0])) if len(parts) >= 2 and len(t) <= 30 else None


# ---- titles glued to their lead, in text that lost its line breaks ----

MAX_GLUED_TITLE = 90


def title_end_candidates(unit: str, tagged: bool = False) -> list[int]:
    """Positions k where a title could end inside `unit` (a piece of text after a sentence end):
    after at least 4 characters, before the first comma or full stop (a title has neither), plus the
    full stop itself when the title ends with one ("标题一。1月3日，…"). After a 【tag】 a title may hold a
    comma ("【文明实践】“河”我一起，保护母亲河——…活动。"): there only a full stop ends the candidates.
    No lead opens with a comma or a closing mark, and no title ends with an opening one."""
    stop = len(unit)
    for mark in "。；;！？!?" if tagged else "，,。；;！？!?":
        at = unit.find(mark, 0, MAX_GLUED_TITLE + 1)
        if at >= 0:
            stop = min(stop, at + (1 if mark == "。" else 0))
    top = min(stop, MAX_GLUED_TITLE)
    if unit.endswith(("！", "？", "!", "?")) and 4 <= len(unit) <= 30 and is_title_like(unit):
        return list(range(4, len(unit) + 1))  # a headline ending "…，炫！" is the whole piece
    shortest = 2 if tagged else 4  # under its column a headline may be a word: "【江河奔腾看中国】长江"
    return [k for k in range(shortest, top + 1)
            if unit[k:k + 1] not in _NO_LEAD_START and unit[k - 1] not in _OPENERS and unit[k - 1] != "\n"]


_NO_LEAD_START = frozenset("，,、；;：:）)》”」』’】")
_OPENERS = frozenset("“「『《（(【‘")
# Characters that end a clause mid-way and never a headline: a title does not end on a particle or preposition.
_FUNCTION_END = frozenset("的和与與及在对對为為把被从從向由于於是了着著之并並而或且以将將")


def _char_class(c: str) -> str:
    if c.isdigit():
        return "digit"
    if c.isascii() and c.isalpha():
        return "latin"
    if c in " \u3000":
        return "space"
    if c in _OPENERS:
        return "opener"
    if c in "”」』’）)》】":
        return "closer"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "other"


def word_bounds(unit: str) -> frozenset[int]:
    """Where the dictionary segmentation of the candidates' reach of `unit` puts word boundaries: a title
    ends between words."""
    from jianbao.script.segment import boundaries

    return frozenset(boundaries(unit[:MAX_GLUED_TITLE + 8]))


def title_end_features(unit: str, k: int, *, after_close: bool = False,
                       bounds: frozenset[int] | None = None,
                       shares: Shares | None = None) -> dict[str, float]:
    """Features of "a title at the start of `unit` ends at k" (unit[:k] the title, unit[k:] the lead).
    They name no character: what generalises across digests is the shape of a headline and of a lead,
    the parts of speech at the cut and whether the lead takes up the headline's words, not the words of
    the digests the model was built from. Give Traditional text as its Simplified twin: jieba's words are
    Simplified. `bounds`: `word_bounds(unit)`; `shares`: the `cohesion.Shares` of the unit's start."""
    a, b = unit[:k], unit[k:]
    out: dict[str, float] = {"bias": 1.0, f"len={_length(k)}": 1.0}
    if after_close:
        out["after-close"] = 1.0
    if b.startswith("。"):
        out["ends-with-stop"] = 1.0
        b = b[1:]
    lead = lead_of(b)
    if lead:
        out[f"lead={lead}"] = 1.0
    if _LABEL.match(b):
        out["lead=label"] = 1.0  # "…实力發稿單位：經濟發展局…": a labelled metadata line under the title
    if _LABEL_INSIDE.search(a):
        out["a-holds-label"] = 1.0  # the title ended before its metadata: "…日本發稿單位：農業局發稿|日期："
    found = shares(k) if shares is not None else None
    if found is not None:
        ahead, before = found
        out[f"lead-repeats={share_name(ahead)}"] = 1.0
        out[f"before-had={share_name(before)}"] = 1.0
    if bounds is not None:
        # A headline ends on a verb or a noun and its lead opens on a subject, a place or a time
        # ("…合作讨论|台湾与美国高级官员…"); a cut after a preposition or before a particle is mid-clause.
        out[f"a-tag={_word_tag(unit, k, bounds, -1)}"] = 1.0
        if b:
            out[f"b-tag={_word_tag(unit, len(unit) - len(b), bounds, 1)}"] = 1.0
    if not b:
        out["at-end"] = 1.0
        return out
    out[f"b-class={_char_class(b[0])}"] = 1.0
    out[f"a-class={_char_class(a[-1])}"] = 1.0
    if b[0].isdigit() and a[-1].isdigit():
        out["inside-number"] = 1.0
    if a[-1] in _FUNCTION_END:
        out["a-ends-function-word"] = 1.0
    if b[0] in _FUNCTION_END:
        out["b-opens-function-word"] = 1.0
    for left, right in ("“”", "《》", "（）", "()", "「」"):
        if a.count(left) > a.count(right):
            out["inside-quote"] = 1.0
    if " " in a.strip() or "\u3000" in a.strip():
        out["a-has-space"] = 1.0  # a two-part headline "五星红旗耀中华 勠力同心迎盛会"
    if "：" in a or ":" in a:
        out["a-has-colon"] = 1.0
    if bounds is not None and k not in bounds and not (after_close and k == 0):
        out["inside-word"] = 1.0
    first_clause = re.split(r"[，,。；;！？!?]", b, maxsplit=1)[0]
    out[f"lead-clause-len={_length(len(first_clause))}"] = 1.0
    if b[len(first_clause):len(first_clause) + 1] == "。" and len(first_clause) <= 40:
        out["lead-clause-ends-sentence"] = 1.0  # "召开" + "“…”动员会。": the title runs on to the full stop
    if " " in first_clause or "\u3000" in first_clause:
        out["lead-clause-has-space"] = 1.0  # the headline goes on past k
    if TAG.match(a):
        out["tag-first"] = 1.0
    return out


def _word_tag(unit: str, k: int, bounds: frozenset[int], side: int) -> str:
    """The part of speech (jieba's tag, coarsened) of the word ending at k (side -1) or starting at k (1)."""
    from jianbao.script.segment import word_tags

    if side < 0:
        j = next((j for j in range(k - 1, max(k - 6, 0) - 1, -1) if j in bounds or j == 0), None)
        word = unit[j:k] if j is not None else ""
    else:
        j = next((j for j in range(k + 1, min(k + 6, len(unit)) + 1) if j in bounds or j == len(unit)), None)
        word = unit[k:j] if j is not None else ""
    tag = word_tags().get(word) if word else None
    if tag is None:
        return "none" if word else "empty"
    return tag[:2] if tag[:2] in ("ns", "nr", "nt", "nz", "vn") else tag[:1]
