"""Draw candidate sentences for hand coding from the corpora in ../shared/corpora (gold7 round).

Prints candidates only, one JSON object a line (``origin``, ``date``, ``text``); it never codes them and
never runs eventscribe. Every ``origin`` already in ``benchmarks/data/corpus_events.jsonl`` is excluded,
so is every record already drawn in this run. The draw is random with a fixed seed:

- AG News: test-set records of class 1 ("World"), the lead sentence of the description with its wire
  tag or dateline ("AP - ", "NAJAF, Iraq (Reuters) - ") left out;
- BBC politics: one sentence at random from a random article's body;
- Reuters-21578: the first sentence of a random story whose first sentence names a government,
  minister, party, union, army, police or rebels (as in the second round), dated by the story.

The caller keeps a candidate when it is a whole, readable sentence and takes them in the printed order.

    python scripts/draw_corpus_sentences.py --seed 7160 --ag 120 --bbc 60 --reuters 45 [--events GOLD.jsonl]

The gold7 round drew with these arguments against the 345-record file of commit 0886980
(``git show 0886980:benchmarks/data/corpus_events.jsonl > before.jsonl``, then ``--events before.jsonl``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "benchmarks" / "data" / "corpus_events.jsonl"
AG_DATE = "2004-08-15"
BBC_DATE = "2005-01-15"
#: A wire tag and/or a dateline at the start of an AG description.
DATELINE = re.compile(
    r"^(?:(?:AP|AFP|Reuters|Canadian Press)\s*-+\s*)?(?:[^-()]{0,80}\((?:AP|AFP|Reuters|"
    r"Canadian Press|CP|MNA|Itar-Tass)\)\s*-+\s*|[A-Z][A-Z.']+(?: [A-Z][A-Z.']+)*"
    r"(?:,(?: [A-Z][A-Za-z.]+)+)?(?:,? [A-Z][a-z]+\.? \d{1,2})?\s*(?:-+|:)\s+)?"
)
POLITICAL = re.compile(
    r"\b(government|minister|ministry|party|union|unions|army|military|police|rebels?|"
    r"guerrillas?|parliament|president|cabinet)\b",
    re.IGNORECASE,
)
#: A sentence ends at . ! or ? (possibly before a closing quote) followed by a space and a capital or quote.
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"']))\s+(?=[\"'A-Z])")
ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K|Gen|Sen|Rep|Lt|Col|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\\", " ")).strip()


def sentences(text: str) -> list[str]:
    """Split running text into sentences, not at a common abbreviation."""
    parts: list[str] = []
    for piece in SENTENCE_END.split(normal(text)):
        if parts and ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


def readable(sentence: str) -> bool:
    words = sentence.split()
    return 8 <= len(words) <= 70 and sentence[-1] in ".!?\"'" and not sentence.isupper()


def used_origins(events: Path = EVENTS) -> set[str]:
    lines = events.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["origin"] for line in lines if line.strip()}


def ag_candidates(corpora: Path, rng: random.Random, used: set[str]) -> Iterator[dict[str, str]]:
    with (corpora / "ag_news" / "test.csv").open(newline="", encoding="utf-8") as handle:
        rows = [(n, row) for n, row in enumerate(csv.reader(handle), 1) if row[0] == "1"]
    rng.shuffle(rows)
    for number, row in rows:
        origin = f"ag_news/test.csv:{number}"
        if origin in used:
            continue
        lead = sentences(DATELINE.sub("", normal(row[2]), count=1))
        if lead and readable(lead[0]):
            yield {"origin": origin, "date": AG_DATE, "text": lead[0]}


def bbc_candidates(corpora: Path, rng: random.Random, used: set[str]) -> Iterator[dict[str, str]]:
    lines = (corpora / "bbc" / "bbc_politics.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    rng.shuffle(articles)
    for article in articles:
        origin = f"bbc/bbc_politics.jsonl:{article['id']}"
        if origin in used:
            continue
        choices = [s for s in sentences(article["text"]) if readable(s)]
        if choices:
            yield {"origin": origin, "date": BBC_DATE, "text": rng.choice(choices)}


def reuters_date(raw: str) -> str:
    return dt.datetime.strptime(raw.split()[0], "%d-%b-%Y").date().isoformat()


def reuters_candidates(corpora: Path, rng: random.Random, used: set[str]) -> Iterator[dict[str, str]]:
    stories = []
    for path in sorted((corpora / "reuters21578").glob("reuters21578_part*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            if raw.get("body"):
                stories.append((f"reuters21578/{path.name}:newid={raw['newid']}", raw))
    rng.shuffle(stories)
    for origin, raw in stories:
        if origin in used:
            continue
        first = sentences(raw["body"])
        if first and readable(first[0]) and POLITICAL.search(first[0]):
            yield {"origin": origin, "date": reuters_date(raw["date"]), "text": first[0]}


def take(source: Iterator[dict[str, str]], count: int) -> list[dict[str, str]]:
    out = []
    for candidate in source:
        if len(out) == count:
            break
        out.append(candidate)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7160)
    parser.add_argument("--ag", type=int, default=120)
    parser.add_argument("--bbc", type=int, default=60)
    parser.add_argument("--reuters", type=int, default=45)
    parser.add_argument("--events", type=Path, default=EVENTS, help="exclude the origins of this gold file")
    args = parser.parse_args()
    corpora = Path(os.environ.get("EVENTSCRIBE_SHARED", ROOT.parent / "shared")) / "corpora"
    used = used_origins(args.events)
    rng = random.Random(args.seed)
    for name, source, count in (
        ("ag", ag_candidates, args.ag),
        ("bbc", bbc_candidates, args.bbc),
        ("reu", reuters_candidates, args.reuters),
    ):
        for candidate in take(source(corpora, rng, used), count):
            print(json.dumps({"corpus": name, **candidate}, ensure_ascii=False))


if __name__ == "__main__":
    main()
