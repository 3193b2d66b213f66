"""Places named by a compass bearing from them: "southwest of Baghdad", "40 km north of Kabul".

News places an act by its bearing from a known place as often as by "in" or "near"; the place after
"of" is then where the act happens, as for "near Baghdad". The parser hangs the bearing under the verb
("clashed … west of Baghdad") or, in a long noun phrase, makes it the head of the phrase ("an Islamic
State target southwest of Baghdad"), so both are looked at.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventscribe.model import Sentence, Token

__all__ = ["BEARINGS", "bearing_preps"]

BEARINGS = frozenset(
    {
        "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    }
)  # fmt: skip


def bearing_preps(sentence: Sentence, i: int) -> Iterator[Token]:
    """The "of" phrases that name the place a bearing is taken from, for the word at ``i``: its own
    when it is a bearing, else those of the bearings among its children."""
    bearings = [sentence.tokens[i]] if sentence.tokens[i].text.lower() in BEARINGS else []
    bearings += [c for c in sentence.children(i) if c.text.lower() in BEARINGS and c.dep in ("advmod", "npadvmod")]
    for bearing in bearings:
        yield from (c for c in sentence.children(bearing.i) if c.dep == "prep" and c.text.lower() == "of")
