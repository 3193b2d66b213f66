"""Actor country codes follow ISO 3166-1 alpha-3 (DESIGN.md), while GDELT files keep CAMEO's own codes."""

from __future__ import annotations

import datetime as dt

from conftest import load_script

from eventscribe.interop.tables import countries


def test_east_timor_is_coded_with_its_iso_code(resolver):
    for mention, code in (("East Timor", "TLS"), ("Timor-Leste", "TLS"), ("Timorese police", "TLSCOP")):
        actor = resolver.resolve_text(mention, date=dt.date(2023, 1, 1))
        assert actor is not None and actor.code == code, mention
    gusmao = resolver.resolve_text("Prime Minister Xanana Gusmao", date=dt.date(2024, 1, 1))
    assert gusmao is not None and gusmao.code == "TLSGOV"


def test_gdelt_tables_translate_iso_codes_to_cameo_country_codes():
    table = countries()
    assert table.cameo["TLS"] == "TMP" and table.from_cameo["TMP"] == "TLS"
    assert table.code("East Timor") == "TLS"
    assert table.cameo["ROU"] == "ROM"  # the older CAMEO spelling of Romania, the same kind of translation


def test_build_kb_writes_a_multinational_of_a_country_as_its_business():
    build_kb = load_script("build_kb")
    assert build_kb.iso_code("MNCUSA") == "USABUS"
    assert build_kb.iso_code("MNCUSAMED") == "USABUSMED"
    assert build_kb.iso_code("MNC") == "MNC"  # of no country
    assert build_kb.iso_code("TMPGOV") == "TLSGOV"
