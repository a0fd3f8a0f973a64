"""An article's paragraph on a page: linked where it names entities and figures, or quoted with
them marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .markdown import Markdown, author_markdown, escape, linked_text, relative

if TYPE_CHECKING:
    from ..model import Briefing, Extraction

QUOTE_CONTEXT = 240
"""Characters of context kept around a mention when a long paragraph is quoted."""
QUOTE_SPAN = 2_000
"""Characters from the first mention quoted at most, with the mentions in them (of a run-on paragraph,
its start)."""


class Quoting:
    """Paragraphs as Markdown, for article pages and the pages that cite them."""

    briefing: Briefing
    # entity_page and measure_page: from Paths, which every Site has.

    def paragraph_markdown(self, page: str, extraction: Extraction, index: int) -> Markdown:
        """One paragraph with its mentions and figures linked to their pages."""
        paragraph = extraction.article.paragraphs[index]
        if extraction.article.markup == "markdown":
            return author_markdown(paragraph.text)
        entities = self.briefing.entities
        spans = [
            (m.start, m.end, relative(page, self.entity_page(entities[m.entity])), entities[m.entity].name)
            for m in extraction.mentions
            if m.paragraph == index
        ]
        spans += [
            (f.start, f.end, relative(page, self.measure_page(f.measure)), f"Figures: {f.measure}")
            for f in extraction.figures
            if f.paragraph == index
        ]
        return linked_text(paragraph.text, spans)

    @staticmethod
    def quote(extraction: Extraction, index: int, spans: list[tuple[int, int]]) -> Markdown:
        """A paragraph, or the part of a long one around the mentions, with them marked."""
        text = extraction.article.paragraphs[index].text
        first = min(s for s, _ in spans)
        spans = [(s, e) for s, e in spans if s - first < QUOTE_SPAN]  # a run-on paragraph: its start
        last = max(e for _, e in spans)
        left = max(0, first - QUOTE_CONTEXT)
        right = min(len(text), last + QUOTE_CONTEXT)
        left = text.rfind(" ", 0, left) + 1 if left else 0
        right = text.find(" ", right) if right < len(text) and text.find(" ", right) != -1 else len(text)
        out, at = ["… " if left else ""], left
        for start, end in sorted(spans):
            if start < at:
                continue
            out += [escape(text[at:start]), Markdown("<mark>"), escape(text[start:end]), Markdown("</mark>")]
            at = end
        out += [escape(text[at:right]), " …" if right < len(text) else ""]
        return Markdown("".join(out))
