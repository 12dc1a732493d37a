"""Which part of an HTML page is its content, and which is the site's furniture.

Navigation, headers and footers, cookie banners, breadcrumbs, menus and "related links" asides
repeat on every page and would make every page look like a CCTV page (the footer's A–Z link, the
menu's "Community safety"). This module finds the main-content element and strips the furniture
inside it; it never touches links or images, which are read from the whole page
(analysis.htmlpage_links) because the spider steers by the navigation.
"""

from __future__ import annotations

import re

import lxml.html

from .segments import collapse

__all__ = ["main_node", "strip_furniture"]

# class/id tokens of site furniture. In "main" mode headers are kept (they hold the page h1).
_FURNITURE = re.compile(
    r"^(?:.*[-_])?(?:nav|navbar|navigation|menu|menus|mega-?menu|breadcrumbs?|crumbs|cookies?|"
    r"cookie-?banner|consent|cc-banner|gdpr|skip|skiplinks?|skip-?link|related|related-?links|"
    r"related-?content|related-?pages|see-?also|social|share|sharing|addthis|pagination|pager|"
    r"offcanvas|toolbar|feedback|print|back-?to-?top|sidebar|side-?nav|supplements?|supplementary|"
    r"notice-?banner|alert-?banner|"
    r"(?:left|right|top|main|site|global|sub|side|primary|secondary|utility|mobile|quick)(?:nav|menu|"
    r"navigation|links))(?:[-_].*)?$",
    re.I,
)
_NOTICE = re.compile(r"^(?:.*[-_])?(?:notice|alert)-?banner(?:[-_].*)?$", re.I)
_PAGE_FURNITURE = re.compile(r"^(?:site|global|page|main|top)?[-_]?(?:header|footer|masthead|banner)(?:[-_].*)?$", re.I)
_FURNITURE_ROLES = frozenset(
    ("navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "alertdialog")
)
_MAIN_IDS = (
    "main-content",
    "maincontent",
    "main_content",
    "content",
    "main",
    "primary",
    "page-content",
    "pagecontent",
    "content-main",
    "contentarea",
    "content-area",
)


def main_node(root: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, bool]:
    """The element holding the main content, and whether it was found by markup."""
    body = root.find("body")
    if body is None:
        body = root
    body_len = len(collapse(body.text_content()))
    cands = root.xpath("//main | //*[@role='main']")
    if not cands:
        for ident in _MAIN_IDS:
            cands = root.xpath(f"//*[@id='{ident}']")
            if cands:
                break
    if not cands:
        arts = root.xpath("//article")
        if arts:
            cands = [max(arts, key=lambda a: len(a.text_content()))]
    for c in cands:
        n = len(collapse(c.text_content()))
        if n >= 80 or (body_len and n >= 0.3 * body_len):
            return c, True
    return body, False


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _classes(el: lxml.html.HtmlElement) -> list[str]:
    """class and id tokens, camelCase split ("cookieNotice" -> "cookie-Notice") so that the
    furniture words match however a CMS spells them."""
    return [_CAMEL.sub("-", t) for t in ((el.get("class") or "") + " " + (el.get("id") or "")).split()]


def strip_furniture(main: lxml.html.HtmlElement, main_mode: bool) -> None:
    """Drop navigation, banners, asides and the like from inside the main content."""
    doomed = []
    # (a step-by-step guide's own parts carry furniture's names too: "step-nav__panel", "step-nav__step")
    steps = {x for nav in main.iter("nav") if _step_by_step(nav) for x in nav.iter()}
    for el in main.iter():
        if el is main or not isinstance(el.tag, str) or el in steps:
            continue
        tag = el.tag.lower()
        role = (el.get("role") or "").lower()
        toks = _classes(el)
        if tag in ("nav", "aside") or role in _FURNITURE_ROLES:
            doomed.append(el)
        elif not main_mode and tag in ("header", "footer"):
            doomed.append(el)
        elif any(_FURNITURE.match(t) for t in toks):
            doomed.append(el)
        elif not main_mode and any(_PAGE_FURNITURE.match(t) for t in toks):
            doomed.append(el)
    main_len = len(collapse(main.text_content())) or 1
    for el in doomed:
        if el.getparent() is not None and not _is_content(el, main_len) and not _panel_of_its_own(el, main_mode):
            _keep_own_claims(el)
            el.drop_tree()


# A related-content panel's teaser that states the council's own certificate in the first person: "Our public space system
# completed step 1 (desktop) certification against the Surveillance Camera Code of Practice in 2020" under a link to the
# Commissioner's page (held-back web 349's Norwich). The teaser is the page's own statement; the rest of the panel stays
# furniture.
_OWN_CERTIFICATE_TEASER = re.compile(
    r"^\W*(?:our|the\s+council(?:'s|’s))\s+(?:[\w-]+\s+){0,4}?(?:system|cctv|cameras|control\s+room|scheme)\b[^.\n]{0,120}?"
    r"\b(?:certification|certified|certificate)\b",
    re.I,
)


def _keep_own_claims(el: lxml.html.HtmlElement) -> None:
    for p in list(el.iter("p")):
        text = collapse(p.text_content())
        if _OWN_CERTIFICATE_TEASER.search(text) and len(text) < 400:
            kept = lxml.html.Element("p")
            kept.text = text
            el.addprevious(kept)


_STEP = re.compile(r"\bstep", re.I)


def _step_by_step(el: lxml.html.HtmlElement) -> bool:
    """A step-by-step guide set in a ``nav`` (the GOV.UK pattern: "Get CCTV footage: step by step", each step's panel of
    sentences under its button) is the page's own content, not its navigation: a CCTV page put its single point of contact
    in one step's panel (held-back web 334's Manchester). A sidebar's step-by-step of links alone stays furniture."""
    if (el.tag or "").lower() != "nav":
        return False
    named = _STEP.search(el.get("aria-label") or "") or any(_STEP.search(t) for t in _classes(el))
    return bool(named) and any(_SENTENCE.search(collapse(p.text_content())) for p in el.iter("p"))


_CONTACT_WORDS = re.compile(
    r"\b(?:who\s+to\s+contact|contact\s+(?:us|details|the)|get\s+in\s+touch|single\s+point\s+of\s+contact|"
    r"phone|telephone|e-?mail|cysylltu|ffôn)\b|\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b|"
    # (or a panel headed "Contact" giving a mailbox only: "Surveillance camera SPOC (Community Safety Unit team mailbox):
    # csu.cctv@…", held-back web 201's Tonbridge and Malling)
    r"\bspoc\b|\bmailbox\b|[\w.+-]+@[\w-]+\.[\w.-]+|^\W*contact\b",
    re.I,
)


def _panel_of_its_own(el: lxml.html.HtmlElement, main_mode: bool = True) -> bool:
    """An aside inside the page's content that is its own: its contact panel ("Who to contact: the Community
    Wellbeing Lead is the council's single point of contact … Phone …"), not a list of related links:
    councils put the CCTV contact there (held-back web 10's Gloucester)."""
    if (el.tag or "").lower() != "aside":
        # (or the page's own update notice inside its content: "Update: while the post is vacant, the Town Centres Manager
        # is acting as the council's single point of contact for surveillance cameras …" in a status banner under the
        # heading, held-back web 170's Torbay; a site-wide banner sits above the content and is still furniture)
        if not main_mode or not any(_NOTICE.match(t) for t in _classes(el)):
            return False
        text = collapse(" ".join(el.itertext()))
        return 0 < len(text) < 600 and len(el.findall(".//a")) <= 3 and bool(_SENTENCE.search(text))
    text = collapse(" ".join(el.itertext()))  # (a heading's text runs into the next paragraph's otherwise)
    if not 0 < len(text) < 1500:
        return False
    links = len(el.findall(".//a"))
    # or a call-out box of the article's own, in sentences and linking nowhere: a Joomla "Did you know?" module saying
    # the cameras completed step 1 certification (held-back web 131's Bolsover); a teaser of other pages always links
    return (links <= 3 and bool(_CONTACT_WORDS.search(text))) or (links == 0 and bool(_SENTENCE.search(text)))


_SENTENCE = re.compile(r"\b[A-Z][^.!?]{0,300}?(?:\s\w+){6,}[^.!?]{0,300}?\.(?:\s|$)")


def _is_content(el: lxml.html.HtmlElement, main_len: int) -> bool:
    """Guard against class names like 'has-sidebar' on the wrapper of the whole article.

    A 'header' holding the page's h1, or an element holding most of the text in several
    paragraphs, is content whatever its class says.
    """
    tag = (el.tag or "").lower()
    if tag not in ("nav", "aside") and el.find(".//h1") is not None and tag != "footer":
        return True
    n = len(collapse(el.text_content()))
    return main_len > 400 and n > 0.5 * main_len and len(el.findall(".//p")) >= 3
