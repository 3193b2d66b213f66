"""ICEWS and GDELT event files import into the store: mapped codes, bad rows reported, reruns add nothing."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zipfile

import pandas as pd
from conftest import shared_path

from eventscribe.cli import main
from eventscribe.events.codebook import Codebook
from eventscribe.interop import export_store, import_files
from eventscribe.interop.tables import gdelt_columns
from eventscribe.store import open_store

ICEWS_HEADER = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
    "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude"
)
ICEWS_ROWS = [
    "101\t2018-06-01\tHigh Ranking Military Personnel (Vietnam)\tMilitary,Government\tVietnam\tConsult\t040\t1\t"
    "Foreign Affairs (Bangladesh)\tExecutive,Foreign Ministry,Government\tBangladesh\t900\t2\tVNA\tHanoi\tNA\t"
    "Thanh Pho Ha Noi\tVietnam\t21.0245\t105.841",
    "102\t2018-06-02\tUnited Nations\tInternational Government Organization,Global\tNA\tCriticize or denounce\t111\t-2.5\t"
    "Russian Federation\tNA\tRussian Federation\t901\t1\tAFP\tNA\tNA\tNA\tRussian Federation\t55.75\t37.62",
    "103\t2018-06-03\tCitizen (Africa)\tGeneral Population / Civilian / Social,Social\tNA\tDemonstrate\t141\t-6.5\t"
    "Police (Kenya)\tPolice\tKenya\t902\t4\tNA\tNairobi\tNA\tNairobi Area\tKenya\t-1.28\t36.82",
]
ICEWS_BAD = [
    "104\t2018-13-01\tJapan\tNA\tJapan\tConsult\t040\t1\tChina\tNA\tChina\t903\t1\tNA\tNA\tNA\tNA\tJapan\t35\t139",
    "105\t2018-06-05\tJapan\tNA\tJapan\tConsult\t999\t1\tChina\tNA\tChina\t904\t1\tNA\tNA\tNA\tNA\tJapan\t35\t139",
    "106\t2018-06-05\tJapan\ttoo few fields",
]


def _gdelt_line(width: int, event_id: str, **values: str) -> str:
    version = "2.0" if width == 61 else "1.0"
    names = [name for name, _ in gdelt_columns(version)][:width]
    fields = dict.fromkeys(names, "")
    fields.update(GLOBALEVENTID=event_id, SQLDATE="20160728", MonthYear="201607", Year="2016", FractionDate="2016.5699",
                  IsRootEvent="1", EventCode="0231", EventBaseCode="023", EventRootCode="02", QuadClass="1",
                  GoldsteinScale="3.4", NumMentions="4", NumSources="1", NumArticles="4", AvgTone="1.5")  # fmt: skip
    fields.update(values)
    return "\t".join(fields[n] for n in names)


GDELT_ROWS = [
    _gdelt_line(61, "700", Actor1Code="ROMGOV", Actor1Name="ROMANIA", Actor1CountryCode="ROM", Actor1Type1Code="GOV",
                Actor2Code="IGOUNO", Actor2Name="UNITED NATIONS", Actor2KnownGroupCode="UNO", Actor2Type1Code="IGO",
                ActionGeo_Type="4", ActionGeo_FullName="Bucharest, Bucuresti, Romania", ActionGeo_CountryCode="RO",
                ActionGeo_Lat="44.4", ActionGeo_Long="26.1", SOURCEURL="https://example.org/ro"),
    _gdelt_line(58, "701", Actor1Code="PSEREBHMS", Actor1Name="HAMAS", Actor1CountryCode="PSE", EventCode="190",
                EventBaseCode="190", EventRootCode="19", QuadClass="4", GoldsteinScale="-10.0", IsRootEvent="0",
                SOURCEURL="https://example.org/ps"),
    _gdelt_line(57, "702", Actor1Code="USAGOV", Actor1CountryCode="USA", Actor1Name="UNITED STATES"),
]  # fmt: skip
GDELT_BAD = [
    _gdelt_line(61, "703", SQLDATE="2016-07-28"),
    _gdelt_line(61, "704", EventCode="777", EventBaseCode="777", EventRootCode="77"),
    "705\tnot\tenough",
]


def _write(path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _events(store) -> dict[str, dict]:
    return {r["event_id"]: r for r in store.events()}


def test_icews_rows_become_events_with_cameo_actor_codes(tmp_path):
    path = _write(tmp_path / "icews.tab", [ICEWS_HEADER, *ICEWS_ROWS])
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [path], format="icews")
        events = _events(store)
    assert (summary.read, summary.added, summary.bad) == (3, 3, 0)
    consult = events["icews:101"]
    assert (consult["source"]["code"], consult["target"]["code"]) == ("VNMMIL", "BGDGOV")
    assert consult["article_id"] == "icews:900" and consult["sentence_index"] == 2
    assert consult["date"] == "2018-06-01" and consult["cameo"]["code"] == "040"
    assert consult["location"] == {"name": "Hanoi, Thanh Pho Ha Noi, Vietnam", "country": "VNM", "lat": 21.0245,
                                   "lon": 105.841}  # fmt: skip
    assert "Consult" in consult["sentence"] and "101" in consult["sentence"] and consult["rule"] == "import:icews"
    criticise = events["icews:102"]
    assert (criticise["source"]["code"], criticise["target"]["code"]) == ("IGOUNO", "RUS")
    assert criticise["cameo"]["goldstein"] == -2.5 and criticise["plover"]["event"] == "ACCUSE"
    protest = events["icews:103"]
    assert (protest["source"]["code"], protest["target"]["code"]) == ("AFRCVL", "KENCOP")
    # ICEWS carries no quad class: it comes from the codebook (the Intensity is kept as the Goldstein value)
    assert protest["cameo"]["quad_class"] == Codebook.load().cameo("141").quad_class
    assert protest["cameo"]["goldstein"] == -6.5


def test_icews_bad_rows_are_reported_with_file_and_line_and_the_rest_imported(tmp_path):
    path = _write(tmp_path / "icews.tab", [ICEWS_HEADER, ICEWS_ROWS[0], *ICEWS_BAD, ICEWS_ROWS[1]])
    errors = []
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [path], on_error=errors.append)
        assert set(_events(store)) == {"icews:101", "icews:102"}
    assert summary.bad == 3 and not summary.ok
    messages = [str(e) for e in errors]
    assert messages[0].startswith(f"{path}:3: ") and "not a date" in messages[0]
    assert messages[1].startswith(f"{path}:4: ") and "'999'" in messages[1]
    assert messages[2].startswith(f"{path}:5: ") and "fields" in messages[2]


def test_a_file_without_the_icews_header_is_refused_whole(tmp_path):
    path = _write(tmp_path / "icews.tab", ["id\tdate", "1\t2018-01-01"])
    errors = []
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [path], format="icews", on_error=errors.append)
        assert store.count("events") == 0
    assert summary.bad == 1 and "not an ICEWS header" in str(errors[0])


def test_rerunning_an_import_adds_nothing(tmp_path):
    icews = _write(tmp_path / "icews.tab", [ICEWS_HEADER, *ICEWS_ROWS])
    gdelt = _write(tmp_path / "gdelt.tsv", GDELT_ROWS)
    with open_store(str(tmp_path / "e.duckdb")) as store:
        first = import_files(store, [icews, gdelt])
        second = import_files(store, [icews, gdelt])
        assert store.count("events") == 6
    assert (first.added, second.read, second.added) == (6, 6, 0)


def test_gdelt_lines_of_both_versions_become_events(tmp_path):
    path = _write(tmp_path / "gdelt.tsv", GDELT_ROWS)
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [path], format="gdelt")
        events = _events(store)
    assert (summary.read, summary.added) == (3, 3)
    v2 = events["gdelt:700"]
    assert (v2["source"]["code"], v2["source"]["country"], v2["source"]["sectors"]) == ("ROUGOV", "ROU", ["GOV"])
    assert v2["target"]["code"] == "IGOUNO" and v2["article_id"] == "gdelt:https://example.org/ro"
    assert v2["cameo"] == {"code": "0231", "root": "02", "name": v2["cameo"]["name"], "goldstein": 3.4, "quad_class": 1}
    assert v2["location"] == {"name": "Bucharest, Bucuresti, Romania", "country": "ROU", "lat": 44.4, "lon": 26.1}
    assert v2["date"] == "2016-07-28" and v2["sentence_index"] == 0
    v1 = events["gdelt:701"]
    assert v1["source"]["code"] == "PSEREBHMS" and v1["target"] is None and v1["cameo"]["goldstein"] == -10.0
    assert v1["sentence_index"] == 1 and v1["location"] is None
    backfile = events["gdelt:702"]
    assert backfile["article_id"] == "gdelt:702" and backfile["source"]["code"] == "USAGOV"


def test_gdelt_bad_lines_are_reported_and_the_rest_imported(tmp_path):
    path = _write(tmp_path / "gdelt.tsv", [GDELT_ROWS[0], *GDELT_BAD, GDELT_ROWS[1]])
    errors = []
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [path], on_error=errors.append)
        assert store.count("events") == 2
    assert summary.bad == 3
    assert [str(e).split(": ")[0] for e in errors] == [f"{path}:{n}" for n in (2, 3, 4)]
    assert "SQLDATE" in str(errors[0]) and "'777'" in str(errors[1]) and "57, 58 or 61" in str(errors[2])


def test_compressed_files_import_like_plain_ones(tmp_path):
    text = "\n".join([ICEWS_HEADER, *ICEWS_ROWS]) + "\n"
    gz = tmp_path / "icews.tab.gz"
    gz.write_bytes(gzip.compress(text.encode("utf-8")))
    archive = tmp_path / "gdelt.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("20160728.export.CSV", "\n".join(GDELT_ROWS) + "\n")
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [gz, archive])
    assert (summary.files, summary.added, summary.bad) == (2, 6, 0)


def test_imports_are_written_in_batches_of_the_given_size(tmp_path):
    path = _write(tmp_path / "icews.tab", [ICEWS_HEADER, *ICEWS_ROWS])
    batches: list[int] = []
    with open_store(str(tmp_path / "e.duckdb")) as store:
        add_events = store.add_events

        def counted(rows):
            rows = list(rows)
            batches.append(len(rows))
            return add_events(rows)

        store.add_events = counted  # type: ignore[method-assign]
        summary = import_files(store, [path], batch_size=2)
        assert store.count("events") == 3
    assert batches == [2, 1] and summary.added == 3


def test_import_command_reports_bad_rows_and_exits_non_zero(tmp_path, capsys):
    good = _write(tmp_path / "icews.tab", [ICEWS_HEADER, *ICEWS_ROWS, ICEWS_BAD[0]])
    missing = str(tmp_path / "missing.tab")
    db = str(tmp_path / "e.duckdb")
    code = main(["import", "--format", "icews", good, missing, "--db", db, "--batch-size", "2"])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{good}:5:" in err and f"{missing}:" in err and "Traceback" not in err
    assert "3 new" in out
    assert main(["import", good, "--db", db]) == 1 and "0 new" in capsys.readouterr().out


def test_import_command_exits_zero_when_every_row_is_read(tmp_path, capsys):
    path = _write(tmp_path / "gdelt.tsv", GDELT_ROWS)
    assert main(["import", path, "--db", str(tmp_path / "e.duckdb")]) == 0
    assert "3 new" in capsys.readouterr().out


# --- the shared samples (skipped when ../shared is absent) -------------------------------------------------


def test_the_shared_icews_sample_imports_whole_and_once(tmp_path):
    sample = shared_path("data", "icews_events_2018_sample.tab")
    expected = len(pd.read_csv(sample, sep="\t", dtype=str))
    with open_store(str(tmp_path / "e.duckdb")) as store:
        first = import_files(store, [sample], format="icews")
        again = import_files(store, [sample], format="icews")
        coded = store.query("SELECT count(*) FROM events WHERE source_code IS NOT NULL").scalar()
    assert (first.read, first.added, first.bad) == (expected, expected, 0)
    assert again.added == 0
    assert coded / expected > 0.99


def test_the_shared_gdelt_samples_import_and_mentions_files_are_refused(tmp_path):
    folder = shared_path("data", "gdelt")
    v1, v2 = folder / "gdelt1_daily_export_20160728_sample710.tsv", folder / "gdelt2_events_sample100.csv"
    errors = []
    with open_store(str(tmp_path / "e.duckdb")) as store:
        summary = import_files(store, [v1, v2, folder / "gdelt2_mentions_sample100.csv"], on_error=errors.append)
        ids = {int(i.removeprefix("gdelt:")) for (i,) in store.query("SELECT event_id FROM events").rows}
    lines = {int(line.split("\t")[0]) for p in (v1, v2) for line in p.read_text(encoding="utf-8").splitlines()}
    assert ids == lines and summary.added == len(lines)
    assert len(errors) == 1 and "mentions file" in str(errors[0])


def test_imported_icews_events_are_readable_and_export_to_every_format(tmp_path):
    sample = shared_path("data", "icews_events_2018_sample.tab")
    with open_store(str(tmp_path / "e.duckdb")) as store:
        import_files(store, [sample])
        records = list(store.events())
        outputs = {}
        for fmt in ("jsonl", "csv", "parquet", "gdelt", "plover"):
            outputs[fmt] = export_store(store, fmt, tmp_path / f"icews.{fmt}", unit="mentions")
    assert len(records) == 3705
    assert all(r["cameo"]["code"] and r["date"] and r["sentence"] for r in records)
    assert sum(1 for r in records if r["location"] and r["location"]["lat"] is not None) > 3600
    assert outputs["jsonl"].written == outputs["csv"].written == outputs["parquet"].written == 3705
    assert outputs["gdelt"].written == 3705 and outputs["gdelt"].skipped == 0
    names = [name for name, _ in gdelt_columns("2.0")]
    frame = pd.read_csv(tmp_path / "icews.gdelt", sep="\t", header=None, names=names, dtype={"EventCode": str})
    assert frame.shape == (3705, 61) and frame["GLOBALEVENTID"].is_unique
    by_id = {r["event_id"]: r for r in records}
    first = json.loads((tmp_path / "icews.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first == by_id[first["event_id"]]
    assert set(frame["EventCode"]) == {r["cameo"]["code"] for r in records}
    assert frame["SQLDATE"].min() >= 20180101 and dt.date(2018, 1, 1).year == frame["Year"].min()
