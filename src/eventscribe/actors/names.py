"""What a person's name alone says about them: a Chinese name written in Hanyu Pinyin.

Mainland China romanises names in Pinyin, surname first, the given name as one word of one or two
syllables ("He Zhihua", "Wang Yi"); Taiwan, Hong Kong and Singapore mostly write other romanisations
with a hyphen ("Ho-jen Tseng", "Tsang Yam-kuen"). A person the knowledge base does not know, whose name
is a common Chinese surname and a Pinyin given name, is taken to be a Chinese citizen (CHNCVL), as
expert coders do. The syllable table and the surnames are our own, written from the Pinyin tables.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["is_pinyin_name"]

_INITIALS = "zh ch sh b p m f d t n l g k h j q x r z c s y w".split()
_FINALS = (
    "a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong "
    "u ua uo uai ui uan un uang ueng v ve van vn ue"
).split()
#: Surnames of most Chinese people (the hundred commonest and others often in the news), in Pinyin.
SURNAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lv ding
    ren shen yao lu jin fu qian zhong tan shi jia xue yan dai mo kong bai cui kang mao qiu qin gu hou shao
    meng long wan duan lei qian tang yin yi chang wen niu fan ge xing an qi hao ni bi ou geng kou xiong
    ji shu qu xiang zhuang mu ban lan zou""".split()
)
_NAME = re.compile(r"[A-Z][a-z]+")


@cache
def _syllables() -> frozenset[str]:
    """Every initial-final spelling (a superset of the real syllables: enough to tell a name apart)."""
    return frozenset([f for f in _FINALS] + [i + f for i in _INITIALS for f in _FINALS])


def _is_given(word: str) -> bool:
    """Whether a word splits into one or two Pinyin syllables ("zhihua": zhi + hua)."""
    table = _syllables()
    if word in table:
        return True
    return any(word[:k] in table and word[k:] in table for k in range(1, len(word)))


def is_pinyin_name(text: str) -> bool:
    """Whether ``text`` is a Chinese person's name in Pinyin, surname first ("He Zhihua")."""
    parts = text.strip().split()
    if len(parts) != 2 or not all(_NAME.fullmatch(p) for p in parts):
        return False
    surname, given = (p.lower() for p in parts)
    return surname in SURNAMES and _is_given(given)
