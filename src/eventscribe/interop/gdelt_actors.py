"""Between our actor codes and the actor fields of GDELT (code, country, group, ethnic, religion, types).

A code is read in 3-letter chunks. The first is a country when the CAMEO country table knows it; the
others are, in this order of preference, known groups (HMS, UNO), role or type codes (GOV, IGO), religions
(SUN) and ethnic groups. GDELT writes CAMEO's own country codes (ROM for Romania), which differ from
ISO 3166 for a few countries: they are translated both ways.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventscribe.actors.codes import SECTORS
from eventscribe.interop.tables import actor_codes, countries

__all__ = ["GdeltActor", "gdelt_actor", "our_actor_code"]


@dataclass(frozen=True, slots=True)
class GdeltActor:
    code: str = ""
    country: str = ""
    group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""

    def fields(self, name: str) -> list[str]:
        """The ten GDELT columns of one actor, from ActorNCode to ActorNType3Code."""
        return [self.code, name, self.country, self.group, self.ethnic, self.religion1, self.religion2,
                self.type1, self.type2, self.type3]  # fmt: skip


def _kind(chunk: str) -> str:
    labels = actor_codes().labels
    if chunk in labels["group"] and chunk not in SECTORS:
        return "group"
    if chunk in labels["type"] or chunk in SECTORS:
        return "type"
    if chunk in labels["religion"]:
        return "religion"
    if chunk.lower() in labels["ethnic"]:
        return "ethnic"
    return "other"


@lru_cache(maxsize=65_536)
def gdelt_actor(code: str | None, country: str | None = None, types: tuple[str, ...] | None = None) -> GdeltActor:
    """The GDELT actor fields of one of our actor codes (all empty for None).

    ``country`` (ours) and ``types`` are the stored country and sectors when the caller trusts them (an
    imported GDELT row keeps GDELT's own); otherwise both are read from the code's chunks."""
    if not code:
        return GdeltActor()
    table = countries()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not country and (chunks[0] in actor_codes().labels["country"] or chunks[0] in table.cameo):
        country = chunks[0]
    cameo_country = table.cameo.get(country, country) if country else ""
    chunks = [cameo_country if country and chunk == country else chunk for chunk in chunks]
    found: dict[str, list[str]] = {"group": [], "type": [], "religion": [], "ethnic": [], "other": []}
    for chunk in chunks:
        if chunk != cameo_country:
            found[_kind(chunk)].append(chunk)
    type_codes = (list(types) if types is not None else found["type"]) + ["", "", ""]
    religions = found["religion"] + ["", ""]
    return GdeltActor(
        code="".join(chunks),
        country=cameo_country,
        group=found["group"][0] if found["group"] else "",
        ethnic=found["ethnic"][0].lower() if found["ethnic"] else "",
        religion1=religions[0],
        religion2=religions[1],
        type1=type_codes[0],
        type2=type_codes[1],
        type3=type_codes[2],
    )


def our_actor_code(gdelt_code: str, gdelt_country: str) -> tuple[str, str]:
    """(our code, our country) for GDELT's ActorNCode and ActorNCountryCode (CAMEO country codes)."""
    table = countries()
    country = table.from_cameo.get(gdelt_country, gdelt_country) if gdelt_country else ""
    if gdelt_country and gdelt_code.startswith(gdelt_country):
        return country + gdelt_code[len(gdelt_country) :], country
    return gdelt_code, country
