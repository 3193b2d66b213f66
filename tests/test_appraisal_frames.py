"""The appraisal lexicon and matcher on hand-built parses (no model): a judgement in a reported
statement is found with its speaker and the party judged; negated, hypothetical and suffered ones are not."""

from __future__ import annotations

import pytest

from eventscribe.events.appraisals import appraisals, packaged_lexicon
from eventscribe.model import Sentence, Token


def parse(rows: list[tuple[str, str, str, str, int]]) -> Sentence:
    """A sentence from (text, lemma, pos, dep, head) rows."""
    tokens, offset = [], 0
    for i, (text, lemma, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i=i, text=text, lemma=lemma, pos=pos, tag="", dep=dep, head=head, idx=offset))
        offset += len(text) + 1
    return Sentence(index=0, text=" ".join(r[0] for r in rows), start=0, end=offset, tokens=tuple(tokens))


# "Senator Hale said the ministry made a blunder ."
BLUNDER = [
    ("Senator", "senator", "PROPN", "compound", 1), ("Hale", "Hale", "PROPN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("ministry", "ministry", "NOUN", "nsubj", 5), ("made", "make", "VERB", "ccomp", 2),
    ("a", "a", "DET", "det", 7), ("blunder", "blunder", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 2),
]  # fmt: skip


def test_every_lexicon_section_is_a_list_of_lower_case_lemmas():
    lexicon = packaged_lexicon()
    assert lexicon.criticism and lexicon.praise and lexicon.negators and lexicon.appraising_verbs
    for entry in (*lexicon.criticism, *lexicon.praise):
        assert entry and all(w == w.lower() and w.strip() == w for w in entry), entry
    assert not set(lexicon.criticism) & set(lexicon.praise)


def test_criticism_of_the_contents_subject_is_found():
    found = list(appraisals(parse(BLUNDER), {1, 4}))
    assert [(a.speaker, a.targets, a.found.code) for a in found] == [(1, (4,), "111")]


def test_no_actor_in_the_content_gives_no_appraisal():
    assert list(appraisals(parse(BLUNDER), {1})) == []


def test_a_speaker_who_is_no_actor_gives_no_appraisal():
    assert list(appraisals(parse(BLUNDER), {4})) == []


def test_a_negated_judgement_is_none():
    rows = [*BLUNDER[:5], ("did", "do", "AUX", "aux", 7), ("not", "not", "PART", "neg", 7),
            ("make", "make", "VERB", "ccomp", 2), ("a", "a", "DET", "det", 9),
            ("blunder", "blunder", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert list(appraisals(parse(rows), {1, 4})) == []


def test_a_conditional_judgement_is_none():
    rows = [*BLUNDER[:3], ("if", "if", "SCONJ", "mark", 6), ("the", "the", "DET", "det", 5),
            ("ministry", "ministry", "NOUN", "nsubj", 6), ("made", "make", "VERB", "ccomp", 2),
            ("a", "a", "DET", "det", 8), ("blunder", "blunder", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert list(appraisals(parse(rows), {1, 5})) == []


def test_a_condition_suffered_is_no_judgement():
    # "Hale said the minister suffered heart failure ."
    rows = [*BLUNDER[:3], ("the", "the", "DET", "det", 4), ("minister", "minister", "NOUN", "nsubj", 5),
            ("suffered", "suffer", "VERB", "ccomp", 2), ("heart", "heart", "NOUN", "compound", 7),
            ("failure", "failure", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert list(appraisals(parse(rows), {1, 4})) == []


def test_praise_goes_to_the_party_an_outcome_is_put_down_to():
    # "Hale said the economy grew thanks to the minister 's reforms ."
    rows = [*BLUNDER[:3], ("the", "the", "DET", "det", 4), ("economy", "economy", "NOUN", "nsubj", 5),
            ("grew", "grow", "VERB", "ccomp", 2), ("thanks", "thanks", "NOUN", "prep", 5),
            ("to", "to", "ADP", "prep", 6), ("the", "the", "DET", "det", 9),
            ("minister", "minister", "NOUN", "poss", 11), ("'s", "'s", "PART", "case", 9),
            ("reforms", "reform", "NOUN", "pobj", 7), ("successfully", "successfully", "ADV", "advmod", 5),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    lexicon = packaged_lexicon()
    rows[12] = ("success", "success", "NOUN", "npadvmod", 5)
    found = list(appraisals(parse(rows), {1, 9}, lexicon))
    assert [(a.targets, a.found.code) for a in found] == [((9,), "051")]


@pytest.mark.parametrize("verb", ["report", "announce"])
def test_a_report_is_not_a_judgement(verb):
    rows = list(BLUNDER)
    rows[2] = (verb + "ed", verb, "VERB", "ROOT", 2)
    assert list(appraisals(parse(rows), {1, 4})) == []


@pytest.mark.parametrize(
    "data",
    [
        ["criticism"],
        {"praise": [], "negators": [], "appraising_verbs": []},
        {"criticism": "mistake", "praise": [], "negators": [], "appraising_verbs": []},
    ],
)
def test_a_bad_lexicon_is_a_data_error_naming_the_file(data):
    from eventscribe.errors import DataError
    from eventscribe.events.appraisal_words import LEXICON_FILE, Lexicon

    with pytest.raises(DataError, match=LEXICON_FILE):
        Lexicon.from_mapping(data)
