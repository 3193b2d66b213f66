"""Organisation names unknown to the knowledge base, typed by their head word.

A name such as "the Ruritanian Dockers' Union", "the Martyrs Brigades" or "the Ministry of Fisheries"
says what it names by the noun that heads it (before any "of"): a union is labour (LAB), a party a
party (PTY), a front or a liberation army rebels (REB), a ministry, commission or council the
government (GOV), a bank business (BUS) unless it is a central bank (GOV), a court the judiciary
(JUD), the police COP, an army MIL, a news agency the media (MED). The table is data
(``actors/data/org_heads.yaml``). The country is the one a demonym or country name inside the name
gives ("Nigerian", "of Kenya"); a name of several countries ("International", "World") is an IGO's.

The reading applies only to a capitalised name that the knowledge base does not know as a whole, and
only where the words alone gave no actor, a bare country ("the Nigerian Supreme Council": NGA, now
NGAGOV), or a body of another country than the one the name itself names ("the Nigerian Labour
Congress" is no part of the US Congress).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventscribe.actors.codes import is_non_national, normalize
from eventscribe.actors.kb import KnowledgeBase
from eventscribe.actors.matching import country_in_text, make_actor
from eventscribe.errors import DataError
from eventscribe.model import Actor
from eventscribe.yaml_text import load_yaml

__all__ = ["OrgHeads", "load_org_heads", "typed_name"]

HEADS_FILE = "org_heads.yaml"
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
_LEADING = frozenset({"THE", "A", "AN"})


@dataclass(frozen=True)
class OrgHeads:
    """Head words (upper case, as tuples of words) and their role codes; words of international bodies."""

    heads: dict[tuple[str, ...], str]
    international: frozenset[tuple[str, ...]]
    igo_roles: frozenset[str]
    igo_heads: frozenset[tuple[str, ...]]
    #: Members named after "of" whose kind decides the body's role ("Council of Churches": REL).
    member_roles: dict[str, str]

    def member_role(self, tail: list[str]) -> str:
        """The role of the members the words after "of" name, or "" (a ministry "of Fisheries")."""
        return next((self.member_roles[w.upper()] for w in tail if w.upper() in self.member_roles), "")

    def head_of(self, words: list[str]) -> tuple[int, str]:
        """The number of final ``words`` that the longest head key covers, and its role; (0, "") if none."""
        for size in range(min(len(words), max(map(len, self.heads))), 0, -1):
            role = self.heads.get(tuple(words[-size:]))
            if role:
                return size, role
        return 0, ""


def parse_org_heads(data: object, *, source: str = HEADS_FILE) -> OrgHeads:
    """Check and convert the table's YAML data; :class:`DataError` names the file and the fault."""
    keys = {"heads", "international", "igo_roles", "igo_heads", "member_roles"}
    if not isinstance(data, dict) or set(data) != keys:
        raise DataError(f"{source}: expected the keys {', '.join(sorted(keys))}")
    heads = data["heads"]
    if not isinstance(heads, dict) or not heads:
        raise DataError(f"{source}: 'heads' must map head words to role codes")
    table: dict[tuple[str, ...], str] = {}
    for key, role in heads.items():
        if not isinstance(key, str) or key != key.upper() or not isinstance(role, str) or not role.isupper():
            raise DataError(f"{source}: head {key!r} must be upper case with an upper-case role code")
        table[tuple(key.split())] = role
    for name in ("international", "igo_roles", "igo_heads"):
        words = data[name]
        if not isinstance(words, list) or not all(isinstance(w, str) and w.isupper() for w in words):
            raise DataError(f"{source}: {name!r} must be a list of upper-case words")
    members = data["member_roles"]
    if not isinstance(members, dict) or not all(
        isinstance(k, str) and k.isupper() and isinstance(v, str) and v.isupper() for k, v in members.items()
    ):
        raise DataError(f"{source}: 'member_roles' must map upper-case member nouns to role codes")
    return OrgHeads(
        table,
        frozenset(tuple(w.split()) for w in data["international"]),
        frozenset(data["igo_roles"]),
        frozenset(tuple(w.split()) for w in data["igo_heads"]),
        dict(members),
    )


@cache
def load_org_heads() -> OrgHeads:
    """The packaged table (read once)."""
    text = resources.files("eventscribe.actors.data").joinpath(HEADS_FILE).read_text(encoding="utf-8")
    return parse_org_heads(load_yaml(text))


def _name_words(text: str) -> tuple[list[str], list[str]] | None:
    """The words of a capitalised name before any "of" and after it, without a leading article; None
    when the text is no name (its head is in lower case: "the union", "bank staff")."""
    words = [m.group() for m in _WORD.finditer(text)]
    while words and words[0].upper() in _LEADING:
        words = words[1:]
    cut = words.index("of") if "of" in words else len(words)
    head_part, tail = words[:cut], words[cut + 1 :]
    if not head_part or not head_part[-1][:1].isupper():
        return None
    return [w.upper().rstrip(".") for w in head_part], tail


def _known_whole(kb: KnowledgeBase, text: str) -> bool:
    """Whether the knowledge base knows the whole name as one entry ("the European Union")."""
    words = [w for m in _WORD.finditer(text) for w in normalize(m.group())]
    while words and words[0] in _LEADING:
        words = words[1:]
    return any(a == 0 and b == len(words) for a, b, _ in kb.find(words))


def typed_name(kb: KnowledgeBase, text: str, actor: Actor | None, *, date: dt.date | None = None) -> Actor | None:
    """The actor an organisation name stands for by its head word, or ``actor`` unchanged (see the
    module docstring for when the head word decides)."""
    if actor is not None and (is_non_national(actor.code) or not actor.country and actor.sectors):
        return actor
    text = text.split(",")[0]  # an apposition describes the name, it is no part of it
    parts = _name_words(text)
    if parts is None:
        return actor
    head_part, tail = parts
    size, role = load_org_heads().head_of(head_part)
    role = load_org_heads().member_role(tail) or role
    if not size or (size == len(head_part) and not tail) or _known_whole(kb, text):
        return actor  # "the Union" alone may be any union, or the Union of a civil war
    others = " ".join([*head_part[:-size], *tail])  # the name without its head: "Nigerian Labour"
    country = country_in_text(kb, others, date=date, parties=False) if others else ""
    # a body of a world region that names no country ("the Asian Reconstruction Bank"), before the role
    # its head word gives by itself
    body = None if country else _of_regions(kb, text, others, head_part[-size:], role, date)
    if body is not None:
        return body
    if actor is not None and actor.sectors and (not country or country == actor.country):
        return actor  # a body the words name, of the name's own country (or of none it names)
    if not country:
        return actor or Actor(role, "", "", (role,))
    return make_actor(kb, country + role)


def _of_regions(
    kb: KnowledgeBase, text: str, others: str, head: list[str], role: str, date: dt.date | None
) -> Actor | None:
    """The body of several countries that a name of no country stands for: a union, council, court or
    bank of a world region that names no members ("the Asia Union": IGOASA), or a commission or court
    named international ("the International Lighthouse Commission": IGO); None for any other name."""
    heads = load_org_heads()
    region, members = "", False
    for _, _, matches in kb.find([w for m in _WORD.finditer(others) for w in normalize(m.group())]):
        for match in matches:
            members = members or match.type == "agent"  # "the West African Dockers Union" is labour
            if match.type == "actor" and match.ref.kind == "region":
                code = (match.ref.code_for(date) or "")[:3]
                region = region or (code if code and code not in kb.countries else "")
    if region and not members and (role in heads.igo_roles or tuple(head) in heads.igo_heads):
        return make_actor(kb, "IGO" + region)
    upper = tuple(w.upper() for w in _WORD.findall(text))
    international = any(upper[k : k + len(w)] == w for w in heads.international for k in range(len(upper)))
    return Actor("IGO", kb.name_for("IGO"), "IGO", ("IGO",)) if international and role in heads.igo_roles else None
