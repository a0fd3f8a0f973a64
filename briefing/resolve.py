"""Resolve: the one global step. Mentions from all articles become entities with stable ids."""

from __future__ import annotations

import collections
import dataclasses
import hashlib
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from .extract.gazetteer import fold, gazetteer
from .extract.organizations import expanded_acronyms
from .model import Briefing, Entity, Extraction, Kind, Mention, Problem
from .overrides import Override
from .slugs import unique_slugs
from .spelling import formal_key, spelling_key

_SPELLING = 70
"""rapidfuzz ratio from which a written name is a spelling of the gazetteer's ("Kiev", "Kyiv")."""


class _Clusters:
    """Union-find over (kind, key) pairs."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, item: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cluster_people(keys: collections.Counter, clusters: _Clusters) -> None:
    """Full names that are spellings of one another, or differ by a middle initial or a nickname
    ("Michael T. Flynn", "Mike Flynn"), are one person; a surname alone is the best-attested
    full name it ends, or else it begins (family name first: "Moon" is Moon Jae-in)."""
    full = [k for k in keys if " " in k]
    by_formal: dict[str, str] = {}
    for key in sorted(full, key=lambda k: (-keys[k], k)):
        formal = formal_key(key)
        if formal in by_formal:
            clusters.union(("person", by_formal[formal]), ("person", key))
        else:
            by_formal[formal] = key
    by_surname: dict[str, list[str]] = collections.defaultdict(list)
    by_first: dict[str, list[str]] = collections.defaultdict(list)
    for key in full:
        by_surname[spelling_key(key.split()[-1])].append(key)
        by_first[spelling_key(key.split()[0])].append(key)
    for key in (k for k in keys if " " not in k):
        candidates = by_surname.get(spelling_key(key)) or by_first.get(spelling_key(key), [])
        weight: collections.Counter = collections.Counter()
        for candidate in candidates:
            weight[clusters.find(("person", candidate))] += keys[candidate]
        if weight:
            best, count = max(weight.items(), key=lambda item: (item[1], item[0]))
            if count * 2 > sum(weight.values()) or len(weight) == 1:
                clusters.union(best, ("person", key))


def _cluster_acronyms(extractions: Sequence[Extraction], clusters: _Clusters) -> None:
    """An organization's acronym ("GM", "F.B.I.") is the organization an article names in full whose
    initials it is ("General Motors"), in every article, when no article expands it otherwise."""
    expansions: dict[str, set[str]] = collections.defaultdict(set)
    for extraction in extractions:
        names = {m.key: m.text for m in extraction.mentions if m.kind == "organization"}
        for acronym, full in expanded_acronyms(names).items():
            expansions[acronym].add(full)
    for acronym, full in expansions.items():
        if len(full) == 1:
            clusters.union(("organization", acronym), ("organization", full.pop()))


def _canonical(kind: Kind, members: list[Mention]) -> str:
    """The name an entity's page is titled with. A place's is the spelling most of its mentions use
    ("Zaporizhzhia" as written, not the gazetteer's "Zaporizhzhya"; of two used as often, the shorter),
    or the gazetteer's name where the articles only abbreviate it or call it otherwise ("US", "Britain")."""
    texts = collections.Counter(m.text for m in members)
    if kind == "place":
        place = gazetteer().place(members[0].place_id) if members[0].place_id else None
        spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for text, count in texts.items():
            spelled = place is None or fuzz.ratio(fold(text), fold(place.name)) >= _SPELLING
            if spelled and not text.isupper():
                spellings[fold(text)][text] += count
        if spellings:
            most = max(sorted(spellings), key=lambda folded: (sum(spellings[folded].values()), -len(folded)))
            return spellings[most].most_common(1)[0][0]
        if place:
            return place.name
    keys = collections.Counter(m.key for m in members)
    if kind == "person":
        full = [k for k in keys if " " in k]
        if full:
            last_words = collections.Counter(m.text.split()[-1] for m in members)
            best = max(sorted(full), key=lambda k: (k.isascii(), texts[k] + last_words[k.split()[-1]], keys[k]))
            # Keys drop the full stops of initials ("Michael J Green"): show the name as written.
            written = [t for t in sorted(texts) if spelling_key(t) == spelling_key(best)]
            return max(written, key=lambda t: (texts[t], "." in t)) if written else best
    return max(sorted(texts), key=lambda t: (texts[t], len(t)))


def _apply_overrides(overrides: Sequence[Override], members: dict[tuple[str, str], list[Mention]],
                     clusters: _Clusters) -> tuple[dict[tuple[str, str], Override], set[tuple[str, str]], list[Problem]]:
    """Merge the entities each override names; return the edit for each resulting root, the
    roots to drop, and a warning for every override that matched nothing."""
    names = {root: {fold(m.text) for m in found} | {fold(m.key) for m in found} | {fold(_canonical(found[0].kind, found))}
             for root, found in members.items()}
    edits: dict[tuple[str, str], Override] = {}
    dropped: list[tuple[str, str]] = []
    problems = []
    for override in overrides:
        hits = sorted(root for root, known in names.items() if known & override.names)
        if not hits:
            action = "drop" if override.drop else "override"
            problems.append(override.problem(f"{action} {override.name!r} matches no entity"))
        elif override.drop:
            dropped.extend(hits)
        else:
            for root in hits[1:]:
                clusters.union(hits[0], root)
            edits[hits[0]] = override
    return ({clusters.find(root): edit for root, edit in edits.items()},
            {clusters.find(root) for root in dropped}, problems)


@dataclasses.dataclass(frozen=True)
class Resolution:
    """What resolution decided: the entities, and which entity each name is."""

    entities: dict[str, Entity]
    """Entities by id."""
    assigned: dict[tuple[str, str], Entity | None]
    """The entity of every (kind, key) named; None for a name an editor dropped."""
    problems: tuple[Problem, ...] = ()
    """Overrides that matched nothing."""


def resolve(extractions: Sequence[Extraction], problems: Iterable[Problem] = (),
            overrides: Sequence[Override] | None = None) -> Briefing:
    """Group every mention into entities, and give each entity an id that is the same in every
    article and every build of the same input. `overrides` are an editor's corrections."""
    return apply(find_entities(extractions, overrides), extractions, problems)


def names_key(extractions: Sequence[Extraction], overrides: Sequence[Override] | None = None) -> str:
    """A hash of everything `find_entities` reads: every mention's name, kind, role and place,
    in order, and the overrides. Offsets and paragraphs are not read, so they are not in it."""
    digest = hashlib.sha256(repr(tuple(overrides or ())).encode())
    for extraction in extractions:
        digest.update(repr([(m.kind, m.key, m.text, m.role, m.place_id) for m in extraction.mentions]).encode())
        digest.update(b"\0")
    return digest.hexdigest()


def find_entities(extractions: Sequence[Extraction], overrides: Sequence[Override] | None = None) -> Resolution:
    """The entities that the names in `extractions` make, corrected by `overrides`."""
    clusters = _Clusters()
    keys: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for extraction in extractions:
        for mention in extraction.mentions:
            keys[mention.kind][mention.key] += 1
            clusters.find((mention.kind, mention.key))
    _cluster_people(keys["person"], clusters)
    _cluster_acronyms(extractions, clusters)

    problems: list[Problem] = []
    members = _members(extractions, clusters)
    edits, dropped = {}, set()
    if overrides:
        edits, dropped, unmatched = _apply_overrides(overrides, members, clusters)
        problems += unmatched
        members = _members(extractions, clusters)
        for root in dropped:
            del members[root]

    entities: dict[tuple[str, str], Entity] = {}
    for root, found in members.items():
        edit = edits.get(root)
        kind = (edit and edit.kind) or collections.Counter(m.kind for m in found).most_common(1)[0][0]
        name = edit.name if edit else _canonical(kind, found)
        roles = collections.Counter(m.role for m in found if m.role)
        place = gazetteer().place(found[0].place_id) if found[0].place_id else None
        entities[root] = Entity(
            id="", kind=kind, name=name,
            aliases=tuple(sorted({m.text for m in found} - {name})),
            roles=tuple(r for r, _ in sorted(roles.items(), key=lambda item: (-item[1], item[0]))),
            coordinates=place.coordinates if place else None,
            description=edit.description if edit else None,
        )
    order = sorted(entities, key=lambda root: (-len(members[root]), entities[root].kind, entities[root].name, root))
    ids = unique_slugs([("\x00".join(root), entities[root].name) for root in order])
    by_id: dict[str, Entity] = {}
    for root in order:
        entity = dataclasses.replace(entities[root], id=ids["\x00".join(root)])
        entities[root] = entity
        by_id[entity.id] = entity
    assigned = {name: entities.get(clusters.find(name)) for name in list(clusters.parent)}
    return Resolution(by_id, assigned, tuple(problems))


def apply(resolution: Resolution, extractions: Sequence[Extraction], problems: Iterable[Problem] = ()) -> Briefing:
    """The briefing: every mention given its entity's id and kind, dropped names left out."""
    assigned = resolution.assigned
    resolved = []
    for extraction in extractions:
        mentions = []
        for mention in extraction.mentions:
            entity = assigned[(mention.kind, mention.key)]
            if entity is not None:
                mentions.append(_with_entity(mention, entity))
        resolved.append(dataclasses.replace(extraction, mentions=tuple(mentions)))
    return Briefing(extractions=tuple(resolved), entities=resolution.entities,
                    problems=(*problems, *resolution.problems))


def _with_entity(mention: Mention, entity: Entity) -> Mention:
    """`mention` with the entity's id and kind; a copy of its fields, as dataclasses.replace
    makes but without its per-field checks (a large briefing has tens of thousands)."""
    copy = object.__new__(Mention)
    copy.__dict__.update(mention.__dict__, kind=entity.kind, entity=entity.id)
    return copy


def _members(extractions: Sequence[Extraction], clusters: _Clusters) -> dict[tuple[str, str], list[Mention]]:
    """The mentions of each cluster, by its root."""
    members: dict[tuple[str, str], list[Mention]] = collections.defaultdict(list)
    for extraction in extractions:
        for mention in extraction.mentions:
            members[clusters.find((mention.kind, mention.key))].append(mention)
    return members
