"""Decoding: an article file's bytes as clean text, or the reason they are not text."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..characters import UNWANTED, describe
from ..model import Problem


def decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text with Unix line endings, or None (with the reason) when it is not text.

    UTF-8 (with or without a byte order mark) and UTF-16 (with one, or recognised without) are read. Bytes
    that are not UTF-8 are read as Windows-1252, byte by byte, and reported: a file that is
    mostly UTF-8 with one stray Latin-1 "£" keeps both its "’" and its "£".
    """
    if not data.strip():
        return None, [
            Problem(name, 1, "empty file; skipped" if not data else "file holds only whitespace; skipped")
        ]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _clean(data.decode("utf-16"), name)
        except UnicodeDecodeError:
            return None, [Problem(name, 1, "starts like UTF-16 text but is not; skipped")]
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            return None, [Problem(name, 1, "binary file (it contains NUL bytes); skipped")]
        text, problems = _clean(data.decode(encoding), name)
        return text, [Problem(name, 1, f"no byte order mark; read as {encoding.upper()}", "info"), *problems]
    # Line endings first, in bytes (CR and LF are never part of a UTF-8 or Windows-1252 character),
    # so that the line reported for a bad byte is the line an editor shows.
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").removeprefix(codecs.BOM_UTF8)
    try:
        return _clean(data.decode("utf-8"), name)
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1]
        text, problems = _clean(data.decode("utf-8", _STRAY_BYTES), name)
        line = data.count(b"\n", 0, error.start) + 1
        reason = (
            f"not valid UTF-8 (first bad byte 0x{byte[0]:02x} is on this line); "
            f"decoded bad bytes as Windows-1252, so 0x{byte[0]:02x} became {_stray(byte)!r}"
        )
        return text, [Problem(name, line, reason, "info"), *problems]


_STRAY_BYTES = "briefing-windows-1252"


def _stray(byte: bytes) -> str:
    # Windows-1252 is what a stray non-UTF-8 byte in news text almost always is (£, ’, é);
    # the five bytes it leaves undefined are read as Latin-1 so that no byte is lost.
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def _read_stray_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return "".join(_stray(error.object[i : i + 1]) for i in range(error.start, error.end)), error.end


codecs.register_error(_STRAY_BYTES, _read_stray_bytes)


_WINDOWS_1252 = {
    chr(byte): bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
"""C1 control character → the Windows-1252 character of its byte ("\x93" → "“"): text of Windows-1252
bytes once decoded as Latin-1 holds these, never a real control character."""
_LATIN1_READ = re.compile(f"[{''.join(_WINDOWS_1252)}]")


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `data` reads as UTF-16 text without a byte order mark, else None.

    Text in UTF-16 has a NUL byte beside every ASCII character (a space, a digit, a full stop),
    always on the same side; a binary file has its NULs anywhere, or does not decode.
    """
    if len(data) % 2:
        return None
    low, high = data[0::2].count(0), data[1::2].count(0)
    encoding = "utf-16-le" if high > low else "utf-16-be"
    if max(low, high) < len(data) // 8 or min(low, high) > max(low, high) // 4:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if "\x00" not in text else None


def _clean(text: str, name: str) -> tuple[str | None, list[Problem]]:
    """Text in one Unicode form, without the characters no page may hold; None when nothing is left."""
    problems = []
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    latin1 = _LATIN1_READ.search(text)
    if latin1:
        line = text.count("\n", 0, latin1.start()) + 1
        character = latin1[0]
        reason = (
            f"{describe(character)} read as Windows-1252's {_WINDOWS_1252[character]!r} (and any others): "
            "the text was once decoded as Latin-1"
        )
        problems.append(Problem(name, line, reason, "info"))
        text = _LATIN1_READ.sub(lambda match: _WINDOWS_1252[match[0]], text)
    unwanted = UNWANTED.search(text)
    if unwanted:
        line = text.count("\n", 0, unwanted.start()) + 1
        problems.append(Problem(name, line, f"{describe(unwanted[0])} (and any others) removed"))
        text = UNWANTED.sub("", text)
    # One form, so that "Kyїv" typed two ways is one name and one duplicate key.
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        return None, [*problems, Problem(name, 1, "file holds only whitespace; skipped")]
    return text, problems
