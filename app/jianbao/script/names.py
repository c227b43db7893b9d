"""People's names in conversion: a character keeps its own form when that form is one of its
candidates (范 of 范伟 is not 範, 于 of 于洋 not 於, 余 of 余华 not 餘), the others convert
(静 → 靜). OpenCC reads 范伟 as 範偉; a leader's name on the roster must not come out so."""
from __future__ import annotations


def convert_name(name: str, config: str) -> str:
    """`name` converted by `config`, character by character, each kept where it may stay."""
    from jianbao.script.tables import config_model, dictionaries_readable, later_stages

    if not config or not dictionaries_readable():
        return name
    model = config_model(config)
    later = later_stages(config)
    out = []
    for ch in name:
        cands = model.chars.get(ch)
        if not cands or ch in cands:
            out.append(ch)
        else:
            out.append(later.get(cands[0], cands[0]))
    return "".join(out)


def name_forms(name: str) -> set[str]:
    """The ways a name may be written in a text: as given, and in either script."""
    return {name, convert_name(name, "t2s"), convert_name(name, "s2t")}
