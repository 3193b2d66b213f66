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

    .venv/bin/python benchmarks/resolve_accuracy.py [--gold PATH] [--errors dev]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from _shared import shared_dir

from eventscribe.actors import ActorResolver
from eventscribe.actors.records import MentionRecord, resolve_mention
from eventscribe.evaluate import split_of
from eventscribe.places import Gazetteer

FUNCTIONS = ("agent_to_code", "search_nat", "short_text_to_agent", "trf_agent_match")


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if value.lower() == "today":
        return dt.date.today()
    for fmt in ("%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        raw = json.loads(line)
        if raw["function"] not in FUNCTIONS:
            continue
        expect = raw["expect"]
        inputs = [*raw["input"], "", ""]
        case = {"id": f"{raw['test']}#{number}", "text": inputs[0], "context": inputs[1], "date": _date(inputs[2])}
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


def actor_figures(gold: Path, errors: str | None = None) -> None:
    """Print country and sector accuracy per split (and the misses of split ``errors``)."""
    resolver = ActorResolver()
    places = Gazetteer.load()
    cases = load_cases(gold)
    rows = []
    for case in cases:
        record = MentionRecord(case["id"], case["text"], case["context"] or None, case["date"])
        rows.append((case, resolve_mention(resolver, record, places)))
    print(f"gold: {gold}")
    print(f"{'split':6} {'n':>4} {'country':>8} {'n':>4} {'sector':>8}")
    for split in ("dev", "test", "all"):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(shared_dir() / "gold" / "actor_resolution_dev.jsonl"))
    parser.add_argument("--errors", choices=("dev", "test", "all"), help="also list the misses of this split")
    args = parser.parse_args()
    actor_figures(Path(args.gold), args.errors)


if __name__ == "__main__":
    main()
