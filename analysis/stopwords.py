"""Words that say nothing about where a link leads: one home for the link readers' stop words.

Both readers of a link's label ask the same question, "how much of this label is the name of a
section?" (analysis.links for a link's score, analysis.sections for the search plan's sections),
and both must first drop the words that carry no meaning. The function words are shared; each
reader adds the noise of what it reads: URL plumbing in a path segment, document furniture in an
anchor ("(PDF, 120 KB) read more").
"""

from __future__ import annotations

__all__ = ["FUNCTION_WORDS", "URL_NOISE", "ANCHOR_NOISE", "LABEL_STOP", "LINK_STOP"]

FUNCTION_WORDS = frozenset(
    ("and", "the", "of", "for", "to", "in", "on", "a", "an", "our", "your", "with", "at", "by", "from", "about")
)
# What a URL path or host adds that is not a word of the page's name.
URL_NOISE = frozenset(("www", "http", "https", "html", "htm", "aspx", "php", "gov", "uk"))
# What an anchor adds about the file or the link, not the page.
ANCHOR_NOISE = frozenset(("pdf", "word", "kb", "mb", "document", "read", "more"))

# A label of the search plan's sections: an anchor, or the last segment of a URL.
LABEL_STOP = FUNCTION_WORDS | URL_NOISE
# A link's anchor and leaf words, as analysis.links scores them (extensions already stripped).
LINK_STOP = FUNCTION_WORDS | ANCHOR_NOISE
