""" "North Korea, criticising the United States, said it would resume talks": "it" is North Korea.

News tells a state's or an organisation's intentions, offers and refusals as its own words: "X said it
would …", "X announced it will …", "…, saying it is willing to …". The subject "it" of what a country
or a body says is that country or body, whichever party was named last before the pronoun ("eased its
stance against the United States, saying it is willing to resume talks" is North Korea's offer, not
the United States'). Likewise "they" of what a plural group says ("the rebels said they would lay down
their arms"). A person's words do not lend the person to "it" ("Putin said it was a mistake"), nor do
words told to a party ("told Iran it must stop", where "it" may be the addressee): those keep the
ordinary reading of the pronoun (:mod:`~eventscribe.events.context`), and so do the words of a body of
no known country and a firm's ("Acme Corp said it signed an agreement with Sharp of Japan", "the
association said it denied the application"): their acts are mostly business, no political event. The grammar of the saying is
:func:`~eventscribe.events.reference.sayer_head`'s.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventscribe.events.context import is_person_mention
from eventscribe.events.reference import sayer_head
from eventscribe.events.resolved_mentions import Argument
from eventscribe.model import Sentence

__all__ = ["BODY_PRONOUNS", "body_sayer", "body_sayer_head", "sayer_conjuncts"]

#: Pronouns that, as the subject of what a body says, are that body; "they" only for a plural sayer; "we"
#: of its own quoted words ('"We will not negotiate," the army said') for any.
BODY_PRONOUNS = frozenset({"it", "they", "we"})
#: Tags of a plural noun ("rebels", "the Palestinians").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Sectors of sayers whose "it" is left alone: firms.
FIRM_SECTORS = frozenset({"BUS"})


def body_sayer(sentence: Sentence, pronoun: int, found: Mapping[int, Argument]) -> Argument | None:
    """The resolved sayer (among ``found``, head -> argument) that ``pronoun`` stands for, or None;
    never a firm, nor a body of no known country."""
    head = body_sayer_head(sentence, pronoun)
    sayer = found.get(head) if head is not None else None
    if sayer is None or FIRM_SECTORS & set(sayer.actor.sectors) or not _of_a_country(sayer):
        return None
    return sayer


def body_sayer_head(sentence: Sentence, pronoun: int) -> int | None:
    """The head of the country or body whose words ``pronoun`` ("it", "they") is the subject of, or
    None (a person's words, a plural pronoun of a singular sayer, an addressee named, no saying)."""
    word = sentence.tokens[pronoun].text.lower()
    if word not in BODY_PRONOUNS:
        return None
    head = sayer_head(sentence, pronoun, pronouns=BODY_PRONOUNS)
    if head is None:
        return None
    # people named by a plural noun are "they" of their own words ("the kidnappers said they would release
    # the captives"), where one person is no "it" (and named people keep the pronoun's own reading)
    if is_person_mention(sentence, head) and not (word == "they" and sentence.tokens[head].tag == "NNS"):
        return None
    plural = sentence.tokens[head].tag in PLURAL_TAGS or bool(sayer_conjuncts(sentence, head))
    return head if word == "we" or plural == (word == "they") else None


def sayer_conjuncts(sentence: Sentence, head: int) -> list[int]:
    """The heads coordinated with a sayer ("Russia and China said they would veto it": China)."""
    return [c.i for c in sentence.children(head) if c.dep == "conj"]


def _of_a_country(sayer: Argument) -> bool:
    """Whether the sayer is of a known country (not "---", an unnamed one)."""
    country = sayer.actor.country
    return len(country) == 3 and country.isalpha() and not sayer.actor.code.startswith("---")
