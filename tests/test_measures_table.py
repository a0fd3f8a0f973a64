"""One table of measures: extraction reads a measure's words from it and the pages rank and show the
measure from it, so that a measure is one row and no list elsewhere can forget it."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.extract.figures import find_figures
from briefing.measures import MEASURES, OUTCOMES, Measure
from briefing.render.measures import compare, rank
from conftest import article


@pytest.mark.parametrize("measure", [m for m in MEASURES if m.kind == "people"], ids=lambda m: m.name)
def test_every_word_after_a_count_gives_its_row_s_measure(measure: Measure):
    for word in measure.after:
        if word == "held":
            continue  # a detention only in the passive: test_held_is_a_detention_only_in_the_passive
        [figure] = find_figures(article(f"Officials said 23 people were {word} on Sunday."))
        assert (word, figure.measure) == (word, measure.name)


def test_the_pages_rank_people_s_fates_in_the_table_s_order(seeds):
    ranked = [s.measure for s in compare(seeds) if s.measure in OUTCOMES]
    assert ranked == sorted(ranked, key=list(OUTCOMES).index)
    assert all(rank(s)[0] == 0 for s in compare(seeds) if s.measure in OUTCOMES)


def test_a_measure_is_key_when_it_is_a_row_of_the_table(seeds):
    summary = next(s for s in compare(seeds) if s.measure == "killed")
    for row in MEASURES:
        assert dataclasses.replace(summary, measure=row.name).key, row.name
    assert not dataclasses.replace(summary, measure="countries").key
