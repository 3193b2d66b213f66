"""Second-tier political actors of 2005-2024 news from the dated register: ministers, central bank
governors, speakers, army chiefs, spokespeople and opposition leaders, resolved by the date of the
mention, with their standing before and after an office, and names that must not capture others."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.actors import ActorResolver


def code(resolver: ActorResolver, text: str, date: str) -> str:
    actor = resolver.resolve_text(text, date=dt.date.fromisoformat(date))
    return actor.code if actor is not None else ""


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # in office on the date
        ("Leon Panetta", "2010-05-01", "USASPY"),  # CIA director before the Pentagon
        ("Leon Panetta", "2012-05-01", "USAGOV"),
        ("Susan Rice", "2011-03-01", "USAGOV"),  # UN ambassador
        ("Andrew Bailey", "2022-10-01", "GBRGOV"),
        ("Lindsay Hoyle", "2023-01-10", "GBRLEG"),
        ("John Bercow", "2017-03-01", "GBRLEG"),
        ("Yael Braun-Pivet", "2023-04-01", "FRALEG"),
        ("Jens Weidmann", "2016-01-01", "DEUGOV"),
        ("Joachim Nagel", "2023-05-01", "DEUGOV"),
        ("Steffen Hebestreit", "2023-02-01", "DEUGOV"),
        ("Adam Glapinski", "2022-03-01", "POLGOV"),
        ("Szymon Holownia", "2024-02-01", "POLLEG"),
        ("Sergei Naryshkin", "2014-03-01", "RUSLEG"),  # Duma speaker before the SVR
        ("Sergei Naryshkin", "2020-03-01", "RUSSPY"),
        ("Mohammad Reza Farzin", "2023-06-01", "IRNGOV"),
        ("Abbas Mousavi", "2020-03-01", "IRNGOV"),
        ("Karnit Flug", "2016-01-01", "ISRGOV"),
        ("Daniel Hagari", "2023-11-01", "ISRMIL"),
        ("Majed al-Ansari", "2024-01-15", "QATGOV"),
        ("Lesetja Kganyago", "2020-01-01", "ZAFGOV"),
        ("Raghuram Rajan", "2015-01-01", "INDGOV"),
        ("Urjit Patel", "2017-06-01", "INDGOV"),
        ("Mamadi Doumbouya", "2022-06-01", "GINGOV"),
        ("Eduardo Cunha", "2015-06-01", "BRALEG"),
        ("Wolfgang Schauble", "2012-06-01", "DEUGOV"),  # finance minister, then Bundestag president
        ("Wolfgang Schäuble", "2019-06-01", "DEULEG"),
        ("Agustin Carstens", "2020-06-01", "IGOBUSBIS"),  # from the Bank of Mexico to the BIS
        ("Agustín Carstens", "2012-06-01", "MEXGOV"),
        ("Fatih Karahan", "2024-06-01", "TURGOV"),
        ("Salil Shetty", "2015-03-01", "NGOHRIAMN"),
        ("Joanne Liu", "2016-03-01", "NGOHLHMSF"),
        ("Ayman al-Zawahiri", "2015-03-01", "IMGMUSALQ"),
        ("Bipin Rawat", "2020-06-01", "INDMIL"),
        ("Tiff Macklem", "2021-06-01", "CANGOV"),
        ("Winnie Byanyima", "2015-06-01", "NGOXFM"),  # Oxfam, then UNAIDS
        ("Winnie Byanyima", "2021-06-01", "IGOUNO"),
        ("Chang Wanquan", "2015-06-01", "CHNGOV"),  # a Pinyin name alone would be a civilian
        ("Geng Shuang", "2017-06-01", "CHNGOV"),
        ("Kang Kyung-wha", "2019-06-01", "KORGOV"),
        ("Nicola Willis", "2024-06-01", "NZLGOV"),
        ("Hun Sen", "2024-06-01", "KHMLEG"),  # Senate president after he handed over to his son
        ("Avigdor Lieberman", "2017-06-01", "ISRGOV"),  # defence minister
        ("Avigdor Lieberman", "2020-06-01", "ISROPP"),  # between his offices
        ("Thandi Modise", "2016-06-01", "ZAFLEG"),  # speaker, then defence minister
        ("Thandi Modise", "2022-06-01", "ZAFGOV"),
        ("Numan Kurtulmus", "2024-01-01", "TURLEG"),
        ("Tamir Pardo", "2013-06-01", "ISRSPY"),
        ("Godswill Akpabio", "2024-01-01", "NGALEG"),
        ("King Abdullah II", "2010-01-01", "JORGOV"),
        ("Ali Abdullah Saleh", "2015-06-01", "YEMOPP"),  # after he handed over power
        ("Denis Pushilin", "2023-06-01", "RUSGOV"),  # after Russia's annexation claim
        ("Denis Pushilin", "2020-06-01", "UKRREB"),
        ("Richard Moore", "2022-06-01", "GBRSPY"),
        ("Ken McCallum", "2022-06-01", "GBRSPY"),
        ("Frans Timmermans", "2020-06-01", "IGOEUREEC"),
        ("Frans Timmermans", "2024-01-01", "NLDOPP"),
        ("Ylva Johansson", "2022-06-01", "IGOEUREEC"),
        ("Sergei Ryabkov", "2022-06-01", "RUSGOV"),
        ("Yulia Tymoshenko", "2005-06-01", "UKRGOV"),  # her first premiership
        ("Remigio Ceballos", "2019-06-01", "VENMIL"),  # armed forces commander, then interior minister
        ("Remigio Ceballos", "2022-06-01", "VENGOV"),
        ("Tony Snow", "2007-01-15", "USAGOV"),
        ("Wayne Eyre", "2022-06-01", "CANMIL"),
        ("Alberto Otarola", "2023-06-01", "PERGOV"),
        ("Ibrahim Attahiru", "2021-03-01", "NGAMIL"),
        ("Omer Ismail Gamar Eldin", "2020-06-01", "SDNGOV"),
        ("Nhlanhla Nene", "2016-06-01", "ZAFGOV"),
        ("Siddiq al-Kabir", "2020-06-01", "LBYGOV"),  # central bank governor
        ("Minni Minnawi", "2015-06-01", "SDNREB"),  # a rebel leader before the Juba agreement
        ("Minni Minnawi", "2022-06-01", "SDNGOV"),
        ("Francesca Albanese", "2024-01-15", "IGOUNO"),
        ("Rupert Colville", "2020-06-01", "IGOUNOHRI"),
        ("Volker Perthes", "2022-06-01", "IGOUNO"),
        ("Ramtane Lamamra", "2024-06-01", "IGOUNO"),  # UN envoy for Sudan after Algeria's foreign ministry
        ("Ramtane Lamamra", "2022-06-01", "DZAGOV"),
        ("Omar Touray", "2023-06-01", "IGOWAFBUSWAS"),
        ("Heba Morayef", "2023-06-01", "NGOHRIAMN"),
        ("Christopher Lockyear", "2023-06-01", "NGOHLHMSF"),
        ("Murad Ebrahim", "2015-06-01", "PHLREB"),  # MILF chair, then head of the Bangsamoro government
        ("Murad Ebrahim", "2020-06-01", "PHLGOV"),
        ("Twan Mrat Naing", "2023-06-01", "MMRREB"),
        ("Mohammad Raad", "2023-06-01", "LBNREBHEZ"),
        ("Basem Naim", "2023-11-01", "PSEREBHMS"),
        ("Arayik Harutyunyan", "2021-06-01", "AZEPRE"),  # Nagorno-Karabakh's own authority
        ("Vadim Krasnoselsky", "2022-06-01", "MDAPRE"),
        ("Suh Hoon", "2018-06-01", "KORSPY"),  # intelligence chief, then national security adviser
        ("Suh Hoon", "2021-06-01", "KORGOV"),
        ("Kamchybek Tashiev", "2022-06-01", "KGZSPY"),
        ("Liu Pengyu", "2023-06-01", "CHNGOV"),  # an embassy spokesman, not a civilian
        ("Ran Kochav", "2022-06-01", "ISRMIL"),
        ("AMLO", "2020-01-01", "MEXGOV"),  # the short form Mexican news uses
        ("Jeff Bezos", "2019-01-01", "USABUS"),
        # opposition while out of government, government in it
        ("AMLO", "2012-01-01", "MEXOPP"),
        ("Sali Berisha", "2020-06-01", "ALBOPP"),
        ("Robert Kocharyan", "2021-06-01", "ARMOPP"),
        ("Yulia Tymoshenko", "2012-06-01", "UKROPP"),
        ("Pablo Casado", "2020-06-01", "ESPOPP"),
        ("Andrej Babis", "2023-06-01", "CZEOPP"),
        ("Ed Davey", "2021-06-01", "GBROPP"),
        ("Alexis Tsipras", "2021-06-01", "GRCOPP"),
        ("Thaksin Shinawatra", "2010-06-01", "THAOPP"),
        ("Tony Abbott", "2011-06-01", "AUSOPP"),
        ("Tony Abbott", "2014-06-01", "AUSGOV"),
        ("Maryam Nawaz", "2020-06-01", "PAKOPP"),
        ("Hakan Fidan", "2015-01-01", "TURSPY"),
        ("Jaroslaw Kaczynski", "2012-01-01", "POLOPP"),
        ("Jaroslaw Kaczynski", "2024-03-01", "POLOPP"),
        ("Carles Puigdemont", "2021-01-01", "ESPOPP"),
        # before an office and after it: the elite of the country
        ("Karnit Flug", "2020-01-01", "ISRELI"),
        ("Raghuram Rajan", "2012-01-01", "INDELI"),
        ("John Bercow", "2021-01-01", "GBRELI"),
        ("Jens Weidmann", "2023-01-01", "DEUELI"),
        ("Abbas Mousavi", "2022-06-01", "IRNELI"),
        ("Hafize Gaye Erkan", "2025-01-01", "TURELI"),
        ("Anatoly Serdyukov", "2015-01-01", "RUSELI"),
        ("AMLO", "2025-01-01", "MEXELI"),
        ("Rudy Giuliani", "2019-01-01", "USAELI"),  # New York's former mayor
    ],
)
def test_a_recent_office_holder_resolves_by_the_date_of_the_mention(
    resolver: ActorResolver, text: str, date: str, expected: str
) -> None:
    assert code(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Mary Lou McDonald", "2022-05-01", "IRLOPP"),  # an Irish party leader, not British
        ("Zhao Leji", "2024-01-01", "CHNGOV"),  # the register keeps one code per span
        ("Abdullah bin Abdulaziz", "2010-01-01", "SAUGOV"),  # the Saudi king by his full name
    ],
)
def test_a_recent_actor_gets_the_country_of_their_office(
    resolver: ActorResolver, text: str, date: str, expected: str
) -> None:
    assert code(resolver, text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "not_expected"),
    [
        ("King Abdullah", "2010-01-01", "SAUGOV"),  # Jordan's king shares the title
        ("Andrew Bailey", "2015-01-01", "GBRGOV"),  # before he governed the Bank of England
        ("Mohammad Reza", "2023-06-01", "IRNGOV"),  # a part of a name is no one in particular
        ("Rosa Rodriguez", "2022-01-01", "MEXGOV"),
    ],
)
def test_a_name_that_is_not_a_holders_full_name_or_date_does_not_resolve_to_the_office(
    resolver: ActorResolver, text: str, date: str, not_expected: str
) -> None:
    assert code(resolver, text, date) != not_expected
