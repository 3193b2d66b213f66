"""Event recall without losing precision: event F1 and coverage on the tuning sets, per split.

1. PETRARCH-2 real-world set (petrarch2_gsr_realworld.jsonl): P/R/F1 at country + CAMEO prefix ("code",
   the gold file's prefixes as they are) and at country + CAMEO root ("root").
2. CAMEO-manual examples (plover_gsr_cameo_manual.jsonl, the records whose events carry CAMEO codes;
   events without a code are optional): the same two levels.
3. Penta-class sentences (quadclass_train.tsv; every one reports an event of its class): the share of
   sentences with at least one event, and the share whose most confident event has the sentence's class.
4. ACLED-style snippets (case2021_task2_subtypes.tsv): for protests (CAMEO 14) and for violence (assault
   and fighting, 18-20), the share of snippets with an event of that kind, and with any event.
5. Hand-coded real corpus sentences (benchmarks/data/corpus_events.jsonl, or ``--corpus PATH``): P/R/F1
   as for set 1; skipped when the file is absent.

``--errors dev`` lists the dev misses and false events (at country + CAMEO root) of sets 1, 2 and 5 (sentence, gold, ours) and the
dev sentences of sets 3 and 4 that got no event (or none of the right kind). Only the dev split is ever
listed: held-out sentences are never printed.

    .venv/bin/python benchmarks/event_recall.py [--split dev|test|both] [--errors dev]
        [--only petrarch,cameo,penta,acled,corpus] [--corpus PATH]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from _shared import shared_dir

from eventscribe.evaluate import GoldEvent, GoldRecord, load_gold, score, split_of
from eventscribe.events.learned import penta_of
from eventscribe.model import Article, Event
from eventscribe.pipeline import Pipeline

SPLITS = ["dev", "test"]
SETS = ("petrarch", "cameo", "penta", "acled", "corpus")
#: The hand-coded corpus sentences, where they live in the repository.
CORPUS = Path(__file__).resolve().parent / "data" / "corpus_events.jsonl"
#: ACLED-style subtypes whose snippets report a protest (CAMEO 14) or violence (CAMEO 18-20).
PROTEST_TYPES = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR"})
VIOLENCE_TYPES = frozenset(
    {"AIR_STRIKE", "ARMED_CLASH", "ATTACK", "ART_MISS_ATTACK", "GRENADE", "SUIC_BOMB", "REM_EXPLOS", "MOB_VIOL"}
)
PROTEST_ROOTS = frozenset({"14"})
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    label: str


def code_all(pipeline: Pipeline, items: Sequence[tuple[str, str]]) -> dict[str, tuple[Event, ...]]:
    """Events per id for (id, text) pairs (texts with no date)."""
    return {c.article.id: c.events for c in pipeline.pipe(Article(id=i, text=t) for i, t in items)}


def code_gold(pipeline: Pipeline, records: Sequence[GoldRecord]) -> dict[str, tuple[Event, ...]]:
    """Events per id for gold records, each coded with its date (actor codes depend on it)."""
    return {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}


def events_of(coded: dict[str, tuple[Event, ...]]) -> Callable[[GoldRecord], tuple[Event, ...]]:
    return lambda record: coded[record.id]


def show_event(e: Event) -> str:
    source = e.source.code if e.source else "-"
    target = e.target.code if e.target else "-"
    return f"{source} {e.cameo.code} {target} [{e.evidence.trigger}]"


def gold_f1(label: str, records: list[GoldRecord], coded: dict[str, tuple[Event, ...]], errors: str | None) -> None:
    print(f"\n== {label}")
    print(f"{'split':6} {'level':6} {'n':>4} {'gold':>5} {'ours':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name in SPLITS:
        part = [r for r in records if split(r.id) == name]
        for level, recs in (("code", part), ("root", [at_root(r) for r in part])):
            s = score(recs, events_of(coded)).root
            print(
                f"{name:6} {level:6} {len(part):4d} {s.gold:5d} {s.predicted:5d} "
                f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            )
    if errors == "dev":
        for record in records:
            if split(record.id) != "dev":
                continue
            s = score([at_root(record)], events_of(coded)).root  # errors at country + CAMEO root
            if s.matched_required == s.gold and s.matched == s.predicted:
                continue
            print(f"\n-- {record.id}: {record.text}")
            print(f"   missed {s.gold - s.matched_required}, false {s.predicted - s.matched}")
            for g in record.events:
                print(f"   gold  {g.source or '-'} {'/'.join(g.cameo)} {g.target or '-'}")
            for g in record.optional_events:
                print(f"   opt   {g.source or '-'} {'/'.join(g.cameo) or '*'} {g.target or '-'}")
            for e in coded[record.id]:
                print(f"   ours  {show_event(e)}")


def at_root(record: GoldRecord) -> GoldRecord:
    """The record with its CAMEO prefixes cut to the root ("0352" -> "03"): scores country + root."""

    def cut(events: tuple[GoldEvent, ...]) -> tuple[GoldEvent, ...]:
        return tuple(replace(e, cameo=tuple(dict.fromkeys(c[:2] for c in e.cameo))) for e in events)

    return replace(record, events=cut(record.events), optional_events=cut(record.optional_events))


def petrarch(pipeline: Pipeline, shared: Path, errors: str | None) -> None:
    records = load_gold(shared / "gold" / "petrarch2_gsr_realworld.jsonl")
    coded = code_gold(pipeline, records)
    gold_f1("1. PETRARCH-2 real-world set, country + CAMEO prefix", records, coded, errors)


def split(record_id: str) -> str:
    """The split of a record whose repeated id got a "#n" suffix: that of the id as written."""
    return split_of(record_id.partition("#")[0])


def cameo_manual(pipeline: Pipeline, shared: Path, errors: str | None) -> None:
    records = [r for r in load_gold(shared / "gold" / "plover_gsr_cameo_manual.jsonl", number_repeats=True) if r.events]
    coded = code_gold(pipeline, records)
    gold_f1("2. CAMEO-manual examples (records with CAMEO codes), country + CAMEO prefix", records, coded, errors)


def corpus(pipeline: Pipeline, path: Path, errors: str | None) -> None:
    if not path.is_file():
        print(f"\n== 5. corpus sentences: {path} not found, skipped")
        return
    records = load_gold(path, number_repeats=True)
    coded = code_gold(pipeline, [r for r in records if split(r.id) in SPLITS])
    chosen = [r for r in records if r.id in coded]
    gold_f1(f"5. Hand-coded corpus sentences ({path.name}), country + CAMEO prefix", chosen, coded, errors)


def read_tsv(path: Path, *, with_id: bool) -> list[Snippet]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if with_id:
            if n == 0 or not line.strip():
                continue  # the header
            ident, _, rest = line.partition("\t")
            text, _, label = rest.rpartition("\t")
            rows.append(Snippet(ident, text, label))
        else:
            text, _, label = line.rpartition("\t")
            if text:
                rows.append(Snippet(text, text, label))
    return rows


def top_penta(events: tuple[Event, ...]) -> int | None:
    if not events:
        return None
    return penta_of(max(events, key=lambda e: e.confidence).cameo.code)


def penta(pipeline: Pipeline, shared: Path, errors: str | None) -> None:
    rows = read_tsv(shared / "gold" / "quadclass_train.tsv", with_id=False)
    coded = code_all(pipeline, [(f"q{n}", r.text) for n, r in enumerate(rows)])
    print("\n== 3. Coverage on quadclass_train.tsv (every sentence reports an event of its penta class)")
    print(f"{'split':6} {'n':>5} {'>=1 event':>10} {'top class ok':>13}")
    for split in SPLITS:
        idx = [n for n, r in enumerate(rows) if split_of(r.id) == split]
        some = sum(bool(coded[f"q{n}"]) for n in idx) / max(1, len(idx))
        right = sum(top_penta(coded[f"q{n}"]) == int(rows[n].label) for n in idx) / max(1, len(idx))
        print(f"{split:6} {len(idx):5d} {some:10.3f} {right:13.3f}")
    if errors == "dev":
        print("\n-- dev sentences with no event, or whose top event has another class (gold class, ours)")
        for n, row in enumerate(rows):
            if split_of(row.id) != "dev":
                continue
            ours = top_penta(coded[f"q{n}"])
            if ours != int(row.label):
                found = "; ".join(show_event(e) for e in coded[f"q{n}"]) or "no event"
                print(f"   [{row.label} vs {ours}] {row.text}\n        ours: {found}")


def acled(pipeline: Pipeline, shared: Path, errors: str | None) -> None:
    rows = read_tsv(shared / "gold" / "case2021_task2_subtypes.tsv", with_id=True)
    kinds = {"protest (14)": (PROTEST_TYPES, PROTEST_ROOTS), "violence (18-20)": (VIOLENCE_TYPES, VIOLENCE_ROOTS)}
    wanted = [r for r in rows if r.label in PROTEST_TYPES | VIOLENCE_TYPES]
    coded = code_all(pipeline, [(r.id, r.text) for r in wanted])
    print("\n== 4. Coverage on case2021_task2_subtypes.tsv (ACLED-style snippets)")
    print(f"{'split':6} {'kind':18} {'n':>4} {'right kind':>11} {'any event':>10}")
    for split in SPLITS:
        for kind, (types, roots) in kinds.items():
            part = [r for r in wanted if r.label in types and split_of(r.id) == split]
            right = sum(any(e.cameo.root in roots for e in coded[r.id]) for r in part) / max(1, len(part))
            some = sum(bool(coded[r.id]) for r in part) / max(1, len(part))
            print(f"{split:6} {kind:18} {len(part):4d} {right:11.3f} {some:10.3f}")
    if errors == "dev":
        print("\n-- dev snippets without an event of their kind")
        for row in wanted:
            roots = PROTEST_ROOTS if row.label in PROTEST_TYPES else VIOLENCE_ROOTS
            if split_of(row.id) != "dev" or any(e.cameo.root in roots for e in coded[row.id]):
                continue
            found = "; ".join(show_event(e) for e in coded[row.id]) or "no event"
            print(f"   [{row.label}] {row.text}\n        ours: {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["dev"], help="list the errors of the dev split (never the test split)")
    parser.add_argument(
        "--split", choices=["dev", "test", "both"], default="both", help="which splits' figures to print"
    )
    parser.add_argument("--only", default=",".join(SETS), help=f"comma-separated sets to run (of {', '.join(SETS)})")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the hand-coded corpus sentences (set 5)")
    args = parser.parse_args()
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(chosen) - set(SETS)
    if unknown:
        parser.error(f"unknown sets {sorted(unknown)}; choose from {', '.join(SETS)}")
    if args.split != "both":
        SPLITS[:] = [args.split]
    shared = shared_dir()
    pipeline = Pipeline().warm()
    runs = {"petrarch": petrarch, "cameo": cameo_manual, "penta": penta, "acled": acled}
    for name in chosen:
        if name == "corpus":
            corpus(pipeline, args.corpus, args.errors)
        else:
            runs[name](pipeline, shared, args.errors)


if __name__ == "__main__":
    main()
