"""People named in local news whatever their first name: the words around a name say it is a person's
(an age, what happened to them, an identification, a list of victims). Sentences from gva-dev, ECB+ and
BBC articles."""

from __future__ import annotations

import pytest

from briefing.extract.mentions import find_mentions
from conftest import article, named


def people(*paragraphs: str) -> set[str]:
    return named(find_mentions(article(*paragraphs)), "person")


def test_an_age_in_apposition_makes_a_person():
    assert "Jahad Brumsey" in people(
        "Other shooting victims include: — Jahad Brumsey, 29, of Garden Street in New Haven (critical)"
    )


def test_an_age_in_apposition_makes_a_surname_alone_a_person():
    found = find_mentions(
        article(
            "Metro detectives are investigating whether a murder case from earlier this month led to Dameisha"
            " Clark being specifically targeted in an act of retaliation.",
            "Clark, 20, received a non-critical gunshot wound.",
        )
    )
    assert {(m.text, m.key) for m in found if m.kind == "person"} == {
        ("Dameisha Clark", "Dameisha Clark"),
        ("Clark", "Dameisha Clark"),
    }


def test_what_is_done_to_a_person_makes_a_person():
    assert people(
        "The Polk County Sherriff's Office says Thursday that Mykael Maggett was arrested April 25 on charges"
        " of assault and intimidation with a dangerous weapon."
    ) == {"Mykael Maggett"}


def test_victims_with_ages_are_people_and_their_surnames_too():
    found = find_mentions(
        article(
            "Coroner's investigators identified the victims as 20-year-old Jose Garcia III and 17-year-old"
            " Feliberto Ponce. Garcia died shortly after arriving at Memorial Hospital, while Ponce died at"
            " Kern Medical Center around 3:25 a.m."
        )
    )
    # The suffix stays on the name as written, not on its key: one person however often it is written.
    assert {(m.text, m.key) for m in found if m.kind == "person"} == {
        ("Jose Garcia III", "Jose Garcia"),
        ("Feliberto Ponce", "Feliberto Ponce"),
        ("Garcia", "Jose Garcia"),
        ("Ponce", "Feliberto Ponce"),
    }
    assert "Ponce" not in named(found, "place")


def test_two_names_with_ages_before_a_fate_are_two_people():
    assert people("Jose Garcia III, 20, and Feliberto Ponce, 17, were shot on Cottonwood Road.") == {
        "Jose Garcia III",
        "Feliberto Ponce",
    }


def test_names_listed_with_people_are_people():
    assert people(
        "The two men, who have pleaded not guilty to murder and robbery charges, are suspected of shooting"
        " Misty Nunley, Julie Jackson, Rebeika Powell and Kayetie Melchor inside a Fairmont Terrace"
        " apartment Jan. 7."
    ) >= {"Misty Nunley", "Julie Jackson", "Rebeika Powell", "Kayetie Melchor"}


def test_the_last_of_a_list_of_victims_with_their_towns_is_a_person():
    # gva-dev 558796: the town after the second victim's age stands between him and the third.
    assert people(
        "Police identified those wounded in the shooting as Nathaniel Williams, 29, of Dunbar, who was hit"
        " seven times; Arthur Grant, 25, Dunbar; and Kahlil Bush."
    ) >= {"Nathaniel Williams", "Arthur Grant", "Kahlil Bush"}


def test_a_name_of_a_town_before_a_fate_is_the_person_from_the_town():
    # gva-dev 558796: the fate after "of Dunbar" is the person's, and the town is no person.
    found = find_mentions(
        article(
            "Jamaine Sutton of Dunbar was killed as a result of multiple gunshot wounds.",
            "Detective Cooper stated that Jamaine Sutton, 32 of Dunbar, was killed inside the bar.",
        )
    )
    assert named(found, "person") == {"Jamaine Sutton", "Cooper"}


def test_a_surname_after_a_title_and_before_of_is_the_person_of_that_place():
    # gva-dev 558796 ("Cooper of Charleston Police Department" was an organization); BBC politics/320, 155.
    found = find_mentions(
        article(
            "A shooting overnight has left one dead and three others injured according to Lt. Cooper of"
            " Charleston Police Department's Criminal Investigation Division.",
            "Tony Blair's entry confirms that King Abdullah of Jordan paid for him to fly from a holiday in"
            " Egypt to official discussions.",
            "Hiding women away in the home hidden behind veils is a backward view of Islam, President"
            " Musharraf of Pakistan has said during a visit to Britain.",
        )
    )
    assert named(found, "person") == {"Cooper", "Tony Blair", "Abdullah", "Musharraf"}
    assert "Charleston Police Department" in named(found, "organization")
    assert {"Jordan", "Pakistan"} <= named(found, "place")


def test_twins_named_after_their_age_are_people():
    assert people(
        "He is charged in the killings of 23-year-old twins Rebeika Powell and Kayetie Melchor."
    ) == {"Rebeika Powell", "Kayetie Melchor"}


def test_a_place_after_an_age_is_no_person():
    """ "a 29-year-old New Haven resident": the age is the resident's, the name a place."""
    found = find_mentions(article("Jahad Brumsey, a 29-year-old New Haven resident, was shot."))
    assert named(found, "person") == {"Jahad Brumsey"} and named(found, "place") == {"New Haven"}


def test_a_victim_identified_with_a_first_name_no_list_knows():
    assert "Tedarrian Deshawn Tipton" in people(
        "A fourth victim was Tedarrian Deshawn Tipton, according to Murfreesboro police spokesman Sgt."
        " Kyle Evans."
    )


def test_a_first_name_alone_identified_is_a_person():
    assert "Mary" in people(
        "According to police, a 26-year-old woman named Mary says her friends did not believe her."
    )


def test_a_middle_initial_makes_a_person_of_a_surname_like_a_street():
    found = find_mentions(
        article(
            "The indictment of Paul G. Kendall, 24, of Ecorse, Reginald L. Street, 19, of Detroit, and"
            " Jonathan L. Burks, 30, of Detroit, was issued April 6."
        )
    )
    assert named(found, "person") == {"Paul G. Kendall", "Reginald L. Street", "Jonathan L. Burks"}
    assert "Detroit" in named(found, "place")


def test_a_name_with_an_age_after_its_town_leaves_the_town_a_place():
    found = find_mentions(
        article(
            "Police identified the victims as 18-year-old Romello Dewain Steward of Paris, 21-year-old"
            " Devante Laray Akins of Paris."
        )
    )
    assert named(found, "person") == {"Romello Dewain Steward", "Devante Laray Akins"}
    assert named(found, "place") == {"Paris"}


def test_a_small_town_after_a_name_is_no_organization():
    found = find_mentions(
        article("Twenty-six-year-old Franchelle Harris of Jennings was then shot in the back.")
    )
    assert named(found, "person") == {"Franchelle Harris"} and named(found, "organization") == set()


def test_a_double_surname_stays_whole():
    assert people("Phoenix police said Carlos Rodriguez-Espinoza, 22, was arrested Monday afternoon.") == {
        "Carlos Rodriguez-Espinoza"
    }


def test_a_name_with_an_age_that_starts_a_sentence_is_whole():
    assert people("Willie Young, 21, and Randy Stewart, 18, were arrested on Monday.") == {
        "Willie Young",
        "Randy Stewart",
    }


def test_a_surname_several_people_share_is_still_a_person():
    found = find_mentions(
        article(
            "Police said Erbie Bowser shot to death Zina Bowser, his estranged wife.",
            "Bowser had a history of domestic violence.",
        )
    )
    assert "Bowser" in named(found, "person")


def test_a_given_name_and_an_age_is_no_organization():
    found = find_mentions(
        article(
            "Metro arrived to the area, finding shooting victims Jamond Heyward, 17, Brandy Council, 34,"
            " Jarrett Myers, 40, and Jeran Washington, 52. Council succumbed to her injuries."
        )
    )
    assert named(found, "person") >= {"Jamond Heyward", "Brandy Council", "Jeran Washington", "Council"}
    assert named(found, "organization") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # An age is no phone number or a thousand ("call CrimeStoppers, 528-CASH", "In Heraklion, 10,000").
        "Anyone with information is asked to call CrimeStoppers, 528-CASH (2274).",
        "In Heraklion, 10,000 people are reported as marching against the police in the city.",
        # A band or a team may be "who"; no age or fate says it is a person.
        "Boy band McFly were sixth while Scissor Sisters, who had the UK's best-selling album of 2004, were"
        " eighth.",
        # Titles of works listed with people stay no people.
        "Previous winners have included Finding Neverland, Johnny Depp and Saving Private Ryan.",
        # An age before a nationality.
        "Wenger insists he has complete faith in the 27-year-old Spaniard, who was signed last summer.",
    ],
)
def test_no_person_without_a_persons_cue(sentence):
    assert people(sentence) <= {"Johnny Depp", "McFly"}


def test_a_role_after_an_age_leaves_the_age_out():
    found = find_mentions(
        article(
            '"Our policies have been getting in the media," said 20-year-old politics student Nick Vaughan.'
        )
    )
    assert {m.role for m in found if m.text == "Nick Vaughan"} == {"politics student"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # BBC business: a sentence that opens with a first name and a surname with a particle.
        (
            "Jeremy de Souza, a spokesman for Crossrail, said on Sunday he could not confirm it.",
            "Jeremy de Souza",
        ),
        # NewsWCL50: two particles.
        (
            "Alex van der Zwaan, an attorney, pleaded guilty to lying to investigators about Gates in the "
            "Russia inquiry.",
            "Alex van der Zwaan",
        ),
        (
            "Judy Boynton finally left the firm on 31 December, having spent the intervening time as a "
            "special advisor to chief executive Jeroen van der Veer.",
            "Jeroen van der Veer",
        ),
        # ECB+ and BBC business: Arabic's article in lowercase before the surname.
        (
            "The refugees are, however, furious with Sudan's President Omar al-Bashir over the bombings, "
            "he says.",
            "Omar al-Bashir",
        ),
        (
            "Earlier this week, the local Arab News said Labour Minister Ghazi al-Gosaibi had caused uproar.",
            "Ghazi al-Gosaibi",
        ),
    ],
)
def test_a_name_with_a_lowercase_particle_is_whole(sentence, name):
    assert name in people(sentence)


def test_a_particle_joins_no_typing_slip_and_no_organization():
    # BBC tech: "Me" for "Mr" opens a quotation's attribution; a particle makes no first name of it.
    found = people(
        '"With automatic techniques, it would be feasible to build a larger image," said Jurgen den '
        "Hartog, one of the TNO researchers.",
        '"We had to rewrite almost all the tools," Me den Hartog told the BBC News website.',
    )
    assert "Jurgen den Hartog" in found and "Me den Hartog" not in found
    assert people("Officials said al-Qaeda claimed the attack.") == set()


def test_a_full_name_after_a_title_and_its_object_is_the_persons():
    # ECB+: "said Chief of Detectives Charlie Beck"; the title's object is no employer of his name's words.
    found = find_mentions(
        article(
            "Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested Friday, charged with killing "
            "Juan Abel Escalante last summer, said Chief of Detectives Charlie Beck.",
            "The Mayor of London Ken Livingstone and the President of Kenya Mwai Kibaki spoke.",
        )
    )
    assert {(m.text, m.role) for m in found if m.kind == "person"} >= {
        ("Charlie Beck", "Chief of Detectives"),
        ("Ken Livingstone", "Mayor of London"),
        ("Mwai Kibaki", "President of Kenya"),
    }
    assert named(found, "organization") == set()
    assert named(found, "place") == {"London", "Kenya"}
    # A firm named after people is no employer and a person ("Stanley" is a first name).
    assert people("said the Chairman of Morgan Stanley Dean Witter.") == set()
    # A title's object alone stays the employer.
    assert named(
        find_mentions(article("said Jim Press, the Vice Chairman of Chrysler.")), "organization"
    ) == {"Chrysler"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # BBC sport and business: two first names joined by a hyphen, which no list holds whole.
        (
            "But you have got to remember Sven-Goran Eriksson's side were given a lesson by Spain in the "
            "last game they played.",
            "Sven-Goran Eriksson",
        ),
        (
            "Conchita Martinez won her first title in almost five years with victory over Anna-Lena "
            "Groenefeld at the Volvo Women's Open in Pattaya, Thailand.",
            "Anna-Lena Groenefeld",
        ),
        ("Mary-Kate Olsen arrived on Monday.", "Mary-Kate Olsen"),
    ],
)
def test_two_first_names_joined_by_a_hyphen_make_a_person(sentence, name):
    assert name in people(sentence)


def test_a_hyphenated_place_or_firm_is_no_first_name():
    assert people("A man was shot in Winston-Salem, N.C., on Friday, and Rolls-Royce said so.") == set()
