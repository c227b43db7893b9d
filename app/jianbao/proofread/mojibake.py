"""Other encoding damage: UTF-8 Chinese read as GBK (鈥滆, 锟斤拷) and U+FFFD left by a lossy decode."""
from __future__ import annotations

import re

from jianbao.proofread import lm
from jianbao.proofread.base import Context, Finding
from jianbao.proofread.gbk import char_bytes

MIN_GAIN = 8.0           # the decoded text must beat the mojibake by this much (nats)

# UTF-8 Chinese read as GBK: runs of 3-byte UTF-8 sequences hidden in the GBK bytes (鈥滆, 锟斤拷 …).
UTF8_RUN = re.compile(rb"(?:[\xe2-\xe9][\x80-\xbf][\x80-\xbf]|\xef[\xbc\xbd\xbf][\x80-\xbf]){2,}")
SUSPECT = re.compile("[^\x00-\x7f]{3,}")


def utf8_mojibake(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for m in SUSPECT.finditer(ctx.text):
        try:
            if not UTF8_RUN.search(m.group().encode("gbk")):
                continue   # the common case: no UTF-8 hidden in this run's bytes
        except UnicodeEncodeError:
            pass           # € or a character GBK lacks: take the slow path below
        data, starts = bytearray(), []
        for ch in m.group():
            starts.append(len(data))
            data += char_bytes(ch) or b"\xff"      # never part of UTF-8: a lost or foreign character
        k = 0
        while k < len(starts):
            bm = UTF8_RUN.match(bytes(data), starts[k])
            if bm is None:
                k += 1
                continue
            last = max(j for j, b in enumerate(starts) if b < bm.end())
            s, e = m.start() + k, m.start() + last + 1
            k = last + 1
            finding = _mojibake_finding(ctx, s, e, bm.group().decode("utf-8"))
            if finding is not None:
                out.append(finding)
    return out


def _mojibake_finding(ctx: Context, s: int, e: int, decoded: str) -> Finding | None:
    damaged = ctx.text[s:e]
    if e - s < 2:
        return None
    if "\ufffd" in decoded:
        return ctx.finding("encoding-damage", s, e,
                           f"乱码“{damaged}”：原文在转换中已丢失（锟斤拷），须对照原稿补回",
                           None, severity="error", confidence=0.95)
    if lm.score(decoded) - lm.score(damaged) < MIN_GAIN:
        return None
    return ctx.finding("encoding-damage", s, e, f"乱码“{damaged}”：UTF-8 文本被当作 GBK 读入，应为“{decoded}”",
                       decoded, severity="error", confidence=0.9)


def replacement_chars(ctx: Context) -> list[Finding]:
    return [ctx.finding("encoding-damage", m.start(), m.end(),
                        "替换字符“\ufffd”：解码时丢失了原字符，须对照原稿补回", None, severity="error", confidence=1.0)
            for m in re.finditer("\ufffd+", ctx.text)]
