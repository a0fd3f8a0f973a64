"""Average linkage over a sparse neighbour graph: groups whose members are, on average, similar enough.

Single linkage would join two stories through one pair of similar articles, and a chain of such pairs
would join a whole folder. Average linkage joins two groups only when the similarity between them,
averaged over their pairs of articles, reaches the threshold; pairs that are not neighbours count as 0.
In a graph of k nearest neighbours, an article of a large story cannot be a neighbour of every other
one, only of about k of them: between groups of a and b articles, a + b > 2k, the average is taken
over the share of pairs that neighbours could fill, 2k / (a + b), so that a large story is not split
for its size.
"""

from __future__ import annotations

import heapq

from .neighbours import Edges


def average_linkage(count: int, edges: Edges, threshold: float, k: int) -> list[list[int]]:
    """The groups of `count` items joined by average linkage over `edges` while it reaches `threshold`,
    each sorted, in order of their first item. Ties go to the lowest indices."""
    links: list[dict[int, float]] = [{} for _ in range(count)]  # group → other group → summed similarity
    for (i, j), similarity in edges.items():
        links[i][j] = links[j][i] = similarity
    members = {i: [i] for i in range(count)}  # a group is known by its first item

    def score(i: int, j: int) -> float:
        a, b = len(members[i]), len(members[j])
        return links[i][j] / (a * b * min(1.0, 2 * k / (a + b)))

    queue = [(-score(i, j), i, j) for i, j in edges if score(i, j) >= threshold]
    heapq.heapify(queue)
    while queue:
        negative, i, j = heapq.heappop(queue)
        if i not in members or j not in members or j not in links[i] or -negative != score(i, j):
            continue  # a group merged since this pair was queued
        members[i] += members.pop(j)
        for other, similarity in links[j].items():
            del links[other][j]
            if other != i:
                links[i][other] = links[other][i] = links[i].get(other, 0.0) + similarity
        links[j] = {}
        for other in links[i]:
            if score(i, other) >= threshold:
                heapq.heappush(queue, (-score(i, other), min(i, other), max(i, other)))
    return sorted(sorted(group) for group in members.values())
