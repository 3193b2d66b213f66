"""A sector-only actor ("the government", "rebels") takes its country from the sentence or the article
(``events.context.fill_country``), but not from the partner it acts on when that partner names the
country itself ("the government thanked China")."""

from __future__ import annotations

import pytest

from eventscribe.events.context import fill_country
from eventscribe.model import Actor


def role(code: str) -> Actor:
    return Actor(code, "", "", (code,))


def test_partner_that_names_its_country_blocks_that_country():
    china = Actor("CHN", "China", "CHN")
    filled = fill_country(role("GOV"), [china], [china], default=("CHN", 1))
    assert filled.code == "---GOV"


def test_partner_that_took_the_articles_country_does_not_block_it():
    # "Sri Lankan troops clashed with Tamil Tigers ... The government accused the rebels": the rebels got
    # Sri Lanka from the article, and so does the government
    rebels = Actor("LKAREB", "", "LKA", ("REB",))
    filled = fill_country(role("GOV"), [], [rebels], default=("LKA", 1))
    assert filled.code == "LKAGOV"


def test_actor_with_no_article_country_stays_unknown():
    assert fill_country(role("LEG"), [], [], default=None).code == "---LEG"


@pytest.mark.spacy
@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        (
            "Sri Lankan troops clashed with Tamil Tiger rebels in the north on Sunday. "
            "The government accused the rebels of breaking the ceasefire.",
            "2004-08-15",
            "LKAGOV",
        ),
        ("Senate leaders criticised President Reagan over the Iran arms sales.", "1987-03-10", "USALEG"),
        ("Republican lawmakers accused the Democrats of blocking the bill.", "2004-08-15", "USALEG"),
        ("The Duma criticised Ukraine's leaders on Tuesday.", "2004-08-15", "RUSLEG"),
    ],
)
def test_bodies_and_roles_take_a_country_in_real_news_sentences(code_text, text, date, source):
    events = code_text(text, date)
    sources = {e.source.code for e in events if e.source is not None}
    assert source in sources, [(e.source, e.target, e.cameo.code) for e in events]


@pytest.mark.spacy
def test_government_thanking_a_foreign_country_is_not_that_country(code_text):
    events = code_text("The government thanked China for its aid.", "2004-08-15")
    assert all(not (e.source and e.source.code == "CHNGOV") for e in events)


@pytest.mark.parametrize(
    ("actor", "partner", "code"),
    [
        ("OPP", Actor("KENGOV", "Kenya", "KEN", ("GOV",)), "KENOPP"),
        ("GOV", Actor("GBROPP", "United Kingdom", "GBR", ("OPP",)), "GBRGOV"),
        ("JUD", Actor("ITAGOV", "Italy", "ITA", ("GOV",)), "ITAJUD"),
        ("LEG", Actor("ZAFPTY", "South Africa", "ZAF", ("PTY",)), "ZAFLEG"),
        ("REB", Actor("SDNGOV", "Sudan", "SDN", ("GOV",)), "SDNREB"),
    ],
)
def test_a_role_of_a_states_own_politics_takes_its_partners_country(actor, partner, code):
    assert fill_country(role(actor), [], [partner], default=None).code == code


@pytest.mark.parametrize(
    ("actor", "partner"),
    [
        ("GOV", Actor("CHNGOV", "China", "CHN", ("GOV",))),  # two governments: the partner's is foreign
        ("LEG", Actor("USAGOV", "United States", "USA", ("GOV",))),  # a legislature may face a foreign one
        ("CVL", Actor("KENGOV", "Kenya", "KEN", ("GOV",))),  # civilians are anyone's
        ("UAF", Actor("ISRMIL", "Israel", "ISR", ("MIL",))),  # militants an army fights may be foreign
        ("OPP", Actor("PSEREBHMS", "Hamas", "PSE", ("REB",))),  # a named group says nothing of them
    ],
)
def test_other_partners_lend_no_country(actor, partner):
    assert fill_country(role(actor), [], [partner], default=None).code == "---" + actor


@pytest.mark.spacy
def test_the_opposition_accusing_a_named_government_is_of_its_country(code_text):
    events = code_text("Opposition leaders accused the Kenyan government of rigging the vote.", "2007-12-30")
    assert "KENOPP" in {e.source.code for e in events if e.source is not None}, events


def test_the_scene_of_the_act_gives_its_country_after_the_sentence():
    filled = fill_country(role("MIL"), [], [role("REB")], default=None, scene="SLV")
    assert filled.code == "SLVMIL"


def test_a_scene_that_a_partner_names_is_not_taken():
    # "three teens abducted by Hamas in Gaza" are not thereby Palestinian
    hamas_place = Actor("PSE", "Palestine", "PSE")
    assert fill_country(role("CVL"), [], [hamas_place], default=None, scene="PSE").code == "---CVL"


@pytest.mark.spacy
def test_a_foreign_member_among_the_dead_does_not_make_the_fighters_his_compatriots(code_text):
    text = (
        "At least 40 soldiers and guerrillas including a U.S. military adviser died today in a major "
        "battle in northern El Salvador, military sources said."
    )
    events = code_text(text, "1987-04-01")
    codes = {(e.source.code, e.target.code) for e in events if e.source is not None and e.target is not None}
    assert ("SLVMIL", "SLVREB") in codes and ("SLVREB", "SLVMIL") in codes, codes
    assert not any(s.startswith("USA") for pair in codes for s in pair), codes


@pytest.mark.spacy
def test_militants_killed_in_another_country_take_that_country(code_text):
    events = code_text("Israeli troops killed three militants in Gaza on Tuesday.", "2004-08-15")
    targets = {e.target.code for e in events if e.target is not None and e.source is not None}
    assert any(t.startswith("PSE") for t in targets), events


@pytest.mark.spacy
def test_rebels_in_talks_with_a_government_are_its_rebels(code_text):
    events = code_text(
        "Sudan's government resumed talks with rebels in the oil-producing south on Thursday.", "2004-10-28"
    )
    assert any(e.target is not None and e.target.code == "SDNREB" for e in events), events


def test_the_articles_own_country_beats_a_domestic_partners_named_once_elsewhere():
    # an article about Uganda: "the opposition accused the Kenyan government of meddling" is Uganda's
    kenya = Actor("KENGOV", "Kenya", "KEN", ("GOV",))
    assert fill_country(role("OPP"), [], [kenya], default=("UGA", 4)).code == "UGAOPP"
    assert fill_country(role("OPP"), [], [kenya], default=("KEN", 4)).code == "KENOPP"


def test_a_scene_keeps_a_religion_code():
    shiites = Actor("MUS", "", "", ())
    assert fill_country(shiites, [], [], default=None, scene="IRQ").code == "IRQMUS"


@pytest.mark.spacy
def test_the_place_of_a_targets_phrase_gives_it_a_country(code_text):
    events = code_text(
        "A U.S. AC-130 gunship attacked Shi'ite militia positions in the holy Iraqi city of Najaf early on Monday.",
        "2004-08-15",
    )
    assert any(e.target is not None and e.target.country == "IRQ" for e in events), events


def test_the_partners_country_named_again_as_a_country_is_not_the_partners_alone():
    # "Brazil's crisis deepens as governors call for the removal of Finance Minister Funaro"
    brazil, minister = Actor("BRA", "Brazil", "BRA"), Actor("BRAGOV", "Dilson Funaro", "BRA", ("GOV",))
    assert fill_country(role("GOV"), [brazil, minister], [minister]).code == "BRAGOV"
    assert fill_country(role("GOV"), [minister], [minister]).code == "---GOV"


def test_a_role_filled_so_still_acts_on_the_named_compatriot(code_text):
    text = (
        "Brazil's political crisis appears to be deepening as powerful state governors are calling for the"
        " removal of Finance Minister Dilson Funaro, chief architect of economic policy."
    )
    pairs = {(e.source.code, e.target.code) for e in code_text(text, "1987-04-01") if e.source and e.target}
    assert ("BRAGOV", "BRAGOV") in pairs, pairs


def test_irregulars_in_violence_are_of_the_scene_not_of_their_foes():
    # "clashes between US troops and insurgents in Samarra": the insurgents are Iraq's
    troops = Actor("USAMIL", "", "USA", ("MIL",))
    filled = fill_country(role("REB"), [troops], [], scene="IRQ", act="190")
    assert filled.code == "IRQREB"
    assert fill_country(role("REB"), [troops], [], scene="IRQ", act="040").code == "USAREB"


def test_clashing_insurgents_take_the_scenes_country(code_text):
    text = (
        "Two Iraqis were killed and four others wounded in clashes that broke out between US troops and"
        " insurgents in Samarra, north of Baghdad, police said on Sunday."
    )
    codes = {
        c
        for e in code_text(text, "2004-10-01")
        for c in (e.source.code if e.source else "", e.target.code if e.target else "")
    }
    assert "USAREB" not in codes, codes
