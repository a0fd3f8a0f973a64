"""Where sentences break, on sentences from the BBC corpus."""

from __future__ import annotations

from briefing.sentences import SENTENCES, Splitter

QUOTED = 'Cellnet was forecasting half that." Now Vodafone has 14m customers in the UK alone.'
SAID = 'The car would be made in Sunderland. Said Mr Fogg: "It\'s very much a computer."'


def test_a_sentence_ends_after_its_closing_quotation_mark() -> None:
    bounds = SENTENCES.bounds(QUOTED)
    now = QUOTED.index("Now")
    assert bounds.of(now) == (now, len(QUOTED))
    assert bounds.of(0) == (0, now)


def test_a_figure_that_begins_its_sentence_is_in_that_sentence() -> None:
    text = "Rescuers worked through the night. Twelve people were hurt. 14 more were missing."
    start = text.index("Twelve")
    assert SENTENCES.bounds(text).of(start) == (start, len(text))
    # A sentence starts at a capital: after a stop, digits go on with the sentence before.
    assert SENTENCES.bounds(text).of(text.index("14")) == (start, len(text))


def test_a_stop_before_a_lowercase_word_ends_no_sentence() -> None:
    text = "It cost 2.5 times as much. the rest was spent on staff."
    assert SENTENCES.bounds(text).of(text.index("rest")) == (0, len(text))
    assert SENTENCES.first(text) == text


def test_first_gives_the_first_sentence_without_its_stop() -> None:
    assert SENTENCES.first(SAID) == "The car would be made in Sunderland"


def test_around_quotations_a_quotation_mark_opens_a_sentence_but_closes_none() -> None:
    clauses = Splitter(closing_quotes="", quote_opens=True)
    # An opening quotation mark starts a sentence even before a lowercase word...
    assert clauses.first('he said. "then we left') == "he said"
    assert SENTENCES.first('he said. "then we left') == 'he said. "then we left'
    # ...and a stop inside a closing one is not read through it.
    assert clauses.last_start(QUOTED) == 0
    assert SENTENCES.last_start(QUOTED) == QUOTED.index("Now")


def test_last_start_is_where_the_last_sentence_starts() -> None:
    assert SENTENCES.last_start(SAID) == SAID.index("Said")
    assert SENTENCES.last_start("No stop here") == 0
