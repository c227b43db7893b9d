"""OpenCC's own dictionaries, read through the `opencc_dict` tool that ships with the binding.

The binding only offers `convert()`; the guard and the "uncertain" marks need more: which
characters are one-to-many (发 → 發/髮), and which dictionary phrases pin a character to one of
its forms. Both come from the installed OpenCC's .ocd2 files, dumped to text once per OpenCC
version into the user cache folder, so they never drift from what `convert()` does.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from jianbao.errors import JianbaoError

_lock = threading.RLock()


def _opencc_paths() -> tuple[Path, Path | None]:
    """The folder of shipped configs/dictionaries and the `opencc_dict` tool (None when absent)."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    tool: Path | None = clib / "bin" / ("opencc_dict.exe" if sys.platform == "win32" else "opencc_dict")
    if not tool.exists():
        found = shutil.which("opencc_dict")
        tool = Path(found) if found else None
    return clib / "share" / "opencc", tool


def opencc_version() -> str:
    import opencc

    return str(opencc.__version__)


def available_configs() -> frozenset[str]:
    """Config names the installed OpenCC offers (s2t, tw2sp, …)."""
    import opencc

    return frozenset(c[:-5] for c in opencc.CONFIGS if c.endswith(".json"))


def _cache_dir() -> Path:
    """Where the dumped dictionaries live: the user cache folder, else the temp folder."""
    import tempfile

    from platformdirs import user_cache_dir

    name = f"opencc-{opencc_version()}"
    for base in (Path(user_cache_dir("Jianbao", appauthor=False)), Path(tempfile.gettempdir()) / "jianbao"):
        path = base / name
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / f".probe-{os.getpid()}"
            probe.write_text("", "utf-8")
            probe.unlink()
            return path
        except OSError:
            continue
    raise JianbaoError("无法写入缓存目录，读不了 OpenCC 词典")


@lru_cache(maxsize=None)
def read_dict(name: str) -> dict[str, tuple[str, ...]]:
    """One shipped dictionary (e.g. "STCharacters"): key -> candidates, OpenCC's choice first."""
    with _lock:
        share, tool = _opencc_paths()
        cached = _cache_dir() / f"{name}.txt"
        if not cached.exists():
            source = share / f"{name}.ocd2"
            if tool is None or not source.exists():
                raise JianbaoError("无法读取 OpenCC 词典，繁简转换的防误转检查不可用",
                                   detail=f"缺少 {'opencc_dict' if tool is None else source.name}")
            tmp = cached.with_name(f"{name}.{os.getpid()}.tmp")
            try:
                subprocess.run([str(tool), "-i", str(source), "-o", str(tmp), "-f", "ocd2", "-t", "text"],
                               check=True, capture_output=True, timeout=120)
                os.replace(tmp, cached)
            except (OSError, subprocess.SubprocessError) as exc:
                tmp.unlink(missing_ok=True)
                raise JianbaoError("无法读取 OpenCC 词典", detail=str(exc)) from exc
        entries: dict[str, tuple[str, ...]] = {}
        for line in cached.read_text("utf-8").splitlines():
            key, _, values = line.partition("\t")
            if key and values:
                entries.setdefault(key, tuple(values.split(" ")))
        return entries


def _dict_files(node: dict) -> list[str]:
    """Dictionary names inside one config node, in lookup order (groups flattened)."""
    if node.get("type") == "group":
        return [name for sub in node.get("dicts", []) for name in _dict_files(sub)]
    file = node.get("file", "")
    return [Path(file).stem] if file.endswith(".ocd2") else []


@lru_cache(maxsize=None)
def config_stages(config: str) -> tuple[tuple[str, ...], ...]:
    """The conversion chain of a shipped config: one tuple of dictionary names per stage."""
    share, _ = _opencc_paths()
    path = share / f"{config}.json"
    if not path.exists():
        raise JianbaoError(f"没有名为“{config}”的 OpenCC 转换配置")
    data = json.loads(path.read_text("utf-8"))
    return tuple(tuple(_dict_files(step.get("dict", {}))) for step in data.get("conversion_chain", []))


@dataclass
class ConfigModel:
    """What one config's main stage (the simplified<->traditional one) knows, for the guard and marks.

    `chars`: single characters and their candidates; `phrases`: multi-character keys and their
    converted form; `pins[c]`: for a character c, the phrases that contain it, as
    (offset of c, phrase length, {phrase: the form of c inside it}), shortest phrases first;
    `contested[c]`: the same for phrases that give c a form other than its default.
    """

    config: str
    stage: int = 0
    chars: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[str, str] = field(default_factory=dict)
    pins: dict[str, tuple[tuple[int, int, dict[str, str]], ...]] = field(default_factory=dict)
    contested: dict[str, dict[tuple[int, int], frozenset[str]]] = field(default_factory=dict)
    contested_re: re.Pattern[str] | None = None
    nested: frozenset[str] = frozenset()  # contested phrases that occur inside a longer phrase
    ambiguous: frozenset[str] = frozenset()  # characters with more than one candidate

    def default(self, ch: str) -> str:
        cands = self.chars.get(ch)
        return cands[0] if cands else ch

    def one_to_many(self, ch: str) -> bool:
        return len(self.chars.get(ch, ())) > 1

    def covering(self, text: str, pos: int) -> list[tuple[int, int, str]]:
        """Dictionary phrases that occur in `text` over position `pos`: (start, end, form of text[pos])."""
        found = []
        for offset, length, keys in self.pins.get(text[pos], ()):
            start = pos - offset
            if start >= 0:
                form = keys.get(text[start:start + length])
                if form is not None:
                    found.append((start, start + length, form))
        return found


def _everyday(ch: str) -> bool:
    """A character in GB18030's two-byte area or in Big5: what office text is written with."""
    for codec in ("gbk", "big5hkscs"):
        try:
            ch.encode(codec)
            return True
        except UnicodeEncodeError:
            continue
    return False


@lru_cache(maxsize=None)
def config_model(config: str) -> ConfigModel:
    """The main stage of `config`: the stage whose character dictionary is largest."""
    stages = config_stages(config)
    sizes = [sum(1 for name in names for key in read_dict(name) if len(key) == 1) for names in stages]
    if not stages:
        return ConfigModel(config)
    stage = max(range(len(stages)), key=lambda i: sizes[i])
    return replace(_stage_model(stages[stage]), config=config, stage=stage)


@lru_cache(maxsize=None)
def _stage_model(names: tuple[str, ...]) -> ConfigModel:
    """Shared by configs with the same main stage (s2t, s2tw, s2hk… all use STPhrases)."""
    with _lock:
        model = ConfigModel("")
        for name in names:
            for key, values in read_dict(name).items():
                if len(key) == 1:
                    model.chars.setdefault(key, values)
                else:
                    model.phrases.setdefault(key, values[0])
        _index(model)
        return model


@lru_cache(maxsize=None)
def later_stages(config: str) -> dict[str, str]:
    """Single-character mapping of the stages after the main one (e.g. TW variants 裏 → 裡)."""
    if not config or not dictionaries_readable():
        return {}
    mapping: dict[str, str] = {}
    for names in config_stages(config)[config_model(config).stage + 1:]:
        chars: dict[str, str] = {}
        for name in names:
            for k, v in read_dict(name).items():
                if len(k) == 1:
                    chars.setdefault(k, v[0])
        for k, v in list(mapping.items()):
            mapping[k] = chars.get(v, v)
        for k, v in chars.items():
            mapping.setdefault(k, v)
    return mapping


def _index(model: ConfigModel) -> None:
    # Worth a human look only when a real alternative exists: 開 -> 开 (or 𫔭, a character no office
    # font or input method has) is not a guess. Alternatives outside the GB/Big5 repertoires don't count.
    model.ambiguous = frozenset(c for c, cands in model.chars.items() if sum(map(_everyday, cands)) > 1)
    pins: dict[str, dict[tuple[int, int], dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    contested: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, value in model.phrases.items():
        aligned = len(value) == len(key)
        for offset, ch in enumerate(key):
            form = value[offset] if aligned else ""
            default = model.default(ch)
            if form == default and not model.one_to_many(ch):
                continue  # a plain character inside the phrase: nothing to decide
            pins[ch][(offset, len(key))][key] = form
            if form != default:
                contested[ch][(offset, len(key))].add(key)
    model.pins = {c: tuple((offset, length, keys) for (offset, length), keys in
                           sorted(groups.items(), key=lambda g: (g[0][1], g[0][0])))
                  for c, groups in pins.items()}
    model.contested = {c: {g: frozenset(keys) for g, keys in groups.items()} for c, groups in contested.items()}
    keys = {key for groups in model.contested.values() for found in groups.values() for key in found}
    nested = set()
    for phrase in model.phrases:  # inner stretches up to 3 characters shorter than the phrase
        n = len(phrase)
        for length in range(max(2, n - 3), n):
            for at in range(n - length + 1):
                if phrase[at:at + length] in keys:
                    nested.add(phrase[at:at + length])
    model.nested = frozenset(nested)
    if model.contested:
        model.contested_re = re.compile("[" + "".join(re.escape(c) for c in sorted(model.contested)) + "]")


@lru_cache(maxsize=1)
def script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Characters found only in Simplified, and only in Traditional, writing."""
    try:
        st = read_dict("STCharacters")
        ts = read_dict("TSCharacters")
    except JianbaoError:
        return _probed_script_sets()
    simplified_only = {c for c, cands in st.items() if c not in cands}
    traditional_only = {c for c, cands in ts.items() if c not in cands}
    both = simplified_only & traditional_only
    return frozenset(simplified_only - both), frozenset(traditional_only - both)


def _probed_script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Without the dictionaries: ask OpenCC about each CJK character (coarser: 干 counts as Simplified)."""
    from jianbao.script.engine import converter

    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    joined = "\n".join(chars)
    to_t = converter("s2t").convert(joined).split("\n")
    to_s = converter("t2s").convert(joined).split("\n")
    if len(to_t) != len(chars) or len(to_s) != len(chars):
        return frozenset(), frozenset()
    simplified_only = {c for c, t, s in zip(chars, to_t, to_s) if t != c and s == c}
    traditional_only = {c for c, s in zip(chars, to_s) if s != c}
    return frozenset(simplified_only - traditional_only), frozenset(traditional_only - simplified_only)


def dictionaries_readable() -> bool:
    """Whether OpenCC's dictionaries can be read here (the guard and the marks need them)."""
    try:
        read_dict("STCharacters")
    except JianbaoError:
        return False
    return True


@lru_cache(maxsize=None)
def scan_config(config: str) -> Path | None:
    """An OpenCC config that marks every contested phrase of `config`: key -> "\\x01key\\x02".

    OpenCC's own matcher then finds them in one pass at C speed (left-most longest, no overlaps);
    None when the config has no contested phrases.
    """
    model = config_model(config)
    keys = sorted({key for groups in model.contested.values() for keys in groups.values() for key in keys})
    if not keys:
        return None
    with _lock:
        folder = _cache_dir()
        json_path = folder / f"scan-{config}.json"
        if not json_path.exists():
            dict_path = folder / f"scan-{config}.txt"
            tmp = dict_path.with_name(f"{dict_path.name}.{os.getpid()}.tmp")
            tmp.write_text("".join(f"{k}\t\x01{k}\x02\n" for k in keys), "utf-8")
            os.replace(tmp, dict_path)
            node = {"type": "text", "file": str(dict_path)}
            spec = {"name": f"jianbao guard scan for {config}",
                    "segmentation": {"type": "mmseg", "dict": node}, "conversion_chain": [{"dict": node}]}
            tmp = json_path.with_name(f"{json_path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(spec, ensure_ascii=False), "utf-8")
            os.replace(tmp, json_path)
        return json_path
