"""A union written in lower case is a trade union, unless the article named a body headed by that word
before ("the Soviet Union ... the union"); a bare description refers back to the body whose name it heads
("the committee" after "the Senate Budget Committee"); a role word that only opens a company's name
("Union Carbide Corp") is no party; a conjunct in the simple past does not share its head's modal ("said
they could do little ... and urged"); coordinated parties that act on "each other" or "one another" act
each on the other; "they" of what people named by a plural noun say is those people; captives are
civilians; a person unknown to the knowledge base is what a relative clause says he is ("Turner, who is the
Canadian opposition leader"); government critics are the opposition. Sentences we wrote in wire style, and one Reuters sentence of 1987."""

from __future__ import annotations

import pytest
from conftest import code_triples

pytestmark = pytest.mark.spacy


def test_a_past_conjunct_of_a_modal_clause_is_the_speakers_act(code_text):
    # Reuters, 1987: "urged" cannot share "could"; the members of parliament urged both sides
    text = (
        "Dutch members of parliament said they could do little to help resolve the dispute over redundancies"
        " in Rotterdam port's general cargo sector and urged the union and employers to sort out their differences."
    )
    found = {(s, t, c[:2]) for s, t, c in code_triples(code_text(text, "1987-03-20"))}
    assert ("NLDLEG", "NLDLAB", "02") in found, found
    assert ("NLDLEG", "NLDBUS", "02") in found, found


def test_a_modal_conjunct_stays_unreal(code_text):
    found = code_triples(code_text("Iran said it could meet the envoy and sign the accord.", "2004-08-15"))
    assert not [c for _, _, c in found if c.startswith("05")], found


def test_the_past_conjunct_of_a_report_takes_the_speaker_as_its_subject(code_text):
    found = code_triples(code_text("Iran said Iraq would never attack and warned the United States.", "2004-08-15"))
    assert [t for s, t, c in found if s == "IRN" and t.startswith("USA") and c.startswith("1")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union imposed sanctions on Iran. The union also warned Syria.", ("IGOEUREEC", "SYR")),
        ("The Soviet Union criticised Japan. The union also warned China.", ("SUN", "CHN")),
        ("The Senate Budget Committee met on Monday. The committee criticised President Reagan.", ("USALEG", "USAGOV")),
    ],
)
def test_a_bare_description_refers_to_the_body_its_word_heads(code_text, text, expected):
    found = {(s, t) for s, t, _ in code_triples(code_text(text, "1987-03-20"))}
    assert expected in found, found


def test_a_union_of_no_named_body_is_labour(code_text):
    text = "Australian employers rejected the union's demands. Prime Minister Hawke urged the union to return to work."
    found = {(s, t) for s, t, _ in code_triples(code_text(text, "1987-03-20"))}
    assert ("AUSGOV", "AUSLAB") in found, found


def test_a_role_word_that_opens_a_company_name_is_no_party(code_text):
    text = "A judge asked Union Carbide Corp <UK> and the Indian government to agree on compensation for the victims."
    found = code_triples(code_text(text, "1987-03-20"))
    assert not [t for _, t, _ in found if t.endswith("LAB")], found
    assert [t for _, t, _ in found if t.endswith("BUS")], found


def test_only_a_lower_case_union_is_labour(resolver):
    import datetime as dt

    day = dt.date(1987, 3, 20)
    assert resolver.resolve_text("the union", date=day).code == "LAB"
    assert resolver.resolve_text("the Union", date=day) is None  # of states, or the North of a civil war
    assert resolver.resolve_text("the French farmers' union", date=day).code == "FRAAGR"  # its members' sector


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Israel and Hamas accused each other of violating the truce.", {("ISR", "PSEREBHMS"), ("PSEREBHMS", "ISR")}),
        ("India and Pakistan blamed one another for the clash.", {("IND", "PAK"), ("PAK", "IND")}),
    ],
)
def test_coordinated_parties_act_on_each_other(code_text, text, pairs):
    found = {(s, t) for s, t, c in code_triples(code_text(text, "2004-08-15")) if c.startswith("11")}
    assert pairs <= found, found


def test_an_infinitive_meant_for_one_another_names_no_partner(code_text):
    text = "Japan, Brazil, Germany and India formed a group to help one another get seats on the Security Council."
    found = code_triples(code_text(text, "2004-09-22"))
    assert not [c for _, _, c in found if c.startswith("07")], found


def test_they_of_what_people_say_is_those_people(code_text):
    text = "Iraqi kidnappers of seven employees of a Kuwaiti company said they would release the captives."
    found = code_triples(code_text(text, "2004-09-10"))
    assert [c for s, _, c in found if s == "IRQCRM" and c.startswith("035")], found


def test_captives_are_civilians(resolver):
    import datetime as dt

    for text in ("the captives", "five of the captives", "the abductees"):
        assert resolver.resolve_text(text, date=dt.date(2004, 9, 10)).code == "CVL", text


def test_a_person_described_by_a_relative_clause_has_that_role(code_text):
    found = {
        (s, t)
        for s, t, _ in code_triples(
            code_text("Turner, who is the Canadian opposition leader, has criticized the government.", "1987-03-10")
        )
    }
    assert ("CANOPP", "CANGOV") in found, found


def test_government_critics_are_the_opposition(code_text):
    found = {
        (s, t)
        for s, t, _ in code_triples(code_text("Police in Harare arrested prominent government critics.", "2004-09-10"))
    }
    assert ("ZWECOP", "ZWEOPP") in found, found
