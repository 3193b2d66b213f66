"""Readable tables of events and evaluation reports, printed with Rich on stdout."""

from __future__ import annotations

from typing import Any

from eventscribe.dedup import EventGroup
from eventscribe.evaluate import Report

__all__ = ["print_events", "print_groups", "print_report", "shorten"]


def shorten(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor['name'] or actor['text']} ({actor['code']})"


def print_events(events: list[dict[str, Any]]) -> None:
    """One row per event: source, action, target, date, place and the evidence sentence."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(events)} events", show_lines=True)
    for column in ("source", "action", "target", "date", "place", "evidence"):
        table.add_column(column, overflow="fold")
    for event in events:
        cameo = event["cameo"]
        place = event["location"]["name"] if event.get("location") else "-"
        table.add_row(
            _actor(event["source"]),
            f"{cameo['code']} {cameo['name']}",
            _actor(event["target"]),
            event["date"] or "-",
            place,
            shorten(event["sentence"]),
        )
    Console(width=180).print(table)


def print_groups(groups: list[EventGroup]) -> None:
    """One row per grouped event: dyad, code, dates, place, how many reports and articles, a first sentence."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(groups)} grouped events", show_lines=True)
    for column in ("source", "action", "target", "dates", "place", "reports", "first report"):
        table.add_column(column, overflow="fold")
    for group in groups:
        start, end = group.date_start, group.date_end
        dates = "-" if start is None else str(start) if start == end else f"{start} to {end}"
        first = group.reports[0] if group.reports else None
        table.add_row(
            group.source_code or "-",
            group.cameo_code,
            group.target_code or "-",
            dates,
            group.location_name or group.location_country or "-",
            f"{group.n_reports} in {group.n_articles} articles",
            shorten(f"{first.article_id}: {first.sentence}") if first else "-",
        )
    Console(width=180).print(table)


def print_report(report: Report, *, title: str) -> None:
    """Precision, recall and F1 at code, CAMEO root and sector level, and the CAMEO root confusion table."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(100, 8 + 5 * 22))
    scores = Table(title=title)
    for column in ("level", "precision", "recall", "F1", "matched", "predicted", "gold"):
        scores.add_column(column)
    levels = (
        ("country + gold code", report.root),
        ("country + CAMEO root", report.cameo_root),
        ("country + sector", report.sector),
    )
    for level, s in levels:
        scores.add_row(level, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                       str(s.matched), str(s.predicted), str(s.gold))  # fmt: skip
    console.print(scores)
    roots = sorted({g for g, _ in report.confusion} | {p for _, p in report.confusion})
    confusion = Table(title="CAMEO roots: gold (rows) by predicted (columns), same actors", padding=(0, 0))
    confusion.add_column("gold", no_wrap=True)
    for root in roots:
        confusion.add_column(root, justify="right", no_wrap=True, min_width=3)
    for gold in roots:
        confusion.add_row(gold, *(str(report.confusion.get((gold, p), "")) for p in roots))
    console.print(confusion)
