"""Resolve: the global step after stories. Mentions from all articles become entities with stable ids.

A name alone ("Bush") is the person its article names in full, else the one its story does
(`people`); full names join across stories unless their roles contradict. A place name is the
place its text and its story point to (`places`); places and organizations are one entity
wherever they are named. An editor's rules then merge, rename, drop and split (`corrections`).
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
from collections.abc import Iterable, Sequence

from ..extract.gazetteer import fold
from ..extract.lexicon import PLACE_HEADS, PLACE_PREFIXES
from ..extract.organizations import expanded_acronyms, organization_key
from ..load.overrides import EditorRule, Split
from ..model import Briefing, Entity, Extraction, Mention, Problem
from ..slugs import reserved_name_notes
from ..stories import Stories, find_stories, story_named
from .clusters import Clusters, Groups, Named, Node
from .corrections import Corrections
from .entities import build_entities
from .people import cluster_people
from .places import Choice, choose_places, contexts

APART = "\x1f"
"""Joins a node's key and the name an editor splits apart ("air force (UA)\x1fukrainian air force")."""


@dataclasses.dataclass(frozen=True)
class Resolution:
    """What resolution decided: the entities, and which entity each name is."""

    entities: dict[str, Entity]
    """Entities by id."""
    assigned: dict[Node, Entity | None]
    """The entity of every name in its story; None for a name an editor dropped."""
    places: dict[tuple[str, int, int], Choice] = dataclasses.field(default_factory=dict)
    """The place chosen for a place mention (by article path, paragraph and start), where it is not
    the one extraction chose; None where the name is no place."""
    problems: tuple[Problem, ...] = ()
    """Overrides that matched nothing."""
    apart: frozenset[str] = frozenset()
    """Names (folded) an editor splits apart: their mentions are nodes of their own (`_named`)."""
    firms: frozenset[tuple[str, str]] = frozenset()
    """(story, folded name) of the names a story reads as an organization's, which are no place where
    only a head word made them one (`named_firms`)."""


def resolve(
    extractions: Sequence[Extraction],
    problems: Iterable[Problem] = (),
    overrides: Sequence[EditorRule] | None = None,
) -> Briefing:
    """The global steps at once: the stories of `extractions`, then their entities, each with an
    id that is the same in every article and every build of the same input. `overrides` are an
    editor's corrections."""
    stories = find_stories(extractions, overrides or ())
    return apply(
        find_entities(extractions, overrides, stories), extractions, (*problems, *stories.problems), stories
    )


def names_key(
    extractions: Sequence[Extraction],
    overrides: Sequence[EditorRule] | None = None,
    stories: Stories | None = None,
    names: Sequence[str] | None = None,
) -> str:
    """A hash of everything `find_entities` reads: the overrides, the stories, and of each article
    its story and what `article_names` hashes (`names`, when known already)."""
    digest = hashlib.sha256(repr(tuple(overrides or ())).encode())
    digest.update(repr(sorted(stories.stories.values(), key=lambda s: s.id) if stories else ()).encode())
    story_of = stories.story_of if stories else {}
    names = [article_names(e) for e in extractions] if names is None else names
    for extraction, named in zip(extractions, names, strict=True):
        digest.update(f"{story_of.get(extraction.article.path)!r}\0{named}\0".encode())
    return digest.hexdigest()


def article_names(extraction: Extraction) -> str:
    """A hash of what `find_entities` reads of one article: every mention's name, kind, role and
    place, in order, where its place names stand (the places chosen are kept by position) and
    what the text says around them. Other offsets and text are not read, so they are not in it."""
    names = [(m.kind, m.key, m.text, m.role, m.place_id) for m in extraction.mentions]
    where = [(m.paragraph, m.start) for m in extraction.mentions if m.kind == "place"]
    read = (contexts(extraction), names, where)
    return hashlib.sha256(repr(read).encode("utf-8", "surrogatepass")).hexdigest()


def named_firms(extractions: Sequence[Extraction], story_of: dict[str, str]) -> frozenset[tuple[str, str]]:
    """(story, folded name) of the organizations each story names: where the same name is a place only by
    a head word the gazetteer does not confirm ("the nearby Harbor City office" beside "Harbor City bank"),
    it is the organization's."""
    return frozenset(
        (story_of.get(extraction.article.path, ""), fold(mention.text))
        for extraction in extractions
        for mention in extraction.mentions
        if mention.kind == "organization"
    )


def _named(
    extractions: Sequence[Extraction],
    story_of: dict[str, str],
    places: dict[tuple[str, int, int], Choice],
    apart: frozenset[str] = frozenset(),
    firms: frozenset[tuple[str, str]] = frozenset(),
) -> Iterable[Named]:
    """Every mention with its node; place names that are no place are left out. A mention written
    as a name an editor splits `apart` is a node of its own, tagged with that name after APART; a place
    its story names as one of its `firms` is that organization."""
    for extraction in extractions:
        path = extraction.article.path
        story = story_of.get(path, "")
        for mention in extraction.mentions:
            key: Choice = mention.key
            if (
                mention.kind == "place"
                and key.startswith("name:")
                and (story, fold(mention.text)) in firms
                and mention.text.split()[-1].lower() not in PLACE_HEADS
                and fold(mention.text).split()[0] not in PLACE_PREFIXES  # "Mt. Oliver", "Fort Hood"
            ):
                yield Named(("organization", story, organization_key(mention.text)), mention)
                continue
            if mention.kind == "place":
                key = places.get((path, mention.paragraph, mention.start), key)
            if key is not None and apart and fold(mention.text) in apart:
                key = f"{key}{APART}{fold(mention.text)}"
            if key is not None:
                yield Named((mention.kind, story, key), mention)


def _cluster_acronyms(
    extractions: Sequence[Extraction], nodes: dict[tuple[str, str], Node], clusters: Clusters
) -> None:
    """An organization's acronym ("GM", "F.B.I.") is the organization an article names in full whose
    initials it is ("General Motors"), in every article, when no article expands it otherwise."""
    expansions: dict[str, set[str]] = collections.defaultdict(set)
    for extraction in extractions:
        names = {m.key: m.text for m in extraction.mentions if m.kind == "organization"}
        for acronym, full in expanded_acronyms(names).items():
            expansions[acronym].add(full)
    for acronym, full in expansions.items():
        short, long = nodes.get(("organization", acronym)), nodes.get(("organization", *full))
        if len(full) == 1 and short and long:
            clusters.union(short, long)


def _join_institutions(nodes: Iterable[Node], clusters: Clusters) -> None:
    """An institution every country has, named without a country its article could tell ("Superior
    Court"), is the one its story names with a country ("superior court (US)"), when only one."""
    with_country: dict[tuple[str, str], list[Node]] = collections.defaultdict(list)
    plain = []
    for node in nodes:
        kind, story, key = node
        generic, bracket, _ = key.rpartition(" (")
        if kind != "organization":
            continue
        if bracket and key.endswith(")"):
            with_country[(story, generic)].append(node)
        else:
            plain.append(node)
    for node in plain:
        named = with_country.get((node[1], node[2]), [])
        if len(named) == 1:
            clusters.union(named[0], node)


def find_entities(
    extractions: Sequence[Extraction],
    overrides: Sequence[EditorRule] | None = None,
    stories: Stories | None = None,
) -> Resolution:
    """The entities that the names in `extractions` make within their `stories`, corrected by `overrides`."""
    story_of = stories.story_of if stories else {}
    places = choose_places(extractions, story_of)
    apart = frozenset(
        fold(name) for rule in overrides or () if isinstance(rule, Split) for name in rule.apart
    )
    firms = named_firms(extractions, story_of)
    named = list(_named(extractions, story_of, places, apart, firms))
    clusters = Clusters()
    people: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    roles: dict[Node, set[str]] = collections.defaultdict(set)
    elsewhere: dict[tuple[str, str], Node] = {}
    for node, mention in named:
        clusters.find(node)
        if APART in node[2]:
            # One entity with the rest until the editor's split takes it apart.
            clusters.union((node[0], node[1], node[2].split(APART)[0]), node)
        elif mention.kind == "person":
            people[node[1]][node[2]] += 1
            if mention.role:
                roles[node].add(mention.role)
        else:
            # A place or an organization is one entity in every story that names it.
            clusters.union(elsewhere.setdefault((node[0], node[2]), node), node)
    cluster_people(people, roles, clusters)
    _cluster_acronyms(extractions, elsewhere, clusters)
    _join_institutions(sorted({item.node for item in named}), clusters)

    groups = Groups(clusters, named)
    corrections = Corrections(groups, lambda name: story_named(stories, name) if stories else None)
    corrections.apply(overrides or ())
    entities = build_entities(groups.members, corrections.edits)
    assigned: dict[Node, Entity | None] = {item.node: None for item in named}
    for root, members in groups.members.items():
        for item in members:
            assigned[item.node] = entities[root]
    return Resolution(
        {e.id: e for e in entities.values()}, assigned, places, tuple(corrections.problems), apart, firms
    )


def apply(
    resolution: Resolution,
    extractions: Sequence[Extraction],
    problems: Iterable[Problem] = (),
    stories: Stories | None = None,
) -> Briefing:
    """The briefing: every mention given its entity's id and kind, dropped names left out."""
    story_of = stories.story_of if stories else {}
    resolved = []
    for extraction in extractions:
        mentions = []
        for (kind, story, key), mention in _named(
            [extraction], story_of, resolution.places, resolution.apart, resolution.firms
        ):
            entity = resolution.assigned[(kind, story, key)]
            if entity is not None:
                mentions.append(_with_entity(mention, entity))
        resolved.append(dataclasses.replace(extraction, mentions=tuple(mentions)))
    return Briefing(
        extractions=tuple(resolved),
        entities=resolution.entities,
        problems=(*problems, *resolution.problems, *reserved_name_notes(resolved, resolution.entities)),
        stories=stories.stories if stories else {},
        story_of=story_of,
    )


def _with_entity(mention: Mention, entity: Entity) -> Mention:
    """`mention` with the entity's id and kind; a copy of its fields, as dataclasses.replace
    makes but without its per-field checks (a large briefing has tens of thousands)."""
    copy = object.__new__(Mention)
    copy.__dict__.update(mention.__dict__, kind=entity.kind, entity=entity.id)
    return copy


__all__ = ["Resolution", "apply", "article_names", "find_entities", "names_key", "resolve"]
