"""Quotes: direct speech, attributed to the person who spoke it."""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.quotes import find_quotes
from briefing.load import load_articles
from conftest import SEEDS, SHARED, article


def quotes_of(*paragraphs: str) -> list[tuple[str, str]]:
    """(speaker key, quote) for every quote found in an article of `paragraphs`."""
    extraction = extract(article(*paragraphs))
    return [(q.speaker, q.text) for q in extraction.quotes]


def test_a_speaker_after_the_quote_is_attributed():
    found = quotes_of(
        "On Wednesday, US President Donald Trump said Zelensky’s position was harmful.",
        "“It’s inflammatory statements like Zelenskyy’s that makes it so difficult to settle this War. "
        "He has nothing to boast about!” Trump posted on his Truth Social platform.",
    )
    assert found == [
        (
            "Donald Trump",
            "It’s inflammatory statements like Zelenskyy’s that makes it so difficult to settle "
            "this War. He has nothing to boast about!",
        )
    ]


def test_a_pronoun_is_the_person_named_in_the_paragraph_before():
    found = quotes_of(
        "Following the attacks on Kyiv, President Volodymyr Zelensky announced he was cutting short his "
        "visit to South Africa.",
        "“It is extremely important that everyone around the world sees and understands what is really "
        "happening” he said, adding that Ukraine would immediately contact its international partners.",
    )
    assert [speaker for speaker, _ in found] == ["Volodymyr Zelensky"]


def test_a_role_is_the_person_who_holds_it():
    found = quotes_of(
        "The city’s mayor Vitali Klitschko earlier urged people to take shelter.",
        "“Rescuers are doing everything they can to clear the rubble as quickly as possible,” the mayor said "
        "on Telegram. “We are currently clearing the rubble manually.”",
    )
    assert found == [
        (
            "Vitali Klitschko",
            "Rescuers are doing everything they can to clear the rubble as quickly as possible",
        ),
        ("Vitali Klitschko", "We are currently clearing the rubble manually."),
    ]


def test_a_name_set_apart_by_a_clause_still_speaks():
    found = quotes_of(
        "Ukraine’s President Volodymyr Zelensky cut short his visit to South Africa.",
        "“Emotions have run high today,” Zelensky said on X Wednesday as the day’s developments threw "
        "fresh uncertainty over the diplomatic efforts to end the war. “These are not the actions of a man "
        "of peace,” UK Foreign Secretary David Lammy, who was set to host the minister-level meeting, said "
        "on Wednesday.",
    )
    assert [speaker for speaker, _ in found] == ["Volodymyr Zelensky", "David Lammy"]


def test_a_speaker_before_a_colon_is_attributed():
    found = quotes_of(
        "After the Trump visit was confirmed on Thursday, Labour MP David Lammy asked: "
        '"Anybody any good at making placards?"'
    )
    [(speaker, quote)] = found
    assert speaker.endswith("David Lammy") and quote == "Anybody any good at making placards?"


def test_a_possessive_name_is_not_the_speaker():
    found = quotes_of(
        "President Volodymyr Zelensky said the strike was aimed at the US. He sought to push back against "
        "Trump’s efforts to corral Kyiv, telling reporters: “The fact that Ukraine is ready to sit down is a "
        "big compromise.”"
    )
    assert [speaker for speaker, _ in found] == ["Volodymyr Zelensky"]


def test_an_organization_that_speaks_gives_no_quote():
    assert (
        quotes_of(
            '"Russia has launched a massive combined strike on Kyiv," Ukraine’s state emergency service '
            'announced on Telegram. "According to preliminary data, nine people were killed, 63 injured."'
        )
        == []
    )


def test_a_title_in_quotes_is_not_speech():
    assert (
        quotes_of(
            'Zelensky then cited the 2018 "Crimea declaration" by Trump\'s then secretary of state Mike '
            'Pompeo, which laid out that the United States "rejects Russia\'s attempted annexation".'
        )
        == []
    )


def test_a_signed_post_is_its_signer_s_quote():
    found = quotes_of(
        "Kyiv is under Russian attack. 21 people are hospitalized, including a pregnant woman and three "
        "children. pic.twitter.com/IQZw9TkV8I",
        "— Marta Havryshko (@HavryshkoMarta) April 24, 2025",
    )
    assert found == [
        (
            "Marta Havryshko",
            "Kyiv is under Russian attack. 21 people are hospitalized, including a "
            "pregnant woman and three children.",
        )
    ]


@pytest.mark.parametrize(
    "folder",
    [
        SEEDS,
        pytest.param(
            SHARED / "corpora" / "newswcl50" / "event0", marks=pytest.mark.shared("corpora/newswcl50")
        ),
    ],
    ids=["seeds", "newswcl50"],
)
def test_every_quote_is_the_text_at_its_offsets(folder):
    articles, _ = load_articles([folder])
    quotes = [(a, q) for a in articles for q in extract(a).quotes]
    assert len(quotes) > 10
    for found, quote in quotes:
        assert found.paragraphs[quote.paragraph].text[quote.start : quote.end].strip(" ,") == quote.text


def test_quotes_need_a_person_mention():
    assert find_quotes(article("“This is our territory,” Zelensky told reporters."), []) == []


def test_a_speech_verb_and_a_pronoun_across_an_embedded_post():
    # The first seed: Vance "articulated" a quote, then a post and its signature, then "He emphasized".
    found = quotes_of(
        'But Vice President JD Vance had also articulated while traveling in India, "We’ve issued a very '
        'explicit proposal to both the Russians and the Ukrainians."',
        "Kyiv is under Russian attack. 21 people are hospitalized, including a pregnant woman and three "
        "children. pic.twitter.com/IQZw9TkV8I",
        "— Marta Havryshko (@HavryshkoMarta) April 24, 2025",
        'He emphasized "The only way to really stop the killing is for the armies to both put down their '
        'weapons."',
    )
    assert [(speaker, text.split()[0]) for speaker, text in found] == [
        ("JD Vance", "We’ve"),
        ("Marta Havryshko", "Kyiv"),
        ("JD Vance", "The"),
    ]


def test_a_phrase_quoted_inside_the_reporters_sentence_is_no_quote():
    # CNN's seed: two phrases of Zelensky's inside one sentence, then a statement after a colon.
    found = quotes_of(
        "Moscow sent 70 missiles and 145 drones toward Ukraine, in an attack that leader Volodymyr Zelensky "
        "said was aimed at pressuring the United States.",
        "Zelensky said during a trip to South Africa that the bombardment was “first and foremost” aimed "
        "at “pressuring the US.” He sought to push back, telling reporters: “The fact that Ukraine is ready "
        "to sit down at a negotiating table after (a) full ceasefire with terrorists … is a big compromise.”",
    )
    assert [text.split()[0] for _, text in found] == ["The"]


def test_a_speaker_named_by_one_word_is_the_full_name_given_before():
    # BBC (entertainment/175): a knight by his first name; NewsWCL50 (event4/2): "President Trump" comes
    # before "Melania Trump", so "Trump" stays his.
    assert {
        speaker
        for speaker, _ in quotes_of(
            "Sir Paul McCartney will provide the half-time entertainment in the slot filled by Janet "
            "Jackson.",
            'Sir Paul said: "There\'s nothing bigger than being asked to perform at the Super Bowl."',
        )
    } == {"Paul McCartney"}
    assert {
        speaker
        for speaker, _ in quotes_of(
            "President Trump and Melania Trump, the first lady, welcomed President Emmanuel Macron of "
            "France.",
            "Trump signaled more optimism about brokering a nuclear accord with North Korea.",
            '"We\'re having very, very good discussions," he said.',
        )
    } == {"Trump"}


def test_a_statement_that_speaks_ends_the_persons_quotes_before_it():
    # ECB+ (18ecbplus/7), one paragraph: the son's words, then the firm's statement, not his.
    found = quotes_of(
        "Kafoury's adult daughter sobbed uncontrollably. \"She wasn't just a receptionist. She was our mom "
        'and the grandmother of our children, "Kafoury\'s son, Charlie, said after the hearing. "She was an '
        'essential point of our lives. " Gordon Advisors issued a statement Tuesday expressing condolences '
        'to the families of the victims. "We are especially devastated by the death of Madeline Kafoury and '
        'our hearts go out to her family. Maddie was revered by clients, employees and owners alike, "the '
        'statement said. "We express our gratitude to our employees for their bravery on Monday and for '
        'their support in the days to come. "'
    )
    assert found[-1] == ("Charlie", "She was an essential point of our lives.")
    assert not [text for _, text in found if "devastated" in text or "gratitude" in text]
