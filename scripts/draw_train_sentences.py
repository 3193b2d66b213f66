"""Draw more candidate sentences for the training set (scripts/data/news_train/, stop 17's second wave).

Prints candidates only, one JSON object a line (``corpus``, ``origin``, ``date``, ``text``); it never codes
them. Sources, none of them used by a gold set's dev or test half:

- Reuters-21578: first sentences of further stories that name a government, minister, party, union,
  army, police or rebels (as ``draw_corpus_sentences.py`` draws them), every origin in ``--exclude``
  files left out;
- BBC politics: ``--bbc-per-article`` further sentences of each article that the training set already
  drew from (``--train`` files), so that no article of a gold set gives training sentences;
- AG News, class 3 (business): lead sentences that name a government, minister, party or union;
- Reuters-21578 again: ``--reuters-per-story`` further sentences (not the first) of each Reuters story
  the ``--train`` files drew from, among those that name a political actor (stop 18's third wave).

    python scripts/draw_train_sentences.py --seed 17300 --reuters 1200 --bbc-per-article 4 --ag-business 500 \\
        --exclude benchmarks/data/corpus_events.jsonl --exclude scripts/data/news_train/batch1.jsonl ... \\
        --train scripts/data/news_train/batch1.jsonl ...
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

from draw_corpus_sentences import (
    BBC_DATE,
    DATELINE,
    POLITICAL,
    ROOT,
    normal,
    readable,
    reuters_candidates,
    reuters_date,
    sentences,
)


def origins(paths: list[Path]) -> set[str]:
    return {
        json.loads(line)["origin"] for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    }


def bbc_more(
    corpora: Path, rng: random.Random, articles: set[str], drawn: set[str], per_article: int
) -> Iterator[dict]:
    """Further sentences of the BBC politics articles in ``articles`` (origins), none already drawn."""
    lines = (corpora / "bbc" / "bbc_politics.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        article = json.loads(line)
        origin = f"bbc/bbc_politics.jsonl:{article['id']}"
        if origin not in articles:
            continue
        choices = [(k, s) for k, s in enumerate(sentences(article["text"])) if readable(s) and s not in drawn]
        for k, sentence in sorted(rng.sample(choices, min(per_article, len(choices)))):
            yield {"origin": f"{origin}#s{k}", "date": BBC_DATE, "text": sentence}


def reuters_more(
    corpora: Path, rng: random.Random, stories: set[str], drawn: set[str], per_story: int
) -> Iterator[dict]:
    """Further sentences of the Reuters stories in ``stories`` (origins) that name a political actor."""
    for path in sorted((corpora / "reuters21578").glob("reuters21578_part*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            origin = f"reuters21578/{path.name}:newid={raw['newid']}"
            if origin not in stories or not raw.get("body"):
                continue
            choices = [
                (k, s)
                for k, s in enumerate(sentences(raw["body"]))
                if k and readable(s) and POLITICAL.search(s) and s not in drawn
            ]
            for k, sentence in sorted(rng.sample(choices, min(per_story, len(choices)))):
                yield {"origin": f"{origin}#s{k}", "date": reuters_date(raw["date"]), "text": sentence}


def ag_business(corpora: Path, rng: random.Random, count: int) -> list[dict]:
    with (corpora / "ag_news" / "test.csv").open(newline="", encoding="utf-8") as handle:
        rows = [(n, row) for n, row in enumerate(csv.reader(handle), 1) if row[0] == "3"]
    rng.shuffle(rows)
    out = []
    for number, row in rows:
        lead = sentences(DATELINE.sub("", normal(row[2]), count=1))
        if lead and readable(lead[0]) and POLITICAL.search(lead[0]) and len(out) < count:
            out.append({"origin": f"ag_news/test.csv:{number}", "date": "2004-08-15", "text": lead[0]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=17300)
    parser.add_argument("--reuters", type=int, default=1200)
    parser.add_argument("--bbc-per-article", type=int, default=4)
    parser.add_argument("--ag-business", type=int, default=500)
    parser.add_argument(
        "--reuters-per-story", type=int, default=0, help="further sentences of each Reuters story in --train files"
    )
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="a file whose origins are left out")
    parser.add_argument(
        "--train", type=Path, action="append", default=[], help="a training file: its BBC articles give more"
    )
    args = parser.parse_args()
    corpora = Path(os.environ.get("EVENTSCRIBE_SHARED", ROOT.parent / "shared")) / "corpora"
    rng = random.Random(args.seed)
    used = origins(args.exclude)
    train = [
        json.loads(line) for p in args.train for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    articles = {r["origin"] for r in train if r["origin"].startswith("bbc/")}
    stories = {r["origin"].split("#")[0] for r in train if r["origin"].startswith("reuters21578/")}
    drawn = {r["text"] for r in train}
    picked = [("reu", c) for c in itertools.islice(reuters_candidates(corpora, rng, used), args.reuters)]
    picked += [("bbc", c) for c in bbc_more(corpora, rng, articles, drawn, args.bbc_per_article)]
    picked += [("ag", c) for c in ag_business(corpora, rng, args.ag_business)]
    picked += [("reu", c) for c in reuters_more(corpora, rng, stories, drawn, args.reuters_per_story)]
    for name, candidate in picked:
        print(json.dumps({"corpus": name, **candidate}, ensure_ascii=False))


if __name__ == "__main__":
    main()
