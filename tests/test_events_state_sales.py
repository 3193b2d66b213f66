"""A state or a bloc selling goods to another state is economic cooperation (061); a government selling
shares to the public (a privatisation) and a firm's sale are business, no event."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def test_a_sale_between_states_is_economic_cooperation(code_text):
    text = "The European Community today sold 181,500 tonnes of ageing butter to the Soviet Union at a special price."
    assert ("IGOEUREEC", "061", "SUN") in {
        (e.source.code, e.cameo.code, e.target.code) for e in code_text(text, "1987-03-11") if e.source and e.target
    }


@pytest.mark.parametrize(
    "text",
    [
        "Civil Aviation minister Richard Prebble said today the government would sell 25 pct of the airline to the public.",
        "British Airways was sold to the public by the Conservative government in February.",
        "General Motors sold its plant to Toyota.",
    ],
)
def test_a_privatisation_or_a_firms_sale_is_no_event(code_text, text):
    assert not [e for e in code_text(text, "1987-03-11") if e.cameo.root in ("03", "06")]
