"""Victims that the news counts but does not name, of an attack whose doer is unnamed.

Wire reports of bombings and shootings give their victims as a count: "a bomb exploded in southern
Thailand, killing one person and injuring about 20", "a blast in Mosul killed 12". Such victims name no
actor, so the act had no target and went uncoded. The attack's doer is the unidentified armed force of
the scene (see :mod:`~eventscribe.events.unnamed`); nothing says its victims came from elsewhere, so they
are the people of the scene's country (``PPL``), as "five people" named in the same sentence already are.
A named doer's victims are left alone: "rebels crossed the border, killing 12" does not tell whose.
"""

from __future__ import annotations

from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.unnamed import UNNAMED_ROOTS, UNNAMED_SECTOR
from eventscribe.model import Actor, Sentence

__all__ = ["counted_victims"]

#: The sector of the people of a place, which "five people killed in Baghdad" resolves to.
PEOPLE_SECTOR = "PPL"
#: Nouns that count people without saying who they are ("one person", "20 others", "three more").
COUNTED_NOUNS = frozenset({"other", "others", "person", "persons", "people", "more"})


def counted_victims(
    sentence: Sentence, clause: Clause, root: str, actors: SentenceActors, source: Argument
) -> list[Argument]:
    """The people of the scene as the target of an unnamed attack whose victims are only counted
    ("killing one person", "wounding about 20"), or nothing."""
    doer = source.actor
    if root not in UNNAMED_ROOTS or doer.sectors[:1] != (UNNAMED_SECTOR,) or len(doer.country) != 3:
        return []
    for group in clause.targets[:1]:
        for i in group:
            if i in actors.found or not _counted(sentence, i):
                continue
            country = doer.country
            actor = Actor(
                code=country + PEOPLE_SECTOR, name=country, country=country, sectors=(PEOPLE_SECTOR,),
                text=sentence.tokens[i].text,
            )  # fmt: skip
            return [Argument(actor, i)]
    return []


def _counted(sentence: Sentence, i: int) -> bool:
    """Whether token ``i`` is a bare count of people ("killing 12", "one person", "about 20 others")."""
    token = sentence.tokens[i]
    if token.tag == "CD" or token.pos == "NUM":
        return True
    number = any(c.tag == "CD" or c.pos == "NUM" for c in sentence.children(i) if c.dep == "nummod")
    return number and bool({token.lemma.lower(), token.text.lower()} & COUNTED_NOUNS)
