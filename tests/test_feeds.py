"""RSS and Atom feeds: one article per item, with clear errors for broken feeds and items."""

from __future__ import annotations

import datetime as dt

from eventscribe.errors import InputError, RecordError
from eventscribe.ingest import InputStats, read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>World news</title>
    <item>
      <title>Iran and France resume talks</title>
      <link>https://example.org/a</link>
      <guid>news-1</guid>
      <pubDate>Thu, 26 Jun 2014 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Iran and France resumed talks in Geneva.&lt;/p&gt;&lt;p&gt;More later.&lt;/p&gt;</description>
    </item>
    <item>
      <title></title>
      <guid>news-2</guid>
    </item>
    <item>
      <title>Police arrest protesters</title>
      <link>https://example.org/c</link>
      <content:encoded><![CDATA[<p>Kenyan police arrested 20 protesters.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire</title>
  <entry>
    <id>tag:example.org,2024:1</id>
    <title>Japan pledges aid</title>
    <link rel="alternate" href="https://example.org/japan"/>
    <published>2024-03-15T08:00:00Z</published>
    <summary>Japan will provide aid to the Philippines.</summary>
  </entry>
</feed>
"""


def _read(tmp_path, name: str, content: str, **options):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    return list(read_inputs([path], on_error=errors.append, **options)), errors, path


def test_rss_items_become_articles_with_title_text_date_and_url(tmp_path):
    articles, errors, path = _read(tmp_path, "world.rss", RSS)
    assert [a.id for a in articles] == ["news-1", "https://example.org/c"]
    first = articles[0]
    assert first.text.startswith("Iran and France resume talks\n\nIran and France resumed talks in Geneva.")
    assert "<p>" not in first.text and "More later." in first.text
    assert first.date == dt.date(2014, 6, 26) and first.url == "https://example.org/a"
    assert articles[1].text.endswith("Kenyan police arrested 20 protesters.")


def test_an_item_without_text_is_named_and_the_others_read(tmp_path):
    articles, errors, path = _read(tmp_path, "world.rss", RSS)
    assert len(errors) == 1 and str(path) in errors[0].where and ":" in errors[0].where
    assert "news-2" in errors[0].message


def test_atom_entries_become_articles(tmp_path):
    articles, errors, _ = _read(tmp_path, "wire.atom", ATOM)
    assert not errors
    assert articles[0].id == "tag:example.org,2024:1"
    assert articles[0].date == dt.date(2024, 3, 15) and articles[0].url == "https://example.org/japan"


def test_items_without_a_date_take_the_date_argument(tmp_path):
    articles, _, _ = _read(tmp_path, "world.rss", RSS, date=dt.date(2020, 1, 1))
    assert articles[1].date == dt.date(2020, 1, 1)


def test_malformed_xml_without_recoverable_items_is_a_file_error_naming_the_line(tmp_path):
    articles, errors, path = _read(tmp_path, "bad.xml", "<rss><channel>\n<title>broken")
    assert not articles
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:2", InputError)]
    assert "not a well-formed feed (Premature end of data" in errors[0].message


def test_external_entities_are_not_expanded(tmp_path):
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><channel>'
        "<item><guid>x</guid><title>&e;</title></item></channel></rss>"
    )
    articles, errors, path = _read(tmp_path, "hostile.xml", hostile)
    assert all("root:" not in a.text for a in articles)
    assert [a.text for a in articles] == ["&e;"]


def test_xml_that_is_not_a_feed_is_a_file_error(tmp_path):
    articles, errors, path = _read(tmp_path, "other.xml", "<config><a>1</a></config>")
    assert not articles and "no <item> or <entry>" in errors[0].message


HTML_ENTITIES = RSS.replace("resume talks", "resume&nbsp;talks").replace(
    "More later.", "More later&hellip; caf&eacute; &amp; co &unknown;"
)


def test_html_entities_that_xml_does_not_define_are_recovered_and_kept_as_characters(tmp_path):
    stats = InputStats()
    articles, errors, path = _read(tmp_path, "world.rss", HTML_ENTITIES, stats=stats)
    assert [a.id for a in articles] == ["news-1", "https://example.org/c"]
    first = articles[0]
    assert first.title == "Iran and France resume\xa0talks"
    # the escaped markup (&lt;p&gt;) is still markup, and &amp; still an ampersand
    assert first.text == (
        "Iran and France resume\xa0talks\n\nIran and France resumed talks in Geneva."
        "\n\nMore later\u2026 caf\xe9 & co &unknown;"
    )
    assert articles[1].text.endswith("Kenyan police arrested 20 protesters.")
    assert len(errors) == 1 and "news-2" in errors[0].message  # the item without text, as before
    assert (stats.files, stats.articles, stats.errors) == (1, 2, 1)


def test_a_feed_cut_short_keeps_the_items_recovery_finds(tmp_path):
    cut = RSS[: RSS.index("<title>Police")] + "<title>Police arrest"
    articles, errors, path = _read(tmp_path, "cut.rss", cut)
    assert [a.id for a in articles] == ["news-1"]
    assert [(e.where, type(e)) for e in errors] == [(f"{path}:11", RecordError), (f"{path}:15", RecordError)]
    assert "news-2" in errors[0].message and "no guid, id or link" in errors[1].message


def test_entities_are_not_expanded_when_a_broken_feed_is_recovered(tmp_path):
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">'
        '<!ENTITY nbsp SYSTEM "file:///etc/hostname">]><rss><channel>'
        "<item><guid>x</guid><title>&e;&nbsp;x</title></item><item><guid>y</guid><title>Wait&hellip;</title></item>"
        "</channel></rss>"
    )
    articles, errors, path = _read(tmp_path, "hostile.xml", hostile)
    assert [a.id for a in articles] == ["x", "y"]
    assert [a.text for a in articles] == ["&e;\xa0x", "Wait\u2026"]


def test_a_character_reference_to_a_lone_surrogate_is_a_record_error(tmp_path):
    feed = RSS.replace("resume talks", "resume &#xD83D; talks")
    articles, errors, path = _read(tmp_path, "world.rss", feed)
    assert [a.id for a in articles] == ["https://example.org/c"]
    assert [(e.where, type(e)) for e in errors][0] == (f"{path}:4", RecordError)
    assert "unpaired surrogate (\\ud83d)" in errors[0].message
