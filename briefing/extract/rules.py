"""What a candidate name is: an ordered table of small rules (RULES), read by the engine (engine.py).

Each rule is a function of the article's context and a span that returns a Decision, or None to
leave the span to the next rule. Rules run in two passes over the article: the learning pass only
learns the full names of sure people, so that the recording pass can read a surname alone,
anywhere in the article, as its person. Each row of RULES says in which passes its rule runs.
To add a rule, write a small function and give it a row.
"""

from __future__ import annotations

from typing import NamedTuple

from ..spelling import spelling_key, stem_key
from . import cues, lexicon
from .context import ArticleContext
from .engine import NOT_A_NAME, Decision, Part, Pass, Rule, going_on_with, named
from .gazetteer import LARGE_CITY, Place, fold, gazetteer
from .organizations import expanded_acronyms, organization, organization_key
from .people import aged_or_named, name_ends, named_alone, person_context
from .places import best_place, qualified_town, state_abbreviation
from .spans import CONNECTORS, NAME_PARTICLES, Span
from .tokens import Token
from .words import is_common_word, is_everyday_word, is_given_name

# Rules for both passes: what is no name at all, and how a span is cut ---------------------------------


def capital_only_starts_a_sentence(context: ArticleContext, span: Span) -> Decision | None:
    """A capital that only starts a sentence ("Following the attacks") is not a name, unless it calls
    someone ("“Mark, stop it!”")."""
    tokens = span.tokens
    if not (tokens[0].initial or tokens[0].lower in lexicon.ARTICLES) or _called(context, span):
        return None  # most names start no sentence
    while tokens:
        head = tokens[0]
        if head.lower == "of" and tokens is not span.tokens:
            tokens = tokens[1:]  # "Shares of Wells Fargo Bank rose": "of" begins no name
            if len(tokens) == 1 and _noun_with_a_capital(context, tokens[0]):
                return NOT_A_NAME  # "Details of Summit are being worked out"
            continue
        if head.lower in lexicon.ARTICLES and not any(
            q.name.startswith(head.text) for q in gazetteer().lookup(" ".join(t.text for t in tokens))
        ):
            tokens = tokens[1:]
            continue
        if (
            not head.initial
            or head.text in context.capitalized
            or (len(tokens) > 1 and tokens[1].text in ("&", "and", "for"))
            or (len(tokens) > 1 and tokens[1].text == "of" and head.lower in lexicon.ORG_HEADS)
            or (  # "Women's Tennis Association"
                head.lower in lexicon.GROUP_POSSESSORS
                and span.paragraph.text.startswith(("'s ", "’s "), head.end)
            )
        ):
            # "Marks & Spencer has cut prices", "Fish and Wildlife Service", "Bank of America said": one name
            # from the first
            break
        # The word after a first name, past a particle ("Frank de Boer", "Hassan bin Talal").
        after = next((t for t in tokens[1:] if t.lower not in NAME_PARTICLES), tokens[-1])
        if len(tokens) > 1 and after is not tokens[1] and is_everyday_word(head.text):
            after = tokens[1]  # a typing slip: "“…,” Me den Hartog told the BBC"
        if len(tokens) > 1 and (
            head.lower.rstrip(".") in lexicon.TITLE_WORDS
            or (
                is_given_name(head.text)
                and (
                    (head.lower not in context.lowercase and after.lower not in context.lowercase)
                    or person_context(span)
                )
            )
        ):
            break  # "Senator John McCain", "Mark Papermaster", "Willie Young, 21," begin a sentence
        if (
            head.text in lexicon.ORGANIZATIONS
            or cues.in_a_result(span)
            or not (
                (
                    is_common_word(head.text)
                    or head.lower in context.lowercase
                    or head.lower in lexicon.ARTICLES
                )
                and not any(
                    q.major or (q.kind == "subdivision" and gazetteer().is_large_country(q.country))
                    for q in gazetteer().lookup(head.text)
                )  # known by name: "Texas governor Rick Perry said"
            )
        ):
            # A known organization ("Apple Computer is planning"), a side of a result ("Leeds United beat
            # Chelsea 2-1"), or a word rarely written in lowercase.
            break
        if head.lower not in lexicon.ARTICLES and any(
            gazetteer().lookup(" ".join(t.text for t in tokens[:n]))
            for n in range(2, min(len(tokens), 3) + 1)
        ):
            break  # a place of several words: "New Orleans police said", "Colorado Springs police tweet"
        tokens = tokens[1:]
    if not tokens:
        return NOT_A_NAME
    return going_on_with(span.part(len(span.tokens) - len(tokens))) if tokens is not span.tokens else None


def _quoted_in_a_sentence(span: Span) -> bool:
    """A name of several words quoted whole inside a sentence ('a plan for what he called a "New GM"'): its
    opening quotation mark starts no sentence, so its capitals are the name's."""
    text, start, end = span.paragraph.text, span.tokens[0].start, span.tokens[-1].end
    before = span.paragraph.tokens[span.first - 1] if span.first else None
    return (
        len(span.tokens) > 1
        and span.tokens[0].lower not in lexicon.ARTICLES  # a nickname: "Vincent “The Chin” Gigante"
        and text[start - 1 : start] in ('"', "“")
        and text[end : end + 1] in ('"', "”")
        and before is not None
        and before.text.islower()
        and text[before.end : start - 1].strip() == ""
    )


def country_by_formal_name(context: ArticleContext, span: Span) -> Decision | None:
    """A country by its formal name, written with a possessive or "of the" ("the People's Republic of
    China", "the Democratic Republic of the Congo"): the country, not a cut of it."""
    if len(span.tokens) < 3 or not any(t.lower in lexicon.STATE_FORMS for t in span.tokens):
        return None
    name = span.paragraph.text[span.tokens[0].start : span.tokens[-1].end]
    country = next((q for q in gazetteer().lookup(name) if q.kind == "country"), None)
    return named("place", span, place=country) if country else None


def news_desk(context: ArticleContext, span: Span) -> Decision | None:
    """A news desk's name ("New York Markets Desk", "Jakarta Newsroom") is no person: its place at most."""
    if span.tokens[-1].lower not in lexicon.NEWSROOM_WORDS:
        return None
    for end in range(len(span.tokens) - 1, 0, -1):
        where = span.part(0, end)
        if places := gazetteer().lookup(where.text):
            return named("place", where, place=best_place(context, where) or places[0])
    return NOT_A_NAME


def headline_in_capitals(context: ArticleContext, span: Span) -> Decision | None:
    """In a headline in capitals, a name is only what is known by name: a country, a state or a large city
    ("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT"), or a famous organization ("NATO"); no capitals make
    a person or an acronym there."""
    if not span.paragraph.capitals or not span.text.isupper():
        return None
    parts, i, n = [], 0, len(span.tokens)
    while i < n:
        for j in range(min(n, i + 3), i, -1):  # the longest known name from here ("NEW YORK")
            part = span.part(i, j)
            if places := [q for q in gazetteer().lookup(part.text) if _known_by_name(q, part.text)]:
                parts.append(Part("place", part, place=places[0]))
                break
            if part.text in lexicon.ORGANIZATIONS and not is_common_word(part.text):  # "NATO", not "WHO"
                parts.append(Part("organization", part))
                break
        else:
            j = i + 1
        i = j
    return Decision(tuple(parts))


def _known_by_name(place: Place, name: str) -> bool:
    """A country, a state or a large city not named by a common word ("SURPRISE"): known by its name
    alone, even in capitals."""
    return (
        place.major or place.kind != "city" or (place.population >= LARGE_CITY and not is_common_word(name))
    )


def _company_named(context: ArticleContext, span: Span) -> bool:
    """The words around a name call it a company (cues.company_cue)."""
    return cues.company_cue(span, context.organization_names)


def _noun_with_a_capital(context: ArticleContext, word: Token) -> bool:
    """A common word alone that no famous organization, person of the article or place known by name
    writes ("Summit"; not "Congress", "Japan")."""
    return (
        is_common_word(word.text)
        and word.text not in lexicon.ORGANIZATIONS
        and context.person_key(word.text) is None
        and not any(q.major or q.kind != "city" for q in gazetteer().lookup(word.text))
    )


def clause_in_title_case(context: ArticleContext, span: Span) -> Decision | None:
    """A headline run into the text in title case ("Mayor Will Now Veto Budget A City Council vote"):
    a modal or an auxiliary between a span's words makes it a clause, not a name. Its subject and the noun
    phrases its articles begin are read again apart ("D.A.", "Superior Court"); its predicate, from the
    modal on, names nothing ("Will Now Veto Budget")."""
    tokens = span.tokens
    if not any(t.lower in lexicon.CLAUSE_WORDS for t in tokens[1:-1]):
        return None
    parts, start = [], 0
    for i, token in enumerate([*tokens[1:], None], start=1):
        if token is None or token.lower in lexicon.CLAUSE_WORDS or token.lower in lexicon.ARTICLES:
            if start is not None and start < i:
                parts.append(Part("again", span.part(start, i)))
            start = i + 1 if token is not None and token.lower in lexicon.ARTICLES else None
    return Decision(tuple(parts))


def aside_in_signature(context: ArticleContext, span: Span) -> Decision | None:
    """A post's signature describes its author in parentheses ("Defence & Security Reporter"): no name."""
    return NOT_A_NAME if cues.aside_in_signature(span) else None


def credit_or_byline(context: ArticleContext, span: Span) -> Decision | None:
    """A photo's credit or a journalist's byline names no one in the story ("AP Photo/Paul Sancya")."""
    return NOT_A_NAME if cues.credit(span) else None


def nationality_adjective(context: ArticleContext, span: Span) -> Decision | None:
    """ "Korean", "South Korean", "Christian North Koreans": adjectives."""
    return NOT_A_NAME if cues.adjective_of_nationality(span) else None


def currency(context: ArticleContext, span: Span) -> Decision | None:
    """ "US$40 million", "HK$": a currency, not the place."""
    return NOT_A_NAME if span.paragraph.text.startswith("$", span.tokens[-1].end) else None


def title_alone(context: ArticleContext, span: Span) -> Decision | None:
    """A title alone ("Chief Executive Officer", "Civilian Deputy Undersecretary") names nobody."""
    return NOT_A_NAME if cues.only_titles(span.tokens) else None


def plural_noun_after_name(context: ArticleContext, span: Span) -> Decision | None:
    """ "James Comey Memos just out": a noun written with a capital after a name is left out."""
    tokens = span.tokens
    if (
        len(tokens) >= 2
        and cues.plural_noun(tokens[-1], context.lowercase)
        and (
            (len(tokens) >= 3 and cues.given_name_first(span))
            or context.person_key(" ".join(t.text for t in tokens[:-1]))
        )
    ):
        return going_on_with(span.part(0, -1))
    return None


def legal_form_alone(context: ArticleContext, span: Span) -> Decision | None:
    """ "Smith for Senate, Inc.": a company's legal form alone names nothing."""
    return NOT_A_NAME if all(t.lower in lexicon.CORPORATE_SUFFIXES for t in span.tokens) else None


_TITLE_OR_HEAD = lexicon.TITLE_WORDS | lexicon.HEAD_TITLES


def title_after_employer(context: ArticleContext, span: Span) -> Decision | None:
    """A title after its employer ("the US Treasury Secretary", "U.S. Senators") names nobody, but
    the employer may be a place ("South Carolina Sen.")."""
    tokens = span.tokens
    if len(tokens) < 2 or tokens[-1].lower.removesuffix("s") not in lexicon.HEAD_TITLES:
        return None
    k = len(tokens)
    while k > 0 and tokens[k - 1].lower.removesuffix("s") in _TITLE_OR_HEAD:
        k -= 1
    if k and tokens[k - 1].lower in CONNECTORS:
        return None  # "the Department of Justice", "the Royal Courts of Justice": an institution's object
    return Decision((Part("place if known", span.part(0, k)),) if k else ())


def employer_then_titled_person(context: ArticleContext, span: Span) -> Decision | None:
    """ "Aer Lingus Chief Executive Dermot Mannion": the employer, then the person with their title; a
    state or a well-known place by its name alone ("Philadelphia District Attorney Seth Williams",
    "Alaska Governor Sarah Palin")."""
    inner = cues.inner_title(span)
    if not inner:
        return None
    employer = span.part(0, inner)
    if inner == 1 and (
        places := [
            q for q in gazetteer().lookup(employer.text) if q.major or q.kind in ("country", "subdivision")
        ]
    ):
        place = best_place(context, employer) or max(places, key=lambda q: (q.major, q.population))
        return Decision((Part("place", employer, place=place),), rest=span.part(inner))
    if (
        inner == 1
        and is_common_word(employer.text)
        and not employer.text.isupper()
        and employer.text not in lexicon.ORGANIZATIONS
        and employer.text not in lexicon.PARTIES
    ):
        return going_on_with(span.part(inner))  # "Culture Secretary Tessa Jowell": a word of the title
    if (
        inner > 1
        and employer.tokens[-1].lower in lexicon.PLACE_HEADS
        and employer.tokens[-1].lower != "state"
    ):
        # "Genesee County Sheriff Robert Pickell": the county is a place, as where it stands alone.
        key = "name:" + stem_key(employer.text)
        return Decision((Part("place", employer, key=key),), rest=span.part(inner))
    return Decision((Part("employer", employer),), rest=span.part(inner))


def company_then_person(context: ArticleContext, span: Span) -> Decision | None:
    """ "Chrysler LLC Jim Press", "Fort Pitt Capital Group Charlie Smith": a company, then the person."""
    tokens = span.tokens
    suffix = next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if (
                t.lower.rstrip(".") in lexicon.CORPORATE_SUFFIXES
                or (
                    t.lower in lexicon.ORG_HEADS
                    and i > 0
                    and len(tokens) - i in (3, 4)
                    and tokens[-1].lower not in lexicon.FACILITY_HEADS
                )
            )
            and is_given_name(tokens[i + 1].text)
        ),
        None,
    )
    if suffix is None:
        return None
    company, person = span.part(0, suffix + 1), span.part(suffix + 1)
    if len(person.tokens) > 1:
        return Decision((Part("again", company), Part("person", person, role=cues.role_after(person))))
    return Decision((Part("again", company),), rest=person)


def titles_become_role(context: ArticleContext, span: Span) -> Decision | None:
    """Leading titles ("US President", "Secretary of State") go from the name to its role."""
    tokens = span.tokens
    k, titled = 0, 0
    # "Commissioner for Competition Neelie Kroes", "... for Acquisition Darleen Druyun": the
    # span starts inside a title.
    continued = (
        tokens[0].lower in lexicon.TITLE_OBJECTS
        or (len(tokens) == 3 and is_common_word(tokens[0].text) and is_given_name(tokens[1].text))
    ) and _continues_title(context, span)
    while k < len(tokens) - 1:
        word = tokens[k].lower.rstrip(".")
        if k == 0 and continued:
            k = titled = 1
        elif word in lexicon.TITLE_WORDS or tokens[k].lower in lexicon.TITLE_WORDS:
            k += 1
            titled = k
        elif word in lexicon.TITLE_JOINERS and titled and tokens[k + 1].lower in lexicon.TITLE_OBJECTS:
            k += 2
            titled = k
        elif cues.title_prefix(tokens, k) and k + 2 < len(tokens):
            k += 1  # "District Attorney", "Chief Patrol Agent"
        elif k == 0 and cues.country_prefix(tokens[k]):
            k += 1
        else:
            break
    words = [tokens[i].lower.rstrip(".") for i in range(titled)]
    if (continued and titled) or any(
        w in lexicon.TITLE_WORDS and w not in lexicon.TITLE_MODIFIERS for w in words
    ):
        rest = Span(span.paragraph, tokens[titled:], span.first + titled, tokens[:titled])
        if rest.tokens and rest.tokens[0].lower not in _EMPLOYER_PREPOSITIONS and cues.inner_title(rest):
            # "Chief Woodburn Police Chief Scott Russell" (a caption run into its line): the last title
            # and its employer are the name's, read again.
            return Decision((Part("again", rest.part(0)),))
        return going_on_with(rest)
    return None


def _continues_title(context: ArticleContext, span: Span) -> bool:
    """Follows "of" or "for" after a title or an employer ("Commissioner for", "Air Force for")."""
    before = cues.word_before(span)
    if before is None or before.lower not in ("of", "for") or span.first < 2:
        return False
    title = span.paragraph.tokens[span.first - 2]
    return (
        title.lower.rstrip(".") in lexicon.TITLE_WORDS
        or (span.paragraph.index, title.end) in context.organization_ends
    )


def person_of_place(context: ArticleContext, span: Span) -> Decision | None:
    """A person's name, "of", and where they are from or work, which is no person ("Moon Jae-in of
    South Korea", "Joyce LaRue of Jackson", "Mike Powell of Dresdner Kleinwort Wasserstein", "Jamaine
    Sutton of Dunbar was killed")."""
    titled = bool(span.role) or _title_abbreviated_before(span)
    if not any(t.text == "of" for t in span.tokens[1 if titled else 2 : -1]):
        return None
    name, _, where = span.text.rpartition(" of ")
    # A surname alone after a title is a person's too ("Lt. Cooper of Charleston Police Department").
    titled_surname = " " not in name and titled and name.lower() not in lexicon.ORG_HEADS
    if " " not in name and not titled_surname:
        return None
    person = span.part(0, len(name.split()))
    # "Jamaine Sutton of Dunbar was killed": a fate after the whole says its first part is a person.
    fate_after = person_context(span) and not span.role and not gazetteer().lookup(span.text)
    named_first = (
        (
            cues.given_name_first(span)
            or person_context(person)
            or aged_or_named(span)
            or fate_after
            or titled_surname
        )
        and not cues.thing(person, context.things)
        and not organization(context, person, read_around=False)  # "the Royal Courts of Justice"
    )
    if not named_first and (
        context.person_key(name) is None
        or not any(
            q.kind in ("country", "region", "continent", "subdivision") for q in gazetteer().lookup(where)
        )
    ):
        return None
    whole, first = span.role + span.tokens, span.first - len(span.role)
    cut = len(whole) - len(where.split())
    # One word the gazetteer does not know is a small town more often than a firm ("of Jennings").
    employer = "employer" if cut < len(whole) - 1 or whole[-1].text.isupper() else "place if known"
    return Decision(
        (
            Part("person", person, role=cues.role_of(span))
            if fate_after or titled_surname
            else Part("again", Span(span.paragraph, whole[: cut - 1], first)),
            Part(employer, Span(span.paragraph, whole[cut:], first + cut)),
        )
    )


_EMPLOYER_PREPOSITIONS = ("of", "at", "for")


def _title_abbreviated_before(span: Span) -> bool:
    """An abbreviated title stands just before the span ("Lt. Cooper"), a name of its own."""
    if not span.first:
        return False
    before = span.paragraph.tokens[span.first - 1]
    return (
        before.lower in lexicon.TITLE_WORDS and span.paragraph.text[before.end : span.tokens[0].start] == ". "
    )


def organization_with_title_word(context: ArticleContext, span: Span) -> Decision | None:
    """ "General Motors": a title word that begins an organization's name is no title."""
    if not span.role or span.tokens[0].lower in _EMPLOYER_PREPOSITIONS:
        return None
    whole = span.role + span.tokens
    if not organization(context, Span(span.paragraph, whole, 0), read_around=False):
        return None
    return going_on_with(Span(span.paragraph, whole, span.first - len(span.role)))


def title_of_employer(context: ArticleContext, span: Span) -> Decision | None:
    """ "Vice Chairman of Chrysler": the title's object is a place or an employer, not a person; a full name
    after it is the person's, the title and its object their role ("the Mayor of London Ken Livingstone")."""
    if not (span.role and span.tokens[0].lower in _EMPLOYER_PREPOSITIONS):
        return None
    k = _person_after_employer(context, span)
    if k is None:
        return named("employer", span.part(1))
    person = Span(span.paragraph, span.tokens[k:], span.first + k, span.role + span.tokens[:k])
    employer = span.part(1, k)
    # "Chief of Detectives Charlie Beck": a common noun is the title's, no employer.
    common = cues.everyday_phrase(employer) and not gazetteer().lookup(employer.text)
    return Decision(() if common else (Part("employer", employer),), rest=person)


def _person_after_employer(context: ArticleContext, span: Span) -> int | None:
    """Where a full name begins after a title's object ("of London | Ken Livingstone", "of Kenya | Mwai
    Kibaki"): at a first name, or after a place the gazetteer knows, when what stands before it is a
    well-known place, an organization or a common noun; None where no name follows ("of Morgan Stanley
    Asia": Stanley is a first name, but Morgan no employer)."""
    tokens = span.tokens
    for k in range(2, len(tokens) - 1):
        if tokens[k].lower in CONNECTORS or tokens[k - 1].lower in CONNECTORS:
            continue
        employer = span.part(1, k)
        places = gazetteer().lookup(employer.text)
        if not (
            cues.given_name_first(span.part(k))
            or (k == len(tokens) - 2 and places and not is_common_word(tokens[k].text))
        ):
            continue
        if (
            any(q.major or q.kind in ("country", "subdivision") for q in places)
            or cues.everyday_phrase(employer)
            or organization(context, employer, read_around=False)
        ):
            return k
    return None


def title_before_common_noun(context: ArticleContext, span: Span) -> Decision | None:
    """ "the General Election": a title word before a noun names nobody."""
    word = span.tokens[0]
    if span.role and len(span.tokens) == 1 and word.lower in context.lowercase and is_common_word(word.text):
        return NOT_A_NAME
    return None


_FIRM_ENDINGS = lexicon.ORG_HEADS | lexicon.CORPORATE_SUFFIXES | {"sons"}


def names_joined_by_ampersand(context: ArticleContext, span: Span) -> Decision | None:
    """Names joined by "&" are a firm's ("Procter & Gamble", "Johnson & Johnson", "AG Edwards & Sons"), but
    two people, two places or two acronyms are read one by one ("Matt Lucas & David Walliams", "Serbia &
    Montenegro", "EU & IMF"); everyday words are a firm's when they speak ("according to Standard & Poor's"),
    else no name ("Body & Soul")."""
    k = next((i for i, t in enumerate(span.tokens) if t.text == "&"), None)
    if k is None or span.role or k == 0 or k == len(span.tokens) - 1:
        return None
    of = next((i for i, t in enumerate(span.tokens) if i > k and t.text == "of"), None)
    if of is not None:  # "ALAFCO Aviation Lease & Finance of Kuwait": the firm, and where it is
        return Decision((Part("again", span.part(0, of)), Part("again", span.part(of + 1))))
    sides = span.part(0, k), span.part(k + 1)
    if len(sides[1].tokens) == 1 and sides[1].tokens[0].lower.rstrip(".") in _FIRM_ENDINGS:
        return named("organization", span)
    if (
        any(len(side.tokens) > 1 and cues.given_name_first(side) for side in sides)
        or all(gazetteer().lookup(side.text) for side in sides)
        or all(len(side.tokens) == 1 and side.text.isupper() and len(side.text) > 1 for side in sides)
    ):
        return Decision(tuple(Part("again", side) for side in sides))
    if cues.everyday_phrase(Span(span.paragraph, sides[0].tokens + sides[1].tokens, 0)) and not cues.speaks(
        span
    ):
        return NOT_A_NAME
    return named("organization", span)


def name_with_middle_initial(context: ArticleContext, span: Span) -> Decision | None:
    """A first name, a middle initial and a surname are a person's, whatever the surname is ("Reginald L.
    Street", "Shontay N. Young")."""
    tokens = span.tokens
    if not (
        3 <= len(tokens) <= 4
        and len(tokens[1].text) == 1
        and tokens[1].text.isupper()
        and span.paragraph.text.startswith(".", tokens[1].end)
        and (len(tokens) == 3 or tokens[3].text in lexicon.NAME_SUFFIXES)
        and (is_given_name(tokens[0].text) or not is_common_word(tokens[0].text))
        and not tokens[0].text.isupper()
    ):
        return None
    return named("person", span, role=cues.role_of(span))


# Learning pass ----------------------------------------------------------------------------------------


def titled_place(context: ArticleContext, span: Span) -> Decision | None:
    """A title before a place's one-word name teaches no person's name."""
    return NOT_A_NAME if span.role and len(span.tokens) == 1 and best_place(context, span) else None


def sure_person(context: ArticleContext, span: Span) -> Decision:
    """A name after a title, or a full name with a first name, a role or a speech verb, that is no
    organization, thing, place or everyday phrase: a person whose full name is worth learning."""
    tokens = span.tokens
    if span.role or (
        len(tokens) > 1
        and (cues.given_name_first(span) or cues.role_of(span) or cues.speaks(span) or person_context(span))
        and not organization(context, span)
        and not cues.thing(span, context.things)
        and not gazetteer().lookup(span.text)
        and not cues.everyday_phrase(span)
        and not cues.after_the(span)
        and span.text not in lexicon.STOCK_INDEXES  # "Dow Jones said", the company
        and not (tokens[0].text.isupper() and gazetteer().country_of(tokens[0].text))  # "UK Coal said"
    ):
        return named("person", span)
    return NOT_A_NAME


# Recording pass ---------------------------------------------------------------------------------------


def country_before_title(context: ArticleContext, span: Span) -> Decision | None:
    """ "US President": the country is a place, read alone."""
    prefix = span.role[0] if span.role else None
    if prefix is None or not cues.country_prefix(prefix) or not gazetteer().lookup(prefix.text):
        return None
    return Decision((Part("place if known", Span(span.paragraph, (prefix,), 0)),), rest=span)


def titled_person(context: ArticleContext, span: Span) -> Decision | None:
    """A name after a title is a person's."""
    return named("person", span, role=cues.role_of(span)) if span.role else None


def airline_of_a_flight(context: ArticleContext, span: Span) -> Decision | None:
    """ "Adam Air Flight 574", "Air France Flight 447": the airline, before its flight's name and number."""
    tokens = span.tokens
    if len(tokens) < 2 or tokens[-1].lower != "flight" or not cues.model_number_after(span):
        return None
    return Decision((Part("organization", span.part(0, -1)),))


def product_or_edition(context: ArticleContext, span: Span) -> Decision | None:
    """A product, an event's edition or an index is no organization: a maker's name and a model's
    ("Toyota Camry", "Intel Core Duo", "Chrysler Aspen"), capitals after a model's number ("A350 XWB"), or a
    name before a model number ("Boeing 737-800 planes", "WWDC 2012", "the FTSE 100"), unless it is a
    place, a person or a team."""
    if cues.product_words(span, context.organization_names) or cues.model_suffix(span):
        return NOT_A_NAME
    if (
        not cues.model_number_after(span)
        or span.tokens[-1].lower in lexicon.ORG_HEADS
        or cues.team(span)
        or span.tokens[0].text in lexicon.OUTLETS
        or gazetteer().lookup(span.text)
        or context.person_key(span.text)
    ):
        return None
    return NOT_A_NAME


def stock_index(context: ArticleContext, span: Span) -> Decision | None:
    """A name the article uses as a stock-market index ("The Dow Jones was down 2.62%", "every stock in the
    Dow Jones") is no organization, unless it speaks ("Dow Jones said") or has a legal form ("Dow Jones Co"),
    or is an exchange, a place or a person ("the Sao Paolo Stock Exchange closed at 24,997 points",
    "McDermott ended with 2,129 points"). An index known by name that speaks is its company's ("Dow Jones
    said"), never a person."""
    if (
        span.tokens[0].text in lexicon.STOCK_INDEX_WORDS
        and span.text in lexicon.STOCK_INDEXES
        and (cues.speaks(span) or cues.legal_form_after(span))
    ):
        return named("organization", span)
    if (
        span.text not in context.indexes
        or cues.speaks(span)
        or cues.legal_form_after(span)
        or span.tokens[-1].lower in lexicon.ORG_HEADS
        or gazetteer().lookup(span.text)
        or context.person_key(span.text)
        or cues.given_name_first(span)
    ):
        return None
    return NOT_A_NAME


def employer_before_role(context: ArticleContext, span: Span) -> Decision | None:
    """A name before a job written in lowercase and a person is that person's employer: a state or a country
    ("Texas governor Rick Perry"), or an organization where the gazetteer knows no place of its name
    ("Arsenal striker Ian Wright", "Vodafone chief executive Arun Sarin"); not a person's nor a
    nationality's ("French prime minister Lionel Jospin"), nor a word that only starts a sentence."""
    if (
        not cues.job_and_person_after(span)
        or context.person_key(span.text)
        or cues.adjective_of_nationality(span)
    ):
        return None
    places = gazetteer().lookup(span.text)
    known = [
        q
        for q in places
        if q.major
        or q.kind in ("country", "region")
        or (q.kind == "subdivision" and gazetteer().is_large_country(q.country))
    ]
    if known:
        return named("place", span, place=best_place(context, span) or known[0])  # "Texas governor"
    first, last, before = span.tokens[0], span.tokens[-1], cues.word_before(span)
    if (
        places  # a town's police or its team: not told
        or (len(span.tokens) == 1 and (is_everyday_word(first.text) or first.lower in lexicon.ORG_HEADS))
        or last.lower in lexicon.PLACE_HEADS | lexicon.FACILITY_HEADS  # "Kalamazoo County prosecutor"
        or (before is not None and before.lower == "of")  # "Hall of Fame coach Jack Ramsay"
        or span.paragraph.text[: first.start].endswith(("'s ", "’s "))  # "the Sheriff's Office spokesman"
        or any(t.lower in context.lowercase for t in span.tokens)
        or (first.initial and first.text not in context.capitalized)  # "Polygamist leader Warren Jeffs"
        or (len(span.tokens) > 1 and cues.given_name_first(span))
    ):
        return None
    return named("organization", span)


def team_in_a_result(context: ArticleContext, span: Span) -> Decision | None:
    """A side of a match's result with its score is a team, whatever place it is named after ("Leeds United
    beat Chelsea 2-1", "Barcelona beat Real Madrid 3-1", "drew 1-1 with Celtic"); not a person the article
    names, nor a player's score in sets ("Sampras beat Ivanisevic 6-4 6-3")."""
    if (
        not cues.in_a_result(span)
        or (len(span.tokens) > 1 and cues.given_name_first(span))
        or context.person_key(span.text)
    ):
        return None
    return named("organization", span)


def firm_without_its_head(context: ArticleContext, span: Span) -> Decision | None:
    """A firm the article names whole elsewhere, named without its head word ("a Harbor City Bank branch ...
    the nearby Harbor City office"): the firm, not a region."""
    return named("organization", span) if span.text in context.firms_shortened else None


def part_of_a_place(context: ArticleContext, span: Span) -> Decision | None:
    """Compass words before a country, a region, a state or a city known abroad: a part of it, which is a
    place of its own ("Southern California", "West Texas", "North Wales", "South Yorkshire")."""
    tokens = span.tokens
    k = next((i for i, t in enumerate(tokens) if t.lower not in lexicon.COMPASS), len(tokens))
    if not 0 < k < len(tokens) or gazetteer().lookup(span.text):
        return None
    if not any(q.kind != "city" or q.population >= LARGE_CITY for q in gazetteer().lookup(span.part(k).text)):
        return None
    return named("place", span, key="name:" + stem_key(span.text))


def country_by_its_government(context: ArticleContext, span: Span) -> Decision | None:
    """A country's name before "Government" ("the US Government's bail-out"): the country as a state, as its
    name before a lowercase "government" is; a nationality's ("the Japanese Government") names no place."""
    tokens = span.tokens
    if len(tokens) < 2 or tokens[-1].lower not in lexicon.GOVERNMENT_HEADS:
        return None
    country = best_place(context, span.part(0, -1))
    return named("place", span, place=country) if country and country.kind == "country" else None


def organization_by_cue(context: ArticleContext, span: Span) -> Decision | None:
    """An organization by its name or the words around it, unless it is a first name and a surname
    that speaks or has a role ("said Jim Press, the Vice Chairman")."""
    if not organization(context, span):
        return None
    if (
        len(span.tokens) == 2
        and cues.given_name_first(span)
        and (cues.role_of(span) or cues.speaks(span) or person_context(span))
    ):
        return None  # "Brandy Council, 34,"
    return named("organization", span)


def place_before_head(context: ArticleContext, span: Span) -> Decision | None:
    """ "Mitte district": a place below city level, its head word included."""
    head = cues.place_head(span)
    if head is None or qualified_town(span):
        return None
    return named(
        "place", Span(span.paragraph, (*span.tokens, head), span.first), key="name:" + stem_key(span.text)
    )


def facility_or_natural_place(context: ArticleContext, span: Span) -> Decision | None:
    """ "Harrison County", "River Tyne": a place by its first or last word, a works by its town ("their
    Everett Factory"); "the Seventh District", "the Korean Peninsula": a place below city level by its head
    word, when no word of it is a known place ("Kharkiv Oblast") or one of the commonest ("Small Island", a
    novel), and it is no "State" ("the Islamic State")."""
    tokens = span.tokens
    if (
        len(tokens) > 1
        and tokens[-1].lower in lexicon.WORKS_HEADS
        and (town := _town_of_works(context, span))
    ):
        return Decision((Part("place", span.part(0, -1), place=town),))
    if (
        len(tokens) > 1
        and (
            tokens[-1].lower in lexicon.FACILITY_HEADS
            or (tokens[0].lower in lexicon.PLACE_PREFIXES and not gazetteer().lookup(span.text))
            or (
                tokens[-1].lower in lexicon.PLACE_HEADS
                and tokens[-1].lower != "state"
                and not any(gazetteer().lookup(t.text) or is_everyday_word(t.text) for t in tokens)
            )
        )
        # Not a town's name: "Virginia Beach", "Bean Station, Tennessee".
        and not (qualified_town(span) or any(q.kind == "city" for q in gazetteer().lookup(span.text)))
    ):
        return named("place", span, key="name:" + stem_key(span.text))
    return None


def state_after_town(context: ArticleContext, span: Span) -> Decision | None:
    """A US state abbreviated after a town and a comma ("Hamilton Township, N.J.", "Mount Oliver, Pa.",
    "Paris, TX"): the state, no acronym of an organization and no place abroad (Pa, Burkina Faso)."""
    state = (
        state_abbreviation(context, span) if len(span.tokens) == 1 and len(span.tokens[0].text) < 6 else None
    )
    return named("place", span, place=state) if state else None


def _town_of_works(context: ArticleContext, span: Span) -> Place | None:
    """The town a works is named after ("Everett" of "their Everett Factory near Seattle"), the one in the
    article's countries first."""
    towns = [q for q in gazetteer().lookup(span.part(0, -1).text) if q.kind == "city"]
    return max(towns, key=lambda q: (q.country in context.countries, q.population), default=None)


def known_person(context: ArticleContext, span: Span) -> Decision | None:
    """A person the article named in full, by their full name or a part of it, or by a surname that
    several of them share; not a state or a country that only begins the name ("Texas" of "Texas Ranger
    Nick Hanna")."""
    key = context.person_key(span.text)
    if (
        key
        and len(span.tokens) == 1
        and key.split()[-1] != span.text
        and not (is_given_name(span.text) and not span.text.isupper())  # "her husband, Israel"; not "UK"
        and any(q.kind in ("country", "subdivision") for q in gazetteer().lookup(span.text))
    ):
        return None
    if key or (len(span.tokens) == 1 and context.shared_surname(span.text)):
        return named("person", span, role=cues.role_of(span))
    return None


def company_in_apposition(context: ArticleContext, span: Span) -> Decision | None:
    """A name the gazetteer knows as a town, which a company's noun heads an apposition to ("sell Opel to
    Magna, a Canadian automobile parts company"): the company. A well-known place stays one."""
    places = gazetteer().lookup(span.text)
    if not places or any(q.major for q in places) or not cues.company_apposition(span):
        return None
    return named("organization", span)


_ACRONYM_LETTERS = 5
"""The most letters of an acronym read as an organization's."""


def acronym_of_an_organization(context: ArticleContext, span: Span) -> Decision | None:
    """An acronym of an organization the article has named in full ("the Government Accountability Office
    ... The GAO upheld Boeing's protest"): the organization, not a town of its letters (Gao, Mali)."""
    word = span.text
    if len(span.tokens) != 1 or not word.isupper() or not 2 <= len(word) <= _ACRONYM_LETTERS:
        return None
    if is_everyday_word(word.lower()) or any(
        q.major or q.kind == "country" for q in gazetteer().lookup(word)
    ):
        return None  # "ROBBERIES" in a heading, "WASHINGTON" in a dateline
    names = {organization_key(name): name for name in context.organization_names if " " in name}
    names[organization_key(word)] = word
    return named("organization", span) if organization_key(word) in expanded_acronyms(names) else None


def gazetteer_place(context: ArticleContext, span: Span) -> Decision | None:
    """A place the gazetteer knows, when no trap says otherwise."""
    place = best_place(context, span)
    return named("place", span, place=place) if place else None


def known_organization(context: ArticleContext, span: Span) -> Decision | None:
    """An organization the article has named before, by the same words, where nothing says otherwise
    ("auto manufacturer Chrysler ... In addition, Chrysler will cut")."""
    return named("organization", span) if span.text in context.organization_names else None


def successor_organization(context: ArticleContext, span: Span) -> Decision | None:
    """ "New" or "Old" before an organization's name ("what he called a "New GM""): another organization,
    the one that succeeds it or what is left of it, not the same one and no product."""
    tokens = span.tokens
    if len(tokens) < 2 or tokens[0].lower not in lexicon.SUCCESSOR_WORDS:
        return None
    if (tokens[0].initial and not _quoted_in_a_sentence(span)) or gazetteer().lookup(span.part(0, 2).text):
        return None  # "New GM cars went on sale": an adjective that starts a sentence; "New York Times"
    rest = span.part(1)
    known = rest.text in context.organization_names or organization(context, rest, read_around=False)
    return named("organization", span) if known else None


def thing_name(context: ArticleContext, span: Span) -> Decision | None:
    """An event's, product's, plan's or index's name is none of the kinds recorded."""
    return NOT_A_NAME if len(span.tokens) > 1 and cues.thing(span, context.things) else None


def slogan_in_quotation(context: ArticleContext, span: Span) -> Decision | None:
    """Everyday words with capitals inside quotation marks, each of which the article also writes in
    lowercase, are emphasis, not a name ("renew this legislation in the New Year" where the article
    speaks of a "new" law this "year"), unless they speak."""
    if (
        len(span.tokens) < 2
        or not cues.everyday_phrase(span)
        or not cues.inside_quotation(span)
        or cues.speaks(span)
        or any(t.lower not in context.lowercase for t in span.tokens)
    ):
        return None
    return NOT_A_NAME


def organization_after_the(context: ArticleContext, span: Span) -> Decision | None:
    """ "the Red Sox": after "the", a name of several words is a team, a firm or a work; not a first name
    and a surname that a verb follows ("About 10 minutes after the Yvonne Hiller was escorted out")."""
    if not cues.after_the(span) or _region_named(span):
        return None
    if len(span.tokens) == 1:
        return named("organization", span) if _band_or_team(context, span.tokens[0]) else None
    first, last = span.tokens[0].text, span.tokens[-1].text
    if (
        len(span.tokens) == 2
        and cues.given_name_first(span)
        and cues.ends_phrase(span)
        and not any(is_common_word(word) for word in (first, last))
        and not is_given_name(last)
        and not last.endswith("s")
    ):
        return None  # no team, band or show: "the Red Sox", "the Bee Gees", "The Beverly Hillbillies"
    return named("organization", span)


def _region_named(span: Span) -> bool:
    """A place the gazetteer knows, a county, a name that starts as a place's ("the Mt. Oliver street") or
    compass words alone ("the North East"): no team's or firm's name after "the"."""
    return (
        all(t.lower in lexicon.COMPASS for t in span.tokens)
        or fold(span.text).split()[0] in lexicon.PLACE_PREFIXES  # "the Mt. Oliver street"
        or any(q.kind != "city" for q in gazetteer().lookup(span.text))
        or bool(gazetteer().divisions(span.text))
    )


def _band_or_team(context: ArticleContext, word: Token) -> bool:
    """A rare plural after "the" is a band's, a team's or a party's name ("the Beatles", "the Colts", "the
    Tories"), not a nation's ("the Americans"), a family's ("the Clintons", of Bill Clinton), a thing's
    ("the Oscars") or a common noun's."""
    return (
        len(word.text) > 4
        and word.text.endswith("s")
        and not word.text.endswith(("ss", "is", "us"))  # "the Acropolis", "the Focus poll"
        and word.text[:-1].isalpha()
        and not is_everyday_word(word.text)
        and word.lower not in context.lowercase
        and word.lower not in lexicon.THING_HEADS
        and not gazetteer().is_demonym(word.text)
        and not gazetteer().country_of(word.text[:-1])  # "the Iranians", "the Israelis"
        and not gazetteer().lookup(word.text)
        and spelling_key(word.text[:-1]) not in context.surnames
        # "an Oscar nomination ... the Oscars", "Homer Simpson ... the Simpsons": a thing's or a person's name
        # in the plural, but a party's members are the party ("a Conservative MP ... the Conservatives").
        and (word.text[:-1] not in context.capitalized or word.text[:-1] in lexicon.PARTIES)
        and not gazetteer().lookup(word.text[:-3])  # "the Londoners"
    )


def company_by_business_cue(context: ArticleContext, span: Span) -> Decision | None:
    """A name the words around call a company (cues.company_cue: "Rolls-Royce will supply engines", "Lockheed
    Martin, Boeing's rival", "Northrop Grumman and EADS"), unless it is a person's, a well-known place's, a
    title's or a nationality's ("Japanese shares have ended the year higher"), or a common word that may
    only start a sentence."""
    if span.tokens[0].lower in CONNECTORS and len(span.tokens) > 1:
        span = span.part(1)  # "Creditors of Parmalat, the main operating company": no "Creditors"
    before = span.paragraph.tokens[span.first - 1] if span.first else None
    if (
        span.role
        or cues.given_name_first(span)
        or context.person_key(span.text)
        or (before is not None and before.lower.rstrip(".") in lexicon.TITLE_WORDS)  # "Mr Evans sued"
        or any(q.major or q.kind != "city" for q in gazetteer().lookup(span.text))
        or (len(span.tokens) == 1 and is_common_word(span.text) and span.text not in context.capitalized)
        or cues.adjective_of_nationality(span)
    ):
        return None  # but a small town's name may be a firm's: "UK's Cobham will manufacture"
    return named("organization", span) if _company_named(context, span) else None


def everyday_words(context: ArticleContext, span: Span) -> Decision | None:
    """Everyday words are an organization when they speak ("Human Rights Watch said"), else no name."""
    if len(span.tokens) < 2 or not cues.everyday_phrase(span) or " of " in span.text:
        return None
    return named("organization", span) if cues.speaks(span) else NOT_A_NAME


def person_by_cue(context: ArticleContext, span: Span) -> Decision | None:
    """Several words with a first name, a role, a speech verb or words that only a person's name has
    around it (an age, a fate: people.person_context): a person."""
    if len(span.tokens) < 2:
        return None
    role = cues.role_of(span)
    return (
        named("person", span, role=role)
        if cues.given_name_first(span) or role or cues.speaks(span) or person_context(span)
        else None
    )


_TOWARDS = frozenset({"at", "from", "to", "into", "via", "in", "near", "outside", "inside"})
"""Prepositions before a place one goes to or from ("fly out of London Heathrow", "landed at Paris Orly")."""


def part_of_a_city(context: ArticleContext, span: Span) -> Decision | None:
    """A city known abroad and one rare word after a preposition of place is a place of that city: its
    airport, a district ("fly out of London Heathrow", "landed at Paris Orly"); not a team or a firm, whose
    last word is a common word, a plural or a head word ("Manchester United", "Leeds Rhinos")."""
    tokens = span.tokens
    before = cues.word_before(span)
    if len(tokens) < 2 or before is None:
        return None
    last = tokens[-1]
    towards = before.lower in _TOWARDS or (
        before.lower == "of" and span.first > 1 and span.paragraph.tokens[span.first - 2].lower == "out"
    )
    if not (
        towards
        and last.text[:1].isupper()
        and not last.text.isupper()
        and not last.text.endswith("s")
        and not is_common_word(last.text)
        and not is_given_name(last.text)
        and not gazetteer().lookup(last.text)
        and last.lower not in lexicon.ORG_HEADS | lexicon.COMPANY_WORDS | lexicon.THING_HEADS
        and any(
            q.kind == "city" and q.population >= LARGE_CITY for q in gazetteer().lookup(span.part(0, -1).text)
        )
    ):
        return None
    return named("place", span, key="name:" + stem_key(span.text))


def person_in_a_list(context: ArticleContext, span: Span) -> Decision | None:
    """Two or three words listed next to a person ("Misty Nunley, Julie Jackson, Rebeika Powell and Kayetie
    Melchor"): a person, unless its first word is a common word and no first name ("Back Stabbers"), a
    word of it is one the article writes in lowercase ("Leisure Garments, Modern Garments") or an article
    of another language ("La Boheme, La Traviata"), or a noun follows it ("Rhodri Glyn Thomas, Plaid Cymru
    health spokesman")."""
    first = span.tokens[0].text
    if (
        not 2 <= len(span.tokens) <= 3
        or (is_common_word(first) and not is_given_name(first))
        or any(t.lower in context.lowercase or t.lower in lexicon.NOT_FIRST_NAMES for t in span.tokens)
        or not name_ends(span)
        or not any(context.person_key(other.text) for other in context.listed_with(span))
    ):
        return None
    return named("person", span)


def names_joined_by_of(context: ArticleContext, span: Span) -> Decision | None:
    """Names joined by "of" are read one by one ("Shinzo Abe of Japan")."""
    if len(span.tokens) < 2 or " of " not in span.text:
        return None
    parts = []
    for part in span.text.split(" of "):
        words = part.split()
        k = next(i for i, t in enumerate(span.tokens) if t.text == words[0])
        parts.append(Part("again", span.part(k, k + len(words))))
    return Decision(tuple(parts))


def addressed_by_first_name(context: ArticleContext, span: Span) -> Decision | None:
    """A first name alone, called out at the start of a quotation, is a person: the one the story
    names in full ("“Mark, stop it!”")."""
    return named("person", span) if _called(context, span) else None


def _called(context: ArticleContext, span: Span) -> bool:
    """A first name a quotation calls out, which the article never writes in lowercase ("“Soon, …”")."""
    return cues.addressed(span) and span.tokens[0].lower not in context.lowercase


def lone_word_with_role(context: ArticleContext, span: Span) -> Decision | None:
    """A lone word with a role is a person, unless it is a common word the article capitalizes only to
    start sentences: people are introduced by full name, so a lone speaker is more often a company
    ("Cisco states that"). So is a first name or a rare word with an age or named ("a woman named Mary",
    "Faith, 6,")."""
    if len(span.tokens) != 1:
        return None
    role = cues.role_of(span)
    if role and (not is_common_word(span.text) or span.text in context.capitalized):
        return named("person", span, role=role)
    if (
        named_alone(span)
        and (is_given_name(span.text) or not is_common_word(span.text))
        and not span.text.isupper()
    ):
        return named("person", span)
    return None


class Row(NamedTuple):
    """A row of the rule table."""

    rule: Rule
    learning: bool
    """Runs in the learning pass, which only learns people's full names."""
    recording: bool
    """Runs in the recording pass, which records every name."""


RULES: tuple[Row, ...] = (
    # rule                               learning  recording
    # What is no name at all, and how a span is cut into names.
    Row(news_desk, True, True),
    Row(headline_in_capitals, True, True),
    Row(successor_organization, True, True),
    Row(capital_only_starts_a_sentence, True, True),
    Row(country_by_formal_name, True, True),
    Row(clause_in_title_case, True, True),
    Row(aside_in_signature, True, True),
    Row(credit_or_byline, True, True),
    Row(nationality_adjective, True, True),
    Row(currency, True, True),
    Row(title_alone, True, True),
    Row(plural_noun_after_name, True, True),
    Row(legal_form_alone, True, True),
    Row(title_after_employer, True, True),
    Row(employer_then_titled_person, True, True),
    Row(company_then_person, True, True),
    Row(titles_become_role, True, True),
    Row(title_alone, True, True),
    Row(person_of_place, True, True),
    Row(organization_with_title_word, True, True),
    Row(title_of_employer, True, True),
    Row(country_before_title, False, True),
    Row(titled_place, True, False),
    Row(title_before_common_noun, True, True),
    Row(names_joined_by_ampersand, True, True),
    Row(name_with_middle_initial, True, True),
    # The learning pass ends here: it learns a sure person's full name, and nothing else.
    Row(sure_person, True, False),
    # What kind of name the rest is.
    Row(state_after_town, False, True),
    Row(titled_person, False, True),
    Row(airline_of_a_flight, False, True),
    Row(product_or_edition, False, True),
    Row(stock_index, False, True),
    Row(team_in_a_result, False, True),
    Row(firm_without_its_head, False, True),
    Row(part_of_a_place, False, True),
    Row(employer_before_role, False, True),
    Row(country_by_its_government, False, True),
    Row(organization_by_cue, False, True),
    Row(place_before_head, False, True),
    Row(facility_or_natural_place, False, True),
    Row(known_person, False, True),
    Row(company_in_apposition, False, True),
    Row(acronym_of_an_organization, False, True),
    Row(gazetteer_place, False, True),
    Row(known_organization, False, True),
    Row(thing_name, False, True),
    Row(slogan_in_quotation, False, True),
    Row(organization_after_the, False, True),
    Row(company_by_business_cue, False, True),
    Row(everyday_words, False, True),
    Row(person_by_cue, False, True),
    Row(person_in_a_list, False, True),
    Row(part_of_a_city, False, True),
    Row(names_joined_by_of, False, True),
    Row(addressed_by_first_name, False, True),
    Row(lone_word_with_role, False, True),
)
"""The rules, in the order they are tried. A span no rule decides on names nothing."""

LEARNING = Pass(tuple(row.rule for row in RULES if row.learning), recording=False)
RECORDING = Pass(tuple(row.rule for row in RULES if row.recording), recording=True)
