"""`term`: words the office wants flagged (store terms of kind 'flag'), with the preferred wording."""
from __future__ import annotations

import re

from jianbao.proofread import lm
from jianbao.proofread.base import Context, Finding, check


@check("term")
def check_terms(ctx: Context) -> list[Finding]:
    flags = [t for t in ctx.terms if t.kind == "flag" and t.word]
    if not flags:
        return []
    simp = lm.simplified_aligned(ctx.text)
    traditional = lm.is_traditional(ctx.text, simp)
    out = []
    for term in flags:
        key = lm.simplified_aligned(term.word)
        preferred = (term.traditional or term.simplified) if traditional else (term.simplified or term.traditional)
        for m in re.finditer(re.escape(key), simp):
            if ctx.is_claimed(m.start(), m.end()):
                continue
            message = f"“{ctx.text[m.start():m.end()]}”在本单位的规范用语表中被标记"
            if preferred:
                message += f"，宜改为“{preferred}”"
            if term.note:
                message += f"（{term.note}）"
            out.append(ctx.finding("term", m.start(), m.end(), message, preferred or None, confidence=0.9))
    return out
