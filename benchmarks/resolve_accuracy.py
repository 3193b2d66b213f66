"""Actor resolution accuracy on the NGEC actor cases (``gold/actor_resolution_dev.jsonl``), per split.

Each case whose expectation names a country or a first role code is resolved through
:func:`eventscribe.actors.records.resolve_mention` (what ``eventscribe resolve`` does). Its id is the test
name and its line number, and the dev/test split is the hash of that id
(:func:`eventscribe.evaluate.split_of`): "dev" may be tuned on, "test" never is.

* country accuracy: the expected country ("" when no political actor is named) against ours. NGEC names
  the UN and the EU as countries (UNO, EUR) and other international bodies IGO; our codes say IGOUNO…,
  IGOEUR…, so an IGO code compares by its second chunk when NGEC expects UNO or EUR; NGEC's XKX is our KSV.
  NGEC gives international NGOs no country ("Red Crescent Society": ""); our NGO… code compares as "" there.
* sector accuracy: over cases that expect a first role code, whether it is among our sectors' first.
  NGEC's UNK (role unknown) and JNK (not an actor) expect no sector at all.

With ``--gaps N`` it also parses a fixed sample of the news corpora (AG News World rows, BBC politics,
Reuters-21578), resolves every PERSON, ORG, NORP and GPE entity with its sentence as context and the
article's date, and lists the N most frequent mentions that resolve to nothing (or, for a PERSON or an
ORG, to a bare country): the coverage gaps that news in general hits.

    .venv/bin/python benchmarks/resolve_accuracy.py [--gold PATH] [--split dev|both] [--errors dev] [--gaps N]
        [--today YYYY-MM-DD|run]

A case with no date, or the date "today", is resolved as of 2022-07-01 (``NGEC_TODAY``), when NGEC's
expectations were written, not as of the run date: "Trump" with no date is ELI there, as NGEC expects.

By default only the dev half's figures are printed, so that tuning never shows the held-out figure;
``--split both`` (or ``benchmarks/accuracy.py``) prints the held-out half too, to report it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _shared import shared_dir

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.evaluate import split_of
from eventscribe.places import Gazetteer

FUNCTIONS = ("agent_to_code", "search_nat", "short_text_to_agent", "trf_agent_match")


#: The day NGEC's expectations hold for a case with no date or the date "today": the tests were written
#: in 2022 (the latest date they give is 2022-02-01), and a person's role is the one they held then, not on
#: the day this harness runs (who left office since would count as wrong). ``--today run`` uses the run date.
NGEC_TODAY = dt.date(2022, 7, 1)


def _date(value: str, today: dt.date = NGEC_TODAY) -> dt.date | None:
    value = value.strip()
    if not value or value.lower() == "today":
        return today
    for fmt in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def load_cases(path: Path, today: dt.date = NGEC_TODAY) -> list[dict[str, Any]]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        raw = json.loads(line)
        if raw["function"] not in FUNCTIONS:
            continue
        expect = raw["expect"]
        inputs = [*raw["input"], "", ""]
        case = {
            "id": f"{raw['test']}#{number}",
            "text": inputs[0],
            "context": inputs[1],
            "date": _date(inputs[2], today),
        }
        if "cc" in expect or "country" in expect:
            case["country"] = expect.get("cc", expect.get("country")) or ""
        if any(v is None and k.startswith("code") for k, v in expect.items()):
            case["country"] = ""  # "a cat", "puppies": no actor at all
        first = expect.get("code_1")
        if isinstance(first, str) and first:
            case["sector"] = (first,)
        elif isinstance(expect.get("code_1 (In)"), list):
            case["sector"] = tuple(expect["code_1 (In)"])
        if "country" in case or "sector" in case:
            cases.append(case)
    return cases


#: NGEC writes Kosovo as XKX; CAMEO (and we) as KSV.
SAME_COUNTRY = {"KSV": "XKX"}


def our_country(answer: dict[str, Any], expected: str) -> str:
    code = answer["code"]
    if SAME_COUNTRY.get(answer["country"]) == expected:
        return expected
    if code.startswith("IGO") and expected in ("UNO", "EUR", "IGO"):
        return code[3:6] if expected != "IGO" else "IGO"
    if code.startswith("NGO") and expected == "":
        return ""
    return answer["country"]


#: NGEC role codes that say "no role": unknown, or not an actor.
NO_ROLE = ("UNK", "JNK")


def sector_ok(answer: dict[str, Any], expected: tuple[str, ...]) -> bool:
    if answer["sectors"]:
        return answer["sectors"][0] in expected
    return any(code in NO_ROLE for code in expected)


def actor_figures(
    gold: Path,
    errors: str | None = None,
    splits: tuple[str, ...] = ("dev", "test", "all"),
    today: dt.date = NGEC_TODAY,
) -> None:
    """Print country and sector accuracy per split (and the misses of split ``errors``); ``today`` is the
    date of the cases that give none or "today"."""
    resolver = ActorResolver()
    places = Gazetteer.load()
    cases = load_cases(gold, today)
    rows = []
    for case in cases:
        record = MentionRecord(case["id"], case["text"], case["context"] or None, case["date"])
        rows.append((case, resolve_mention(resolver, record, places)))
    print(f"gold: {gold} (cases with no date, or 'today', as of {today})")
    print(f"{'split':6} {'n':>4} {'country':>8} {'n':>4} {'sector':>8}")
    for split in splits:
        part = [(c, a) for c, a in rows if split == "all" or split_of(c["id"]) == split]
        countries = [(c, a) for c, a in part if "country" in c]
        sectors = [(c, a) for c, a in part if "sector" in c]
        c_ok = sum(our_country(a, c["country"]) == c["country"] for c, a in countries)
        s_ok = sum(sector_ok(a, c["sector"]) for c, a in sectors)
        print(
            f"{split:6} {len(countries):4d} {c_ok / max(1, len(countries)):8.3f} "
            f"{len(sectors):4d} {s_ok / max(1, len(sectors)):8.3f}"
        )
    if errors:
        for case, answer in rows:
            if errors != "all" and split_of(case["id"]) != errors:
                continue
            bad_country = "country" in case and our_country(answer, case["country"]) != case["country"]
            bad_sector = "sector" in case and not sector_ok(answer, case["sector"])
            if bad_country or bad_sector:
                want = f"{case.get('country', '?')}/{'|'.join(case.get('sector', ('?',)))}"
                print(f"  {case['text']!r:45} ctx={case['context']!r:12} want {want:12} got {answer['code']!r}")


#: Rows of each corpus read for the gap list (the first ones, so the sample is the same every run).
GAP_SAMPLE = {"ag_news": 1500, "bbc": 417, "reuters": 800}
GAP_LABELS = ("PERSON", "ORG", "NORP", "GPE")


def _corpus_articles(corpora: Path) -> Iterator[tuple[str, dt.date]]:
    """Texts and dates of the sample: AG News World rows (2004), BBC politics (2005), Reuters (1987)."""
    with (corpora / "ag_news" / "test.csv").open(encoding="utf-8", newline="") as handle:
        world = (row for row in csv.reader(handle) if row and row[0] == "1")
        for row in itertools.islice(world, GAP_SAMPLE["ag_news"]):
            yield row[1] + ". " + row[2].replace("\\", " "), dt.date(2004, 8, 15)
    lines = (corpora / "bbc" / "bbc_politics.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[: GAP_SAMPLE["bbc"]]:
        yield json.loads(line)["text"], dt.date(2005, 1, 15)
    count = 0
    for part in sorted((corpora / "reuters21578").glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if count >= GAP_SAMPLE["reuters"] or not raw.get("body"):
                continue
            count += 1
            day = raw["date"].strip().split()[0]
            yield raw["body"], dt.datetime.strptime(day.title(), "%d-%b-%Y").date()


def _is_gap(label: str, answer: dict[str, Any]) -> bool:
    if not answer["code"]:
        return True
    return label in ("PERSON", "ORG") and answer["code"] == answer["country"]


def corpus_gaps(corpora: Path, top: int) -> None:
    """Print how many entity mentions of the sample are gaps, and the ``top`` most frequent ones."""
    import spacy

    from eventscribe.nlp.parse import choose_model

    nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
    resolver, places = ActorResolver(), Gazetteer.load()
    seen: Counter[tuple[str, str]] = Counter()
    gaps: Counter[tuple[str, str]] = Counter()
    articles = list(_corpus_articles(corpora))
    for doc, (_, date) in zip(nlp.pipe((t for t, _ in articles), batch_size=16), articles, strict=True):
        for ent in doc.ents:
            if ent.label_ not in GAP_LABELS:
                continue
            text = ent.text.strip()
            record = MentionRecord("gap", text, ent.sent.text, date)
            seen[(ent.label_, text)] += 1
            if _is_gap(ent.label_, resolve_mention(resolver, record, places)):
                gaps[(ent.label_, text)] += 1
    frequent = [key for key, n in seen.items() if n >= 3]
    print(f"corpus sample: {len(articles)} articles, {sum(seen.values())} entity mentions")
    print(f"  gaps: {sum(gaps.values())} mentions ({sum(gaps.values()) / max(1, sum(seen.values())):.3f})")
    print(
        f"  mentions seen 3+ times: {len(frequent)}, of them gaps in most uses: "
        f"{sum(gaps[k] * 2 > seen[k] for k in frequent)}"
    )
    for (label, text), n in gaps.most_common(top):
        print(f"  {n:4d}/{seen[(label, text)]:<4d} {label:6} {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(shared_dir() / "gold" / "actor_resolution_dev.jsonl"))
    parser.add_argument(
        "--split", choices=("dev", "both"), default="dev", help="figures of the dev half, or of both halves"
    )
    parser.add_argument("--errors", choices=("dev",), help="also list the dev misses (held-out ones are never listed)")
    parser.add_argument("--gaps", type=int, default=0, help="list the N most frequent unresolved corpus mentions")
    parser.add_argument(
        "--today",
        default=NGEC_TODAY.isoformat(),
        help=f"the date of cases with none or 'today': YYYY-MM-DD, or 'run' for the run date (default {NGEC_TODAY})",
    )
    args = parser.parse_args()
    today = dt.date.today() if args.today == "run" else dt.date.fromisoformat(args.today)
    splits = ("dev",) if args.split == "dev" else ("dev", "test", "all")
    actor_figures(Path(args.gold), args.errors, splits, today)
    if args.gaps:
        corpus_gaps(shared_dir() / "corpora", args.gaps)


if __name__ == "__main__":
    main()
