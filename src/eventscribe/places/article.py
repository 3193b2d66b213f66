"""A gazetteer seen from one article: a town name that several countries share ("Karak": Pakistan's,
Jordan's) is chosen by the countries the article names elsewhere when its own sentence names none of
the candidates' countries.

News names where a story happens once and then uses bare town names: "Jordanian police raided a
house in Amman. ... Two men were arrested in Karak." The second sentence alone would take the
gazetteer's preferred Karak (Pakistan's); the article says Jordan. A country the sentence itself
names always comes first: the article's countries are only the fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventscribe.model import Place, Sentence
from eventscribe.places.gazetteer import Gazetteer, MemoryGazetteer, SharedGazetteer

__all__ = ["ArticleGazetteer", "article_countries", "for_article"]


def article_countries(sentences: Sequence[Sentence], gazetteer: SharedGazetteer) -> tuple[str, ...]:
    """The countries an article names, the one named in most sentences first (the earlier named on a
    tie): by a country's name, demonym or capital, or by a place whose name no two countries share
    ("Amman": JOR; not "Karak", which is itself the question)."""
    from eventscribe.places import _countries_named, find_places

    counts: dict[str, int] = {}
    for sentence in sentences:
        named = list(_countries_named(sentence))
        for entity, place in find_places(sentence, gazetteer):
            if place.country and len(gazetteer.candidates(entity.text)) <= 1:
                named.append(place.country)
        for country in dict.fromkeys(named):  # a sentence counts once for each country it names
            counts[country] = counts.get(country, 0) + 1
    order = {country: k for k, country in enumerate(counts)}
    return tuple(sorted(counts, key=lambda c: (-counts[c], order[c])))


class ArticleGazetteer(Gazetteer):
    """A gazetteer for the sentences of one article: the same places as ``gazetteer`` (shared, not
    copied). ``countries`` gives the article's countries (most relevant first), asked for only when a
    shared name needs them."""

    def __init__(self, gazetteer: MemoryGazetteer, countries: Callable[[], Sequence[str]]) -> None:
        super().__init__({})
        self._places = gazetteer._places
        self._settlements = gazetteer._settlements
        self._shared = gazetteer._shared
        self._countries = countries
        self._known: tuple[str, ...] | None = None

    def article(self) -> tuple[str, ...]:
        """The article's countries, found once."""
        if self._known is None:
            self._known = tuple(self._countries())
        return self._known

    def lookup_near(self, name: str, countries: Sequence[str]) -> Place | None:
        """The place of a shared name in a sentence that names ``countries``: chosen by them when they
        include a candidate's country ("Karak" beside "Jordanian police"), else by the article's: the
        candidate of the country it names most, else the preferred one."""
        found = self.candidates(name)
        if len(found) < 2 or any(p.country in countries for p in found):
            return super().lookup_near(name, countries)
        for country in self.article():  # the article's most named candidate country
            for place in found:
                if place.country == country:
                    return place
        return found[0]


def for_article(gazetteer: MemoryGazetteer, sentences: Sequence[Sentence]) -> ArticleGazetteer:
    """``gazetteer`` for the sentences of one article (their countries found only if needed)."""
    return ArticleGazetteer(gazetteer, lambda: article_countries(sentences, gazetteer))
