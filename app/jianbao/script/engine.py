"""OpenCC converters, one per config per thread (the binding does not promise thread safety)."""
from __future__ import annotations

import threading

from jianbao.errors import JianbaoError

_local = threading.local()


def converter(config: str):
    """An `opencc.OpenCC` for a shipped config name or a config file path."""
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    conv = cache.get(config)
    if conv is None:
        import opencc

        try:
            conv = cache[config] = opencc.OpenCC(config)
        except Exception as exc:  # the binding raises RuntimeError/ValueError variants
            raise JianbaoError(f"无法加载 OpenCC 转换配置“{config}”", detail=str(exc)) from exc
    return conv


def simplified_twin(text: str) -> str:
    """Character-for-character Simplified form of `text` (the text itself if lengths would differ), for
    judging Traditional text with word lists that know Simplified words."""
    twin = converter("t2s").convert(text)
    return twin if len(twin) == len(text) else text
