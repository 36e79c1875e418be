"""Page bytes to text: detect the encoding instead of trusting the platform default.

Chinese archives hold UTF-8 (with or without a byte-order mark), GB18030/GBK and
UTF-16. A byte-order mark decides; else UTF-8 if the bytes are valid UTF-8; else
UTF-16 when every other byte is NUL; else GB18030 when the result reads as Chinese
text. Anything else is refused with the reason, as are binary files and files far larger
than a page. HTML pages are reduced to their text, block by block.
"""
from __future__ import annotations

import codecs
import os
import re
from html.parser import HTMLParser

from kg.errors import PageError

MAX_PAGE_BYTES = 8 * 1024 * 1024  # a newspaper page is tens of kilobytes
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_READABLE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\s·—…“”‘’《》]")
READABLE_SHARE = 0.9  # of characters that must read as text for a guessed decoding to count


def _readable(text: str) -> bool:
    sample = text[:20000]
    return bool(sample) and len(_READABLE.findall(sample)) / len(sample) >= READABLE_SHARE


def decode(raw: bytes, where: str) -> tuple[str, str]:
    """The text of a page and the encoding it was read in.

    Raises
    ------
    PageError
        naming ``where`` and the reason: too large, empty, binary, or no known encoding.
    """
    if len(raw) > MAX_PAGE_BYTES:
        # read_page passes a stand-in just over the limit for a big file: say the file's own size
        size = max(len(raw), os.path.getsize(where) if os.path.isfile(where) else 0)
        raise PageError(f"{where}: is {size / 2 ** 20:.1f} MiB, larger than a page can be "
                        f"(limit {MAX_PAGE_BYTES // 2 ** 20} MiB); split it into pages")
    if not raw.strip():
        raise PageError(f"{where}: is empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise PageError(f"{where}: starts as {encoding} but is not ({error.reason} at byte {error.start})") \
                    from None
    try:
        text = raw.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16
    if b"\x00" in raw:
        raise PageError(f"{where}: holds binary data (NUL bytes), not text")
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _readable(text):
        return text, "gb18030"
    raise PageError(f"{where}: is neither UTF-8, UTF-16 nor GB18030 text (binary data?)")


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Line breaks, digits and ASCII punctuation in UTF-16 put their NUL on one side.
        if zeros.count(0) > others.count(0):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _readable(text):
                return text, encoding
    return None


class _TextOfHtml(HTMLParser):
    """Text of an HTML page: a line per block, headings marked ``##``, no scripts or styles."""

    BLOCKS = {"p", "div", "br", "li", "tr", "section", "article", "header", "footer", "h1", "h2", "h3", "h4",
              "h5", "h6", "title", "table", "blockquote"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.parts.append("## ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def html_to_text(text: str) -> str:
    """The readable text of an HTML page."""
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    return "\n".join(lines)
