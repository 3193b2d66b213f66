"""Screenshot of the web page over a store: starts a real ``eventscribe serve`` on a free loopback port, fills
the page's forms in Debian's headless Chromium (driven by Playwright), opens the first event found by the
search, and saves a full-page PNG. Made ``docs/images/page.png`` (see README, "Serving").

    .venv/bin/python scripts/screenshot.py --db tmp/real.duckdb --output docs/images/page.png \
        --dyad USA PRK --freq day --search-start 2005-02-01 --search-end 2005-02-01
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(db: str) -> Iterator[str]:
    """``eventscribe serve --db db`` on 127.0.0.1; yields its base URL once it answers; stops it after."""
    port = _free_port()
    command = [sys.executable, "-m", "eventscribe.cli", "serve", "--db", db, "--port", str(port)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"serve did not start: {process.communicate(timeout=5)[1]}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def shoot(base: str, args: argparse.Namespace) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": args.width, "height": 1000})
        page.goto(base + "/")
        page.wait_for_selector("#events-table tbody tr")
        page.fill("#dyad-form input[name=a]", args.dyad[0])
        page.fill("#dyad-form input[name=b]", args.dyad[1])
        page.select_option("#dyad-form select[name=freq]", args.freq)
        page.click("#dyad-form button")
        page.wait_for_selector("#dyad-chart rect.bar")
        page.wait_for_selector("#network-view circle.node")
        for name in ("start", "end"):
            value = getattr(args, f"search_{name}")
            if value:
                page.fill(f"#search-form input[name={name}]", value)
        if args.search_text:
            page.fill("#search-form input[name=q]", args.search_text)
        page.click("#search-form button")
        page.wait_for_timeout(500)
        page.locator("#events-table tbody tr").first.click()
        page.wait_for_selector("#article-view mark.evidence")
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.output, full_page=True)
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the store to serve")
    parser.add_argument("--output", default="docs/images/page.png", help="the PNG to write")
    parser.add_argument("--dyad", nargs=2, default=["USA", "PRK"], metavar=("A", "B"), help="the dyad to chart")
    parser.add_argument("--freq", default="month", choices=["day", "week", "month"], help="the dyad's period")
    parser.add_argument("--search-text", help="words to search events for (the first found is opened)")
    parser.add_argument("--search-start", help="first day of the event search (YYYY-MM-DD)")
    parser.add_argument("--search-end", help="last day of the event search (YYYY-MM-DD)")
    parser.add_argument("--width", type=int, default=1400, help="viewport width in pixels")
    args = parser.parse_args()
    with serving(args.db) as base:
        shoot(base, args)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
