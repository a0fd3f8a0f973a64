"""General English word lists the extractors read cues from. Nothing here names a story.

Each word stands once in its table (tests/test_word_tables.py checks): a table is a set, and a
word written twice only hides what the table holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..months import MONTH_ABBREVIATIONS, MONTHS


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first: "no more than" is tried before "more than"."""
    return "|".join(sorted(map(re.escape, words), key=lambda word: (-len(word), word)))


def contains_any(words: tuple[str, ...], text: str) -> bool:
    """Does `text` contain one of `words`? A quick test before a pattern that needs one (asked of a text
    in lower case for a pattern that ignores case)."""
    return any(map(text.__contains__, words))


class Folded:
    """A pattern that ignores case, read in the text in lower case wherever that keeps every offset: several
    times faster than folding each letter's case. Its letters must be lower case; its matches' text is.
    With `needs`, words one of which every match holds, a text without them is not read."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> None:
        self.folding = re.compile(pattern, flags | re.IGNORECASE)
        self.lowered = re.compile(pattern, flags)
        self.needs = needs

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower = text.lower()
        if self.needs and not contains_any(self.needs, lower):
            return iter(())
        return self.lowered.finditer(lower) if len(lower) == len(text) else self.folding.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.folding.match(text, pos)


def word_table(table: str) -> frozenset[str]:
    """The words of a table written as text, one or more a line."""
    return frozenset(table.split())


def _columns(table: str) -> dict[str, frozenset[str]]:
    """A table written as text, a row a line: its first word → the words after it."""
    rows = (line.split() for line in table.strip().splitlines())
    return {row[0]: frozenset(row[1:]) for row in rows}


# Words of the titles that stand before a person's name ("Foreign Minister Annalena Baerbock").
TITLE_WORDS = word_table("""
president vice prime minister secretary senator sen. rep. representative congressman congresswoman d.a. d.a
governor gov. mayor chancellor king queen prince princess pope general gen. colonel col. lt. lieutenant
major maj. sgt. sergeant captain capt. admiral commander officer director chief ceo cfo coo chairman
chairwoman chair judge justice dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady rev. reverend
bishop archbishop cardinal ambassador envoy spokesman spokeswoman spokesperson commissioner detective
mp mep msp sheriff coach deputy speaker leader premier president-elect attorney foreign interior
defense defence
finance health home state executive acting former first emperor sheikh ayatollah imam rabbi
father sister brother professor prof. sultan crown emir marshal superintendent inspector constable
agent minister-president treasurer controller comptroller founder co-founder operating financial
technology marketing information operations press undersecretary under-secretary
coroner undersheriff prosecutor clerk manager examiner trustee advocate doctor surgeon baroness
baron duchess countess councilman councilwoman councillor alderman sen rep gov gen col lt maj sgt capt
presiding trooper senior striker midfielder goalkeeper winger quarterback
""")

# Services named before their officers' titles ("Border Patrol Agent", "Troy Police Chief"): the employer's
# last word after a name, a part of the title between title words ("Chief Patrol Agent").
SERVICE_NOUNS = word_table("patrol police fire")

# Words that make one title with the title word after them ("District Attorney", "Assistant Attorney
# General", "Chief Patrol Agent", "Deputy Police Chief").
TITLE_PREFIXES = SERVICE_NOUNS | word_table("district special assistant")

# The last word of a title that can follow an employer's name ("Apple CEO", "Aer Lingus Chief
# Executive"); modifiers like "former" or "state" cannot end one.
HEAD_TITLES = word_table("""
president minister secretary senator governor mayor chancellor ceo cfo coo chairman chairwoman chair
director chief executive officer spokesman spokeswoman spokesperson commissioner ambassador envoy
judge justice speaker leader premier founder co-founder treasurer commander general admiral coach
attorney prosecutor clerk coroner sheriff undersheriff manager inspector sergeant advocate
mp mep msp examiner trustee constable agent sen rep gov gen col lt maj sgt capt trooper
striker midfielder goalkeeper winger quarterback
""")

# English articles: a capital after one proves nothing ("The", "A").
ARTICLES = frozenset({"the", "a", "an"})

# Verbs' words that no name holds between its words, which a headline written in title case does ("D.A. Will
# Now Seek Death Penalty"): modals, auxiliaries and the adverbs between them and their verb.
CLAUSE_WORDS = word_table("""
will would shall should can could must might is are was were has have had does did not now never also
""")

# Words that join a title ("Secretary of State", "Minister for Foreign Affairs").
TITLE_JOINERS = frozenset({"of", "for", "the", "and"})
TITLE_OBJECTS = frozenset(
    {
        "state",
        "defense",
        "defence",
        "foreign",
        "affairs",
        "interior",
        "justice",
        "commerce",
        "treasury",
        "homeland",
        "security",
        "health",
        "energy",
        "education",
        "staff",
        "transport",
        "transportation",
        "labor",
        "labour",
        "agriculture",
        "war",
        "competition",
        "trade",
        "economy",
        "industry",
        "environment",
        "culture",
    }
)

# Lowercase nouns for roles that stand before or after a name ("the city's mayor Sadiq Khan").
ROLES = word_table("""
president minister secretary senator governor mayor chancellor leader envoy spokesman spokeswoman
spokesperson official officer commander general director chief ceo chairman chairwoman founder
ambassador adviser advisor aide lawyer attorney judge prosecutor analyst professor economist expert
reporter correspondent journalist editor columnist producer actor actress singer musician rapper
artist author writer coach player striker midfielder defender goalkeeper captain manager
boss owner investor billionaire businessman businesswoman entrepreneur candidate lawmaker legislator
congressman congresswoman representative diplomat negotiator activist campaigner researcher scientist
doctor surgeon nurse priest bishop pastor witness resident survivor victim suspect defendant student
king queen prince princess premier strongman dictator commentator host presenter anchor star
champion winner driver cyclist runner boxer skater swimmer tennis golfer chef designer
strategist trader banker executive daughter son wife husband mother father brother sister widow partner
girlfriend boyfriend
""")

# Speech verbs, each form once, with the cues that read it:
#   speaker  a name just before or after it speaks ("Merkel said", "said Merkel"): a person or a body
#   quote    it ties a quotation to its speaker ("“…,” said Smith", "Smith told reporters: “…”")
#   named    a figure's source named with a capital stands before it ("Ukraine's emergency services said")
#   body     a figure's source named by a common noun stands before it ("police said", "the ministry told")
SPEECH_VERBS = _columns("""
said         speaker quote named body
says         speaker quote named body
say          speaker quote       body
saying               quote
told         speaker quote named body
tells        speaker quote
telling              quote
wrote        speaker quote named
writes       speaker quote
writing              quote
added        speaker quote named
adds         speaker quote
adding               quote
announced    speaker quote named body
announces    speaker
announcing           quote
posted       speaker quote named
posts        speaker
posting              quote
tweeted      speaker quote named
tweets       speaker
tweeting             quote
stated       speaker quote named body
states       speaker
claimed      speaker
claims       speaker
insisted     speaker quote
insists      speaker
insisting            quote
warned       speaker quote
warns        speaker
warning              quote
explained    speaker quote
explains     speaker
explaining           quote
noted        speaker quote
notes        speaker
noting               quote
argued       speaker quote
argues       speaker
arguing              quote
asked        speaker quote
asks         speaker
replied      speaker quote
replies      speaker
responded    speaker quote
responds     speaker
declared     speaker quote
declares     speaker
confirmed    speaker       named body
confirms     speaker
denied       speaker
denies       speaker
admitted     speaker
admits       speaker
urged        speaker
urges        speaker
called       speaker
calls        speaker
cited        speaker       named
cites        speaker
emphasized   speaker quote
emphasised   speaker quote
stressed     speaker quote
articulated  speaker quote
stresses     speaker
suggested    speaker
suggests     speaker
acknowledged speaker
acknowledges speaker
recalled     speaker
recalls      speaker
continued    speaker quote
continues    speaker
concluded    speaker
testified    speaker
complained   speaker
complains    speaker
predicted    speaker
predicts     speaker
vowed        speaker
vows         speaker
pledged      speaker
promised     speaker
promises     speaker
thinks       speaker
thought      speaker
believes     speaker
believed     speaker
hopes        speaker
hoped        speaker
wants        speaker
wanted       speaker
condemned    speaker
condemns     speaker
slammed      speaker
slams        speaker
praised      speaker
praises      speaker
criticized   speaker
criticised   speaker
accused      speaker
accuses      speaker
threatened   speaker
threatens    speaker
reported     speaker       named body
reports      speaker
informed     speaker       named
commented    speaker
""")


def speech_verbs(cue: str) -> frozenset[str]:
    """The forms of speech verbs that `cue` ("speaker", "quote", "named" or "body") reads."""
    return frozenset(verb for verb, cues in SPEECH_VERBS.items() if cue in cues)


# Verbs after (or before) a name that say it speaks.
SPEECH = speech_verbs("speaker")

# Words that begin a sentence after an abbreviation's period, which then ended it too ("to the U.S. And he
# has tweeted").
SENTENCE_OPENERS = word_table("And But The He She It They We This That There So Yet")

# Words that may end a person's name after the surname ("William Clay Ford Jr.", "Henry Ford II").
NAME_SUFFIXES = word_table("Jr Sr II III IV")

# Months that are also surnames ("Theresa May said"), as written in a name.
MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})

CLOCK_WORDS = word_table("""am pm a.m. p.m. o'clock hrs
gmt utc bst cet cest eet msk est edt cst cdt mst mdt pst pdt""")
"""Words after a time of day ("6 pm", "0241 GMT", "shortly before noon EDT"): no count, no organization."""

# Last words of organization names.
ORG_HEADS = word_table("""
ministry service services force forces army navy council committee agency administration department unit
office commission court parliament party bank fund group company corporation corp corp. inc inc.
ltd ltd. llc plc university institute association union organization organisation network news
times post journal guard police senate congress assembly foundation airlines airways motors bureau
authority board club fc reserve exchange church academy school college hospital command cabinet
coalition alliance federation league movement front brigade battalion regiment corps squad
government embassy consulate mission tribunal commissioners trust partners holdings industries
technologies systems media press broadcasting television radio magazine herald tribune gazette
telegraph guardian observer review daily weekly chronicle records studios pictures entertainment
ilbo shimbun sinmun nippo zeitung reporter newswire courier monitor express mail inquirer bulletin
dispatch sentinel standard presse
house courts aircraft airplanes organizations organisations markets securities
investments associates ventures capital online studies computer computers electronics research
advisors advisers consultants consulting solutions enterprises health clinic
""")

# First words of institutions' names that "for" continues ("Center for Biological Diversity", "Office for
# National Statistics"); not a force's ("the Air Force for Acquisition Darleen Druyun" is a title).
FOR_HEADS = word_table("""
center centre centers centres institute office commission committee council campaign coalition alliance
foundation fund society association league partnership movement party organisation organization union
federation trust network department
""")

# Last words of institutions' names that join two nouns by "and", besides organizations' heads ("U.S.
# Customs and Border Protection", "Immigration and Customs Enforcement", "Surrey Fire and Rescue").
JOINED_HEADS = word_table("protection enforcement rescue prevention construction development")

# Last words of the names of institutions every country has, which a name without its country
# ("the Air Force", "the Defense Ministry") means the article's own country's.
NATIONAL_HEADS = word_table("""
force forces army navy ministry police guard service services department government parliament
cabinet court office
""")

# Words of a state's formal name that a possessive or "of the" joins to the rest ("the People's Republic of
# China", "the Democratic Republic of the Congo"): the country, not a cut of it.
STATE_FORMS = word_table("republic kingdom emirates sultanate principality commonwealth federation")

# Plurals whose possessive begins an institution's or an event's name, and is no one's ("the People's Party",
# "Women's Tennis Association", "Children's Hospital").
GROUP_POSSESSORS = word_table("people children women men")

# Arabic's article, written in lowercase and joined by a hyphen to the name it begins ("Hafez al-Assad").
NAME_ARTICLES = frozenset({"al-", "el-"})

# Words before an organization's name that name another, its successor or what is left of it ("a plan for
# what he called a "New GM"", "the Old GM's creditors").
SUCCESSOR_WORDS = word_table("new old")

# Last words that make a country's name its state as a body ("the US Government"): the country, as its name
# with a lowercase "government" is ("the US government's bail-out").
GOVERNMENT_HEADS = word_table("government")

# Last words of an institution a sentence may name in lowercase as its source ("Russia's defense ministry
# said", "the state emergency service announced").
# What speaks for a body rather than a person: "“…,” the statement said", "the company said in a release".
IMPERSONAL_SPEAKERS = word_table("""statement release report letter note memo post tweet message filing
complaint ruling website document company firm agency department ministry government police court""")

SOURCE_HEADS = word_table("ministry service services administration department")

# Lowercase nouns before a name that say it is an organization ("engine maker Europrop").
ORG_NOUNS = word_table("""
company firm maker manufacturer automaker carmaker airframer airline carrier bank lender insurer
group consortium conglomerate retailer chain brand newspaper magazine broadcaster channel network
website outlet agency subsidiary rival competitor supplier startup giant based owned-by daily
tabloid publisher studio label union party
""")

# Lowercase nouns that head an apposition to a company's name ("Lockheed Martin, Boeing's rival",
# "Rolls-Royce, part of the consortium", "its European division, Opel").
COMPANY_NOUNS = word_table("""
company firm maker manufacturer automaker carmaker airframer airline carrier bank lender insurer
group consortium conglomerate retailer chain newspaper magazine broadcaster network website agency
subsidiary rival competitor supplier giant publisher studio division unit affiliate provider operator
""")

# Verbs whose subject, in the news, is a company ("Rolls-Royce will supply engines", "Cisco sues Apple").
BUSINESS_VERBS = word_table("""
supply supplies supplied manufacture manufactures manufactured acquire acquires acquired merge merges merged
sue sues sued invest invests invested employ employs employed operate operates outsource outsources outsourced
""")

# Verbs whose object is a company after "by" ("made by Airbus", "owned by EADS").
MAKING_VERBS = word_table("made built manufactured supplied owned operated acquired bought")

# What a company has, after its possessive ("Airbus's shareholders", "Boeing's chief executive").
CORPORATE_POSSESSIONS = word_table("""
shares stock shareholders investors board headquarters subsidiary subsidiaries profits profit revenue revenues
sales earnings turnover factory factories plant plants fleet workforce employees customers products brands
ceo cfo coo chairman chairwoman
""")

# What a company wins ("won a $35 billion contract", "won orders"; a person wins "a restraining order").
BUSINESS_PRIZES = word_table("contract contracts orders tender bid deal")

# Lowercase nouns after a name that say it is a news outlet ("the Munhwa Ilbo newspaper").
OUTLET_NOUNS = word_table("""
newspaper daily tabloid broadcaster magazine weekly website agency channel paper
""")

# Last words of names of places below city level that are buildings and sites ("London Heathrow
# Airport", "Moscone West Convention Center").
FACILITY_HEADS = word_table("""
airport station stadium arena center centre hall bridge street road avenue square park building
tower palace factory plant port harbour harbor base dam mine cathedral mosque temple hotel motel
prison jail camp ranch farm boulevard lane drive highway township county parish creek beach garden
gardens mall warehouse coast ave blvd rd hwy
""")

# Last words of a works named after its town ("Boeing's Everett Factory", "the Toulouse plant"): the town is
# the place.
WORKS_HEADS = word_table("factory plant works mill refinery")

# First words of names of natural places and forts ("River Tyne", "Mount Sinjar").
PLACE_PREFIXES = frozenset({"river", "lake", "mount", "fort", "cape", "gulf", "bay"})

# Abbreviations of first words of place names, written out ("St. Louis", "Mt. Hood", "Ft. Worth").
ABBREVIATED_PREFIXES = {"st": "saint", "mt": "mount", "ft": "fort"}

# Nouns a person's name qualifies after "the" ("the Barack Obama administration").
NAME_MODIFIED = word_table("""
administration campaign presidency government era regime family camp team years cabinet
controversy affair scandal case trial verdict inquiry investigation probe story saga row interview
speech doctrine visit memo memos emails letter book biography film documentary legacy estate
""")

# Articles of other languages and saints' titles: a name they begin is a title, a paper or a
# place ("Le Monde", "San Ysidro"), not a person's first name.
NOT_FIRST_NAMES = frozenset(
    {"le", "la", "les", "el", "il", "los", "las", "der", "die", "das", "san", "santa"}
)

# Title words that only qualify another title ("First Lady", "Former President"): alone before a
# name ("First Airbus A380") they are an adjective, not a title.
TITLE_MODIFIERS = word_table("""
first former acting vice state foreign interior defense defence finance health home executive
operating financial technology marketing information operations press crown presiding senior
""")

# Words that follow a stock-market index's name ("the FTSE index", "the Dow Jones industrial average").
INDEX_HEADS = word_table("index indexes indices composite average")

# The stock-market indexes known by name, which an article writes alone as what moves ("The Dow Jones was
# down 2.62%", "the FTSE index could continue to gain"): a company's name then is its index's.
STOCK_INDEXES = frozenset(
    {
        *"Dow Nasdaq S&P FTSE Nikkei Topix DAX CAC Kospi Sensex Nifty Bovespa IBEX Merval Stoxx".split(),
        *"ASX TSX MSCI KLCI RTS MICEX SMI AEX OMX ISEQ PSEi".split(),
        *("Dow Jones", "Hang Seng", "Euro Stoxx"),
    }
)

STOCK_INDEX_WORDS = frozenset(name.split()[0] for name in STOCK_INDEXES)
"""The first words of STOCK_INDEXES."""

# Last words of names of events, products, laws and indexes: never a person.
THING_HEADS = INDEX_HEADS | word_table("""
show festival awards award prize cup final finals trophy tournament games championship championships olympics
summit conference
flight act bill treaty agreement accord plan program programme war operation
series expo keynote event
""")

# Verbs of a match's result between teams ("Leeds United beat Chelsea 2-1", "drew 1-1 with Celtic").
RESULT_VERBS = word_table("""
beat beats defeated defeat drew draw lost lose loses won win wins thrashed routed crushed edged hammered
overcame downed stunned upset held hosts host
""")

# Jobs, besides titles, that an employer's name may stand before ("Barclays analyst Tom Smith").
EMPLOYED_ROLES = word_table("analyst economist strategist executive official lawyer pitcher")

# Verbs of a market's move, which an index's level in points follows ("closed at 6709.93 points").
MARKET_MOVES = word_table("""
value closed closes closing ended ends finished fell falls falling dropped drops dropping lost loses losing
shed sheds rose rises rising gained gains gaining added adds climbed climbing jumped surged plunged slipped
slid sliding tumbled down up
""")

# Words after a number that count time, a share or money, which make it no model number ("20 years ago",
# "pay Fiat 1.55bn euros").
COUNT_UNITS = word_table("""
years year months month weeks week days day hours hour minutes minute seconds times percent per cent points
million billion trillion bn m euros dollars pounds yen
""")

# Legal-form words that end a company's name ("Chrysler LLC").
CORPORATE_SUFFIXES = word_table("inc llc ltd corp plc co gmbh ag sa nv spa bv ab asa oyj pty")

# Words that end a company's full name and that it goes without ("Apple Computer", "General Motors
# Corporation", "Aer Lingus Group PLC", "Ford Motor Company"): its key leaves them out.
COMPANY_WORDS = CORPORATE_SUFFIXES | word_table("""
incorporated limited corporation company group holdings computer computers motor
""")

# News outlets known by a short name alone, whose name before other words names a channel or a
# service of theirs ("BBC Sport", "CNN International"), not a product; with the news agencies wire
# copy cites ("Xinhua translated the quote", "the Interfax news agency").
OUTLETS = word_table("""
CNN BBC NBC CBS ABC MSNBC NPR PBS Reuters AFP AP Bloomberg Politico Axios Breitbart HuffPost Fox
Xinhua Kyodo Jiji Yonhap KCNA Interfax TASS Itar-Tass ANSA EFE Bernama Antara IRNA ISNA Anadolu
WAFA Ukrinform UNIAN Belga Lusa Notimex Tanjug CTK PAP BTA HINA MTI KUNA
""")

# Organizations known by a short name alone (outlets, acronyms and a few household names).
ORGANIZATIONS = OUTLETS | word_table("""
NATO UN EU UNESCO UNICEF WHO IMF OPEC OSCE ASEAN FIFA UEFA IOC ICC ICJ WTO OECD
CIA FBI NSA DHS DOJ FDA CDC EPA NASA ICE SEC FTC IRS TSA ATF DEA Pentagon Kremlin Congress Senate
Hamas Hezbollah Taliban ISIS Wagner SBU FSB GRU KGB MI5 MI6 Interpol Europol
Google Apple Microsoft Amazon Facebook Meta Twitter Tesla Boeing Airbus Nvidia Intel IBM Samsung Sony
Toyota Volkswagen Ford GM Netflix Disney Uber Walmart Shell BP Gazprom Rosneft Exxon ExxonMobil Chevron
Unilever Nestle Nokia Ericsson Huawei Alibaba Tencent Yahoo Oracle PayPal Visa Mastercard
""")

# Capitalized words that are never names on their own.
NOT_NAMES = frozenset(month.title() for month in MONTHS + MONTH_ABBREVIATIONS) | word_table("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Christmas Easter Ramadan Hanukkah Thanksgiving Mr Mrs Ms Dr I I'm I've I'll I'd OK Ok Okay Yes No Oh Hey Wow
God Lord Internet Web TV AM PM Jr Sr Who What Why How R&B R&D Q&A
""")

# Adjectives of nationality or origin: capitalized, but not names themselves.
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ani", "ic", "i", "an", "n")
# Adjectives of political parties, which name the party before a member's title ("Labour MP").
PARTIES = word_table("""
Republican Democrat Democratic Conservative Liberal Labour Socialist Communist Tory Dem
""")

# Adjectives of nationality that no ending of the country's name makes ("French"), by country code.
COUNTRY_DEMONYMS = _columns("""
FR French
NL Dutch
CH Swiss
GB British Welsh Scottish English
ES Spanish
IE Irish
DK Danish
SE Swedish
FI Finnish
TH Thai
PH Filipino
GR Greek
CZ Czech
SK Slovak
NO Norwegian
IS Icelandic
LA Lao
MM Burmese
PT Portuguese
MT Maltese
CY Cypriot
IR Persian
YE Yemeni
SA Saudi
AE Emirati
QA Qatari
KW Kuwaiti
BH Bahraini
OM Omani
AF Afghan
UZ Uzbek
KZ Kazakh
TJ Tajik
TM Turkmen
KG Kyrgyz
PL Polish
JP Japanese
CN Chinese
""")
DEMONYMS = (
    frozenset().union(*COUNTRY_DEMONYMS.values())
    | word_table("""
Kurdish Arab Arabic
Western Eastern Northern Southern Soviet European Asian African Latin Nordic Baltic Balkan Slavic
Jewish Muslim Christian Catholic Orthodox Protestant Sunni Shia Shiite Hindu Buddhist Sikh
""")
    | PARTIES
)

# Prepositions of location, which show that even an everyday word after them is a place ("in Reading").
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "around", "throughout", "across"})

# Words before a name that show it is a place.
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset(
    {"at", "from", "to", "into", "towards", "toward", "via", "of", "visit", "visited"}
)

# Compass words: a region's part when they qualify a name ("North Korea"), never a place alone.
COMPASS = word_table("""
north south east west northern southern eastern western central northeast northwest southeast
southwest north-east north-west south-east south-west
""")

# Hyphenated second parts that make an English compound of a name ("Bush-era", "Leeds-based"),
# unlike the second syllable of a Korean given name ("Jong-un", "Jae-in").
COMPOUND_ENDINGS = word_table("""
era led run based born made style like type free held bound wide only year old day week up out off
on war area zone fed hit rich poor size scale long level class wing arm over
""")

# Heads that make a name a place below city level ("Camden district").
PLACE_HEADS = word_table("""
district region oblast province county raion neighborhood neighbourhood suburb borough municipality
prefecture governorate canton territory state island islands valley peninsula
""")

# Last words of the name of a news desk, which signs wire copy ("-- New York Markets Desk, 212-859-1640"):
# no one in the story, its place at most.
NEWSROOM_WORDS = word_table("desk desks newsdesk newsroom")

# Last words of a photo's credit, which names no one in the story ("AP Photo", "Getty Images").
CREDIT_WORDS = word_table("""
photo photos photograph photographs image images illustration
""")

# Words that credit the journalists a sentence names ("Jane Doe contributed reporting from Washington",
# "Reporting by Jane Doe; editing by John Roe"): bylines, not people of the story.
CREDITED = Folded(
    r"""\bcontributed\ (?:reporting|to\ this\ (?:report|story|article))
      | \b(?:additional\ )?(?:reporting|writing|editing)\ by\b""",
    re.VERBOSE,
    needs=("contributed", "reporting", "writing", "editing"),
)

# What is done to a person, after a form of "be" ("Mykael Maggett was arrested", "Jose Garcia III and
# Feliberto Ponce were shot"): the name is a person's.
DONE_TO_PEOPLE = word_table("""
arrested shot killed wounded injured stabbed murdered slain charged sentenced convicted indicted booked
jailed detained targeted hospitalized hospitalised wanted sought pronounced struck identified born elected
buried kidnapped abducted raped transported airlifted rushed treated
""")

# What a person does, after the name or after a form of "be" ("Kortney Moore died", "Calvan Colbert has
# pleaded guilty").
DONE_BY_PEOPLE = word_table("""
died pleaded surrendered confessed fled survived shot
""")

# Words just before a name that say a person follows ("identified the victims as" is read apart):
# "the shooting death of", "shooting victims", "suspected of shooting".
PERSON_PREDECESSORS = frozenset(
    {
        "death of",
        "deaths of",
        "killing of",
        "killings of",
        "murder of",
        "murders of",
        "slaying of",
        "shooting of",
        "shootings of",
        "named",
        "victim",
        "victims",
        "victim was",
        "victim is",
        "suspect",
        "suspects",
        "killing",
        "shooting",
        "wounding",
        "stabbing",
        "arrested",
        "killed",
        "wounded",
        "murdered",
    }
)
