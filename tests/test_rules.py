"""The rule table of name recognition: each rule alone on real sentences, the two passes, and a rule
added as a row. Sentences are from the corpora in ../shared (BBC, MEANTIME)."""

from __future__ import annotations

import inspect

from briefing.extract import rules
from briefing.extract.context import ArticleContext
from briefing.extract.engine import NOT_A_NAME, Decision, Pass, named, read_span
from briefing.extract.spans import Span, find_spans, tokenized


def _read(*paragraphs: str) -> tuple[ArticleContext, list[Span]]:
    """An article's context and candidate spans, before any rule has run."""
    tokenized_paragraphs = [tokenized(index, text) for index, text in enumerate(paragraphs)]
    spans = [span for paragraph in tokenized_paragraphs for span in find_spans(paragraph)]
    return ArticleContext(tokenized_paragraphs, spans), spans


def _span(spans: list[Span], text: str) -> Span:
    return next(span for span in spans if span.text == text)


def _parts(decision: Decision | None) -> list[tuple[str, str]]:
    assert decision is not None
    return [(part.reading, part.span.text) for part in decision.parts]


def test_a_capital_that_only_starts_a_sentence_is_no_name() -> None:
    context, spans = _read("Following his inauguration, Mr Bush is due in Europe at the end of January.")
    assert rules.capital_only_starts_a_sentence(context, _span(spans, "Following")) == NOT_A_NAME
    assert rules.capital_only_starts_a_sentence(context, _span(spans, "Bush")) is None


def test_a_company_before_a_person_is_read_again_and_the_rest_is_the_person() -> None:
    context, spans = _read("'' said the vice president and chairman of Chrysler LLC Jim Press.")
    decision = rules.company_then_person(context, _span(spans, "Chrysler LLC Jim Press"))
    assert _parts(decision) == [("again", "Chrysler LLC"), ("person", "Jim Press")]
    assert decision is not None and decision.rest is None


def test_a_title_after_its_employer_names_nobody_but_the_employer_may_be_a_place() -> None:
    context, spans = _read(
        "Speaking on Friday, the US Treasury Secretary, Henry Paulson, said the plan would work."
    )
    decision = rules.title_after_employer(context, _span(spans, "US Treasury Secretary"))
    assert _parts(decision) == [("place if known", "US Treasury")]


def test_leading_titles_become_the_role_and_the_rest_goes_on() -> None:
    context, spans = _read(
        "Fritz Henderson, Chief Executive Officer of General Motors, said the plan was on track."
    )
    decision = rules.titles_become_role(context, _span(spans, "Chief Executive Officer of General Motors"))
    assert decision is not None and decision.parts == ()
    assert decision.rest is not None
    assert [t.text for t in decision.rest.role] == ["Chief", "Executive", "Officer"]
    assert decision.rest.text == "of General Motors"
    assert _parts(rules.title_of_employer(context, decision.rest)) == [("employer", "General Motors")]


def test_the_learning_pass_learns_full_names_and_records_nothing() -> None:
    context, spans = _read(
        "Communications Minister Dayanidhi Maran said that there is a need to fund the fast-growing mobile "
        "market.",
        "Potential foreign investors will however need government approval before they increase their stake "
        "beyond 49%, Mr Maran said.",
    )
    for span in spans:
        read_span(context, span, rules.LEARNING)
    assert context.found == []
    assert context.person_key("Maran") == "Dayanidhi Maran"
    for span in spans:
        read_span(context, span, rules.RECORDING)
    assert {(f.text, f.key, f.role) for f in context.found if f.kind == "person"} == {
        ("Dayanidhi Maran", "Dayanidhi Maran", "Minister"),
        ("Maran", "Dayanidhi Maran", None),
    }


def test_a_rule_added_as_a_row_decides_before_the_rules_after_it() -> None:
    text = 'Cellnet was forecasting half that." Now Vodafone has 14m customers in the UK alone.'

    def network_operators(context: ArticleContext, span: Span) -> Decision | None:
        """Mobile networks are organizations."""
        return named("organization", span) if span.text in ("Cellnet", "Vodafone") else None

    def mentions(recording: Pass) -> set[tuple[str, str]]:
        context, spans = _read(text)
        for rule_pass in (rules.LEARNING, recording):
            for span in spans:
                read_span(context, span, rule_pass)
        return {(m.kind, m.text) for m in context.mentions()}

    assert ("organization", "Cellnet") not in mentions(rules.RECORDING)
    # After the rule that drops a capital starting a sentence ("Now Vodafone"), before all others.
    table = rules.RECORDING.rules
    after = table.index(rules.capital_only_starts_a_sentence) + 1
    added = Pass((*table[:after], network_operators, *table[after:]), recording=True)
    assert {("organization", "Cellnet"), ("organization", "Vodafone")} <= mentions(added)


def test_every_rule_is_in_the_table_and_says_what_it_decides() -> None:
    table = {row.rule for row in rules.RULES}
    written = {
        function
        for name, function in inspect.getmembers(rules, inspect.isfunction)
        if function.__module__ == rules.__name__
        and not name.startswith("_")
        and list(inspect.signature(function).parameters) == ["context", "span"]
    }
    assert written == table
    assert all(rule.__doc__ for rule in table)
    assert rules.RULES[-1].recording and not any(
        row.recording for row in rules.RULES if row.rule is rules.sure_person
    )
