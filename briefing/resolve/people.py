"""People: a name alone resolves within its story; full names join across stories unless their
roles say they are two people."""

from __future__ import annotations

import collections
import re

from ..extract.people import surname
from ..spelling import formal_key, spelling_key
from .clusters import Clusters, Node

ROLE_FIELDS = {
    "government": (
        "president",
        "senator",
        "governor",
        "minister",
        "secretary",
        "mayor",
        "ambassador",
        "chancellor",
        "congressman",
        "congresswoman",
        "premier",
        "lawmaker",
        "diplomat",
    ),
    "law": ("attorney", "lawyer", "judge", "prosecutor", "sheriff", "detective", "officer", "trooper"),
    "sport": (
        "coach",
        "player",
        "quarterback",
        "pitcher",
        "striker",
        "goalkeeper",
        "boxer",
        "midfielder",
        "defender",
        "linebacker",
        "receiver",
        "outfielder",
        "infielder",
        "jockey",
        "golfer",
    ),
    "entertainment": ("actor", "actress", "singer", "rapper", "comedian", "musician", "host", "star"),
    "royalty": ("prince", "princess", "king", "queen", "duke", "duchess"),
    "clergy": ("pope", "bishop", "archbishop", "cardinal", "priest", "rabbi", "imam", "reverend"),
    "military": ("general", "colonel", "lieutenant", "sergeant", "admiral", "commander", "soldier"),
    "medicine": ("doctor", "surgeon", "nurse", "physician"),
}
"""The walks of life a role belongs to. A person named in one story as a senator and in another as
a quarterback is two people; words that belong to several walks ("director", "captain") are left out."""

_FIELD_OF = {word: field for field, words in ROLE_FIELDS.items() for word in words}
_WORD = re.compile(r"[a-z]+")


def role_fields(roles: set[str]) -> frozenset[str]:
    """The walks of life `roles` place a person in ("Deputy Attorney General": law and military)."""
    return frozenset(_FIELD_OF[w] for role in roles for w in _WORD.findall(role.casefold()) if w in _FIELD_OF)


def cluster_people(
    counts: dict[str, collections.Counter], roles: dict[Node, set[str]], clusters: Clusters
) -> None:
    """Within each story, people's names as `_within_story` joins them; then the full names of
    one person across stories. `counts` are each story's person keys and their mentions, `roles`
    the roles seen with each node."""
    for story, keys in sorted(counts.items()):
        _within_story(story, keys, clusters)
    # A person's roles within a story are those of every name the story knows them by.
    story_roles: dict[Node, set[str]] = collections.defaultdict(set)
    for node, seen in roles.items():
        story_roles[clusters.find(node)] |= seen
    by_formal: dict[str, list[Node]] = collections.defaultdict(list)
    for story, keys in counts.items():
        for key in keys:
            if " " in key:
                by_formal[formal_key(key)].append(("person", story, key))
    fields = {
        node: set(role_fields(story_roles[clusters.find(node)]))
        for nodes in by_formal.values()
        for node in nodes
    }
    for nodes in by_formal.values():
        if len(nodes) > 1:
            _across_stories(sorted(nodes, key=lambda n: (-counts[n[1]][n[2]], n)), fields, clusters)


def _within_story(story: str, keys: collections.Counter, clusters: Clusters) -> None:
    """Full names that are spellings of one another, or differ by a middle initial or a nickname
    ("Michael T. Flynn", "Mike Flynn"), or by a middle name (`_join_middle_names`), are one person;
    a name alone is the story's best-attested full name it ends, or else it begins (family name
    first: "Moon" is Moon Jae-in)."""

    def node(key: str) -> Node:
        return ("person", story, key)

    full = [k for k in keys if " " in k]
    by_formal: dict[str, str] = {}
    for key in sorted(full, key=lambda k: (-keys[k], k)):
        formal = formal_key(key)
        if formal in by_formal:
            clusters.union(node(by_formal[formal]), node(key))
        else:
            by_formal[formal] = key
    _join_middle_names([node(k) for k in sorted(full)], clusters)
    by_surname: dict[str, list[str]] = collections.defaultdict(list)
    by_first: dict[str, list[str]] = collections.defaultdict(list)
    for key in full:
        by_surname[spelling_key(surname(key))].append(key)
        by_first[spelling_key(key.split()[0])].append(key)
    for key in sorted(k for k in keys if " " not in k):
        candidates = by_surname.get(spelling_key(key)) or by_first.get(spelling_key(key), [])
        weight: collections.Counter = collections.Counter()
        for candidate in candidates:
            weight[clusters.find(node(candidate))] += keys[candidate]
        if weight:
            best, count = max(weight.items(), key=lambda item: (item[1], item[0]))
            if count * 2 > sum(weight.values()) or len(weight) == 1:
                clusters.union(best, node(key))


def _join_middle_names(nodes: list[Node], clusters: Clusters) -> None:
    """Full names of one story that share a first and a last name and differ only by middle names
    one of them leaves out or gives as an initial ("Eric Allen Kirkpatrick", "Eric Kirkpatrick",
    "Eric A. Kirkpatrick") are one person, unless two of them give different middle names: then
    the story names two people of that first and last name, and a shorter name could be either."""
    by_ends: dict[tuple[str, str], list[Node]] = collections.defaultdict(list)
    for node in nodes:
        words = formal_key(node[2]).split()
        by_ends[(words[0], words[-1])].append(node)
    for named in by_ends.values():
        middles = [spelling_key(node[2]).split()[1:-1] for node in named]
        if len(named) > 1 and all(_fits(*sorted((a, b), key=len)) for a in middles for b in middles):
            for node in named[1:]:
                clusters.union(named[0], node)


def _fits(short: list[str], long: list[str]) -> bool:
    """Whether the middle names `short` are some of `long`, in order, an initial standing for a
    name it begins ("a" fits "allen"; "robert" does not)."""
    remaining = iter(long)
    return all(
        any(word == name or (len(word) == 1 and name.startswith(word)) for name in remaining)
        for word in short
    )


def _across_stories(nodes: list[Node], fields: dict[Node, set[str]], clusters: Clusters) -> None:
    """One full name in several stories: each joins the first person of that name, most mentioned
    first, whose walks of life do not contradict its own."""
    people: list[tuple[Node, set[str]]] = []
    for node in nodes:
        own = fields[node]
        for root, known in people:
            if not (own and known and not own & known):
                clusters.union(root, node)
                known |= own
                break
        else:
            people.append((node, set(own)))
