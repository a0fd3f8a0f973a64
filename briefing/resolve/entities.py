"""An entity's record from its mentions: its name, the other ways it is written, its roles, its place."""

from __future__ import annotations

import collections
import dataclasses

from rapidfuzz import fuzz

from ..extract.gazetteer import Place, fold, gazetteer
from ..load.overrides import Override
from ..model import Entity, Kind, Mention
from ..slugs import unique_slugs
from ..spelling import spelling_key
from .clusters import Named, Node

_SPELLING = 70
"""rapidfuzz ratio from which a written name is a spelling of the gazetteer's ("Kiev", "Kyiv")."""


def canonical(kind: Kind, members: list[Named]) -> str:
    """The name an entity's page is titled with. A place's is the spelling most of its mentions use
    ("Zaporizhzhia" as written, not the gazetteer's "Zaporizhzhya"; of two used as often, the shorter),
    or the gazetteer's name where the articles only abbreviate it or call it otherwise ("US", "Britain")."""
    texts = collections.Counter(m.mention.text for m in members)
    if kind == "place":
        return _place_name(gazetteer().place(members[0].node[2]), texts) or _most_written(texts)
    keys = collections.Counter(m.mention.key for m in members)
    if kind == "person":
        full = [k for k in keys if " " in k]
        if full:
            last_words = collections.Counter(m.mention.text.split()[-1] for m in members)
            best = max(
                sorted(full), key=lambda k: (k.isascii(), texts[k] + last_words[k.split()[-1]], keys[k])
            )
            # Keys drop the full stops of initials ("Michael J Green"): show the name as written.
            written = [t for t in sorted(texts) if spelling_key(t) == spelling_key(best)]
            return max(written, key=lambda t: (texts[t], "." in t)) if written else best
    return _most_written(texts)


def _most_written(texts: collections.Counter) -> str:
    return max(sorted(texts), key=lambda t: (texts[t], len(t)))


def _place_name(place: Place | None, texts: collections.Counter) -> str | None:
    """The spelling of `place` most mentions use, else the gazetteer's name (None for no known place)."""
    spellings: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for text, count in texts.items():
        spelled = place is None or fuzz.ratio(fold(text), fold(place.name)) >= _SPELLING
        if spelled and not text.isupper():
            spellings[fold(text)][text] += count
    if spellings:
        most = max(sorted(spellings), key=lambda folded: (sum(spellings[folded].values()), -len(folded)))
        return spellings[most].most_common(1)[0][0]
    return place.name if place else None


def roles(mentions: list[Mention]) -> tuple[str, ...]:
    """The roles seen with an entity, most frequent first, each once: "interior minister" is
    "Interior Minister" and "US President" is "President" (the form seen most is shown)."""
    seen: collections.Counter = collections.Counter(m.role for m in mentions if m.role)
    written: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for role, count in seen.items():
        written[role.casefold()][role] += count
    ranked = sorted(written.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    kept: list[tuple[list[str], collections.Counter]] = []
    for folded, forms in ranked:
        words = folded.split()
        same = next((k for k in kept if _tail(words, k[0]) or _tail(k[0], words)), None)
        if same is None:
            kept.append((words, collections.Counter(forms)))
        else:
            same[1].update(forms)
    return tuple(max(sorted(forms), key=lambda form: forms[form]) for _, forms in kept)


RANKS = frozenset(
    {
        "vice",
        "deputy",
        "assistant",
        "acting",
        "associate",
        "under",
        "lieutenant",
        "former",
        "ex",
        "co",
        "interim",
    }
)
"""Words that make another role of a title: a vice president is not the president."""


def _tail(short: list[str], long: list[str]) -> bool:
    """ "president" is the tail of "us president": one role, told more or less fully (but not of
    "vice president")."""
    return len(short) < len(long) and long[-len(short) :] == short and not RANKS & set(long[: -len(short)])


def build_entities(members: dict[Node, list[Named]], edits: dict[Node, Override]) -> dict[Node, Entity]:
    """The entity of each group of mentions, with ids unique across them, the most mentioned
    keeping the plain slug of its name."""
    entities: dict[Node, Entity] = {}
    for root, found in members.items():
        edit = edits.get(root)
        kind = (edit and edit.kind) or collections.Counter(m.node[0] for m in found).most_common(1)[0][0]
        name = edit.name if edit else canonical(kind, found)
        place = gazetteer().place(found[0].node[2]) if found[0].node[0] == "place" else None
        entities[root] = Entity(
            id="",
            kind=kind,
            name=name,
            aliases=tuple(sorted({m.mention.text for m in found} - {name})),
            roles=roles([m.mention for m in found]),
            coordinates=place.coordinates if place else None,
            description=edit.description if edit else None,
        )
    order = sorted(
        entities, key=lambda root: (-len(members[root]), entities[root].kind, entities[root].name, root)
    )
    ids = unique_slugs([("\x00".join(root), entities[root].name) for root in order])
    return {root: dataclasses.replace(entities[root], id=ids["\x00".join(root)]) for root in order}
