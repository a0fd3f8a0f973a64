"""An article's paragraph on a page: linked where it names entities and figures, or quoted with
them marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .markdown import Markdown, author_markdown, escape, link, relative

if TYPE_CHECKING:
    from ..model import Briefing, Extraction

QUOTE_CONTEXT = 240
"""Characters of context kept around a mention when a long paragraph is quoted."""


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
        out, at = [], 0
        for start, end, target, title in sorted(spans):
            if start < at:
                continue  # a figure's phrase that contains a name: the name's link wins
            out += [escape(paragraph.text[at:start]), link(paragraph.text[start:end], target, title)]
            at = end
        out.append(escape(paragraph.text[at:]))
        return Markdown("".join(out))

    @staticmethod
    def quote(extraction: Extraction, index: int, spans: list[tuple[int, int]]) -> Markdown:
        """A paragraph, or the part of a long one around the mentions, with them marked."""
        text = extraction.article.paragraphs[index].text
        first, last = min(s for s, _ in spans), max(e for _, e in spans)
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
