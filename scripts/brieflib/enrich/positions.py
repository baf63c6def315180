"""The one sentence in which a brief states its position on a theme ("Positions at a glance").

The rule, in order:

1. Candidates are the sentences of the paragraphs that carry the theme, verbatim.
2. A sentence *states a position* when it recommends or judges: it has a
   modal of obligation or a verb of advice (POSITION_MARKERS: "should",
   "must", "need to", "recommend", "urge", ...).
3. Among sentences that state a position and use at least one of the theme's
   phrases, the one whose phrases weigh most wins; ties go to the earlier
   sentence. With none, the sentence whose phrases weigh most, earliest first.

So the sentence shown is where the brief says what should be done about the
theme, or else where it says most about it; it is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brieflib.model.brief import Block
from brieflib.model.text import sentences

POSITION_MARKERS = re.compile(
    r"\b(?:should|must|ought to|needs? to|has to|have to|cannot afford|recommend\w*|urge\w*|call(?:s|ed)? (?:on|for)|"
    r"it is time|the answer is|the priority|the task|the right (?:response|course|answer))\b",
    re.IGNORECASE,
)


def states_position(sentence: str) -> bool:
    return bool(POSITION_MARKERS.search(sentence))


def position(paragraphs: list[Block], weigh: Callable[[str], float]) -> dict[str, str]:
    """``{"block": paragraph id, "sentence": text}`` by the rule in the module docstring.

    ``paragraphs`` carry the theme; ``weigh`` gives the weight of the theme's phrases in a sentence.
    """
    best, best_key = {}, None
    for order, block in enumerate(sorted(paragraphs, key=lambda b: b.line)):
        for index, sentence in enumerate(sentences(block.text)):
            weight = weigh(sentence)
            key = (states_position(sentence) and weight > 0, weight, -order, -index)
            if best_key is None or key > best_key:
                best, best_key = {"block": block.id, "sentence": sentence}, key
    return best
