"""Reporting units: the parenthesised attribution that closes an article, e.g. (开发区经济发展部、集团公司)."""
from __future__ import annotations

import re
from functools import lru_cache

_SUFFIXES = (
    "部", "办", "辦", "处", "處", "室", "局", "委", "会", "會", "院", "站", "中心", "公司", "集团", "集團", "街道",
    "社区", "社區", "所", "队", "隊", "科", "厅", "廳", "署", "团", "團", "馆", "館", "校", "行", "社", "台", "臺",
    "镇", "鎮", "乡", "鄉", "村", "组", "組", "办公室", "辦公室", "政府", "分局", "支部", "协会", "協會", "联合会",
    "聯合會", "报", "報", "网", "網", "园", "園", "区", "區", "所", "庭", "法院", "检察院", "檢察院", "医院", "醫院",
)
_SEPARATORS = re.compile(r"[、，,;；/]")
_NOT_UNIT = re.compile(r"[。！？!?：:“”\"]|\d{3,}|[一二三四五六七八九十]是|^即|等$")
CREDIT = re.compile(r"(编辑|編輯|记者|記者|通讯员|通訊員|供稿|来源|來源|撰稿|摄影|攝影|审核|審核)[：:]")


def split_units(inner: str) -> list[str]:
    return [u.strip() for u in _SEPARATORS.split(inner) if u.strip()]


def looks_like_units(inner: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether the text inside closing parentheses names reporting units (or is an editing credit)."""
    inner = inner.strip()
    if not inner or len(inner) > 80:
        return False
    if CREDIT.search(inner):
        return True
    if _NOT_UNIT.search(inner):
        return False
    parts = split_units(inner)
    if not parts:
        return False
    return all(p in known or (2 <= len(p) <= 30 and p.endswith(_SUFFIXES)) for p in parts)


# Closing parentheses right after a sentence (or alone on their line): "…环境。(开发区集团公司)".
_ATTRIBUTION = re.compile(r"(?:(?<=[。！？!?…”」』.])|^)[(（]([^()（）\n]{2,80})[)）]\s*$")


@lru_cache(maxsize=8192)
def trailing_attribution(line: str, known: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The attribution closing a paragraph, if it has one. Asked of every line by the segmenter and again of
    each article's last line when it is split off: remembered (a match depends on the line alone)."""
    if not line.rstrip().endswith((")", "）")):
        return None  # most lines: no need to run the pattern over a long paragraph
    m = _ATTRIBUTION.search(line, max(0, len(line) - 120))
    if m and looks_like_units(m.group(1), known):
        return m
    return None
