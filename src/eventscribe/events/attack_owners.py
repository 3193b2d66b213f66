"""The doer of harm told in the passive through a military act named by its country: "was killed in an
Israeli airstrike", "died in a US air raid", "were wounded in Russian shelling". The country's adjective
on the act names the armed forces that did it (ISRMIL), where otherwise the doer would be taken for an
unidentified armed force of the place. Only acts that are a state's military ones count: an "attack" or a
"bombing" of a people may be anyone's."""

from __future__ import annotations

from eventscribe.actors.codes import is_national
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.state_actors import state_actor
from eventscribe.model import Sentence, Token

__all__ = ["attack_owner"]

#: Nouns for a military act (their doer is a state's armed forces).
MILITARY_ACTS = frozenset(
    {"airstrike", "strike", "raid", "shelling", "offensive", "incursion", "bombardment", "air", "operation",
     "barrage", "assault", "onslaught"}
)  # fmt: skip
#: Prepositions that name the act harm came in ("killed in", "wounded by", "died during").
ACT_PREPOSITIONS = frozenset({"in", "by", "during"})
MILITARY_SECTOR = "MIL"
#: Short names of countries written before a noun ("a US airstrike"), as against a town's name ("a Gaza
#: City airstrike" names where it struck).
COUNTRY_SHORT_NAMES = frozenset({"US", "U.S.", "UK", "U.K."})


def _country_word(token: Token) -> bool:
    """A people's adjective ("Israeli") or a country's short name ("US")."""
    return token.ent_type == "NORP" or token.text in COUNTRY_SHORT_NAMES


def attack_owner(sentence: Sentence, clause: Clause, actors: SentenceActors) -> list[Argument]:
    """The armed forces of the country whose adjective names the military act the harm came in, or []."""
    for prep in sentence.children(clause.verb):
        if prep.dep not in ("prep", "agent") or prep.text.lower() not in ACT_PREPOSITIONS:
            continue
        for act in sentence.children(prep.i):
            if act.dep != "pobj" or act.lemma.lower() not in MILITARY_ACTS:
                continue
            for owner in sentence.children(act.i):
                arg = actors.found.get(owner.i)
                if owner.dep not in ("amod", "compound", "nmod") or not _country_word(owner) or arg is None:
                    continue
                country = arg.actor.code[:3]
                if not is_national(country) or (arg.actor.sectors and MILITARY_SECTOR not in arg.actor.sectors):
                    continue
                return [Argument(state_actor(country, MILITARY_SECTOR, text=f"{owner.text} {act.text}"), owner.i)]
    return []
