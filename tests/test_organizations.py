"""Organizations a reader can trust: outlets, forces, agencies and firms, not slogans, products or
a post's byline. Sentences are from the seeds and the corpora in ../shared."""

from __future__ import annotations

from briefing.extract import extract
from briefing.extract.mentions import find_mentions
from briefing.extract.organizations import expanded_acronyms, organization_key
from briefing.resolve import resolve
from conftest import article, named


def organizations(*paragraphs: str) -> set[str]:
    return named(find_mentions(article(*paragraphs)), "organization")


def test_a_known_outlet_that_starts_a_sentence_is_an_organization():
    # Seeds: the BBC is cited twice, each time at the start of a sentence.
    assert organizations(
        'BBC writes, "An apartment block was completely flattened during the attack and the windows of '
        'surrounding buildings were blown out and balconies ripped down."',
        "BBC footage from the Russian attack in Kyiv last night.",
    ) == {"BBC"}
    # MEANTIME (corpus_apple_43503): a company's full name at a sentence's start.
    assert "Apple Computer" in organizations(
        "Apple Computer is planning to sell full-length feature films for download via the online "
        "iTunes Music Store."
    )


def test_capitalized_everyday_words_in_a_quoted_post_are_no_organization():
    # Seeds: Trump's post, quoted by CNN; the article also speaks of a "peace deal" and "negotiations".
    found = organizations(
        "“I am not happy with the Russian strikes on KYIV. Not necessary, and very bad timing. "
        "Vladimir, STOP! 5000 soldiers a week are dying. Lets get the Peace Deal DONE!” Trump wrote "
        "on Truth Social on Wednesday.",
        "On Wednesday, Trump said Zelensky’s position was “very harmful to the Peace Negotiations "
        "with Russia.”",
        "As part of its mission to seal a peace deal to end the three-year war, the US administration has "
        "proposed recognizing Russian control of Crimea.",
        "Trump’s comments came hours after Vice President JD Vance threatened to abandon negotiations.",
    )
    assert not found & {"Peace Deal", "Peace Negotiations"}


def test_a_description_in_a_posts_signature_is_no_organization():
    # Seeds: the signature of an embedded post, with the author's description in parentheses.
    assert organizations(
        "BBC footage from the Russian attack in Kyiv last night.",
        "— Status-6 (Military & Conflict News) (BlueSky too) (@Archer83Able) April 24, 2025",
    ) == {"BBC"}


def test_the_air_force_of_one_seed_is_the_ukrainian_air_force_of_the_other(seeds):
    # "Ukrainian Air Force informed that…" (the first seed) and "according to the Air Force" (CNN,
    # whose article is set in Kyiv): one institution, Ukraine's.
    ids = {
        m.entity
        for x in seeds.extractions
        for m in x.mentions
        if m.text in ("Air Force", "Ukrainian Air Force")
    }
    assert len(ids) == 1 and seeds.entities[ids.pop()].name == "Ukrainian Air Force"


def test_an_institution_without_its_country_is_the_articles_countrys():
    # MEANTIME (corpus_airbus_108294): the article is set in the United States.
    mentions = find_mentions(
        article(
            "The U.S. Air Force has awarded a contract to Northrop Grumman and EADS North America.",
            "The Air Force said the tankers would be assembled in Mobile, Alabama, in the United States.",
            "Boeing protested the decision, and the Government Accountability Office upheld the protest "
            "against the Air Force, whose officials in Washington declined to comment.",
        )
    )
    keys = {m.key for m in mentions if m.kind == "organization" and m.text.endswith("Air Force")}
    assert keys == {"air force (US)"}


def test_products_events_and_indexes_are_no_organizations():
    # ECB+ (40ecbplus/2): a processor, graphics, and the conference where they were announced.
    found = organizations(
        "The MacBook Air models have just been officially announced by Apple at WWDC 2012.",
        "The 11-inch models will start at $999 with a 1.7GHz dual-core Intel Core i5 processor, 4GB RAM, "
        "integrated Intel HD 4000 graphics, 64GB flash storage, and 5 hours of battery life.",
    )
    assert "Apple" in found and not found & {"WWDC", "Intel Core", "Intel HD", "Intel"}
    # ECB+ (40ecbplus/8): a product line.
    assert organizations(
        "Apple touts it as the world's highest-resolution notebook display. All stock Mac "
        "applications have been updated to support the Retina display."
    ) == {"Apple"}
    # ECB+ (21ecbplus/10), BBC (business/047): a car and a plane by their makers' names.
    assert not organizations(
        "She was walking among some parked cars when she was hit by a grey Toyota Camry that had been "
        "traveling north on 117th Street.",
        "Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes, in a deal valued at $4bn.",
    ) & {"Toyota Camry", "Toyota", "Boeing"}
    # ECB+ (10ecb/1), MEANTIME (corpus_stock_141225): a championship and a stock index (the team that
    # negotiates is one).
    assert organizations(
        "The Angels had exclusive negotiating rights with Teixeira for the first 15 days after the World "
        "Series.",
        "The British stock index FTSE 100 closed at its highest levels in over a year on Monday.",
    ) == {"Angels"}


def test_an_outlets_channel_and_a_makers_unit_are_organizations():
    # BBC (politics/271, tech/124): a channel before its number, a research firm.
    found = organizations(
        'He told BBC 1\'s Breakfast with Frost programme that it was "to be decided".',
        "Many will cancel their Sky subscriptions, said Ian Fogg, an analyst with Jupiter Research.",
    )
    assert {"BBC", "Jupiter Research"} <= found


def test_an_acronym_is_the_organization_an_article_names_in_full():
    # BBC (business/026): "General Motors (GM)"; a later article writes "GM" alone.
    briefing = resolve(
        [
            extract(
                article(
                    "The world's biggest carmaker General Motors (GM) is recalling nearly 200,000 vehicles "
                    "in the US on safety grounds, according to federal regulators.",
                    "The affected vehicles in the product recall are from the 2004 and 2005 model years, GM "
                    "said.",
                )
            ),
            extract(article("GM is also recalling 19,924 Cadillac XLR coupes from the 2004 model year.")),
        ]
    )
    ids = {m.entity for x in briefing.extractions for m in x.mentions if m.text in ("GM", "General Motors")}
    assert len(ids) == 1


def test_a_companys_legal_form_and_full_name_are_the_same_company():
    # MEANTIME (corpus_apple_58383, corpus_gm_124043).
    keys = {
        m.text: m.key
        for m in find_mentions(
            article(
                "This became the reason for Cisco to file a lawsuit against Apple Inc. so that the latter "
                "would stop selling the device; Apple declined to comment.",
                "General Motors Corporation reported a drop in sales; General Motors said trucks sold well.",
            )
        )
        if m.kind == "organization"
    }
    assert keys["Apple Inc"] == keys["Apple"] and keys["General Motors Corporation"] == keys["General Motors"]


def test_titles_events_and_run_together_names():
    # MEANTIME: corpus_airbus_3835, corpus_apple_279494, corpus_apple_191597, corpus_airbus_1173 (a headline).
    found = organizations(
        "The preliminary agreement will see Dreamliners delivered to six airlines-Air China, China Eastern "
        "Airlines and Xiamen Airlines.",
        "The deliveries are scheduled to be in time for the 2008 Beijing Olympic Games.",
        "If I could no longer meet my duties and expectations as Apple’s C.E.O., I would be the first to "
        "let you know.",
        "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T.",
        "Internal emails expose Boeing-Air Force contract discussions",
    )
    assert {"Air China", "AT&T", "Boeing", "Air Force"} <= found
    assert not found & {"Beijing Olympic Games", "C.E.O."}
    # BBC (politics/020): a party before its member's title is an organization; a portfolio is not.
    found = organizations(
        "Culture Secretary Tessa Jowell said the chairman of the committee, Labour MP Barry Sheerman, agreed."
    )
    assert "Labour" in found and "Culture" not in found


def test_a_stock_index_named_alone_is_no_organization():
    # MEANTIME (corpus_stock_113219, corpus_stock_121978, corpus_stock_180695): an index's level, what
    # stocks are in, and the acronym of an index's full name.
    found = organizations(
        "The Dow Jones was down 2.62% at 16:08 UTC, a slight increase from earlier today.",
        "The Dow Jones currently has a value of 10769.00 points.",
        "Every stock in the Dow Jones, other than Wal-Mart, either lost ground or remained even.",
        "Stocks fell, with the Dow Jones Industrial Average (DJIA) losing almost a thousand points in thirty "
        "minutes. In the past three days, the DJIA has lost 631 points, or 5.7%.",
    )
    assert not found & {"Dow Jones", "DJIA"}
    # BBC (business/272, business/108): an exchange by its name, and a publisher of an index that moves by
    # neither points nor a percentage.
    assert {"Sao Paolo Stock Exchange", "ISM"} <= organizations(
        "The main Bovespa index on the Sao Paolo Stock Exchange closed at 24,997 points on Friday.",
        "The Institute for Supply Management (ISM) index fell to 55.3 in February, from an adjusted 56.4 in "
        "January.",
    )


def test_names_joined_by_an_ampersand_are_one_firm_unless_two_people_places_or_acronyms():
    # BBC (business/300, business/082, tech/114, business/084), MEANTIME (corpus_airbus_102977).
    found = organizations(
        "Pharmaceutical giant Johnson & Johnson has agreed to buy medical technology firm Guidant.",
        "Its customers include Boots, Burberry, Mothercare and consumer products giant Procter & Gamble.",
        "Argonaut called in administrators David Rubin & Partners on Friday to find a way to rescue the "
        "company.",
        "According to Standard & Poor's, which has recently upgraded Mexico's sovereign debt rating.",
        "European Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, has "
        "won a contract.",
    )
    assert {
        "Johnson & Johnson",
        "Procter & Gamble",
        "David Rubin & Partners",
        "Standard & Poor",
        "European Aeronautic Defence & Space NV",
    } <= found
    # BBC (entertainment/201, sport/117), ECB+ (8ecbplus/10): two people, two places, two acronyms.
    mentions = find_mentions(
        article(
            "Matt Lucas & David Walliams (Little Britain, BBC Three)",
            "Rangers have an option to buy the Serbia & Montenegro international.",
            "Greece must make spending cuts in order to get bailout loans of 110 b. Euro from EU & IMF.",
        )
    )
    assert {"Matt Lucas", "David Walliams"} <= named(mentions, "person")
    assert {"Serbia", "Montenegro"} <= named(mentions, "place")
    assert {"EU", "IMF"} <= named(mentions, "organization")


def test_an_acronym_in_parentheses_is_the_organization_named_before_it():
    # MEANTIME (corpus_airbus_82548), BBC (politics/145): acronyms their names' initials do not spell.
    mentions = find_mentions(
        article(
            "The first A380 superjumbo, made by Airbus, was delivered today to Singapore Airlines (SIA) 18 "
            "months behind schedule.",
            "A prospective candidate for the UK Independence Party (UKIP) has resigned. UKIP said it had no "
            "choice.",
            "The Institute for Supply Management (ISM) index fell to 55.3 in February.",
        )
    )
    keys = {m.text: m.key for m in mentions if m.kind == "organization"}
    assert keys["SIA"] == keys["Singapore Airlines"]
    # "UK" gives both its letters, so UKIP's initials spell it: resolution joins the two everywhere.
    assert expanded_acronyms(
        {keys["UKIP"]: "UKIP", keys["UK Independence Party"]: "UK Independence Party"}
    ) == {keys["UKIP"]: keys["UK Independence Party"]}
    assert keys["ISM"] != keys.get("Supply Management")  # not the initials of the name before it


def test_an_initialism_in_a_name_gives_its_acronym_every_letter():
    # ECB+ 20ecbplus, 38ecbplus: "the U.S. Geological Survey ... The USGS said", one organization.
    keys = {
        organization_key(name)
        for name in ("U.S. Geological Survey", "US Geological Survey", "United States Geological Survey")
    }
    assert len(keys) == 1
    assert expanded_acronyms({"usgs": "USGS", keys.pop(): "United States Geological Survey"})


def test_a_makers_product_and_a_models_letters_are_no_organizations():
    # MEANTIME (corpus_airbus_71426): letters of a model's name after its number.
    assert organizations(
        "Aer Lingus Group PLC said it will take delivery of six new A350 XWB (Extra Wide Body) aircraft, "
        "a new design currently under development by Airbus."
    ) == {"Aer Lingus Group PLC", "Airbus"}
    # NewsWCL50 (event3/1): the article names the DNC alone, then "the DNC Server"; BBC (business/117).
    found = organizations(
        '"During the 2016 presidential campaign, Russia launched an all-out assault on our democracy," said '
        "Tom Perez, chair of the DNC.",
        '"This can be good news in that we will now counter for the DNC Server that they refused to give to '
        'the FBI," Trump, a Republican, wrote.',
    )
    assert "DNC" in found and "DNC Server" not in found


def test_an_institutions_name_goes_on_past_for_and_and():
    # NewsWCL50 (event6/1), ECB+ (9ecbplus/6, 14ecb/5).
    found = organizations(
        "But U.S. Customs and Border Protection warned it would limit the number of asylum-seekers.",
        '"Its culture of hate can never be allowed," Laiken Jordahl, a borderlands campaigner for the '
        "nonprofit Center for Biological Diversity, told HuffPost.",
        "The Fish and Wildlife Service, which is part of the Interior Department, listed the polar bear.",
        'Surrey Police spokeswoman said tonight: "Surrey Police and Surrey Fire and Rescue are currently at '
        'the scene."',
    )
    assert {
        "U.S. Customs and Border Protection",
        "Center for Biological Diversity",
        "Fish and Wildlife Service",
        "Surrey Police",
        "Surrey Fire and Rescue",
    } <= found
    assert not found & {"U.S. Customs", "Border Protection", "Biological Diversity", "Fish"}
    # BBC (business/410, entertainment/034): two names joined by "and".
    mentions = find_mentions(
        article(
            "Chrysler avoided the fate of US rivals Ford and General Motors, both of whom lost ground.",
            "Other winners included Emily Blunt and Nathalie Press who were jointly named most promising "
            "newcomer.",
        )
    )
    assert {"Ford", "General Motors"} <= named(mentions, "organization")
    assert "Emily Blunt" in named(mentions, "person") and not any(" and " in m.text for m in mentions)


def test_a_company_by_the_business_words_around_its_name():
    # MEANTIME (corpus_airbus_102977, corpus_airbus_5403, corpus_gm_143480): subjects of business verbs, an
    # apposition headed by a company's noun, a name joined to a known company.
    found = organizations(
        "European Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, has "
        "won a # 13 billion contract.",
        "Rolls-Royce, part of the consortium, will supply engines.",
        "France's Thales will supply electronics, Wimborne, UK's Cobham will manufacture refueling "
        "equipment.",
        "Last month, Northrop Grumman and EADS defeated Boeing to win a massive order for 179 tankers.",
        "The company had documentation from Lockheed Martin, Boeing's rival during the 1998 selection "
        "process.",
        "The US car manufacturer General Motors said that it would axe 10,000 jobs at its European division, "
        "Opel.",
    )
    assert {"Rolls-Royce", "Thales", "Cobham", "Northrop Grumman", "Lockheed Martin", "Opel"} <= found
    # BBC (entertainment/327, business/472), NewsWCL50 (event3/4), MEANTIME (corpus_airbus_5403), ECB+
    # (19ecb/9): a person who wins a court's order, a maker's nationality, a passive, a rocket, a publisher.
    mentions = find_mentions(
        article(
            "Actress Nicole Kidman has won a restraining order against two paparazzi photographers.",
            "The dams were the subject of a critical documentary made by Chinese journalists.",
            '"Just heard the Campaign was sued by the Obstructionist Democrats," he tweeted.',
            "Lockheed Martin's Atlas V and Boeing's Delta IV are two types of expendable rocket.",
            "Giorgos Kyrtsos, publisher of the City Press and Free Sunday newspapers, said he was shocked.",
        )
    )
    assert "Nicole Kidman" in named(mentions, "person")
    assert not named(mentions, "organization") & {"Chinese", "Campaign", "Atlas V", "Giorgos Kyrtsos"}


def test_an_airline_before_its_flight_and_a_website_by_its_domain():
    # MEANTIME (corpus_airbus_87805), BBC (tech/030).
    mentions = find_mentions(
        article(
            "The EU made the decision due to a string of accidents, including two major disasters this "
            "year-the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200, which killed 102 and 21 "
            "people.",
            "`` We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked, '' "
            "Detik.com quoted Djamal as saying.",
            "This means that the US-based Amazon.com holds a patent for its one-click shopping service, "
            "unlike Amazon in Europe.",
        )
    )
    keys = {m.text: m.key for m in mentions if m.kind == "organization"}
    assert {"Adam Air", "Garuda Indonesia", "Detik.com"} <= set(keys)
    assert keys["Amazon.com"] == keys["Amazon"]


def test_an_institution_quoted_as_a_source_in_lowercase_is_an_organization():
    # Seeds: each article cites Ukraine's emergency service in lowercase, and CNN Russia's defense ministry;
    # the military administration that only broadcasts a message is no source.
    mentions = find_mentions(
        article(
            '"Russia has launched a massive combined strike on Kyiv," Ukraine’s state emergency service '
            "announced on Telegram.",
            "Some 42 people were taken to hospital, including six children, according to Ukraine’s emergency "
            "services.",
            "Russia’s defense ministry said it carried out “a massive strike with high-precision long-range "
            "weapons”.",
            "The Kyiv city military administration has since broadcast an all-clear message.",
        )
    )
    keys = {m.text: m.key for m in mentions if m.kind == "organization"}
    assert set(keys) == {"state emergency service", "emergency services", "defense ministry"}
    assert keys["state emergency service"] == keys["emergency services"] == "emergency service (UA)"
    assert keys["defense ministry"] == "defense ministry (RU)"


def test_a_firm_or_a_hospital_named_like_a_person_and_a_time_zone():
    # ECB+ (18ecbplus/2, 22ecbplus/9): a firm and a hospital whose names begin with a given name.
    paragraphs = (
        "LaCalamita was listed among the professional staff on the website of Gordon Advisors, a public "
        "accounting and business consulting firm.",
        "The third victim, identified as Brian Dalton, was rushed to Aria Health's Torresdale campus with a "
        "gunshot wound.",
    )
    mentions = find_mentions(article(*paragraphs))
    assert {"Gordon Advisors", "Aria Health"} <= named(mentions, "organization")
    assert named(mentions, "person") == {"Brian Dalton"}
    # ECB+ (18ecbplus/4): a time zone after a time of day.
    assert not organizations(
        "'We're actively looking for him and the vehicle,' he said shortly before noon EDT."
    )


def test_an_index_known_by_name_is_no_organization_where_it_moves_but_its_company_speaks():
    # MEANTIME's annotated sentences: the index moves by a percentage or stands before "index" with no
    # level in the sentence; the exchanges are organizations (corpus_stock_113219, 141225, 115711, 113267).
    for sentence in (
        "The Dow Jones was down 2.62% at 16:08 UTC, a slight increase from earlier today.",
        "Some economic analysts think that the FTSE index could continue to gain for the remainder of the "
        "week.",
        "Japan's Nikkei stock index fell to lows not seen since October 1982.",
    ):
        assert organizations(sentence) == set(), sentence
    assert organizations(
        "The Russian government has continued to hold all stock markets closed until Friday, including the "
        "MICEX and RTS exchanges."
    ) == {"MICEX", "RTS"}
    found = find_mentions(article("The paper's owner, Dow Jones, said it would sell the newspaper."))
    assert {(m.kind, m.text) for m in found} == {("organization", "Dow Jones")}


def test_a_model_after_its_maker_is_no_organization_though_its_name_is_a_first_name():
    # MEANTIME corpus_gm_121134: "Aspen" is a first name, but "the Chrysler Aspen" is a model; the maker
    # written alone again is the organization the article named.
    assert organizations(
        "The United States auto manufacturer Chrysler has asked the US government for an additional US$5 "
        "billion in aid.",
        "In addition, Chrysler will cut the Chrysler Aspen, PT Cruiser, and Durango from production.",
    ) == {"Chrysler"}
    found = find_mentions(
        article(
            "The United States auto manufacturer Chrysler has asked for aid.",
            "In addition, Chrysler will cut three models from production.",
        )
    )
    assert [m.paragraph for m in found if m.text == "Chrysler"] == [0, 1]


def test_a_countrys_acronym_of_an_institution_is_the_institution():
    # MEANTIME corpus_airbus_5403: "the USAF has announced" ... "to protect the Air Force's interests".
    assert expanded_acronyms({"usaf": "USAF", "air force (US)": "Air Force"}) == {"usaf": "air force (US)"}
    briefing = resolve(
        [
            extract(
                article(
                    "Boeing's business units are to be allowed to bid once more for U.S. space launch "
                    "contracts, the USAF has announced.",
                    "The USAF and Boeing have signed an interim agreement to protect the Air Force's "
                    "interests.",
                )
            )
        ]
    )
    entities = {m.text: m.entity for x in briefing.extractions for m in x.mentions}
    assert entities["USAF"] == entities["Air Force"]


def test_a_name_after_a_countrys_acronym_is_no_persons():
    # BBC business/042: "UK Coal said" is a firm, not a person called "Uk"; "the UK" stays the country.
    found = find_mentions(
        article(
            "Shares in UK Coal have fallen after the mining group reported losses had deepened to £51m.",
            "UK Coal said it was making significant progress in shaking up the business. The UK has lost "
            "most of its deep mines.",
        )
    )
    assert {(m.kind, m.text) for m in found} == {("organization", "UK Coal"), ("place", "UK")}


def test_a_news_agency_by_its_name_and_a_name_written_solid_with_its_head():
    # MEANTIME (corpus_airbus_87805, corpus_stock_115064), BBC (business/222, business/409).
    mentions = find_mentions(
        article(
            '"We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,"'
            'Detik.com quoted Djamal as saying, although Xinhua translated the quote as:"As long as the ban '
            'is still in place, it is better we do not buy aircraft] from Europe."',
            "The foreign ownership issue will be dealt with according to Russia's competition law, natural "
            "resources minister Yuri Trutnev was quoted as saying by the Interfax news agency.",
            "On Sunday, the fifteen countries from the Eurogroup -- that is, those countries which use the "
            "euro as official currency -- had agreed on a joint plan to face the crisis.",
            "The move, a year after Citigroup beat Standard Chartered to buy Koram bank, would be the South "
            "Korean financial sector's biggest foreign takeover.",
        )
    )
    assert {"Xinhua", "Interfax", "Eurogroup", "Citigroup"} <= named(mentions, "organization")


def test_new_before_an_organization_names_its_successor():
    # MEANTIME (WikiNews): a company's successor, in quotation marks mid-sentence, is an organization of its
    # own, not the same one cut to its last word nor a product.
    found = find_mentions(
        article(
            'CEO of GM outlines plan for "New GM" after auto company declared bankruptcy',
            "Fritz Henderson, the Chief Executive Officer of General Motors, outlined a plan for what he "
            'called a "New GM".',
        )
    )
    assert [m.text for m in found if m.kind == "organization"] == ["GM", "New GM", "General Motors", "New GM"]
    briefing = resolve([extract(article('He called it a "New GM", unlike the GM that let you down.'))])
    assert len({m.entity for x in briefing.extractions for m in x.mentions if m.kind == "organization"}) == 2
    # "New" before a name no organization's is read as before.
    assert (
        named(find_mentions(article('Fans sang "Happy Birthday" in New Orleans.')), "organization") == set()
    )


def test_a_plurals_possessive_begins_an_institutions_name():
    # BBC sport and business, gva-dev: "the People's", "Women's" and "Children's" are the name's first word,
    # where a sentence opens with them too.
    found = find_mentions(
        article(
            "The Women's Tennis Association cleared Kuznetsova of any offence because the drug is not banned "
            "when taken out of competition.",
            "The release of Asif Zardari has eased political tensions between the military-backed government "
            "and the opposition Pakistan People's Party.",
            "The 11-year-old boy was taken to Children's Hospital of Pittsburgh, where he was reported in "
            "critical condition.",
            "Women's Tennis Association chief Larry Scott said so.",
        )
    )
    assert named(found, "organization") == {
        "Women's Tennis Association",
        "Pakistan People's Party",
        "Children's Hospital of Pittsburgh",
    }
    # Another possessive, or one before a common noun, joins nothing.
    assert named(
        find_mentions(article("Women's groups said Britain's Labour Party would lose.")), "organization"
    ) == {"Labour Party"}


def test_an_acronym_of_an_organization_named_in_full_is_that_organization():
    # MEANTIME (WikiNews): GAO is also a town in Mali; the article named the office in full first.
    found = find_mentions(
        article(
            "The Government Accountability Office on June 18 called for a re-run of the bidding.",
            "The GAO upheld Boeing's protest, said Michael R. Golden, the GAO's managing associate general "
            "counsel.",
        )
    )
    assert [m.text for m in found if m.kind == "organization" and m.text == "GAO"] == ["GAO", "GAO"]
    assert named(found, "place") == set()
    # A country's letters and a word in capitals stay what they were.
    found = find_mentions(
        article("The United Steelworkers of America said the USA would agree.", "ROBBERIES")
    )
    assert named(found, "place") == {"USA"}
    assert "ROBBERIES" not in named(found, "organization")


def test_a_company_noun_in_apposition_makes_a_town_name_a_company():
    # MEANTIME: "sell Opel to Magna, a Canadian automobile parts company"; BBC business: Halifax, the lender.
    found = find_mentions(
        article(
            "A day before the announcement, GM said it was cancelling a deal to sell Opel to Magna, a "
            "Canadian automobile parts company.",
            "Research from Halifax, the country's biggest mortgage lender, suggests the value of private "
            "housing stock is continuing to rise steadily.",
        )
    )
    assert named(found, "organization") >= {"Magna", "Halifax"}
    assert named(found, "place") == set()
    # A well-known place keeps its kind.
    assert named(find_mentions(article("He flew to Paris, the airline's hub.")), "place") == {"Paris"}
