"""News feeds (``.rss``, ``.atom``, ``.xml``): RSS 2.0, RSS 1.0 (RDF) and Atom; each item is an article.

- id: the item's ``guid`` (RSS) or ``id`` (Atom), else its link;
- text: the title, a blank line, then the item's content (``content:encoded``, ``description``, Atom
  ``content`` or ``summary``) with its HTML markup removed;
- date: ``pubDate``, ``dc:date``, Atom ``published`` or ``updated``, else the ``date`` argument.

The XML is parsed with entity expansion and network access off. Real-world feeds often use HTML entities
that XML does not define (``&nbsp;``), so a feed that is not well-formed XML is parsed once more in
lxml's recovery mode, with those HTML entities first rewritten as character references (``&#160;``) and
other undeclared names escaped, entity expansion and network access still off; its items are read when recovery finds any, else the
original syntax error is a file-level error naming its line. An item with no id or no text is a record
error naming its line, and the other items are still read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from html.entities import html5
from typing import Any

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest.files import clean_text
from eventscribe.model import Article

__all__ = ["FEED_SUFFIXES", "read_feed"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"


def read_feed(path: str, data: bytes, *, date: dt.date | None) -> Iterator[Article | InputError]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        items = _recovered_items(data)
        if not items:
            line = exc.position[0] if exc.position else 1
            yield InputError(f"{path}:{line}", f"not a well-formed feed ({exc.msg}); check the XML")
            return
    else:
        items = _items(root)
    if not items:
        yield InputError(path, "no <item> or <entry> found; is this an RSS or Atom feed?")
        return
    for item in items:
        yield _article(path, item, date)


def _recovered_items(data: bytes) -> list[Any]:
    """The items lxml's recovery mode finds in a feed that is not well-formed, or [].

    Named entity references are rewritten first (HTML ones as character references, others as escaped
    text): after the first error libxml2 also drops the predefined entities (``&lt;``, ``&amp;``), which
    would mangle escaped HTML in descriptions. Nothing is expanded from a DTD either way.
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(_HTML_ENTITY.sub(_character_reference, data), parser)
    except etree.XMLSyntaxError:
        return []
    return [] if root is None else _items(root)


_HTML_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _character_reference(match: re.Match[bytes]) -> bytes:
    """``&nbsp;`` -> ``&#160;``; an XML entity stays; any other name is escaped (``&amp;name;``), so that
    it reads as the text it reads as unexpanded, without a parse error."""
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group()
    value = html5.get(name.decode("ascii") + ";")
    if value is None:
        return b"&amp;" + match.group()[1:]
    return "".join(f"&#{ord(char)};" for char in value).encode("ascii")


def _items(root: Any) -> list[Any]:
    found = root.findall(".//item") + root.findall(f".//{_RSS1}item") + root.findall(f".//{_ATOM}entry")
    return sorted(found, key=lambda e: e.sourceline or 0)


def _article(path: str, item: Any, default_date: dt.date | None) -> Article | InputError:
    origin = f"{path}:{item.sourceline}"
    try:
        return _item_article(origin, item, default_date)
    except UnicodeDecodeError as exc:  # recovery mode keeps character references to surrogates (&#xD83D;)
        return RecordError(origin, _undecodable(exc))


def _undecodable(exc: UnicodeDecodeError) -> str:
    piece = exc.object[exc.start : exc.start + 3]
    try:
        spelled = f"\\u{ord(piece.decode('utf-8', 'surrogatepass')):04x}"
    except (UnicodeDecodeError, TypeError):
        return f"item holds text that is not valid UTF-8 ({exc.reason}); fix the feed"
    return (
        f"item contains an unpaired surrogate ({spelled}), which is not a character and cannot be encoded; "
        "write the character itself, not a reference to half of it"
    )


def _item_article(origin: str, item: Any, default_date: dt.date | None) -> Article | InputError:
    title = _text(item, "title", f"{_RSS1}title", f"{_ATOM}title")
    link = _text(item, "link", f"{_RSS1}link") or _atom_link(item)
    item_id = _text(item, "guid", f"{_ATOM}id") or link
    body = _html_text(_text(item, _CONTENT, "description", f"{_RSS1}description", f"{_ATOM}content", f"{_ATOM}summary"))
    if not item_id:
        return RecordError(origin, "item has no guid, id or link; give each item an identifier")
    text = clean_text("\n\n".join(part for part in (title, body) if part))
    if not text.strip():
        return RecordError(origin, f"item {item_id!r} has no title or text; nothing to code")
    published = _date(_text(item, "pubDate", _DC_DATE, f"{_ATOM}published", f"{_ATOM}updated"))
    return Article(
        id=item_id,
        text=text,
        date=published or default_date,
        title=title or None,
        url=link or None,
        origin=origin,
    )


def _text(item: Any, *tags: str) -> str:
    for tag in tags:
        element = item.find(tag)
        if element is not None:
            value = "".join(element.itertext()).strip()
            if value:
                return value
    return ""


def _atom_link(item: Any) -> str:
    for link in item.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return ""


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment, paragraphs kept apart."""
    if "<" not in fragment:
        return fragment
    from lxml import html

    try:
        tree = html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - a broken fragment is read as plain text
        return fragment
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    return "\n\n".join(p.strip() for p in tree.text_content().split("\n\n") if p.strip())


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None
