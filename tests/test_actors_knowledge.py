"""Actors that news of 1985-2005 names: state bodies named without their country ("the Senate"),
parties by the adjective news gives them, dated office holders of the 1980s and 1990s, international
officials, and companies coded as their country's business (BUS)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver
from eventscribe.actors.lexicon import LEXICON, national_bodies


def code(resolver: ActorResolver, text: str, date: str, context: str | None = None) -> str:
    actor = resolver.resolve_text(text, date=dt.date.fromisoformat(date), context=context)
    return actor.code if actor is not None else ""


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("the Senate", None, "USALEG"),
        ("Senate leaders", "Senate leaders criticised the Pentagon over the arms deal.", "USALEG"),
        ("the Philippine Senate", None, "PHLLEG"),  # a country in the mention wins
        ("senators", "Senators in Manila rejected the treaty with Washington on bases in the Philippines.", "PHLLEG"),
        ("Democratic senators", None, "USALEG"),
        ("Republican lawmakers", None, "USALEG"),  # the party's members in an office: the legislature
        ("the House of Representatives", None, "USALEG"),
        ("the Sejm", None, "POLLEG"),
        ("the Storting", None, "NORLEG"),
        ("the Supreme Soviet", None, "SUNLEG"),
        # offices that one country's government names so: its office holders, unknown by name, are its own
        ("Treasury Secretary William Simon", None, "USAGOV"),
        ("Former Treasury Secretary William Simon", "He criticised President Reagan on Friday.", "USAELI"),
        ("Home Secretary John Doe", None, "GBRGOV"),
        ("the Home Secretary", "The Home Secretary in New Delhi banned the rally.", "INDGOV"),
        ("Chancellor of the Exchequer John Doe", None, "GBRGOV"),
        ("Defence Secretary John Doe", None, "GBRGOVMIL"),
    ],
)
def test_state_bodies_named_without_a_country_take_the_country_that_has_them(resolver, text, context, expected):
    assert code(resolver, text, "2004-08-15", context) == expected


def test_a_body_of_no_country_stays_without_one(resolver):
    assert code(resolver, "Parliament", "2004-08-15") == "LEG"  # many countries have one: no default
    assert code(resolver, "the Supreme Court", "2004-08-15") == "JUD"  # the article decides


def test_a_body_many_countries_have_takes_the_country_its_context_names(resolver):
    context = "The Supreme Court in Islamabad ruled against Pakistan's president on Monday."
    assert code(resolver, "the Supreme Court", "2004-08-15", context) == "PAKJUD"
    context = "Gordon Brown said the Treasury would act, as Britain's growth slowed."
    assert code(resolver, "the Treasury", "2005-01-15", context) == "GBRGOV"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("the KGB", "1987-04-01", "SUNSPY"),
        ("UNITA", "1995-01-01", "AGOREB"),  # at war until the 2002 ceasefire
        ("UNITA", "2004-01-01", "AGOOPP"),
        ("the SPLA", "2004-08-15", "SDNREB"),
        ("the SPLA", "2014-01-01", "SSDMIL"),  # South Sudan's army
        ("the Sandinistas", "1987-04-01", "NICGOV"),
        ("the Contras", "1987-04-01", "NICREB"),
        ("ETA", "2004-08-15", "ESPREB"),
    ],
)
def test_armed_groups_keep_their_country_and_change_role_with_the_date(resolver, text, date, expected):
    assert code(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("George Shultz", "1987-04-01", "USAGOV"),
        ("George Shultz", "1995-01-01", "USAELI"),
        ("Eduard Shevardnadze", "1987-04-01", "SUNGOV"),  # Soviet foreign minister
        ("Eduard Shevardnadze", "1998-01-01", "GEOGOV"),  # president of Georgia
        ("Joe Clark", "1987-04-01", "CANGOV"),
        ("Tariq Aziz", "1990-09-01", "IRQGOV"),
        ("Manfred Woerner", "1990-01-01", "IGOWSTNAT"),  # NATO secretary-general
        ("Hans Blix", "1990-01-01", "IGOUNOIAE"),
        ("Hans Blix", "2003-02-14", "IGOUNO"),  # chief UN weapons inspector
        ("Kamal Kharrazi", "2004-08-15", "IRNGOV"),
        ("Hassan Rowhani", "2004-08-15", "IRNGOV"),  # secretary of the Supreme National Security Council
        ("Benjamin Netanyahu", "2004-08-15", "ISRGOV"),  # minister of finance
        ("Shigeru Ishiba", "2004-08-15", "JPNGOV"),  # head of the Defence Agency
        ("Abdel Aziz al-Rantissi", "2004-03-01", "PSEREBHMS"),
        ("Rodrigo Rato", "2005-01-01", "IGOUNODEVIMF"),
        ("Jacques Santer", "1997-06-01", "IGOEUREEC"),
        ("Yitzhak Shamir", "1990-01-01", "ISRGOV"),
        ("Turgut Ozal", "1987-04-01", "TURGOV"),
        ("Ebrahim Raisi", "2024-06-01", "IRNELI"),  # no office after his death: the elite, not a bare IRN
        ("Benny Gantz", "2024-06-01", "ISRGOV"),  # the war cabinet
        ("Benny Gantz", "2024-08-01", "ISROPP"),
    ],
)
def test_office_holders_of_the_1980s_to_2000s_follow_their_terms(resolver, text, date, expected):
    assert code(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBM", "USABUS"),
        ("General Motors", "USABUS"),
        ("Exxon", "USABUS"),  # a Phoenix multinational of a country (MNCUSA) is that country's business
        ("Siemens", "DEUBUS"),
        ("Toyota", "JPNBUS"),
        ("Petrobras", "BRABUS"),
        ("Imperial Chemical Industries", "GBRBUS"),
        ("Airbus", "EURBUS"),
    ],
)
def test_major_companies_are_their_countrys_business(resolver, text, expected):
    assert code(resolver, text, "1987-04-01") == expected


@pytest.mark.parametrize("text", ["Total casualties", "the Amazon", "Apple growers"])
def test_common_words_are_not_read_as_company_names(resolver, text):
    assert not code(resolver, text, "2004-08-15").endswith("BUS")


def test_every_national_body_lists_known_countries(resolver):
    table = national_bodies(LEXICON)
    assert ("SENATE",) in table
    assert table[("SUPREME", "COURT")][0] == ""  # no country news means by default
    for countries in table.values():
        assert all(c in resolver.kb.countries for c in countries if c)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("the CDU", "2000-01-01", "DEUOPP"),  # out of government under Schroeder
        ("the CDU", "2010-01-01", "DEUPTY"),
        ("Likud", "2007-01-01", "ISROPP"),
        ("Likud", "2015-01-01", "ISRPTY"),
        ("the BJP", "2010-01-01", "INDOPP"),
        ("the BJP", "2020-01-01", "INDPTY"),
        ("the MDC", "2004-08-15", "ZWEOPP"),
        ("the MDC", "2010-01-01", "ZWEPTY"),  # the unity government
        ("Partido Popular", "2000-01-01", "ESPPTY"),
        ("Christian Democrat lawmakers", "2000-01-01", "DEULEG"),  # members in an office: the office
    ],
)
def test_parties_are_opposition_while_out_of_government(resolver, text, date, expected):
    assert code(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian helicopter gunships", "SYRMIL"),
        ("Israeli jets", "ISRMIL"),
        ("Russian warship", "RUSMIL"),
    ],
)
def test_armed_craft_named_as_the_doer_are_the_military(resolver, text, expected):
    assert code(resolver, text, "2004-08-15") == expected


def test_strikes_stay_events_not_actors(resolver):
    # "Israeli air strikes on Gaza killed 20 people" is Israel's attack on Gaza (tests/test_clauses.py)
    assert code(resolver, "Israeli air strikes", "2004-08-15") == "ISR"


def test_think_tanks_are_not_armour(resolver):
    assert not code(resolver, "think tanks", "2004-08-15").endswith("MIL")


@pytest.mark.parametrize(("name", "state"), [("Calif.", "California"), ("Fla.", "Florida"), ("N.Y.", "New York State")])
def test_us_state_abbreviations_of_datelines_are_places_in_the_united_states(places, name, state):
    place = places.lookup(name)
    assert place is not None and (place.name, place.country) == (state, "USA")


def test_state_abbreviations_leave_cities_and_countries_alone(places):
    assert places.lookup("New York").name == "New York City"
    assert places.lookup("Washington").country == "USA" and places.lookup("Washington").name == "Washington"
    assert places.lookup("Georgia").country == "GEO"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Kurdish rebels", None, "IRQREB"),
        ("Kurdish rebels", "Kurdish rebels attacked a Turkish army post near Diyarbakir in Turkey.", "TURREB"),
        ("Turkish Kurds", None, "TURCVL"),  # the country of the mention itself
        ("Syrian Kurds", None, "SYRCVL"),
        ("Tamil civilians", None, "LKACVL"),
        ("Tamil Nadu police", None, "INDCOP"),  # the Indian state, not the Sri Lankan people
        ("Hutu rebels", "Hutu rebels in Burundi ambushed an army convoy.", "BDIREB"),
        ("Pashtun tribesmen", None, "AFGCVL"),
        ("Darfuri refugees", None, "SDNREF"),
    ],
)
def test_peoples_named_without_a_country_take_the_country_they_live_in(resolver, text, context, expected):
    assert code(resolver, text, "2004-08-15", context) == expected


def test_demonyms_of_a_country_listed_twice_all_count(resolver):
    # nominals.yaml once listed Sri Lanka, South Korea and Burkina Faso twice, and the later line hid the earlier
    assert code(resolver, "Sinhalese monks", "2004-08-15").startswith("LKA")
    assert code(resolver, "Sri Lankan troops", "2004-08-15") == "LKAMIL"
    assert code(resolver, "Upper Voltan soldiers", "1980-01-01").startswith("BFA")


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Willy Claes", "1995-01-01", "IGOWSTNAT"),
        ("Willy Claes", "1993-01-01", "BELGOV"),
        ("Tom Clausen", "1984-01-01", "IGOUNODEVWBK"),
        ("Jean Ping", "2010-01-01", "IGOAFR"),
        ("Roberto Azevedo", "2013-01-01", "IGO"),  # an international official out of office has no country
    ],
)
def test_heads_of_international_bodies_follow_their_terms(resolver, text, date, expected):
    assert code(resolver, text, date) == expected


def _two_howards() -> ActorResolver:
    from eventscribe.actors import KnowledgeBase
    from eventscribe.actors.kb import ActorEntry, CodeSpan, Country

    def person(name: str, code: str) -> ActorEntry:
        span = CodeSpan(code, dt.date(2000, 1, 1), dt.date(2007, 12, 31))
        return ActorEntry((name,), (span,), "person")

    people = [person("MICHAEL HOWARD", "GBROPP"), person("JOHN HOWARD", "AUSGOV")]
    countries = [
        Country("GBR", "United Kingdom", ("BRITAIN",), ("BRITISH",), ("LONDON",)),
        Country("AUS", "Australia", ("AUSTRALIA",), ("AUSTRALIAN",), ("CANBERRA",)),
    ]
    return ActorResolver(KnowledgeBase(people, countries, [("LEADER", "GOV")], prominent=people))


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Mr Howard told British voters in London that taxes would fall.", "GBROPP"),
        ("Mr Howard told Australian voters in Canberra that taxes would fall.", "AUSGOV"),
        ("Mr Howard said taxes would fall.", ""),  # two office holders of that surname: no one
    ],
)
def test_a_surname_two_office_holders_share_takes_the_one_of_the_context_country(context, expected):
    assert code(_two_howards(), "Mr Howard", "2005-01-15", context) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pope John Paul", "VATRELGOV"),
        ("Attackers", "IRQUAF"),  # the context's country (Baghdad)
        ("Saboteurs", "IRQUAF"),
        ("Hijackers", "IRQCRM"),
    ],
)
def test_doers_named_by_what_they_did_and_the_pope(resolver, text, expected):
    assert code(resolver, text, "2004-08-15", "They struck in Baghdad on Monday.") == expected
