"""Actor spans of hand-coded news: how often the resolver gives a gold actor text another country.

Every event of the given gold files (the news training batches' format: ``events`` and
``optional_events`` with ``source``/``target`` codes and ``source_text``/``target_text``) names its
actors by a span of the sentence. This resolves each span alone (``ActorResolver.resolve_text``, the
record's date, the sentence as context) and counts the spans whose first three letters (the country,
or IGO/NGO/...) differ from the gold code's, and those whose whole code differs. Spans with no gold
code, a code of no country ("---GOV") or no text are left out. A span the resolver gives no actor counts as wrong.

This scores the resolver, not the coder: the coder finds its own spans. It is a quick check of actor
rules on real news: tune only on the tuning batches (scripts/news_train.py: batches 1-6 and 12-16).

    .venv/bin/python benchmarks/news_actor_spans.py scripts/data/news_train/batch1.jsonl [...] [--show N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventscribe.actors.resolve import ActorResolver
from eventscribe.ingest.files import clean_text


def spans(path: Path) -> Iterator[tuple[str, str, str, dt.date | None, str]]:
    """(record id, span, gold code, date, sentence) for every actor span of a gold file."""
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        for event in record.get("events", []) + record.get("optional_events", []):
            for side in ("source", "target"):
                code, text = event.get(side), (event.get(f"{side}_text") or "").strip()
                if code and text and not code.startswith("---"):  # "---": the coder could not tell the country
                    yield record["id"], text, code, date, record["text"]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold files in the news training batches' format")
    parser.add_argument("--show", type=int, default=0, help="print the first N spans of another country")
    args = parser.parse_args(argv)
    resolver = ActorResolver()
    seen: set[tuple[str, str, str]] = set()
    total = country_wrong = code_wrong = 0
    wrong: list[str] = []
    for path in args.gold:
        for rid, text, code, date, sentence in spans(path):
            if (rid, text, code) in seen:
                continue
            seen.add((rid, text, code))
            # as the readers clean an input (character references decoded), so the span is what the coder sees
            actor = resolver.resolve_text(clean_text(text), date=date, context=clean_text(sentence))
            got = actor.code if actor is not None else ""
            total += 1
            code_wrong += got != code
            if got[:3] != code[:3]:
                country_wrong += 1
                wrong.append(f"{rid}\t{text!r}\tgold {code}\tgot {got or '-'}")
    print(
        f"{total} actor spans: {country_wrong} of another country ({1 - country_wrong / max(1, total):.3f} right),"
        f" {code_wrong} of another code ({1 - code_wrong / max(1, total):.3f} right)"
    )
    for row in wrong[: args.show]:
        print(row)


if __name__ == "__main__":
    main()
