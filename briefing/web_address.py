"""Web addresses written so that each stays one link: an article's `url`, and every link target."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# Every character the URL syntax has (RFC 3986) but for the quotes and parentheses that would
# end a Markdown link or an HTML attribute; "%" keeps the escapes an address already has.
KEPT = "-._~:/?#[]@!$&*+,;=%"
_HOST = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?")
_IPV6 = re.compile(r"[0-9a-f:.]+")


def web_address(text: str) -> str | None:
    """`text` as an http or https address, parsed and written again with every other character
    percent-encoded ("https://example.com/a b" → "https://example.com/a%20b"); None when it is
    not one: another scheme, no host, a user name before the host, a bad port, or a line break."""
    text = text.strip()
    if re.search(r"[\x00-\x1f\x7f]", text):
        return None
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or parts.username is not None or not host:
        return None
    if _IPV6.fullmatch(host) and ":" in host:
        host = f"[{host}]"
    else:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
        if not _HOST.fullmatch(host):
            return None
    address = parts._replace(scheme="", netloc="").geturl()
    return f"{parts.scheme.lower()}://{host}{'' if port is None else f':{port}'}{quote(address, safe=KEPT)}"
