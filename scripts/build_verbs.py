"""Convert the PETRARCH CAMEO verb dictionary into eventscribe's own verb and pattern files.

Usage::

    python scripts/build_verbs.py [--shared ../shared] [--outdir src/eventscribe/events/data]

Reads ``<shared>/data/dictionaries/CAMEO.2.0.txt`` (MIT licence, Open Event Data Alliance) and writes:

- ``verbs.jsonl``: ``{"lemma": "ask", "particle": "for", "code": "020"}``, one line per verb of a block
  that has a code (its own, or else the block's).
- ``patterns.jsonl``: ``{"verbs": ["ask", "request", …], "object": ["humanitarian", "aid"],
  "prep": ["for", "aid"] | null, "code": "0233"}``, one line per pattern of a block, listing the
  block's verbs. ``object`` lists the object words in order (the head noun last); ``prep`` is the
  preposition and the words of its object.

Conversion rules. Synsets (``&WEAPON``) are expanded into their words (recursively). Verbs are taken in
the base form the dictionary gives; multiword verbs (``+CRACK_DOWN``) become lemma ``crack`` with particle
``down``. Plural nouns in patterns are reduced to a singular with simple rules, since the runtime sees
lemmas. Only the first preposition group of a pattern is kept. ``$``, ``+``, ``^`` and ``%`` markers are
dropped. Paired codes ``[042:043]`` keep the source's code (or the target's when the source is empty).

Dropped and counted: patterns with words before ``*`` (they constrain the subject, which the verb frame
does not carry), patterns with no object or preposition left, codes ``---`` or not in ``cameo.csv``, and
lines that do not parse.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_EXPANSIONS = 200  # cap on the synset product of one pattern

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]\s*(?:#.*)?$")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


def singular(word: str) -> str:
    """A simple singular for a lower-case noun ("sanctions" -> "sanction", "supplies" -> "supply")."""
    if len(word) <= 3 or not word.endswith("s") or not word.isalpha():
        return word
    if word.endswith(("ss", "us", "is", "ics", "ous", "news")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def _clean_word(raw: str) -> list[str]:
    """Dictionary word -> lower-case words ("CASH_" -> ["cash"], "IS_TO" -> ["is", "to"])."""
    no_plural = raw.endswith("_")
    words = [w for w in raw.lower().strip("+").split("_") if w]
    if not no_plural and words:
        words[-1] = singular(words[-1])
    return words


def read_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    synsets: dict[str, list[list[str]]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("####### VERB PATTERNS"):
            break
        if text.startswith("&"):
            current = text.split()[0]
            synsets[current] = []
        elif text.startswith("+") and current:
            words = _clean_word(text.split()[0])
            if words:
                synsets[current].append(words)
    return synsets


def expand(word: str, synsets: dict[str, list[list[str]]], depth: int = 0) -> list[list[str]]:
    """Alternatives (each a word list) for one dictionary word; synsets expand to all their members."""
    if word.startswith("&"):
        if word not in synsets or depth > 5:
            raise ValueError(f"unknown synset {word}")
        out: list[list[str]] = []
        for member in synsets[word]:
            if len(member) == 1 and member[0].startswith("&"):
                out.extend(expand(member[0].upper(), synsets, depth + 1))
            else:
                out.append(member)
        return out
    return [_clean_word(word)]


def _phrase(text: str, synsets: dict[str, list[list[str]]]) -> list[list[str]]:
    """Alternatives for a run of words ("{HUMANITARIAN &AID}" or "AID"), markers removed."""
    words = [w for w in re.sub(r"[{}()]", " ", text).split() if w not in {"$", "+", "^", "%"}]
    options = [expand(w, synsets) for w in words]
    result = []
    for combo in itertools.islice(itertools.product(*options), MAX_EXPANSIONS):
        result.append([w for part in combo for w in part])
    return result


def parse_pattern(body: str, synsets: dict[str, list[list[str]]]) -> list[tuple[list[str], list[str] | None]]:
    """Pattern text after "- " and before the code -> alternatives of (object words, prep words)."""
    if "*" not in body:
        raise ValueError("no '*'")
    before, after = body.split("*", 1)
    if [w for w in before.split() if w not in {"$", "+", "^", "%"}]:
        raise LookupError("subject-side words")
    object_text: list[str] = []
    prep_text: str | None = None
    for token in _TOKEN.findall(after):
        if token.startswith("("):
            if prep_text is None:
                prep_text = token
        elif token not in {"$", "+", "^", "%"}:
            object_text.append(token)
    objects = _phrase(" ".join(object_text), synsets) if object_text else [[]]
    preps: list[list[str] | None] = [None]
    if prep_text is not None:
        preps = [p for p in _phrase(prep_text, synsets) if p] or [None]
    combos = [(o, p) for o, p in itertools.product(objects, preps) if o or p]
    if not combos:
        raise LookupError("nothing after '*'")
    return combos[:MAX_EXPANSIONS]


def pick_code(raw: str) -> str:
    parts = [p.strip() for p in raw.split(":")]
    return next((p for p in parts if p), "")


def _verb_entry(line: str) -> tuple[str, str, str] | None:
    """A verb line -> (lemma, particle, own code)."""
    text = line.split("#", 1)[0]
    text = re.sub(r"\{[^}]*\}", " ", text).strip()
    if not text:
        return None
    m = re.match(r"^(\+?[A-Z][A-Z_'\-]*)\s*(?:\[([^\]]*)\])?\s*$", text)
    if not m:
        raise ValueError(f"verb line {text!r}")
    words = [w for w in m.group(1).lower().strip("+").split("_") if w]
    return words[0], " ".join(words[1:]), pick_code(m.group(2) or "")


def convert(path: Path, valid_codes: set[str]) -> tuple[list[dict], list[dict], Counter]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    stats: Counter = Counter()
    verbs: dict[tuple[str, str], str] = {}
    patterns: dict[tuple, str] = {}
    block_code = ""
    block_verbs: list[tuple[str, str]] = []
    in_verbs = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not stripped or stripped.startswith("#"):
            continue
        block = _BLOCK.match(stripped)
        if block:
            block_code = pick_code(block.group(2))
            block_verbs = []
            stats["blocks"] += 1
            continue
        if stripped.startswith("-"):
            stats["pattern lines"] += 1
            m = _CODE.search(stripped)
            if not m:
                stats["dropped: pattern without code"] += 1
                continue
            code = pick_code(m.group(1))
            if code not in valid_codes:
                stats["dropped: pattern code not in cameo.csv (--- or unknown)"] += 1
                continue
            try:
                combos = parse_pattern(stripped[1 : m.start()].strip(), synsets)
            except LookupError as exc:
                stats[f"dropped: pattern with {exc}"] += 1
                continue
            except ValueError:
                stats["dropped: pattern that does not parse"] += 1
                continue
            stats["pattern lines kept"] += 1
            names = tuple(" ".join(filter(None, v)) for v in block_verbs)
            for obj, prep in combos:
                key = (names, tuple(obj), tuple(prep) if prep else None)
                if key in patterns:
                    stats["duplicate patterns in a block (first kept)"] += 1
                    continue
                patterns[key] = code
            continue
        try:
            entry = _verb_entry(stripped)
        except ValueError:
            stats["dropped: verb line that does not parse"] += 1
            continue
        if entry is None:
            continue
        lemma, particle, own = entry
        block_verbs.append((lemma, particle))
        code = own or block_code
        if code in valid_codes:
            verbs.setdefault((lemma, particle), code)
        elif code and code != "---":
            stats["verbs with code not in cameo.csv"] += 1
    verb_rows = [{"lemma": l, "particle": p, "code": c} for (l, p), c in sorted(verbs.items())]
    pattern_rows = [
        {"verbs": list(v), "object": list(o), "prep": list(pr) if pr else None, "code": c}
        for (v, o, pr), c in patterns.items()
        if v
    ]
    return verb_rows, pattern_rows, stats


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--outdir", type=Path, default=REPO / "src/eventscribe/events/data")
    args = parser.parse_args(argv)
    with (args.outdir / "cameo.csv").open(newline="", encoding="utf-8") as f:
        valid = {row["code"] for row in csv.DictReader(f)}
    verbs, patterns, stats = convert(args.shared / "data/dictionaries/CAMEO.2.0.txt", valid)
    write_jsonl(verbs, args.outdir / "verbs.jsonl")
    write_jsonl(patterns, args.outdir / "patterns.jsonl")
    print(f"wrote {len(verbs)} verbs and {len(patterns)} patterns", file=sys.stderr)
    for key, value in sorted(stats.items()):
        print(f"  {key}: {value}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
