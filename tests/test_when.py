"""Date resolution: DATE expressions against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.model import Entity, Sentence, Token
from eventscribe.when import ResolvedDate, pick_event_date, resolve_date

ARTICLE = dt.date(2014, 6, 26)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "expected", "precision"),
    [
        ("Thursday", "2014-06-26", "day"),
        ("on Thursday", "2014-06-26", "day"),
        ("Monday", "2014-06-23", "day"),
        ("on Monday", "2014-06-23", "day"),
        ("Wednesday night", "2014-06-25", "day"),
        ("Saturday afternoon", "2014-06-21", "day"),
        ("last Thursday", "2014-06-19", "day"),
        ("next Monday", "2014-06-30", "day"),
        ("yesterday", "2014-06-25", "day"),
        ("today", "2014-06-26", "day"),
        ("this morning", "2014-06-26", "day"),
        ("the previous day", "2014-06-25", "day"),
        ("last week", "2014-06-19", "day"),
        ("this week", "2014-06-26", "day"),
        ("last month", "2014-05-01", "month"),
        ("earlier this month", "2014-06-01", "month"),
        ("late last month", "2014-05-01", "month"),
        ("May 2014", "2014-05-01", "month"),
        ("May of 2014", "2014-05-01", "month"),
        ("in May", "2014-05-01", "month"),
        ("in August", "2013-08-01", "month"),
        ("mid-June", "2014-06-01", "month"),
        ("the end of May", "2014-05-01", "month"),
        ("June 12", "2014-06-12", "day"),
        ("June 12th", "2014-06-12", "day"),
        ("12 June 2013", "2013-06-12", "day"),
        ("Thursday, June 26", "2014-06-26", "day"),
        ("December 25", "2013-12-25", "day"),
        ("2014-06-20", "2014-06-20", "day"),
        ("in 2012", "2012-01-01", "year"),
        ("2012", "2012-01-01", "year"),
        ("since 2012", "2012-01-01", "year"),
        ("the summer of 2012", "2012-01-01", "year"),
        ("last year", "2013-01-01", "year"),
        ("earlier this year", "2014-01-01", "year"),
        ("three years ago", "2011-01-01", "year"),
        ("two months ago", "2014-04-01", "month"),
        ("a week ago", "2014-06-19", "day"),
        ("two days ago", "2014-06-24", "day"),
    ],
)
def test_relative_date_resolves_against_article_date(expression: str, expected: str, precision: str) -> None:
    resolved = resolve_date(expression, ARTICLE)
    assert resolved == ResolvedDate(dt.date.fromisoformat(expected), precision, expression)  # type: ignore[arg-type]


@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
def test_weekday_is_never_after_the_article_date(weekday: str) -> None:
    resolved = resolve_date(f"on {weekday}", ARTICLE)
    assert resolved is not None
    assert ARTICLE - dt.timedelta(days=6) <= resolved.date <= ARTICLE
    assert resolved.date.strftime("%A") == weekday


def test_weekday_on_the_article_day_itself_is_the_article_date() -> None:
    sunday = dt.date(2014, 6, 29)
    assert resolve_date("Sunday", sunday) == ResolvedDate(sunday, "day", "Sunday")


def test_month_precision_uses_the_first_of_the_month() -> None:
    resolved = resolve_date("last month", dt.date(2014, 1, 15))
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (dt.date(2013, 12, 1), "month")


@pytest.mark.parametrize("expression", ["Thursday", "last month", "yesterday", "June 12", "three years ago", "in May"])
def test_relative_expression_without_article_date_is_none(expression: str) -> None:
    assert resolve_date(expression, None) is None


@pytest.mark.parametrize(
    ("expression", "expected"),
    [("May 2014", dt.date(2014, 5, 1)), ("in 2012", dt.date(2012, 1, 1)), ("June 12, 2014", dt.date(2014, 6, 12))],
)
def test_absolute_expression_resolves_without_article_date(expression: str, expected: dt.date) -> None:
    resolved = resolve_date(expression, None)
    assert resolved is not None and resolved.date == expected


@pytest.mark.parametrize(
    "expression",
    [
        "for three years",
        "two weeks",
        "three years",
        "a month after",
        "a month",
        "the past few days",
        "12-year-old",
        "aged 17",
        "8 p.m.",
        "night",
        "the morning",
        "the 1990s",
        "decades",
        "the next day",
        "the following week",
        "recently",
        "",
        "   ",
        "Hamas",
        "June 31",
    ],
)
def test_durations_ages_and_times_are_not_dates(expression: str) -> None:
    assert resolve_date(expression, ARTICLE) is None


def test_fallback_rejects_dates_after_the_article() -> None:
    resolved = resolve_date("the first of July 2015", ARTICLE)
    assert resolved is None or resolved.date <= ARTICLE + dt.timedelta(days=1)


def test_resolution_is_fast_once_cached() -> None:
    import time

    resolve_date("last month", ARTICLE)
    start = time.perf_counter()
    for _ in range(1000):
        resolve_date("last month", ARTICLE)
    assert time.perf_counter() - start < 0.5


# --- pick_event_date ------------------------------------------------------------------------------


def _sentence(words: list[tuple[str, str, int]], entities: tuple[Entity, ...]) -> Sentence:
    """Build a sentence from (text, dep, head) triples."""
    tokens, offset = [], 0
    for i, (text, dep, head) in enumerate(words):
        pos = "VERB" if dep in ("ROOT", "ccomp", "advcl", "relcl") else "NOUN"
        tokens.append(Token(i, text, text.lower(), pos, "", dep, head, offset))
        offset += len(text) + 1
    return Sentence(0, " ".join(w for w, _, _ in words), 0, offset, tuple(tokens), entities)


# "Mashaal, who met him last month, sent a letter on Thursday"
LETTER = _sentence(
    [
        ("Mashaal", "nsubj", 7),  # 0
        (",", "punct", 0),  # 1
        ("who", "nsubj", 3),  # 2
        ("met", "relcl", 0),  # 3
        ("him", "dobj", 3),  # 4
        ("last", "amod", 6),  # 5
        ("month", "npadvmod", 3),  # 6
        ("sent", "ROOT", 7),  # 7
        ("a", "det", 9),  # 8
        ("letter", "dobj", 7),  # 9
        ("on", "prep", 7),  # 10
        ("Thursday", "pobj", 10),  # 11
    ],
    (Entity("last month", "DATE", 5, 7), Entity("Thursday", "DATE", 11, 12)),
)


def test_event_date_prefers_the_date_under_the_verb() -> None:
    assert pick_event_date(LETTER, 7, ARTICLE) == ResolvedDate(ARTICLE, "day", "Thursday")
    assert pick_event_date(LETTER, 3, ARTICLE) == ResolvedDate(dt.date(2014, 5, 1), "month", "last month")


def test_event_date_falls_back_to_the_nearest_date_in_the_sentence() -> None:
    # "him" (4) has no date under it; "last month" is nearest.
    resolved = pick_event_date(LETTER, 4, ARTICLE)
    assert resolved is not None and resolved.text == "last month"


def test_event_date_is_none_without_date_entities() -> None:
    bare = Sentence(0, LETTER.text, 0, LETTER.end, LETTER.tokens, ())
    assert pick_event_date(bare, 7, ARTICLE) is None


def test_event_date_skips_dates_that_do_not_resolve() -> None:
    sentence = Sentence(
        0,
        LETTER.text,
        0,
        LETTER.end,
        LETTER.tokens,
        (Entity("three years", "DATE", 5, 7), Entity("Thursday", "DATE", 11, 12)),
    )
    resolved = pick_event_date(sentence, 3, ARTICLE)
    assert resolved is not None and resolved.text == "Thursday"


@pytest.mark.parametrize(
    ("expression", "article_date"),
    [
        ("3000 years ago", dt.date(2014, 6, 26)),
        ("30000 months ago", dt.date(2014, 6, 26)),
        ("1000000 weeks ago", dt.date(2014, 6, 26)),
        ("last year", dt.date(1, 1, 5)),
    ],
)
def test_dates_outside_the_calendar_resolve_to_nothing(expression, article_date):
    assert resolve_date(expression, article_date) is None


def test_without_an_article_date_the_fallback_does_not_use_today():
    assert resolve_date("the Tuesday before last", None) is None
