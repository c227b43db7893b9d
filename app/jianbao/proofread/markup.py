"""`markup`: HTML tags and entities, and pinyin annotations, left in the text by a copy from the web."""
from __future__ import annotations

import html
import re

from jianbao.proofread.base import HAN, Context, Finding, check

TAG_NAMES = ("span|p|div|font|br|b|strong|em|i|u|a|img|table|tbody|tr|td|th|ul|ol|li|h[1-6]|section|"
             "article|o:p|sup|sub|center|blockquote|hr|style|script")
TAG = re.compile(rf"</?(?:{TAG_NAMES})(?:\s[^<>\n]{{0,200}})?\s*/?>", re.IGNORECASE)
# A closing tag whose "<" was lost (on the sample's line 75 it went with the encoding damage).
BROKEN_TAG = re.compile(rf"(?<![<\w])/(?:{TAG_NAMES})>", re.IGNORECASE)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
SYLLABLE = rf"[a-zü{TONE}]*[{TONE}][a-zü{TONE}]*|[a-zü]+[1-5]"
PINYIN = re.compile(rf"(?<=[{HAN}])[(（]\s*(?:{SYLLABLE})(?:\s+(?:{SYLLABLE}))*\s*[)）]")
BLOCK_TAGS = re.compile(r"</?(?:p|div|br|li|tr|h[1-6])\b", re.IGNORECASE)


def _entity_text(entity: str) -> str:
    out = html.unescape(entity)
    return " " if out in ("\xa0", "\u3000") else out


@check("markup")
def check_markup(ctx: Context) -> list[Finding]:
    text = ctx.text
    out: list[Finding] = []
    for m in TAG.finditer(text):
        block = BLOCK_TAGS.match(m.group()) is not None
        out.append(ctx.finding("markup", m.start(), m.end(),
                               f"网页标记残留“{m.group()}”，应删去" + ("（如是分段处请另起一段）" if block else ""),
                               "", severity="error", confidence=0.97))
    for m in BROKEN_TAG.finditer(text):
        if ctx.is_claimed(m.start(), m.end()):
            continue
        out.append(ctx.finding("markup", m.start(), m.end(),
                               f"网页标记残留“<{m.group()}”（“<”已丢失），应删去", "",
                               severity="error", confidence=0.9))
    for m in ENTITY.finditer(text):
        value = _entity_text(m.group())
        if value == m.group():
            continue
        out.append(ctx.finding("markup", m.start(), m.end(),
                               f"网页字符实体“{m.group()}”未还原，应为“{value}”", value,
                               severity="error", confidence=0.95))
    for m in PINYIN.finditer(text):
        out.append(ctx.finding("markup", m.start(), m.end(),
                               f"拼音注音“{m.group()}”残留，应删去", "", severity="warning", confidence=0.9))
    return out
