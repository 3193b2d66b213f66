"""The infinitive marker: whether a verb has the auxiliary "to" among its dependents.

"agreed to meet", "a decision to withdraw", "urged Iran to stop": the parser hangs "to" on the verb it
marks as an ``aux``. One test, used wherever a clause's reading turns on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventscribe.model import Token

__all__ = ["has_to_aux"]


def has_to_aux(children: Iterable[Token], *, spelled: bool = False) -> bool:
    """Whether one of a verb's ``children`` is the infinitive marker "to" as its auxiliary.

    The marker is told by its tag (``TO``); with ``spelled`` it is told by its spelling instead (the
    word "to", in any case), which also holds when the tagger gave the word another tag.
    """
    if spelled:
        return any(c.dep == "aux" and c.text.lower() == "to" for c in children)
    return any(c.dep == "aux" and c.tag == "TO" for c in children)
