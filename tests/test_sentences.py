"""Where sentences break, on sentences from the BBC corpus."""

from __future__ import annotations

from briefing.datelines import read_dateline, without_dateline
from briefing.sentences import HEADLINE, READER, SENTENCES, Splitter, lead_sentence, sentences

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


PALIN = (
    "Mat Maid became a state-run business that eventually died despite the best efforts of former "
    "Gov. Sarah Palin to keep it alive. Now a conservative icon, Palin was anything but in 2007."
)
TEVEZ = "Atletico Madrid gave up on him after declaring his private life to be 'disorganized.' Hounded by"


def test_a_page_cites_a_sentence_whole_through_an_abbreviation() -> None:
    now = PALIN.index("Now")
    assert [start for start, _ in sentences(PALIN)] == [0, now]
    # The option holds wherever the reader's splitter looks; without it, "Gov." ends a sentence.
    assert READER.bounds(PALIN).of(PALIN.index("Sarah")) == (0, now)
    assert READER.first(PALIN).endswith("to keep it alive")
    assert SENTENCES.first(PALIN).endswith("former Gov")


def test_a_derived_title_reads_single_quotation_marks_as_quotation_marks() -> None:
    assert (
        HEADLINE.first(TEVEZ, with_stop=True)
        == "Atletico Madrid gave up on him after declaring his private life to be 'disorganized."
    )
    assert SENTENCES.first(TEVEZ) == TEVEZ  # single quotation marks close no sentence there


def test_a_dateline_naming_its_outlet_gives_place_and_outlet() -> None:
    lead = "TEL AVIV (Reuters) - Israel presented on Monday what it said was evidence"
    assert read_dateline(lead) == (
        "Israel presented on Monday what it said was evidence",
        "TEL AVIV",
        "Reuters",
    )
    assert read_dateline("WASHINGTON — President Trump will travel to the United Kingdom on July 13")[1:] == (
        None,
        None,
    )


def test_a_page_leaves_any_dateline_out_of_the_lead_it_cites() -> None:
    assert lead_sentence(
        "Washington (AFP) – Special Counsel Robert Mueller has submitted questions. More."
    ) == ("Special Counsel Robert Mueller has submitted questions.")
    lead = "WASHINGTON — The Democratic National Committee filed a lawsuit Friday against the Russian"
    assert without_dateline(lead) == lead.removeprefix("WASHINGTON — ")
