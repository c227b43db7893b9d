"""`number` (GB/T 15835-2011): shortened years, approximate numbers written with 、, mixed numeral styles
in one enumeration, full-width digits."""
from __future__ import annotations

import re
from collections import defaultdict

from jianbao.proofread.base import HAN, Context, Finding, check

CN_DIGITS = "一二三四五六七八九十"
SHORT_YEAR = re.compile(r"(?<![\d０-９.])(\d{2})年(?=\d{1,2}月|[度底初末])")
APPROX = re.compile(rf"(?<![{CN_DIGITS}、])([一二三四五六七八九])、([二三四五六七八九十])(?=[{HAN}])(?![、{CN_DIGITS}])")
FULL_DIGITS = re.compile("[０-９]+(?:[．.][０-９]+)?")
# Enumeration markers: 一是/二是, 一要/二要, 第一/第2, (1)/（一） …
MARKER = re.compile(rf"(?:(?<=^)|(?<=[。；;，,：:\s]))(?P<n>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})(?P<k>是|要|、)"
                    rf"|第(?P<n2>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})(?P<k2>[，,、是要步批项項条條])"
                    rf"|[（(](?P<n3>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）]")


def _cn(n: int) -> str:
    if n <= 10:
        return " 一二三四五六七八九十"[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _cn(tens)) + "十" + ("" if ones == 0 else _cn(ones))


def _value(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for ch in numeral:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch in CN_DIGITS:
            current = CN_DIGITS.index(ch) + 1
        else:
            return None
    return total + current


def _short_years(ctx: Context) -> list[Finding]:
    out = []
    for m in SHORT_YEAR.finditer(ctx.text):
        yy = int(m.group(1))
        full = f"{2000 + yy if yy < 70 else 1900 + yy}年"
        out.append(ctx.finding("number", m.start(), m.end(), f"年份不应简写，“{m.group()}”应写全为“{full}”", full,
                               confidence=0.75))
    return out


def _approximate(ctx: Context) -> list[Finding]:
    out = []
    for m in APPROX.finditer(ctx.text):
        a, b = m.group(1), m.group(2)
        if CN_DIGITS.index(b) != CN_DIGITS.index(a) + 1:
            continue
        out.append(ctx.finding("number", m.start(), m.end(),
                               f"相邻两数表示概数，中间不用顿号：“{m.group()}”应为“{a}{b}”", a + b, confidence=0.8))
    return out


def _full_width(ctx: Context) -> list[Finding]:
    out = []
    for m in FULL_DIGITS.finditer(ctx.text):
        half = m.group().translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}).replace("．", ".")
        out.append(ctx.finding("number", m.start(), m.end(), f"数字应使用半角阿拉伯数字“{half}”", half,
                               confidence=0.9))
    return out


def _mixed_enumerations(ctx: Context) -> list[Finding]:
    out = []
    for _number, start, line in ctx.lines():
        groups: dict[str, list[tuple[int, int, str, int]]] = defaultdict(list)
        for m in MARKER.finditer(line):
            numeral = m.group("n") or m.group("n2") or m.group("n3")
            kind = m.group("k") or ("第" if m.group("n2") else "（）")
            value = _value(numeral)
            if value is None:
                continue
            pos = m.start("n") if m.group("n") else m.start("n2") if m.group("n2") else m.start("n3")
            groups[kind].append((pos, pos + len(numeral), numeral, value))
        for kind, marks in groups.items():
            values = [v for *_, v in marks]
            if len(marks) < 2 or values != sorted(values) or len(set(values)) != len(values):
                continue   # not one enumeration (two lists, or plain numbers)
            arabic = [mk for mk in marks if mk[2].isdigit()]
            chinese = [mk for mk in marks if not mk[2].isdigit()]
            if not arabic or not chinese:
                continue
            minority, to_cn = (arabic, True) if len(arabic) <= len(chinese) else (chinese, False)
            for a, b, numeral, value in minority:
                fix = _cn(value) if to_cn else str(value)
                out.append(ctx.finding("number", start + a, start + b,
                                       f"同一组序号中汉字数字与阿拉伯数字混用，“{numeral}”应与其他序号一致写作“{fix}”",
                                       fix, confidence=0.7))
    return out


@check("number")
def check_numbers(ctx: Context) -> list[Finding]:
    found = _short_years(ctx) + _approximate(ctx) + _full_width(ctx) + _mixed_enumerations(ctx)
    return [f for f in found if not ctx.is_claimed(f.start, f.end)]
