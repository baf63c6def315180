"""Page and web furniture: lines that belong to the page, not to the brief.

Two registries. ``PAGE_FURNITURE`` looks at raw lines of a PDF dump (page
numbers, running headers and footers found by repetition, framed sidebar
boxes) before the text is cut into paragraphs, so that a paragraph cut by a
page break can be rejoined. ``WEB_FURNITURE`` looks at one unit of a web page
copy (menus, breadcrumbs, share and print buttons, cookie banners, newsletter
boxes, related links, tags, reading time). Every line removed is listed with
its recogniser's reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from brieflib.ingest.registry import Registry
from brieflib.model.text import ends_sentence

# -- page furniture (raw lines) ------------------------------------------------

_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page|p\.|seite|página|pagina|strona)?\s*\d{1,3}(?:\s*(?:of|/|von|de|di|z)\s*\d{1,3})?(?:\s*[-–—])?$", re.I)
_BOX_RULE = re.compile(r"^\s*\+[-=]{5,}\+?\s*$")
_PAGE_SEPARATORS = r"\s*[|·•/–—-]\s*"


_EDGE_PAGE_NUMBER = re.compile(rf"^\d{{1,3}}{_PAGE_SEPARATORS}|{_PAGE_SEPARATORS}\d{{1,3}}$")
_PAGE_WORD_NUMBER = re.compile(r"\b(?:page|seite|página)\s+\d{1,3}(?:\s+of\s+\d{1,3})?\b", re.I)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)  # asked twice for every line (repetitions, then each candidate header)
def page_key(line: str) -> str:
    """A line with its page number taken out, for spotting running headers and footers."""
    text = _EDGE_PAGE_NUMBER.sub("", line.strip())
    text = _PAGE_WORD_NUMBER.sub("", text)
    return _SPACES.sub(" ", text).strip().casefold()


PageTest = Callable[[str, Counter], bool]
PAGE_FURNITURE: Registry[PageTest] = Registry()


@PAGE_FURNITURE.register("page-number", 90, "page furniture: a page number")
def is_page_number(line: str, repeated: Counter, alone: bool = True) -> bool:
    """"3", "Page 2 of 3", "- 4 -" alone on a line."""
    return bool(_PAGE_NUMBER.match(line.strip()))


@PAGE_FURNITURE.register("running-header", 80, "page furniture: a running header or footer")
def is_running_header(line: str, repeated: Counter, alone: bool = True) -> bool:
    """A short line that recurs on every page ("Rhine Institute · Policy Brief 03/2026 · 2").

    It must carry a page number or a separator ("·", "|"), or stand alone
    between blank lines at least three times: a repeated sentence is not a header.
    """
    key = page_key(line)
    # A separator, or a page number at either end ("3 | Institute", "Policy Brief · 2"); a year
    # inside a sentence is not one.
    separated = bool(re.search(r"[|·•]", line) or re.search(r"^\d{1,3}\s|\s\d{1,3}$", line.strip()))
    if not key or repeated[key] < 2 or len(key.split()) > 14 or (ends_sentence(line) and not separated):
        return False
    return separated or (repeated[key] >= 3 and alone)


def _repetitions(lines: list[str]) -> Counter:
    return Counter(page_key(line) for line in lines if line.strip())


def remove_page_furniture(lines: list[str], protected: Callable[[str], bool]) -> tuple[list[str], list[tuple[int, str, str, str]]]:
    """Blank out page furniture; return the lines and ``(line, text, rule, reason)`` for each removed.

    ``protected`` lines (labels such as "Notes" that repeat on every page for
    a reason) are never taken as running headers.
    """
    lines = [line.replace("\f", "") for line in lines]
    repeated = _repetitions(lines)
    boxed = _boxed(lines)
    removed = []
    kept = list(lines)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if number in boxed:
            rule, reason = "sidebar-box", "a box set apart from the text (sidebar)"
        elif protected(line) or not (found := PAGE_FURNITURE.first(line, repeated, _alone(lines, number))):
            continue
        else:
            rule, reason = found.name, found.reason
        removed.append((number, line.strip(), rule, reason))
        kept[number - 1] = ""
    return kept, removed


def _alone(lines: list[str], number: int) -> bool:
    """True when line ``number`` (1-based) has a blank line or the file's edge on both sides."""
    before = number < 2 or not lines[number - 2].strip()
    after = number >= len(lines) or not lines[number].strip()
    return before and after


def _boxed(lines: list[str]) -> set[int]:
    """Line numbers of boxes framed by "+-----+" rules (a key-takeaways sidebar), frames included."""
    rules = [n for n, line in enumerate(lines, 1) if _BOX_RULE.match(line)]
    boxed: set[int] = set()
    for start, end in zip(rules[::2], rules[1::2], strict=False):
        if end - start <= 40:
            boxed.update(range(start, end + 1))
    return boxed


# -- web furniture (units) -----------------------------------------------------

WebTest = Callable[[str], bool]
WEB_FURNITURE: Registry[WebTest] = Registry()


def _short(text: str, words: int = 12) -> bool:
    return len(text.split()) <= words


@WEB_FURNITURE.register("cookie-banner", 90, "web furniture: cookie banner")
def is_cookie_banner(text: str) -> bool:
    return bool(re.match(r"^(?:we use cookies\b|this (?:web)?site uses cookies\b|(?:accept|reject) (?:all|cookies)$|manage (?:preferences|cookies|settings)$|cookie (?:settings|policy)$)", text, re.I))


@WEB_FURNITURE.register("you-are-viewing", 88, "web furniture: 'you are viewing' line")
def is_you_are_viewing(text: str) -> bool:
    return bool(re.match(r"^you are (?:currently |now )?(?:viewing|reading|here)\b", text, re.I)) and _short(text, 30)


@WEB_FURNITURE.register("breadcrumb", 85, "web furniture: breadcrumb")
def is_breadcrumb(text: str) -> bool:
    parts = re.split(r"\s+[>›»]\s+", text)
    return len(parts) >= 2 and all(0 < len(p.split()) <= 5 for p in parts) and not ends_sentence(text)


_SHARE_WORDS = r"share|partager|teilen|compartir|condividi|partilhar|compartilhar|udostępnij|delen|distribuie"
_BUTTON = re.compile(
    r"e-?mail|tweet|facebook|linkedin|twitter|whatsapp|telegram|bluesky|mastodon|threads|reddit|xing|copy link|"
    r"print|pdf|download(?: (?:the )?pdf)?|print this(?: page)?|save|stampa|imprimir|imprimer|drucken|drukuj|"
    r"(?:enviar|envoyer|invia|senden|wyślij|trimite)\s+(?:por|par|per|via|als|pe)?\s*(?:e-?mail|correo|courriel|mail)",
    re.I,
)


@WEB_FURNITURE.register("share", 80, "web furniture: share or print buttons")
def is_share(text: str) -> bool:
    """"Print", "Share this", "Condividi su Facebook | Condividi su LinkedIn", "Artikel teilen: X · E-Mail"."""
    text = text.strip()
    if _BUTTON.fullmatch(text):
        return True
    if _short(text, 6) and re.search(rf"\b(?:{_SHARE_WORDS})\b", text, re.I) and not ends_sentence(text):
        return True
    segments = [s for s in re.split(r"\s+[|·•]\s+|:\s+", text) if s]
    return len(segments) >= 2 and bool(re.search(rf"\b(?:{_SHARE_WORDS})\b", text, re.I)) and all(_share_button(s) for s in segments)


def _share_button(segment: str) -> bool:
    """One button of a row of share buttons: a network or print button, or a few words with a share verb."""
    return bool(_BUTTON.fullmatch(segment) or segment.lower() == "x") or (_short(segment, 4) and bool(re.search(rf"\b(?:{_SHARE_WORDS})\b", segment, re.I)))


_FOLLOW = re.compile(
    r"^(?:follow us|suivez[- ]nous|folgen sie uns|folge uns|síguenos|siguenos|siga-nos|segue-nos|seguici|seguiteci|"
    r"obserwuj nas|volg ons|følg os|följ oss|følg oss|urmăriți-ne|urmărește-ne)(?!\w)",
    re.I,
)


@WEB_FURNITURE.register("follow", 78, "web furniture: follow us on social media")
def is_follow(text: str) -> bool:
    """"Follow us on LinkedIn", "Suivez-nous sur X", "Folgen Sie uns auf Mastodon", "Siga-nos nas redes sociais"."""
    return bool(_FOLLOW.match(text)) and _short(text, 12) and not ends_sentence(text.rstrip("!"))


@WEB_FURNITURE.register("newsletter", 75, "web furniture: newsletter sign-up")
def is_newsletter(text: str) -> bool:
    if not _short(text, 25):
        return False
    return bool(
        re.match(r"^(?:newsletter\b|sign up\b|subscribe\b|enter your e-?mail|your e-?mail address|iscriviti|abonnez|suscr[ií]bete|inscreva|jetzt abonnieren)", text, re.I)
        or re.search(r"\b(?:to|in) your inbox\b", text, re.I)
        or (_short(text, 8) and not ends_sentence(text) and bool(_NEWSLETTER_NOUN.search(text) and _SUBSCRIBE_VERB.search(text)))
    )


# "Zum Newsletter anmelden", "Inscrivez-vous à notre lettre d'information", "Zapisz się do newslettera".
_NEWSLETTER_NOUN = re.compile(r"newslett|boletín|boletim|lettre d[’']information|infolettre|biuletyn|nieuwsbrief|nyhetsbrev", re.I)
_SUBSCRIBE_VERB = re.compile(
    r"\b(?:subscribe|sign up|anmelden|abonnieren|bestellen|inscri\w*|abonne\w*|iscriv\w*|suscrib\w*|assin\w*|subskrybuj|zapisz|"
    r"meld je aan|schrijf je in|aanmelden|prenumerera)\b",
    re.I,
)


RELATED_LABEL = re.compile(
    r"^(?:related(?: (?:articles|publications|content|posts|reading|analysis))?|read (?:also|more|next)|more from\b.*|see also|"
    r"leggi anche|lire aussi|à lire aussi|voir aussi|vedi anche|art[ií]culos relacionados|weitere (?:analysen|artikel|beiträge)\b.*|"
    r"lea también|leia também|veja também|ver também|lesen sie auch|mehr zum thema|czytaj (?:także|też|również)|lees ook|"
    r"you may also like|further reading|most read|recommended)\s*:?\s*",
    re.I,
)


@WEB_FURNITURE.register("related", 70, "web furniture: related links")
def is_related(text: str) -> bool:
    return _short(text, 16) and bool(RELATED_LABEL.match(text)) and not ends_sentence(text.rstrip(":"))


@WEB_FURNITURE.register("tags", 65, "web furniture: tags or keywords")
def is_tags(text: str) -> bool:
    return bool(re.match(r"^(?:tags?|keywords|topics|mots[- ]clés|schlagw(?:orte|örter)|etiquetas|palabras clave|parole chiave|argomenti|temas|themen|etichete)\s*:", text, re.I)) and _short(text, 25)


@WEB_FURNITURE.register("reading-time", 60, "web furniture: reading time")
def is_reading_time(text: str) -> bool:
    return bool(
        re.match(r"^(?:\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+(?:read|reading|de lecture|lesezeit|de lectura|di lettura|de leitura))?|"
                 r"(?:estimated )?reading time|temps de lecture|tiempo de lectura|lesezeit|tempo di lettura|tempo de leitura)\b", text, re.I)
    ) and _short(text, 8)


@WEB_FURNITURE.register("photo-credit", 55, "web furniture: photo caption or credit")
def is_photo_credit(text: str) -> bool:
    return bool(re.match(r"^(?:photo|image|picture|foto|illustration)(?: credit)?s?\s*:|^(?:credit|source of image)\s*:", text, re.I)) and _short(text, 40)


@WEB_FURNITURE.register("comments", 50, "web furniture: comments")
def is_comments(text: str) -> bool:
    return bool(re.match(r"^(?:comments are closed|leave a (?:comment|reply)|\d+ comments?$|no comments)", text, re.I))


MENU_ITEMS = 5


@WEB_FURNITURE.register("menu-row", 46, "web furniture: site menu")
def is_menu_row(text: str) -> bool:
    """A site's menu copied as one row: "Research   Commentary   Podcasts   Events   About", "Accueil | Programmes | …".

    Five or more items of one to three words, set apart by runs of spaces or by bars and dots; no figures
    (a table row) and no item that ends a sentence. Four items are as often a list in the text as a menu.
    """
    items = [i for i in re.split(r"\s{2,}|\s*[|·•]\s*", text.strip()) if i]
    return (
        len(items) >= MENU_ITEMS
        and all(_short(i, 3) and not re.search(r"\d", i) and not (ends_sentence(i) and not i.endswith("?")) for i in items)
    )


@WEB_FURNITURE.register("legal-links", 45, "web furniture: site links")
def is_legal_links(text: str) -> bool:
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*", text)]
    return len(parts) >= 2 and any(re.match(r"(?:privacy|terms|cookie|imprint|impressum|contact|accessibility)", p, re.I) for p in parts) and all(_short(p, 4) for p in parts)


def web_furniture(text: str) -> tuple[str, str] | None:
    """``(rule, reason)`` when ``text`` is a piece of web furniture."""
    found = WEB_FURNITURE.first(text.strip())
    return (found.name, found.reason) if found else None


def menu_run(texts: list[str]) -> int:
    """How many of the first units are a site menu: four or more lines of one to three words."""
    count = 0
    for text in texts:
        if _short(text, 3) and not ends_sentence(text) and not re.search(r"\d", text):
            count += 1
        else:
            break
    return count if count >= 4 else 0
