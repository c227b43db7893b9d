"""`punctuation` (GB/T 15834-2011): half-width marks and straight quotes in Chinese text, unpaired marks,
doubled marks, hyphens used as range marks or dashes, stray spaces inside Chinese text."""
from __future__ import annotations

import re

from jianbao.proofread.base import CJK_PUNCT, HAN, Context, Finding, check, is_chinese

FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！", ".": "。"}
PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕", "「": "」", "『": "』", "〈": "〉"}
CLOSERS = {v: k for k, v in PAIRS.items()}
NAMES = {"“": "引号", "‘": "单引号", "（": "括号", "(": "括号", "《": "书名号", "【": "方头括号", "〔": "六角括号",
         "「": "直角引号", "『": "直角引号", "〈": "书名号"}
DOUBLED = re.compile(r"[，,。、；;：:]{2,}")
DATE_UNIT = "年月日号號时時点點分秒"
COUNT_UNIT = "个個名人天周週年月次项項家户戶倍岁歲元万萬亿億吨噸米里公克斤台臺件条條所座辆輛%％℃"
RANGE = re.compile(rf"(?<![\d-])(\d+(?:\.\d+)?[{DATE_UNIT}]?)\s*[-－‐]\s*(\d+(?:\.\d+)?)([{DATE_UNIT}{COUNT_UNIT}])")
DASH = re.compile(rf"(?<=[{HAN}{CJK_PUNCT}\s])-{{2,}}|-{{2,}}(?=[{HAN}])|(?<=[{HAN}])\s*[-－]\s*(?=[{HAN}])")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
HEADLINE_END = re.compile(r"[。]|——")


def _neighbour(text: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    return text[j] if 0 <= j < len(text) and text[j] != "\n" else ""


def _half_width(ctx: Context) -> list[Finding]:
    text, out = ctx.text, []
    for m in re.finditer(r"[,:;()?!.]", text):
        i, ch = m.start(), m.group()
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:." and prev.isdigit() and nxt.isdigit():
            continue   # 1,000  10:30  1.5
        if ch == "." and not (prev and is_chinese(prev) and (not nxt or is_chinese(nxt))):
            continue
        if ch == "(":
            close = text.find(")", i, i + 80)
            inside = text[i + 1:close] if close > 0 else ""
            chinese = is_chinese(prev) or any(is_chinese(c) for c in inside)
        elif ch == ")":
            open_ = text.rfind("(", max(0, i - 80), i)
            inside = text[open_ + 1:i] if open_ >= 0 else ""
            chinese = is_chinese(nxt) or any(is_chinese(c) for c in inside)
        else:
            chinese = is_chinese(prev) or (ch not in "?!" and is_chinese(nxt))
        if not chinese or ctx.is_claimed(i, i + 1):
            continue
        out.append(ctx.finding("punctuation", i, i + 1,
                               f"中文行文中使用了半角“{ch}”，应为全角“{FULL[ch]}”", FULL[ch],
                               confidence=0.9))
    return out


def _straight_quotes(ctx: Context) -> list[Finding]:
    out = []
    for _number, start, line in ctx.lines():
        for quote, (opening, closing) in (('"', ("“", "”")), ("'", ("‘", "’"))):
            spots = [m.start() for m in re.finditer(quote, line)]
            if not spots or not any(is_chinese(c) for c in line):
                continue
            for k, pos in enumerate(spots):
                near = _neighbour(line, pos, -1) + _neighbour(line, pos, 1)
                if not any(is_chinese(c) for c in near):
                    continue
                fix = opening if k % 2 == 0 else closing
                out.append(ctx.finding("punctuation", start + pos, start + pos + 1,
                                       f"中文行文中使用了直引号，应为“{fix}”", fix, confidence=0.8))
    return out


def _unpaired(ctx: Context) -> list[Finding]:
    out = []
    for _number, start, line in ctx.lines():
        if ctx.is_claimed(start, start + len(line)):
            continue   # the encoding repair restores the lost marks
        stack: list[tuple[str, int]] = []
        bad: list[tuple[str, int]] = []
        for pos, ch in enumerate(line):
            if ch in PAIRS:
                stack.append((ch, pos))
            elif ch in CLOSERS:
                want = CLOSERS[ch]
                same = {want, "（", "("} if want in "（(" else {want}
                if stack and stack[-1][0] in same:
                    stack.pop()
                elif any(o in same for o, _ in stack):
                    while stack and stack[-1][0] not in same:
                        bad.append(stack.pop())
                    stack.pop()
                else:
                    bad.append((ch, pos))
        for ch, pos in sorted(bad + stack, key=lambda t: t[1]):
            name = NAMES.get(ch) or NAMES.get(CLOSERS.get(ch, ""), "标点")
            side = "前" if ch in PAIRS else "后"
            out.append(ctx.finding("punctuation", start + pos, start + pos + 1,
                                   f"{name}“{ch}”不成对，缺少与之配对的{side}半个", None, confidence=0.75))
    return out


def _doubled(ctx: Context) -> list[Finding]:
    out = []
    for m in DOUBLED.finditer(ctx.text):
        if ctx.is_claimed(m.start(), m.end()):
            continue
        first = FULL.get(m.group()[0], m.group()[0])
        out.append(ctx.finding("punctuation", m.start(), m.end(),
                               f"标点“{m.group()}”连用，只应保留一个", first, confidence=0.6))
    return out


def _ranges_and_dashes(ctx: Context) -> list[Finding]:
    text, out = ctx.text, []
    for m in RANGE.finditer(text):
        left, unit = m.group(1), m.group(3)
        dated = left[-1] in DATE_UNIT or unit in DATE_UNIT
        mark = "—" if dated else "～"
        what = "时间起止用一字线“—”" if dated else "数值范围用浪纹线“～”"
        # The span is the hyphen with any spaces around it: 1月2日 - 4日 -> 1月2日—4日.
        out.append(ctx.finding("punctuation", m.end(1), m.start(2), f"{what}，不用连字符“-”", mark, confidence=0.85))
    for m in DASH.finditer(text):
        if any(f.start <= m.start() < f.end for f in out) or ctx.is_claimed(m.start(), m.end()):
            continue
        double = m.group().strip().startswith("--")
        fix = "——" if double else "—"
        why = "破折号应为“——”" if double else "地域、时间起止用一字线“—”"
        out.append(ctx.finding("punctuation", m.start(), m.end(), f"{why}，不用连字符“{m.group().strip()}”", fix,
                               confidence=0.85 if double else 0.6))
    return out


def _headline_end(line: str) -> int:
    """Where a line's headline ends: a tagged line's first sentence, or a short line without 。."""
    if line.startswith("【"):
        m = HEADLINE_END.search(line)
        return m.start() if m else len(line)
    if len(line) <= 40 and "。" not in line:
        return len(line)
    return 0


def _parallel(line: str, a: int, b: int) -> bool:
    """Inside quotes, two runs of four or more Han characters either side of the space: a quoted headline."""
    if line.count("“", 0, a) <= line.count("”", 0, a):
        return False
    left = re.search(f"[{HAN}]+$", line[:a])
    right = re.match(f"[{HAN}]+", line[b:])
    return bool(left and right and len(left.group()) >= 4 and len(right.group()) >= 4)


def _spaces(ctx: Context) -> list[Finding]:
    out = []
    for _number, start, line in ctx.lines():
        headline = _headline_end(line)
        for m in SPACES.finditer(line):
            a, b = m.start(), m.end()
            if a == 0 or b == len(line):
                continue   # indentation, trailing space: layout, not text
            prev, nxt = line[a - 1], line[b]
            if not (is_chinese(prev) and is_chinese(nxt)):
                continue
            if prev not in CJK_PUNCT and nxt not in CJK_PUNCT and (a < headline or _parallel(line, a, b)):
                continue   # a headline's space between two parallel phrases is deliberate
            if ctx.is_claimed(start + a, start + b):
                continue
            out.append(ctx.finding("punctuation", start + a, start + b, "中文行文中多了空格，应删去", "",
                                   confidence=0.7))
    return out


@check("punctuation")
def check_punctuation(ctx: Context) -> list[Finding]:
    doubled = _doubled(ctx)
    singles = [f for f in _half_width(ctx) if not any(d.start <= f.start < d.end for d in doubled)]
    return singles + _straight_quotes(ctx) + _unpaired(ctx) + doubled + _ranges_and_dashes(ctx) + _spaces(ctx)
