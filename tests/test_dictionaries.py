"""Legacy dictionary import, the user dictionary format, and user dictionaries at run time (no model, except
the tests marked spacy)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from eventscribe import Article, Pipeline
from eventscribe.actors.kb import load_kb
from eventscribe.dictionaries import import_legacy, read_dictionaries, read_dictionary, write_import
from eventscribe.dictionaries.runtime import build_classifier, build_knowledge_base, load
from eventscribe.dictionaries.verbs import lemma_candidates
from eventscribe.errors import DataError
from eventscribe.events.frame import VerbFrame

ACTORS = """\
<!-- a header line in PETRARCH markup -->
ARNOR_  [ARN]
+ARNORIAN
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
THE_SHIRE  [FRO/BIL]
BOROMIR  [---]
ITHILEN TELEVISION  [ithtv]
"""
AGENTS = """\
!MINST! = MINISTER, MINISTRY
FOREIGN_MINISTER [~GOVFRM]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
!MINST!_OF_SILLY_WALKS [~GOV]
MSF {}  [NGO~]
"""
VERBS = """\
&TIETYPES
+MILITARY
+ECONOMIC

--- RESTORE  [064]  ---
RESTORE
- * &TIETYPES TIES [062]
- SAID * TIES [061]
- % * [036:036]
- * FXLL DIPLOMATIC  [+++]

--- LEFT  [032:033]  ---
LEFT

--- CALLED  [010] ---
CALLED
- * FOR_CEASEFIRE  [014]
- *_ON [020]
"""


@pytest.fixture
def legacy(tmp_path: Path) -> dict[str, Path]:
    files = {"actors": ACTORS, "agents": AGENTS, "verbs": VERBS, "discards": "BASEBALL\n+TYPHOON  # story\n"}
    out = {}
    for kind, text in files.items():
        out[kind] = tmp_path / f"test.{kind}.txt"
        out[kind].write_text(text, encoding="utf-8")
    return out


@pytest.fixture
def imported(legacy: dict[str, Path], tmp_path: Path) -> Path:
    result = import_legacy(**{k: [v] for k, v in legacy.items()})
    write_import(result, tmp_path / "dicts")
    return tmp_path / "dicts"


def _by_name(dicts: Path) -> dict[str, dict]:
    data = yaml.safe_load((dicts / "actors.yaml").read_text())
    return {a["names"][0]: a for a in data["actors"]}


def test_import_keeps_synonyms_and_dated_codes(imported):
    actors = _by_name(imported)
    assert actors["ARNOR"]["names"] == ["ARNOR", "ARNORIAN"]
    gollum = actors["GOLLUM"]
    assert gollum["names"] == ["GOLLUM", "SMEAGOL"]
    assert gollum["kind"] == "person"
    assert gollum["codes"] == [
        {"code": "HOB", "end": "1995-06-01"},
        {"code": "HOBGOV", "start": "1995-06-01", "end": "1999-08-15"},
        {"code": "HOBREB", "start": "1999-08-16"},
    ]


def test_import_keeps_every_code_of_a_compound_entry_and_upper_cases_codes(imported):
    actors = _by_name(imported)
    assert [c["code"] for c in actors["THE SHIRE"]["codes"]] == ["FRO", "BIL"]
    assert actors["ITHILEN TELEVISION"]["codes"] == [{"code": "ITHTV"}]
    assert "BOROMIR" not in actors  # its only code is the null code ---


def test_import_expands_agent_sets_plurals_and_marks_prefix_codes(imported):
    agents = {a["word"]: a for a in yaml.safe_load((imported / "agents.yaml").read_text())["agents"]}
    assert agents["FOREIGN MINISTER"]["code"] == "GOVFRM" and agents["FOREIGN MINISTERS"]["code"] == "GOVFRM"
    assert agents["GOLDEN GEESE"]["code"] == "GGS" and "GOLDEN GOOSES" not in agents
    assert {"MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"} <= set(agents)
    assert agents["MSF"] == {"word": "MSF", "code": "NGO", "prefix": True} and "MSFS" not in agents


def test_import_expands_synsets_and_reads_bare_prepositions_and_paired_codes(imported):
    data = yaml.safe_load((imported / "verbs.yaml").read_text())
    patterns = {(tuple(p["verbs"]), tuple(p["object"]), tuple(p["prep"] or ())): p for p in data["patterns"]}
    assert patterns[(("restore",), ("military", "tie"), ())]["code"] == "062"  # "ties": the lemma "tie"
    assert patterns[(("restore",), ("economic", "tie"), ())]["code"] == "062"
    assert patterns[(("call", "calle"), (), ("for", "ceasefire"))]["code"] == "014"
    assert patterns[(("call", "calle"), (), ("on",))]["code"] == "020"
    verbs = {v["lemma"]: v for v in data["verbs"]}
    assert verbs["leave"] == {"lemma": "leave", "particle": "", "form": "left", "code": "032", "paired": "033"}
    # words before the verb ("SAID * TIES") are kept as such; a test-only code (+++) is dropped
    said = [p for p in data["patterns"] if p["code"] == "061"]
    assert [(p["before"], p["object"]) for p in said] == [(["said"], ["tie"])]
    assert not any("fxll" in p["object"] for p in data["patterns"])
    # "%": the pattern holds for a compound subject only
    assert [p for p in data["patterns"] if p["code"] == "036"] == [
        {"verbs": ["restore"], "object": [], "prep": None, "compound": True, "code": "036", "paired": "036"}
    ]


def test_import_reports_what_it_dropped(legacy):
    report = import_legacy(verbs=[legacy["verbs"]], actors=[legacy["actors"]]).report
    assert report["verbs: pattern lines with words before the verb"] == 2  # SAID * and % *
    assert report["verbs: dropped: pattern code not in the codebook (--- or unknown)"] == 1
    assert report["actors: codes dropped (bad code)"] == 1


def test_discards_keep_story_marks(imported):
    discards = yaml.safe_load((imported / "discards.yaml").read_text())["discards"]
    assert discards == [{"phrase": "BASEBALL", "story": False}, {"phrase": "TYPHOON", "story": True}]


def test_imported_directory_reads_back_as_checked_dictionaries(imported):
    dictionaries = read_dictionaries([imported])
    assert [Path(d.source).name for d in dictionaries] == ["actors.yaml", "agents.yaml", "discards.yaml", "verbs.yaml"]


@pytest.mark.parametrize(
    ("word", "lemmas"),
    [("left", ["leave"]), ("said", ["say"]), ("eased", ["eas", "ease"]), ("stopped", ["stop"]),
     ("denied", ["deny"]), ("says", ["say"]), ("restore", ["restore"]), ("need", ["need"])],
)  # fmt: skip
def test_inflected_verb_forms_give_their_lemmas(word, lemmas):
    assert lemma_candidates(word) == lemmas


# -- the user dictionary format ---------------------------------------------------------------------


def _write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors:\n  - {names: [X], codes: [{code: bad}]}\n", "actors[1]"),
        ("actors:\n  - {names: [X], codes: [{code: ABC, start: 2020-13-01}]}\n", "not an ISO date"),
        ("verbs:\n  - {lemma: meet, code: 064}\n", 'quote codes such as "064"'),
        ("patterns:\n  - {verbs: [meet], code: '031'}\n", "object words, a preposition group or words before"),
        ("agents:\n  - {word: chief}\n", "agents[1]"),
        ("people: []\n", "unknown section"),
        ("actors: [\n", "not valid YAML"),
    ],
)
def test_bad_user_dictionaries_are_refused_naming_file_and_entry(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(DataError) as err:
        read_dictionary(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_csv_dictionary_gives_dated_actors_and_role_words(tmp_path):
    path = _write(
        tmp_path,
        "name,code,start,end,kind\nJane Roe,ZZZGOV,2020-01-01,2021-12-31,person\nJane Roe,ZZZ,,,person\n"
        "chief whip,LEG,,,agent\n",
        "user.csv",
    )
    d = read_dictionary(path)
    assert d.actors[0]["names"] == ["JANE ROE"] and len(d.actors[0]["codes"]) == 2
    assert d.agents == ({"word": "CHIEF WHIP", "code": "LEG"},)
    kb = build_knowledge_base([d])
    assert kb.code_for(("JANE", "ROE"), dt.date(2020, 6, 1)) == "ZZZGOV"
    assert kb.code_for(("JANE", "ROE"), dt.date(2023, 6, 1)) == "ZZZ"


# -- at run time --------------------------------------------------------------------------------------

USER = """\
eventscribe_dictionary: 1
actors:
  - names: [Hassan Rouhani]
    kind: person
    codes: [{code: ZZZGOV}]
  - names: [Arnor]
    codes: [{code: ARN}]
agents:
  - {word: wizard, code: SPY}
verbs:
  - {lemma: befriend, particle: "", code: "051"}
patterns:
  - {verbs: [restore], object: [diplomatic, tie], prep: null, code: "064"}
"""


def test_user_actors_add_to_and_override_the_packaged_knowledge_base(tmp_path):
    kb = build_knowledge_base(load([_write(tmp_path, USER)]))
    date = dt.date(2015, 1, 1)
    assert load_kb().code_for(("HASSAN", "ROUHANI"), date) == "IRNGOV"
    assert kb.code_for(("HASSAN", "ROUHANI"), date) == "ZZZGOV"
    assert kb.code_for(("ARNOR",), date) == "ARN"
    assert kb.code_for(("WIZARD",), date) == "SPY"
    assert kb.code_for(("IRAN",), date) == "IRN"  # the packaged entries are still there
    assert load_kb().code_for(("ARNOR",), date) is None  # and the packaged base is unchanged


def test_only_the_user_dictionaries_when_packaged_ones_are_off(tmp_path):
    dictionaries = load([_write(tmp_path, USER)])
    kb = build_knowledge_base(dictionaries, packaged=False)
    assert kb.code_for(("ARNOR",)) == "ARN" and kb.code_for(("IRAN",)) is None
    classifier = build_classifier(dictionaries, packaged=False)
    assert classifier.classify(VerbFrame("attack", objects=("village",))) is None
    assert classifier.classify(VerbFrame("befriend")).code == "051"


def test_user_verbs_and_patterns_code_frames_before_the_packaged_rules(tmp_path):
    classifier = build_classifier(load([_write(tmp_path, USER)]))
    frame = VerbFrame("restore", objects=("tie", "diplomatic"), preps=(("with", "gondor"),))
    assert classifier.classify(frame).code == "064"
    assert classifier.classify(VerbFrame("befriend")).code == "051"
    assert classifier.classify(VerbFrame("attack", objects=("village",))).code.startswith("19")


def test_a_later_dictionary_overrides_an_earlier_one(tmp_path):
    first = _write(tmp_path, USER, "a.yaml")
    second = _write(tmp_path, "verbs:\n  - {lemma: befriend, particle: '', code: '042'}\n", "b.yaml")
    assert build_classifier(load([first, second])).classify(VerbFrame("befriend")).code == "042"
    assert build_classifier(load([second, first])).classify(VerbFrame("befriend")).code == "051"


def test_a_verb_form_entry_beside_its_base_entry_is_kept_apart(tmp_path):
    from eventscribe.dictionaries.coder import form_codes
    from eventscribe.dictionaries.runtime import rules_of

    path = _write(
        tmp_path,
        "verbs:\n  - {lemma: leave, particle: '', code: '012'}\n"
        "  - {lemma: leave, form: left, particle: '', code: '032', paired: '033'}\n"
        "  - {lemma: say, form: said, particle: '', code: '023'}\n",
    )
    dictionaries = load([path])
    assert form_codes(dictionaries)[("leave", "left")] == "032"
    bare = {(r.verbs, r.code) for r in rules_of(dictionaries)}
    assert bare == {(("leave",), "012"), (("say",), "023")}  # "said" alone stands for every form of "say"


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [("ARNNGO", "MSF Arnor", "NGOARN"), ("ARNGOV", "an MSF Arnor diplomat", "NGOARNGOV"), ("ARN", "MSF Arnor", "NGOARN"),
     ("ARNGOV", "Arnor diplomat", "ARNGOV"), ("NGO", "MSF", "NGO")],
)  # fmt: skip
def test_prefix_role_words_put_their_code_in_front(tmp_path, code, text, expected):
    from eventscribe.dictionaries.coder import Extras
    from eventscribe.model import Actor

    path = _write(tmp_path, "agents:\n  - {word: MSF, code: NGO, prefix: true}\n")
    extras = Extras.of(load([path]), literal=True)
    assert extras.prefixed(Actor(code, "Arnor", code[:3], (), text)).code == expected


# -- the command ----------------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventscribe.cli", *args], capture_output=True, text=True, timeout=120)


def test_dictionaries_import_and_check_commands(legacy, tmp_path):
    out = tmp_path / "out"
    result = _cli("dictionaries", "import", "--actors", str(legacy["actors"]), "--verbs", str(legacy["verbs"]),
                  "--output", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "actors: kept" in result.stderr and sorted(p.name for p in out.iterdir()) == ["actors.yaml", "verbs.yaml"]
    checked = _cli("dictionaries", "check", str(out))
    assert checked.returncode == 0 and "actors.yaml: ok" in checked.stdout


def test_dictionaries_check_names_a_bad_file_without_a_traceback(tmp_path):
    path = _write(tmp_path, "verbs:\n  - {lemma: meet, code: '999'}\n")
    result = _cli("dictionaries", "check", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr and "Traceback" not in result.stderr


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    result = _cli("dictionaries", "import", "--actors", str(tmp_path / "nope.txt"), "--output", str(tmp_path / "o"))
    assert result.returncode == 2 and "nope.txt: no such actor dictionary file" in result.stderr


MARKED_VERBS = """\
--- CELEBRATE  [181] ---
CELEBRATE
- + HOSTING * MAY_DAY  $ [046]
- * IFTAR AT ^ ^ +  [044]
- * EID AT ^ WITH +  [043]
- * (FOR PEACE) (WITH &ELVES)  [042]

--- EXCLUDE  [1721] ---
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF }

--- CONFISCATE  [1711] ---
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]
"""


def _import_verbs(tmp_path: Path, text: str) -> dict:
    path = _write(tmp_path, text, "marked.verbs.txt")
    write_import(import_legacy(verbs=[path]), tmp_path / "dicts")
    return yaml.safe_load((tmp_path / "dicts" / "verbs.yaml").read_text())


def test_import_keeps_where_patterns_put_source_and_target_with_skips(tmp_path):
    patterns = {p["code"]: p for p in _import_verbs(tmp_path, MARKED_VERBS)["patterns"]}
    hosting = patterns["046"]
    assert hosting["before"] == ["hosting"] and hosting["object"] == ["may", "day"]
    assert hosting["source"] == {"after": "day"}  # "$" after MAY_DAY: the first actor after "day"
    assert hosting["target"] == {"before": "hosting"}  # "+" before HOSTING: the nearest actor before it
    assert patterns["044"]["target"] == {"after": "at", "skip": 2}  # each "^" skips one actor
    assert "source" not in patterns["044"]
    assert patterns["081"]["before"] == ["will", "not"]  # a negation pattern


def test_import_keeps_inflection_lists_and_marked_verb_phrases(tmp_path):
    verbs = {(v["lemma"], v["particle"]): v for v in _import_verbs(tmp_path, MARKED_VERBS)["verbs"]}
    assert verbs[("cordon", "off")]["forms"] == ["cordoned", "cordons"]
    assert verbs[("tap", "")]["forms"] == ["tapped", "tapping"]
    assert verbs[("tap", "")]["phrase"] == ["wire", "tap"]
    assert "phrase" not in verbs[("cordon", "off")]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{verbs: [warn], object: [], prep: [at], target: {after: ''}, code: '162'}", "{after: WORD}"),
        ("{verbs: [warn], object: [], prep: [at], target: {near: at}, code: '162'}", "{after: WORD}"),
        ("{verbs: [warn], object: [], prep: [at], source: {after: at, skip: -1}, code: '162'}", "'skip'"),
    ],
)
def test_bad_pattern_roles_are_refused(tmp_path, entry, message):
    path = _write(tmp_path, f"patterns:\n  - {entry}\n")
    with pytest.raises(DataError) as err:
        read_dictionary(path)
    assert "patterns[1]" in str(err.value) and message in str(err.value)


def test_a_verb_phrase_must_contain_its_lemma(tmp_path):
    path = _write(tmp_path, "verbs:\n  - {lemma: tap, phrase: [wire, taps], code: '1711'}\n")
    with pytest.raises(DataError, match="must contain the lemma"):
        read_dictionary(path)


def test_import_keeps_preposition_groups_after_the_first(tmp_path):
    patterns = {
        p["code"]: p for p in _import_verbs(tmp_path, "&ELVES\n+ELROND\n+GALADRIEL\n" + MARKED_VERBS)["patterns"]
    }
    assert patterns["043"]["prep"] == ["at"] and patterns["043"]["more_preps"] == [["with"]]
    assert patterns["043"]["target"] == {"after": "with"}
    assert patterns["042"]["prep"] == ["for", "peace"] and "more_preps" not in patterns["042"]  # a synset


@pytest.mark.spacy
def test_a_pattern_with_more_preposition_groups_needs_each_of_them(tmp_path):
    text = (
        "actors:\n  - {names: [ARNOR], codes: [{code: ARN}]}\n  - {names: [GONDOR], codes: [{code: GON}]}\n"
        "  - {names: [OSGILIATH], codes: [{code: OSG}]}\n"
        "verbs:\n  - {lemma: celebrate, particle: '', code: '181'}\n"
        "patterns:\n  - {verbs: [celebrate], object: [eid], prep: [at], more_preps: [[with]],"
        " target: {after: with}, code: '043'}\n"
    )
    pipeline = Pipeline(dictionaries=[_write(tmp_path, text)], packaged_dictionaries=False)

    def coded(sentence: str) -> set[tuple[str, str, str]]:
        events = pipeline.code(Article(id="a", text=sentence, date=dt.date(2020, 1, 1))).events
        return {(e.source.code, e.target.code, e.cameo.code) for e in events if e.source and e.target}

    assert coded("Arnor celebrated Eid at Osgiliath with Gondor.") == {("ARN", "GON", "043")}
    assert coded("Arnor celebrated Eid at Osgiliath.") == {("ARN", "OSG", "181")}  # no "with": the verb's code


def test_a_block_header_with_no_space_before_its_dashes_starts_a_block(tmp_path):
    """CAMEO.2.0.txt writes four headers as "---  DELAY   [120]---  ---": each starts a block of its own,
    so its verbs and patterns are not taken into the block before it (delay was once coded 112)."""
    from eventscribe.dictionaries.verbs import convert

    text = (
        "####### VERB PATTERNS\n--- ACCUSE   [112] ---\nACCUSE\n- * SPYING  [112]\n\n"
        "---  DELAY   [120]---  ---\nPOSTPONE\n- * TALKS  [161]\n"
    )
    path = _write(tmp_path, text, "cameo.verbs.txt")
    converted = convert(path, {"112", "120", "161"})
    assert {v["lemma"]: v["code"] for v in converted.verbs} == {"accuse": "112", "postpone": "120"}
    talks = next(p for p in converted.patterns if p["code"] == "161")
    assert talks["verbs"] == ["postpone"]
