"""News sentences written for eventscribe, with the coding an analyst would give them.

Each case names (source prefix, target prefix, CAMEO prefix); an empty target prefix matches any target,
and None means the sentence reports no event.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy

CASES = [
    ("Russia was accused by Ukraine of shelling a hospital.", ("UKR", "RUS", "11")),
    ("Germany and France signed a defense agreement on Tuesday.", ("DEU", "FRA", "05")),
    ("The Egyptian foreign minister met his Jordanian counterpart in Amman.", ("EGY", "JOR", "04")),
    ("Chinese President Xi Jinping visited Moscow last week.", ("CHN", "RUS", "04")),
    ("Indian police detained dozens of Pakistani fishermen.", ("IND", "PAK", "17")),
    ("Syrian government forces bombed rebel positions near Aleppo.", ("SYR", "SYR", "19")),
    ("The United States and South Korea held joint military exercises.", ("USA", "KOR", "06")),
    ("Brazil recalled its ambassador to Israel.", ("BRA", "ISR", "16")),
    ("Colombian rebels released four hostages to the Red Cross.", ("COL", "", "08")),
    ("Kenyan troops killed 20 al-Shabaab militants in Somalia.", ("KEN", "SOM", "19")),
    ("The United Nations condemned the coup in Niger.", ("IGO", "NER", "11")),
    ("Saudi Arabia offered to mediate between Sudan's warring factions.", ("SAU", "SDN", "03")),
    ("Protesters in Caracas demanded the resignation of President Nicolas Maduro.", ("VEN", "VEN", "10")),
    ("North Korea rejected South Korea's offer of talks.", ("PRK", "KOR", "12")),
    # denying responsibility is an act of its own (CAMEO 016), with no one at its receiving end
    ("Israel denied responsibility for the strike.", ("ISR", "", "016")),
    ("The Philippines accused China of ramming its coast guard vessel.", ("PHL", "CHN", "11")),
    ("Australia imposed sanctions on Russian officials.", ("AUS", "RUS", "16")),
    ("Iraq expelled the Swedish ambassador over a Koran burning.", ("IRQ", "SWE", "16")),
    ("The Pope called for peace in Ukraine.", ("VAT", "UKR", "02")),
    ("Ethiopia and Eritrea signed a peace deal in 2018.", ("ETH", "ERI", "05")),
    ("Armenian and Azerbaijani forces clashed along the border.", ("ARM", "AZE", "19")),
    ("Mexico will send 10,000 troops to the border, President Claudia Sheinbaum said.", None),
    ("Japan protested to China over the detention of a Japanese national.", ("JPN", "CHN", "1")),
    ("South Africa praised the ceasefire agreement between Israel and Hamas.", ("ZAF", "", "05")),
    ("Hamas freed three Israeli hostages on Saturday.", ("PSE", "ISR", "08")),
    ("Ukraine's president thanked Britain for its military aid.", ("UKR", "GBR", "05")),
    ("Police in Nairobi fired tear gas at demonstrators.", ("KEN", "KEN", "17")),
    ("The IAEA inspected Iran's nuclear facilities in Natanz.", ("IGO", "IRN", "09")),
    # forces leaving a country retreat from it; a country leaving a body reduces relations with it
    ("Russian troops withdrew from Ukraine on Friday.", ("RUS", "UKR", "087")),
    ("French forces withdrew from Mali in 2022.", ("FRA", "MLI", "087")),
    ("Burkina Faso, Mali and Niger withdrew from ECOWAS.", ("MLI", "IGO", "16")),
    ("Hungary withdrew from the International Criminal Court.", ("HUN", "IGO", "16")),
    ("Iraq withdrew its ambassador from Sweden.", ("IRQ", "SWE", "161")),
    ("The senator withdrew from the presidential race.", None),
    # a party owning up to its own act of force claims responsibility; another side's act is an accusation
    ("Iran admitted that it had shot down the Ukrainian airliner.", ("IRN", "UKR", "015")),
    ("The Taliban claimed that they had attacked the Afghan army base.", ("AFG", "AFG", "015")),
    ("Israel claimed that Hamas had attacked Israeli civilians.", ("ISR", "PSE", "112")),
    # being willing or ready to act is an intention to act; not being willing is nothing
    ("Bangladesh is willing to sign a protocol with the United States.", ("BGD", "USA", "03")),
    ("North Korea is prepared to attack South Korea, its state media said.", ("PRK", "KOR", "13")),
    ("Iran is not willing to resume talks with the United States.", None),
    # officials "of" two countries are one official of each
    ("The foreign ministers of India and Pakistan met in New Delhi.", ("PAK", "IND", "04")),
    # closing a territory off is a blockade
    ("The Israeli army sealed off the Gaza Strip on Wednesday.", ("ISR", "PSE", "191")),
]


def _code(actor) -> str:
    return actor.code if actor is not None else ""


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_sentence_is_coded_as_an_analyst_would(code_text, text, expected):
    events = [(_code(e.source), _code(e.target), e.cameo.code) for e in code_text(text, "2024-03-15")]
    if expected is None:
        assert events == []
        return
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in events), events


#: (sentence, (source, target, code) that must be coded or None, (source, target, code prefix) that must not).
UNWANTED = [
    # what someone is pressed to do has not been done
    ("The president is being pressured by parliament to help Iran.", None, ("", "IRN", "07")),
    ("Washington pushed Seoul to sanction North Korea.", None, ("KOR", "PRK", "16")),
    # the reason for an arrest or a sentence is no event of the court
    (
        "An Egyptian court has jailed a Sudanese student for three years for helping young militants join "
        "an armed group in Libya.",
        ("EGY", "SDN", "17"),
        ("EGY", "", "07"),
    ),
    ("Russia convicted an American journalist of spying for the United States.", None, ("RUS", "USA", "07")),
    # parties that act together do not act on each other
    (
        "Qatar accepted a deal forced on it by Saudi Arabia, the United Arab Emirates and other neighbours.",
        ("SAU", "QAT", "17"),
        ("SAU", "ARE", ""),
    ),
    # ratifying an agreement is one party's act
    ("Ukraine ratified an agreement with the European Union on Tuesday.", ("UKR", "IGO", "05"), ("IGO", "UKR", "")),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), UNWANTED, ids=[c[0][:40] for c in UNWANTED])
def test_news_sentence_gives_no_event_that_did_not_happen(code_text, text, wanted, unwanted):
    events = [(_code(e.source), _code(e.target), e.cameo.code) for e in code_text(text, "2024-03-15")]

    def has(pattern: tuple[str, str, str]) -> bool:
        source, target, code = pattern
        return any(s.startswith(source) and t.startswith(target) and c.startswith(code) for s, t, c in events)

    if wanted is not None:
        assert has(wanted), events
    assert not has(unwanted), events


def test_signing_an_agreement_with_a_partner_is_coded_each_way(code_text):
    events = {(e.source.code[:3], e.target.code[:3]) for e in code_text("Ukraine signed an agreement with Moldova.")}
    assert {("UKR", "MDA"), ("MDA", "UKR")} <= events
