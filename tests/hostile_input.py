"""Articles and overrides written to run script in a reader's browser (issue 15, items 1 to 3)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    # Issue 15, item 1: a url whose blank lines would end the link and start raw HTML.
    "url.md": (
        "---\ntitle: Strike on Kyiv\nsource: Example News\n"
        "url: \"https://example.com/\\n\\n<script>onerror=alert;throw'X'</script>\\n\\n"
        '<img\\tsrc=x\\tonerror=alert`Y`>\\n"\n---\n\n'
        "Russia launched 70 missiles at Kyiv overnight, officials in Kyiv said.\n"
    ),
    # Item 2: titles of an author's images and links, as markup and as character references,
    # and headings long enough for the theme to cut them short (and show them as tooltips).
    "photo.md": (
        "---\ntitle: Photos from Lviv\n---\n\n"
        '![Photo](https://example.com/p.jpg "<img src=x onerror=alert&#40;1&#41;>") '
        "Police in Lviv said 12 people were injured.\n\n"
        '[Report](https://example.com/r "&lt;img src=x onerror=alert(2)&gt;") and '
        '![Map](https://example.com/m.png "&#60;img src=x onerror=alert(3)&#62;")\n\n'
        "## <img src=x onerror=alert(4)> a heading long enough to be cut short in the table of contents\n\n"
        "## &lt;img src=x onerror=alert(5)&gt; another heading long enough to be cut short in the contents\n"
    ),
    # Item 2: a plain-text title, quoted in citations' titles, headings and page titles.
    "title.txt": (
        "<img src=x onerror=alert('T1')> Kyiv strike leaves a long trail of damage across the city\n\n"
        "Kyiv, Ukraine (CNN) — Russia launched 70 missiles at Kyiv overnight, killing 9 people, "
        "officials said.\n\n"
        "President Volodymyr Zelensky said 12 people were injured in Kyiv.\n"
    ),
}
# Item 3: a place renamed to markup, shown in map tooltips and in every mention's title.
ENTITIES = "- name: \"<img src=x onerror=alert('M')>\"\n  aliases: [Kyiv]\n  kind: place\n"


def write_hostile_input(root: Path) -> tuple[Path, Path]:
    """The articles folder and the overrides file above, written under `root`."""
    (root / "articles").mkdir()
    for name, text in ARTICLES.items():
        (root / "articles" / name).write_text(text, encoding="utf-8")
    (root / "entities.yml").write_text(ENTITIES, encoding="utf-8")
    return root / "articles", root / "entities.yml"
