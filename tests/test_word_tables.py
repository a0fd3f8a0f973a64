"""Every word table of the extractor holds each word once: a table is a set, and a word written twice
hides what the table holds (and, in a dict, silently drops a row)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
SOURCES = [
    *sorted((PACKAGE / "extract").glob("*.py")),
    PACKAGE / "sentences.py",
    PACKAGE / "months.py",
    PACKAGE / "measures.py",
]
TEXT_TABLES = {
    "word_table": str.split,
    "_columns": lambda text: [line.split()[0] for line in text.strip().splitlines()],
}


def _literal_words(node: ast.AST) -> list[str] | None:
    """The words a table literal writes: a set, list or tuple of strings, a string's `.split()`, or a
    table written as text (`word_table(text)`, `_columns(text)`); None for anything else."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return words if words and len(words) == len(node.elts) else None
    if not isinstance(node, ast.Call) or len(node.args) > 1:
        return None
    argument = node.args[0] if node.args else None
    if (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and not node.args
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value.split()
    if (
        isinstance(node.func, ast.Name)
        and isinstance(argument, ast.Constant)
        and isinstance(argument.value, str)
    ):
        read = TEXT_TABLES.get(node.func.id)
        return read(argument.value) if read else None
    return None


def _tables(source: str) -> dict[str, list[str]]:
    """Each module-level table of `source` → its words in the order written. A dict gives two:
    its keys, and the strings of all its values together (one word may not stand in two rows)."""
    tables: dict[str, list[str]] = {}
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
            name, value = statement.targets[0].id, statement.value
        elif (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.value
        ):
            name, value = statement.target.id, statement.value
        else:
            continue
        words: list[str] = []
        for node in ast.walk(value):
            if isinstance(node, ast.Dict):
                keys = [
                    k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)
                ]
                if keys:
                    tables[f"{name} (keys)"] = keys
            elif (found := _literal_words(node)) is not None:
                words += found
        if words:
            tables[name] = words
    return tables


def _repeats(words: list[str]) -> list[str]:
    return sorted(word for word, count in Counter(words).items() if count > 1)


def test_no_word_table_of_the_extractor_repeats_a_word() -> None:
    repeated = {
        f"{source.name}: {name}": _repeats(words)
        for source in SOURCES
        for name, words in _tables(source.read_text(encoding="utf-8")).items()
        if _repeats(words)
    }
    assert not repeated


def test_the_tables_read_are_the_extractors_word_tables() -> None:
    read = {name for source in SOURCES for name in _tables(source.read_text(encoding="utf-8"))}
    assert {
        "TITLE_WORDS",
        "ROLES",
        "ORG_HEADS",
        "SPEECH_VERBS",
        "NOT_NAMES",
        "PEOPLE",
        "MEASURES",
        "QUALIFIERS (keys)",
        "COUNTRY_ALIASES (keys)",
        "_UNITS",
        "ABBREVIATIONS",
        "COMPANY_ABBREVIATIONS",
        "MONTHS",
    } <= read


def test_a_word_written_twice_is_found_in_every_kind_of_table() -> None:
    source = '''
SPLIT = frozenset("""director chief
director""".split())
TEXT = word_table("""added says added""")
ROWS = _columns("""
motors  name
llc     name
motors  quote
""")
LITERAL = ("jan", "feb", "jan")
UNION = frozenset({"inc"}) | frozenset({"llc", "inc"})
ROWS_OF_A_DICT = {"killed": ("dead", "died"), "injured": ("hurt", "dead")}
KEYS = {"at least": 1, "at least": 2}
'''
    assert {name: _repeats(words) for name, words in _tables(source).items()} == {
        "SPLIT": ["director"],
        "TEXT": ["added"],
        "ROWS": ["motors"],
        "LITERAL": ["jan"],
        "UNION": ["inc"],
        "ROWS_OF_A_DICT (keys)": [],
        "ROWS_OF_A_DICT": ["dead"],
        "KEYS (keys)": ["at least"],
    }
