"""False events of six kinds: a directed act told with no one it is done to (an appeal or a demand with
no addressee; a resignation only announced; an effort launched at no one), a statement's audience taken for
its target ("told parliament", "told a conference in Ankara"), a forecast read as a demand ("exports
should rise, the minister said"), talks between two parties that are only talked about, a bare
statement aimed at a party named in what is said, and the idiom "dealt a blow to". Sentences we wrote."""

from __future__ import annotations

import pytest
from conftest import code_triples

from eventscribe.events.undirected import undirected
from eventscribe.model import Actor, CameoCode, Event, Evidence

MINISTER = Actor(code="KENGOV", name="Kenya", country="KEN", sectors=("GOV",))
BRITAIN = Actor(code="GBR", name="United Kingdom", country="GBR", sectors=())


def _event(code: str, target: Actor | None, rule: str = "x") -> Event:
    return Event(
        event_id=code,
        article_id="a",
        sentence_index=0,
        sentence="",
        date=None,
        source=MINISTER,
        target=target,
        cameo=CameoCode(code=code, root=code[:2], name="", goldstein=0.0, quad_class=0),
        plover=None,
        location=None,
        confidence=0.5,
        evidence=Evidence(trigger="", start=0, end=0),
        extra={"rule": rule},
    )


@pytest.mark.parametrize(
    ("code", "rule"),
    [
        ("020", "call for"),
        ("100", "demand"),
        ("166", "break relations"),
        ("034", "will step down"),
        ("034", "will resign"),
        ("014", "launch programme"),
        ("150", "step up effort"),
    ],
)
def test_a_directed_act_or_a_lone_resignation_with_no_target_is_no_event(code, rule):
    assert undirected(_event(code, None, rule))


@pytest.mark.parametrize(
    ("code", "target", "rule"),
    [
        ("020", BRITAIN, "call for"),  # the same appeal made to someone
        ("034", BRITAIN, "will resign"),
        ("0831", None, "resign"),  # a resignation may yield to a demand ("resigned after protests": alone.py)
        ("130", None, "warn of"),  # threats, arrests, aid and inquiries may go unaddressed
        ("173", None, "arrest"),
        ("070", None, "send aid"),
        ("090", None, "investigate"),
        ("010", None, "say"),  # statements, pledges, protests, force and violence stand alone
        ("0356", None, "pledge to end violence"),
        ("143", None, "go on strike"),
        ("150", None, "patrol"),
        ("183", None, "kill"),
        ("190", None, "launch campaign"),
    ],
)
def test_acts_done_to_someone_and_acts_that_stand_alone_stay(code, target, rule):
    assert not undirected(_event(code, target, rule))


@pytest.mark.parametrize(
    "text",
    [
        "Senior diplomats from forty countries are calling for a total ban on cluster bombs.",
        "Chile's foreign minister will step down next month.",
    ],
)
def test_sentences_of_acts_done_to_no_one_give_no_event(code_text, text):
    assert code_triples(code_text(text)) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Diplomats from forty countries urged Russia to ban cluster bombs.", ("---GOV", "RUS", "020")),
        ("The Kenyan government has asked Britain to lower its tariffs on tea.", ("KENGOV", "GBR", "020")),
        ("Lawmakers demanded the resignation of Peru's prime minister.", ("---LEG", "PER", "1041")),
        ("Thousands of dock workers went on strike in Lagos on Monday.", ("NGALAB", "NGA", "143")),
        ("A car bomb exploded in Kabul on Sunday, killing 12 people.", ("AFGUAF", "AFGPPL", "183")),
        ("The Indian government pledged to end the violence in Kashmir.", ("INDGOV", "", "0356")),
    ],
)
def test_twins_done_to_someone_or_standing_alone_keep_their_event(code_text, text, event):
    assert event in code_triples(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Finance Minister Pravin Gordhan told parliament that the budget deficit would narrow next year.",
        "The foreign minister told a news conference in Ankara that the talks had made progress.",
        "Prime Minister David Cameron told the House of Commons that Britain would cut spending.",
        "Germany's chancellor told a Senate committee the euro was safe.",
        "Mr Blunkett told MPs the UK would still be able to reject proposals on immigration it did not agree with.",
        "Italian Prime Minister Giovanni Goria told the cabinet on Monday the budget would be approved in May.",
        "The foreign secretary told lawmakers the rebate was entirely justified.",
    ],
)
def test_a_statement_told_to_an_assembly_or_a_gathering_has_no_target(code_text, text):
    assert code_triples(code_text(text)) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The foreign minister told reporters in Ankara that Syria must withdraw its troops.",
            ("TURGOV", "SYR", "1056"),
        ),
        (
            "The Russian envoy told the White House that Iran must halt its enrichment of uranium.",
            ("RUSGOV", "IRN", "1056"),
        ),
        ("The Kenyan minister was urged by the IMF to cut the budget deficit.", ("IGOUNODEVIMF", "KENGOV", "020")),
    ],
)
def test_a_statement_that_does_something_keeps_its_target(code_text, text, event):
    assert event in code_triples(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The envoy told the White House that Iran had agreed to the deal.",
        "The finance minister told Japan's prime minister that the yen was too strong.",
        "Christian Democrat Andreotti told President Francesco Cossiga he was unable to reconstruct the coalition.",
        "The Kenyan minister was told by the IMF that the budget deficit was too large.",
        "The Reagan administration issued a formal statement to Congress on aid for the Contra rebels.",
        "Israel announced plans for 1,000 houses in the West Bank yesterday.",
    ],
)
def test_a_bare_statement_is_no_event_even_when_told_to_a_party(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.root == "01"]


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's exports of wheat should rise 12 pct this year, the agriculture minister said.",
        "Mexico's new budget should help Mexico attract foreign investors, the finance minister said.",
    ],
)
def test_what_a_thing_should_do_is_a_forecast_not_a_demand(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.root == "10"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The senator said Iran must halt its nuclear programme.", ("USALEG", "IRN", "1056")),
        ("The union leader said Italy's government must raise pensions.", ("ITALAB", "ITAGOV", "100")),
    ],
)
def test_what_a_party_must_do_is_still_a_demand(code_text, text, event):
    assert event in code_triples(code_text(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The minister said Indonesia should hold three months' supply of rice.", "---GOV", "IDN"),
        ("The Lib Dems said a judge should look into the controversy.", "GBRPTY", "GBRJUD"),
        ("France said Germany should withdraw its troops from Mali.", "FRA", "DEU"),
    ],
)
def test_what_a_party_should_do_is_advice_an_appeal(code_text, text, source, target):
    triples = code_triples(code_text(text))
    assert any(s == source and t == target and c.startswith("02") for s, t, c in triples), triples
    assert not any(c.startswith("10") for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Yeutter said President Reagan should have the authority to award import relief.",
        "The minister said Japan must be more open to imports.",
    ],
)
def test_what_a_party_should_have_or_be_is_a_view_not_an_appeal(code_text, text):
    triples = code_triples(code_text(text, "1987-04-01"))
    assert not any(c.startswith(("02", "10")) for _, _, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Turkey could collapse over the border dispute, a diplomat said.",
        "Dialogue between India and Pakistan is vital for the region, the minister said.",
        "The minister spoke about the dialogue between India and Pakistan.",
    ],
)
def test_talks_between_two_parties_only_talked_about_are_no_meeting(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.root == "04"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Turkey resumed in Zurich on Monday.",
        "Switzerland hosted talks between Armenia and Turkey.",
    ],
)
def test_talks_between_two_parties_told_as_held_are_a_meeting(code_text, text):
    assert ("ARM", "TUR", "046") in code_triples(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The court ruling dealt a blow to the Thai government's plans for a new airport.",
        "Rebels dealt a heavy blow to government forces near Goma.",
    ],
)
def test_dealing_a_blow_is_an_effect_told_not_an_act(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.root == "01"]


def test_the_act_that_deals_the_blow_stays(code_text):
    events = code_triples(
        code_text("Kenyan troops killed the militia commander on Sunday, dealing a major blow to al-Shabaab.")
    )
    assert [e for e in events if e[2].startswith("19")] and not [e for e in events if e[2].startswith("01")]


def test_a_party_naming_the_obliged_thing_is_still_addressed(code_text):
    text = "Chinese purchases of American soybeans must increase before the United States will lower its tariffs, a US trade official told reporters."
    assert [e for e in code_text(text) if e.cameo.root == "10" and e.target and e.target.code == "CHN"]


def test_talks_between_two_parties_that_set_an_act_are_a_meeting(code_text):
    text = "The two countries signed a trade pact during talks between the Kenyan president and the Ugandan foreign minister."
    assert ("KENGOV", "UGAGOV", "046") in code_triples(code_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Republicans said President Obama's defeat of Senator John McCain by eight million votes left the party facing"
        " its most difficult time in decades.",
        "Finance Minister Jim Flaherty said large inflows of capital into Canada, principally into the country's bond"
        " market, are a major reason behind the recovery in the Canadian dollar.",
    ],
)
def test_a_bare_statement_is_not_aimed_at_a_party_named_in_what_is_said(code_text, text):
    assert not [e for e in code_text(text) if e.cameo.code == "010"]
