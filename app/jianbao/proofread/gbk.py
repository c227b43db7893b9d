"""The Windows-936 (GBK) byte model behind the sample's damage: decode pairs, user-defined area, the chain itself."""
from __future__ import annotations

from functools import lru_cache

# Full-width marks as GBK bytes, and the ASCII they were blindly replaced by (in this order: ！ last).
PUNCT_BYTES: dict[str, bytes] = {
    ",": b"\xa3\xac", ";": b"\xa3\xbb", "?": b"\xa3\xbf", ":": b"\xa3\xba",
    "(": b"\xa3\xa8", ")": b"\xa3\xa9", "!": b"\xa3\xa1",
}
REPLACE_ORDER = (",", ";", "?", ":", "(", ")", "!")


def is_uda(a: int, b: int) -> bool:
    """A pair in GBK's user-defined areas (Windows maps it to the Private Use Area)."""
    if 0xAA <= a <= 0xAF or 0xF8 <= a <= 0xFE:
        return 0xA1 <= b <= 0xFE
    if 0xA1 <= a <= 0xA7:
        return 0x40 <= b <= 0xA0 and b != 0x7F
    return False


def is_trail(b: int) -> bool:
    return 0x40 <= b <= 0xFE and b != 0x7F


@lru_cache(maxsize=65536)
def pair_char(a: int, b: int) -> str | None:
    """The character of the double-byte pair (a, b), or None when GBK does not define it."""
    if not (0x81 <= a <= 0xFE and is_trail(b)):
        return None
    try:
        ch = bytes((a, b)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


@lru_cache(maxsize=256)
def chars_with_trail(b: int) -> tuple[tuple[int, str], ...]:
    """Every (lead, character) whose second byte is `b`."""
    return tuple((a, ch) for a in range(0x81, 0xFF) if (ch := pair_char(a, b)) is not None)


@lru_cache(maxsize=256)
def chars_with_lead(a: int) -> tuple[tuple[int, str], ...]:
    """Every (trail, character) whose first byte is `a`."""
    return tuple((b, ch) for b in range(0x40, 0xFF) if (ch := pair_char(a, b)) is not None)


def char_bytes(ch: str) -> bytes | None:
    """The Windows-936 bytes of one character (€ is the single byte 0x80), or None."""
    if ch == "€":
        return b"\x80"
    try:
        data = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return data if len(data) <= 2 else None


def decode_windows(data: bytes) -> str:
    """Decode the way Windows code page 936 does, as the damaged files were decoded.

    An orphan lead byte becomes '?' and the next byte is read again; 0x80 is €;
    pairs in the user-defined area come out as private-use characters, which were then dropped.
    """
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        a = data[i]
        if a < 0x80:
            out.append(chr(a))
            i += 1
        elif a == 0x80:
            out.append("€")
            i += 1
        elif a == 0xFF:
            out.append("?")
            i += 1
        elif i + 1 < n and is_trail(data[i + 1]):
            b = data[i + 1]
            ch = pair_char(a, b)
            if ch is not None:
                out.append(ch)
            elif not is_uda(a, b):
                out.append("?")
            i += 2
        else:
            out.append("?")
            i += 1
    return "".join(out)


def damage(text: str) -> str:
    """Reproduce the sample's damage chain on clean text (used to test the repair).

    GBK-encode; replace the full-width marks by ASCII on the raw bytes, blind to character
    boundaries (，；？：（） first, then ！); decode the Windows-936 way.
    """
    data = text.encode("gbk")
    for mark in REPLACE_ORDER:
        data = data.replace(PUNCT_BYTES[mark], mark.encode("ascii"))
    return decode_windows(data)
