"""Legal and coercive acts that a verb's dictionary reading gets wrong: a release of things, a plea, a
price charged, and decrees a state imposes on its own land.

- CAMEO 0841 is "release people, including prisoners and hostages, from detention or arrest": what is
  released or freed must be a person. News releases figures, reports, films, software and funds far more
  often ("figures released by the ministry", "Microsoft released an update", "freed up funds"): no event.
  Property once seized and money once withheld or frozen, released, is CAMEO 0842 ("return, release
  property"): "released a ship it had impounded", "released tax revenues it had withheld from the
  Palestinian Authority", "freed the frozen assets".
- "pleaded guilty", "pleads not guilty to the charges": a defendant's plea in court is no appeal (CAMEO
  02 is read off "plead with", "plead for").
- "the rate charged to banks", "customers will be charged 17 dollars a barrel": a price, no legal charge.
- A curfew, state of emergency or martial law (CAMEO 1723, 1724) is imposed on the state's own land and
  people: coded even when the sentence names foreigners ("declared a state of emergency as U.S. and
  Iraqi forces prepared an assault"), who are no target of it, and with no target named it is aimed at
  the state's own country.
"""

from __future__ import annotations

from eventscribe.events.alone import known_country
from eventscribe.events.arguments import Argument, SentenceActors
from eventscribe.events.clauses import Clause
from eventscribe.events.frame import Classification
from eventscribe.events.phrases import of_object
from eventscribe.events.role_words import names_a_person
from eventscribe.events.state_actors import state_actor
from eventscribe.model import Sentence, Token

__all__ = ["HOME_DECREES", "decreed_on", "home_decree", "no_legal_act", "released_property"]

#: Codes of a release of people (CAMEO 084 "return, release", 0841 "release person(s)").
RELEASE_CODES = ("084",)
#: Verbs of setting free, whose object must be a person for a release of people.
RELEASE_VERBS = frozenset({"release", "free", "liberate"})
#: Nouns of people held or freed that the actor dictionaries do not resolve as actors.
CAPTIVE_NOUNS = frozenset(
    {"prisoner", "hostage", "captive", "detainee", "inmate", "suspect", "convict", "abductee", "internee",
     "man", "woman", "child", "boy", "girl", "people", "person", "national", "citizen", "crew", "family",
     "member", "passenger", "tourist", "foreigner", "sailor", "fisherman", "pilot", "driver", "dissident",
     "worker", "engineer", "contractor", "missionary", "priest", "monk", "nun", "survivor", "victim"}
)  # fmt: skip
#: What a state or captor seizes and gives back (CAMEO 0842 "return, release property"): released, it is
#: a release too ("released a Turkish ship it seized", "freed the frozen assets").
PROPERTY_NOUNS = frozenset(
    {"ship", "vessel", "boat", "tanker", "trawler", "yacht", "ferry", "plane", "aircraft", "airliner", "jet",
     "helicopter", "truck", "lorry", "vehicle", "car", "cargo", "property", "asset", "land", "territory", "body",
     "remains", "corpse"}
)  # fmt: skip
#: Of :data:`PROPERTY_NOUNS`, the dead, whose release is a release of people (0841, as in the rules).
REMAINS_NOUNS = frozenset({"body", "remains", "corpse"})
#: Money a state or bank may hold back from a party and later release ("tax revenues", "frozen assets").
FUNDS_NOUNS = frozenset(
    {"fund", "funds", "funding", "revenue", "payment", "aid", "asset", "money", "cash", "tranche", "loan",
     "salary", "wage", "credit", "grant", "deposit", "account", "reserve", "transfer"}
)  # fmt: skip
#: Words that tell money was held back ("withheld revenues", "assets it froze", "blocked funds").
HOLDING_WORDS = frozenset(
    {"withhold", "withheld", "freeze", "frozen", "block", "blocked", "seize", "seized", "impound", "impounded",
     "confiscate", "confiscated", "suspend", "suspended", "hold", "held", "delay", "delayed"}
)  # fmt: skip
#: The code of a return or release of property (CAMEO 0842).
PROPERTY_RELEASE = "0842"
#: Words that count or group what follows their "of" ("dozens of activists", "a group of tourists").
PARTITIVE_NOUNS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "group", "number",
     "handful", "batch", "couple", "pair", "rest", "some", "many", "all", "most", "half", "several", "one", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "none", "each", "remainder"}
)  # fmt: skip
#: Pronouns that stand for people ("released them", "he was freed").
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "we", "us", "i", "me", "you", "who", "whom"})
#: Entity types of a name that is no person (a firm, a product, a work: "released Windows XP").
THING_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"})
#: Relative pronouns whose antecedent is the noun the relative clause hangs on.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})

#: Words of a defendant's plea in court ("pleaded guilty", "pleads innocent", "pleaded no contest").
PLEA_WORDS = frozenset({"guilty", "innocent", "innocence", "guilt", "contest"})

#: Nouns of a price or a sum: what is charged is then a price ("the rate charged", "charged 17 dollars").
PRICE_NOUNS = frozenset(
    {"rate", "price", "fee", "interest", "premium", "commission", "toll", "tariff", "rent", "cost", "charge",
     "dlr", "dlrs", "dollar", "euro", "pound", "cent", "yen", "pct", "percent", "penny", "pence", "sum", "amount",
     "expense", "fare", "levy", "tax", "duty", "bill", "loss", "provision", "earnings", "cash", "money"}
)  # fmt: skip
#: Codes a "charge" verb gets as a legal or verbal accusation (CAMEO 11: 112, 115, 1124 ...).
CHARGE_ROOT = "11"

#: Decrees a state imposes on its own land: a curfew (1723), a state of emergency or martial law (1724).
HOME_DECREES = ("1723", "1724")


def home_decree(act: Classification) -> bool:
    """Whether the act is a curfew, state of emergency or martial law, coded alone whoever else is named."""
    return act.code.startswith(HOME_DECREES)


def decreed_on(source: Argument, act: Classification) -> Argument | None:
    """Whom a decree with no target named is imposed on: the decreeing state's own country ("Iraq declared
    a state of emergency": IRQGOV on IRQ), as a protest with none is aimed at the protesters' government.
    None for other acts and for a source of no known country."""
    actor = source.actor
    if not home_decree(act) or not known_country(actor):
        return None
    return Argument(state_actor(actor.country), source.head)


def no_legal_act(sentence: Sentence, clause: Clause, found: Classification, actors: SentenceActors) -> bool:
    """Whether the clause's legal or release reading is none: a thing released, a plea, a price charged."""
    verb = sentence.tokens[clause.verb]
    lemma = verb.lemma.lower()
    if found.code.startswith(RELEASE_CODES) and lemma in RELEASE_VERBS:
        theme = _theme(sentence, verb)
        return theme is not None and not _is_person(sentence, theme, actors)
    if lemma == "plead":
        return _is_plea(sentence, verb)
    if lemma == "charge" and found.code.startswith(CHARGE_ROOT):
        theme = _theme(sentence, verb)
        return _money(sentence, verb) or (theme is not None and theme.lemma.lower() in PRICE_NOUNS)
    return False


def released_property(sentence: Sentence, clause: Clause, found: Classification) -> Classification | None:
    """A release of property (CAMEO 0842) where the release verb's object is property once seized or
    money once held back ("released tax revenues it had withheld", "freed the frozen assets"); None for
    other acts, for people and the dead released (0841), and for money released with no sign of being
    held ("released funds for the schools")."""
    verb = sentence.tokens[clause.verb]
    if not found.code.startswith(RELEASE_CODES) or verb.lemma.lower() not in RELEASE_VERBS:
        return None
    theme = _theme(sentence, verb)
    if theme is None or theme.lemma.lower() in REMAINS_NOUNS:
        return None
    if theme.lemma.lower() in PROPERTY_NOUNS or _held_funds(sentence, theme):
        return Classification(PROPERTY_RELEASE, found.confidence, found.trigger)
    return None


def _held_funds(sentence: Sentence, theme: Token) -> bool:
    """Whether the noun is money said to have been held back: "the withheld revenues", "funds frozen
    since May", "revenues it had withheld"."""
    if theme.lemma.lower() not in FUNDS_NOUNS and theme.text.lower() not in FUNDS_NOUNS:
        return False
    return any(
        c.dep in ("amod", "acl", "relcl", "compound")
        and (c.lemma.lower() in HOLDING_WORDS or c.text.lower() in HOLDING_WORDS)
        for c in sentence.children(theme.i)
    )


def _theme(sentence: Sentence, verb: Token) -> Token | None:
    """What a verb acts on: the direct object; told in the passive, the passive subject or the noun the
    participle hangs on ("figures released by the ministry"); for an event noun, its "of" object ("the
    release of the hostages"). None when the parse names none."""
    children = sentence.children(verb.i)
    if verb.pos == "NOUN":
        return of_object(sentence, verb)
    for child in children:
        if child.dep in ("dobj", "nsubjpass"):
            if child.lemma.lower() in RELATIVE_PRONOUNS and verb.dep == "relcl":
                return sentence.tokens[verb.head]  # "two women who were freed": the women
            return child
    if verb.dep in ("acl", "relcl") and verb.tag == "VBN" and verb.head != verb.i:
        return sentence.tokens[verb.head]
    return None


def _is_person(sentence: Sentence, theme: Token, actors: SentenceActors) -> bool:
    """Whether what is released is a person or a group of people (or may be: a bare count, a place), or
    property once seized."""
    counted = _counted(sentence, theme)
    if counted is not None:  # "dozens of activists": the activists
        theme = counted
    lemma = theme.lemma.lower()
    if lemma in PROPERTY_NOUNS or _held_funds(sentence, theme):
        return True
    if theme.pos == "PRON":
        return theme.text.lower() in PERSONAL_PRONOUNS or lemma in PERSONAL_PRONOUNS
    if theme.pos == "NUM" or theme.ent_type in ("PERSON", "NORP") or names_a_person(sentence, theme.i):
        return True
    if lemma in CAPTIVE_NOUNS or lemma.rstrip("s") in CAPTIVE_NOUNS:
        return True
    if theme.i in actors.found:
        return True  # a role word or a name the actor dictionaries know ("students", "a CNN journalist")
    if theme.pos == "PROPN":
        return theme.ent_type not in THING_ENTITIES  # "released Windows XP" is no one
    return False


def _counted(sentence: Sentence, theme: Token) -> Token | None:
    """What a count or a group counts: the object of its "of" ("hundreds of prisoners")."""
    if theme.lemma.lower() not in PARTITIVE_NOUNS and theme.text.lower() not in PARTITIVE_NOUNS:
        return None
    return of_object(sentence, theme)


def _is_plea(sentence: Sentence, verb: Token) -> bool:
    """ "pleaded guilty to fraud", "pleads not guilty", "pleaded no contest": a plea in court, not a plea
    to someone ("pleaded with the rebels", "pleaded for calm")."""
    return any(c.lemma.lower() in PLEA_WORDS for c in sentence.children(verb.i)) or any(
        t.lemma.lower() == "contest" and sentence.tokens[t.head].head == verb.i for t in sentence.tokens
    )


def _money(sentence: Sentence, verb: Token) -> bool:
    """ "charged 17.25 dlrs per barrel", "charged all past costs against expenses": a sum charged."""
    for child in sentence.children(verb.i):
        if child.dep == "prep" and child.text.lower() in ("against", "per"):
            return True
        if child.dep in ("dobj", "npadvmod", "attr", "oprd") and (
            child.lemma.lower() in PRICE_NOUNS or child.ent_type in ("MONEY", "PERCENT")
        ):
            return True
    return False
