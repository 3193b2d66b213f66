"""The 01x wording the CAMEO codebook describes (declined comment 011, voiced doubt and hope 012/013,
weighing a policy option 014, admitting a mistake 015, symbolic acts 017, condolences 018, accord 019), coded from
verb patterns in rules.yaml. Sentences we wrote in wire style."""

from __future__ import annotations

import pytest
from conftest import code_triples, has_event

pytestmark = pytest.mark.spacy

DATE = "2011-03-14"

WORDING = [
    ("The Swedish foreign ministry declined comment on the arrests in Belarus.", "SWE", "", "011"),
    ("Poland refused to speculate on the Lithuanian response.", "POL", "", "011"),
    ("The Greek prime minister voiced doubt that the bailout talks with Germany would succeed.", "GRC", "DEU", "012"),
    ("The Kenyan government is weighing sanctions against Somalia.", "KEN", "SOM", "014"),
    ("The European Union is exploring the possibility of patrols on the Libyan border.", "IGO", "LBY", "014"),
    ("The Japanese government admitted mistakes in its handling of the crisis.", "JPN", "", "015"),
    ("The British prime minister attended the funeral of the Polish president.", "GBR", "POL", "017"),
    ("The Indian prime minister laid a wreath at the memorial.", "IND", "", "017"),
    ("The French president conveyed condolences to the Turkish people.", "FRA", "TUR", "018"),
    ("The German chancellor sympathized with the victims in Norway.", "DEU", "NOR", "018"),
    ("Austria concurred with Italy on the border question.", "AUT", "ITA", "019"),
]


def test_agreeing_on_a_need_is_accord_each_way_and_agreeing_on_a_truce_is_not(code_text):
    accord = code_triples(code_text("The Kenyan and Ugandan leaders agreed on the need for calm.", DATE))
    assert ("KENGOV", "UGAGOV", "019") in accord and ("UGAGOV", "KENGOV", "019") in accord, accord
    truce = code_triples(code_text("The Kenyan and Ugandan leaders agreed on a truce.", DATE))
    assert not any(c == "019" for _, _, c in truce), truce


@pytest.mark.parametrize(("text", "source", "target", "code"), WORDING)
def test_codebook_wording_gets_its_code(code_text, text, source, target, code):
    events = code_text(text, DATE)
    assert has_event(events, source, target, code), code_triples(events)


NOT_CONSIDERING = [
    # weighing in is a comment, weighing goods no policy option; a study of a river is no policy review
    "The American ambassador weighed in on the debate in Pakistan.",
    "Scientists examined the water of the Danube.",
]


@pytest.mark.parametrize("text", NOT_CONSIDERING)
def test_no_policy_option_where_none_is_weighed(code_text, text):
    assert not any(c == "014" for _, _, c in code_triples(code_text(text, DATE)))
