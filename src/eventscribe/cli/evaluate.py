"""``eventscribe evaluate``: score the coder against a gold file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventscribe.cli.options import (
    EXIT_FAILURE,
    EXIT_OK,
    add_dictionary_options,
    dictionary_options_error,
    probability,
)
from eventscribe.events.coder import DEFAULT_MIN_CONFIDENCE

ORDER = 40


def register(commands: Any) -> argparse.ArgumentParser:
    evaluate = commands.add_parser(
        "evaluate",
        help="score the coder against a gold file",
        description="Score against a gold file. Example: eventscribe evaluate --gold gold.jsonl --split test",
    )
    evaluate.add_argument("--gold", required=True, help="gold file (JSON lines, see DESIGN.md)")
    evaluate.add_argument(
        "--split", choices=("all", "dev", "test"), default="all", help="which fixed split (default: %(default)s)"
    )
    evaluate.add_argument(
        "--threshold", type=probability, default=0.0, help="score only events at this confidence or above"
    )
    evaluate.add_argument(
        "--min-confidence",
        type=probability,
        default=DEFAULT_MIN_CONFIDENCE,
        help="the coder's own cut, as for code (default: %(default)s)",
    )
    evaluate.add_argument(
        "--thresholds",
        type=threshold_list,
        metavar="X,Y,...",
        help="also print precision/recall/F1 at each of these confidence thresholds, and a reliability table",
    )
    evaluate.add_argument(
        "--dyadic",
        action="store_true",
        help="score only events with both a source and a target (for gold files of dyadic coders such as PETRARCH)",
    )
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--output", "-o", help="also write the predicted events as JSON lines")
    add_dictionary_options(evaluate)
    return evaluate


def threshold_list(value: str) -> list[float]:
    """Comma-separated probabilities, e.g. ``0.5,0.7,0.9``."""
    parts = [p for p in value.split(",") if p.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("give at least one threshold, e.g. 0.5,0.7,0.9")
    return sorted(probability(p.strip()) for p in parts)


def _trade_off(records: list[Any], coded: dict[str, Any], thresholds: list[float]) -> dict[str, Any]:
    from eventscribe.evaluate import outcomes, reliability, threshold_table

    table = threshold_table(records, lambda r: coded[r.id], thresholds)
    bins = reliability(outcomes(records, lambda r: coded[r.id]))
    return {
        "thresholds": [{"threshold": t, **s.as_dict()} for t, s in table],
        "reliability": [{"low": lo, "high": hi, "matched_share": round(m, 4), "events": n} for lo, hi, m, n in bins],
    }


def _print_trade_off(trade: dict[str, Any]) -> None:
    print("\nthreshold  precision  recall     F1  predicted")
    for row in trade["thresholds"]:
        print(
            f"{row['threshold']:9.2f}  {row['precision']:9.3f}  {row['recall']:6.3f}  {row['f1']:5.3f}  {row['predicted']:9d}"
        )
    print("\nconfidence   matched  events   (reliability: a calibrated coder matches about as often as it says)")
    for row in trade["reliability"]:
        print(f"{row['low']:.1f}-{row['high']:.1f}   {row['matched_share']:8.3f}  {row['events']:6d}")


def run(args: argparse.Namespace) -> int:
    from eventscribe.coding import EventSink
    from eventscribe.evaluate import load_gold, score, split_of
    from eventscribe.pipeline import Pipeline

    def warn(message: str) -> None:
        print(f"eventscribe: warning: {message}", file=sys.stderr)

    problem = dictionary_options_error(args)
    if problem:
        print(f"eventscribe: error: {problem}", file=sys.stderr)
        return EXIT_FAILURE

    records = [r for r in load_gold(args.gold, on_warning=warn) if args.split == "all" or split_of(r.id) == args.split]
    sink = EventSink(args.output) if args.output else None  # fail now, not after all the coding
    pipeline = Pipeline(
        min_confidence=args.min_confidence,
        dictionaries=args.dictionary,
        packaged_dictionaries=not args.only_dictionaries,
    )
    coded = {c.article.id: c.events for c in pipeline.pipe(r.article() for r in records)}
    report = score(records, lambda r: coded[r.id], threshold=args.threshold, dyadic=args.dyadic)
    if sink is not None:
        for events in coded.values():
            sink.write(event.to_dict() for event in events)
        sink.close()
    trade = _trade_off(records, coded, args.thresholds) if args.thresholds else None
    if args.json:
        print(json.dumps({**report.as_dict(), **(trade or {})}, indent=2))
    else:
        from eventscribe.show import print_report

        print_report(report, title=f"{args.gold} ({args.split}, {len(records)} records)")
        if trade:
            _print_trade_off(trade)
    return EXIT_OK
