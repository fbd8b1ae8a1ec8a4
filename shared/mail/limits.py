"""How much of one email the MIME parser will read, and how a limit that was hit is reported (no I/O).

Hostile or absurd mail (a megabyte of encoded-words in a Subject, a thousand nested parts, 100,000 header
fields) must cost time and memory in proportion to its size. The parser therefore bounds the raw bytes before
the standard library sees them (`shared.mail.prepass`) and bounds its own HTML conversion. Past a limit nothing
crashes or stalls: the field or part is cut, skipped or kept as an opaque attachment, and the parsed mail
carries a defect `limit:<name>` (`limits_hit` lists the names). Intake keeps the raw bytes untouched and sends a
mail with a `limit:` defect to review, so real mail with one absurd header is not lost.

The defaults are far above real mail. The largest values in the dev sets, the MIME corpus and the benchmark mix
(560 emails, leaving out flanker's synthetic 210 KB Subject of 3,302 encoded-words): 48 header fields and 8 KB
in one header block, a 2.5 KB field, 33 encoded-words in a field, 41 tokens in a Content-* field, 30 parts,
nesting depth 6, a 61-character boundary, 34 open HTML elements.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

LIMIT_PREFIX = "limit:"
_MAX_NESTING = 100  # the standard library parser recurses once per level; deeper would exhaust the stack


@dataclass(frozen=True)
class ParseLimits:
    """Bounds on what one `parse_mime` call reads. The defect name of each is the field name, except
    `max_depth`, reported as `limit:depth`."""

    header_bytes: int = 256 * 1024  # header fields kept from one header block (the message's or a part's)
    header_length: int = 64 * 1024  # one header field, unfolded; a longer one is cut
    header_count: int = 1000  # header fields kept from one header block
    addresses: int = 1000  # addresses in one address field (From, To, Cc, Reply-To, ...)
    encoded_words: int = 200  # `=?` openings in one header field
    field_tokens: int = 256  # tokens in one Content-Type/-Disposition/-Transfer-Encoding field or one address
    header_tokens: int = 200_000  # tokens in all header fields the parser reads, summed over the message
    boundary_length: int = 200  # a multipart boundary (RFC 2046: at most 70); the parser compiles one per part
    parts: int = 1000  # message objects: the message itself, every MIME part, every attached message
    max_depth: int = 20  # nesting levels (multipart and message/rfc822); the message itself is level 1
    text_bytes: int = 2 * 1024 * 1024  # characters kept of one decoded body text/HTML part (attachments: whole)
    html_bytes: int = 2 * 1024 * 1024  # characters of HTML converted to text (the HTML itself is kept whole)
    html_depth: int = 1000  # open HTML elements tracked (unclosed <p>, <td>, <li> stay open); deeper text dropped

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"ParseLimits.{item.name} must be a positive int, not {value!r}")
        if self.max_depth > _MAX_NESTING:
            raise ValueError(f"ParseLimits.max_depth must be at most {_MAX_NESTING}")


def limit_defect(field_name: str) -> str:
    """The defect string recorded when the limit `field_name` (a ParseLimits field) was hit."""
    return LIMIT_PREFIX + ("depth" if field_name == "max_depth" else field_name)


def limits_hit(defects: list[str]) -> list[str]:
    """The names of the limits recorded in `defects` (e.g. ['depth', 'parts']), in their order."""
    return [defect[len(LIMIT_PREFIX):] for defect in defects if defect.startswith(LIMIT_PREFIX)]
