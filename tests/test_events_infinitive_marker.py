"""The one test of "this verb has the auxiliary 'to'" (events/infinitive.py), on hand-built parses."""

from __future__ import annotations

from conftest import sentence_from_rows

from eventscribe.events.infinitive import has_to_aux

# "Iran agreed to resume talks": "to" is the aux of "resume", tagged TO.
AGREED = sentence_from_rows(
    [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "PART", "TO", "aux", 3),
        ("resume", "resume", "VERB", "VB", "xcomp", 1),
        ("talks", "talk", "NOUN", "NNS", "dobj", 3),
    ]
)
# "Iran went to talks": "to" is a preposition of "went", no marker.
WENT = sentence_from_rows(
    [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("went", "go", "VERB", "VBD", "ROOT", 1),
        ("to", "to", "ADP", "IN", "prep", 1),
        ("talks", "talk", "NOUN", "NNS", "pobj", 2),
    ]
)
# "Iran wants To resume": the marker mis-tagged IN but still the aux, capitalised.
MISTAGGED = sentence_from_rows(
    [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
        ("wants", "want", "VERB", "VBZ", "ROOT", 1),
        ("To", "to", "ADP", "IN", "aux", 3),
        ("resume", "resume", "VERB", "VB", "xcomp", 1),
    ]
)


def test_a_verb_marked_by_to_has_the_marker_and_its_head_has_not():
    assert has_to_aux(AGREED.children(3))
    assert has_to_aux(AGREED.children(3), spelled=True)
    assert not has_to_aux(AGREED.children(1))  # "agreed" itself is no infinitive


def test_a_preposition_to_is_no_marker():
    assert not has_to_aux(WENT.children(1))
    assert not has_to_aux(WENT.children(1), spelled=True)


def test_the_spelled_test_reads_the_word_and_the_default_reads_the_tag():
    assert not has_to_aux(MISTAGGED.children(3))
    assert has_to_aux(MISTAGGED.children(3), spelled=True)


def test_a_verb_with_no_dependents_has_no_marker():
    assert not has_to_aux(AGREED.children(4))
    assert not has_to_aux([])
