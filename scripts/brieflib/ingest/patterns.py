"""Recognisers for the kinds of line that publishers' dumps contain.

Each function looks at one unit of text (a line or a rejoined paragraph) and
says what it is: a date line, a byline, an author bio, a notes item, a piece
of publisher boilerplate. They are pure functions so that each rule can be
unit-tested on small inputs written for it. ``parse`` uses them to find the
head, body and tail of a brief; ``metadata`` uses them to extract fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from brieflib.ingest.dates import date_after_comma, parse_date  # noqa: F401  (re-exported: the date rule lives in dates.py)
from brieflib.model.brief import Author
from brieflib.model.text import CLOSERS, SUPERSCRIPT_RUN, ends_sentence, sentences, superscript_to_int

# Common words that show a capitalised line is a heading, not a person's name.
_NOT_NAME_WORDS = set(
    """a an the of and or for in on to with without against from by at as is are be
    new old next how why what when where who our your their its this that these those
    europe european europes america american us uk eu nato russia russian ukraine china
    policy security defence defense war peace order future strategy power world global
    introduction summary conclusion conclusions analysis background recommendations
    notes references debates shift again concert competitive time way forward age
    state play theme key points findings report brief paper commentary issue issues
    about author authors contents overview context agenda lessons options risks
    road map after before between beyond toward towards under over into
    alliance union council commission parliament government minister president
    national international foreign affairs strategic military economic political
    senior junior analyst analysts fellow director researcher associate editor adviser advisor rapporteur
    manager officer lecturer coordinator deputy chief head programme visiting assistant research
    correspondent columnist contributor reporter
    menu search subscribe login logout sign share print home contact skip donate newsletter register account
    download listen watch follow comments reply
    one two three four five six seven eight nine twelve twenty hundred thousand million
    affiliation affiliations contributors editors
    unit department division secretariat directorate staff team desk bureau office
    house hub lab enquiries inquiries press
    dispatch dispatches digest bulletin monitor tracker alert alerts insight insights observer blog podcast journal weekly""".split()  # "Monitoring Unit", "Policy Planning Staff", "Chatham House", "Ashcombe Dispatch"
)
# Regions and topics that a site's kicker names; never part of a person's name (the second set only in capitals:
# "Rebecca West" is a name, "WEST AFRICA" a kicker).
_REGION_WORDS = set(
    """balkans baltic baltics nordic nordics scandinavia caucasus sahel maghreb levant arctic atlantic pacific
    mediterranean indo-pacific asia africa americas eurasia oceania middle-east mena""".split()
)
_KICKER_WORDS = set(
    """north south east west northern southern eastern western central middle far near energy climate cyber
    trade migration sanctions nuclear technology economy economics democracy elections intelligence space
    maritime hybrid health transport finance industry enlargement neighbourhood region regions world""".split()
)
# The words of a site's topic labels ("NUCLEAR DETERRENCE", "DEFENCE INDUSTRY", "EU–CHINA RELATIONS"): with the kicker
# and region words, a label made only of them names a section of the site, not a text.
_TOPIC_WORDS = _KICKER_WORDS | {
    "deterrence", "defence", "defense", "security", "spending", "industrial", "procurement", "arms", "control", "disarmament",
    "geopolitics", "geoeconomics", "foreign", "policy", "affairs", "relations", "transatlantic", "eu", "nato", "china", "russia",
    "ukraine", "europe", "european", "america", "americas", "balkans", "baltic", "indo-pacific", "arctic", "africa", "asia", "and", "&",
    "armed", "forces", "military", "strategy", "warfare", "war", "peace", "diplomacy", "governance", "rule", "of", "law", "the",
}


# Countries a line may name after a city ("Berlin, Germany / Paris, France"), which no given name is
_COUNTRIES = set("""albania andorra armenia austria azerbaijan belarus belgium bosnia bulgaria canada china croatia cyprus czechia denmark
    estonia finland france georgia germany greece hungary iceland india ireland israel italy japan kazakhstan kosovo latvia liechtenstein
    lithuania luxembourg malta moldova monaco montenegro netherlands norway poland portugal romania russia serbia slovakia slovenia spain
    sweden switzerland turkey türkiye ukraine usa uk taiwan korea australia brazil mexico egypt iran iraq syria""".split())


def is_country(text: str) -> bool:
    """"Germany", "France": a country's short English name (a place after a town, not a person's given name)."""
    return text.strip().lower() in _COUNTRIES


def topic_label(text: str) -> bool:
    """True for a site's topic label: two to four words, each a topic's ("NUCLEAR DETERRENCE", "Energy & Climate")."""
    words = [w.strip(".,:;–—-").lower() for w in re.split(r"[\s–—/-]+", text.strip()) if w.strip(".,:;–—-")]
    return 2 <= len(words) <= 4 and all(w in _TOPIC_WORDS or w in _REGION_WORDS for w in words) and words[0] not in {"and", "&", "of", "the"}


_PARTICLES = {"ó", "ní", "nic", "mac", "ibn", "abu", "bint", "y", "von", "van", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "bin", "al", "el", "ter", "zu"}
_UP = "A-ZÀ-ÖØ-ÝĀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿā-ɏɐ-ʯḀ-ỿ"  # with the IPA letters Azerbaijani writes ("ə") and the Vietnamese ("ạ")
# A surname prefix written joined, with a capital after it: "MacLeod", "McKenna", "FitzGerald", "DeJong", "DiNardo", "LeBlanc".
_JOINED_PREFIX = r"(?:Mac|Mc|Fitz|D[aeiu]|L[ae]|Van|Von)"
_NAME_PART = rf"(?:{_JOINED_PREFIX}[{_UP}][{_LOW}]+|[{_UP}][{_LOW}]+)"
_NAME_TOKEN = re.compile(rf"^(?:{_NAME_PART}(?:[-'’](?:{_NAME_PART}|[{_LOW}]{{2,}}))*|[A-Z]\.(?:-?[A-Z]\.)*|O[’'][A-Z][a-z]+)$")


def is_person_name(text: str) -> bool:
    """True for "Iana Maisuradze", "Domenec Ruiz-Devesa", "J. D. Vance", "JANE DOE", "Dr. Jane Doe"."""
    text = text.strip()
    if len(text.split()) > 2:
        text = HONORIFIC.sub("", text)
    if not 3 <= len(text) <= 60 or any(c in text for c in ",;:|()[]!?*#0123456789"):
        return False
    caps = text.isupper()
    if caps:
        text = text.title()
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or not tokens[0][:1].isupper():  # "von der Leyen said": a name starts with a capital
        return False
    # "WESTERN BALKANS", "ENERGY SECURITY": a kicker in capitals names a place or a topic, not a person
    if any(t.lower() in _REGION_WORDS or (caps and t.lower() in _KICKER_WORDS) for t in tokens) or topic_label(text):
        return False  # ("Middle East | 3 May 2026": a region's kicker, however it is written)
    if all(t.lower() in _POSTS for t in tokens):
        return False  # "Executive Vice-President", "Senior Fellow": a post, whoever holds it
    capitalised = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(token) or token.lower().strip(".’'") in _NOT_NAME_WORDS or INSTITUTION_WORD.fullmatch(token):
            return False
        capitalised += 1
    return capitalised >= 2 and tokens[-1].lower() not in _PARTICLES


# A rank before a name, in full or short, with what may follow it in brackets: "Colonel (GS)", "Brigadier General
# (ret.)", "Lt Col", "Maj. Gen. (Retd)", "Air Vice-Marshal", "Lieutenant Commander".
_RANK = (r"(?:(?:lieutenant|vice|rear|major|brigadier|air|air\s+vice|wing|group|squadron|first|second)[\s-]+)?"
         r"(?:general|colonel|commander|captain|admiral|commodore|marshal|major|brigadier|lieutenant|leader|ambassador|amb)"
         # short forms: two together ("Lt Col", "Maj Gen", "Brig. Gen."), or one with its point ("Capt.", "Cdr."); "Maj"
         # alone is a Scandinavian given name ("Maj Britt Theorin")
         r"|(?:lt|maj|brig|rear|vice|wg|gp|lt\s+cdr)\.?\s+(?:gen|col|cdr|cmdr|adm|capt)|(?:maj|capt|cdr|cmdr|adm|brig|lt|cdre)(?=\.)")
HONORIFIC = re.compile(rf"^(?:(?:dr|prof|professor|mr|mrs|ms|mme|m|hr|fr|sir|dame|gen|col|mep|mdep|mp|mdb|{_RANK})\.?"
                       r"(?:\s+\((?:ret|retd|rtd|res|gs|ns|r)\.?\))?\s+)+", re.I)


def tidy_name(name: str) -> str:
    """A name as it should be listed: no "Dr." or "Prof." before it, Title Case if it was in capitals."""
    name = re.sub(r"\s+", " ", name.strip().strip("*_").strip())
    name = HONORIFIC.sub("", name) if len(name.split()) > 2 else name
    return name.title() if name.isupper() else name


_AND = r"(?:and|et|und|y|e|i|en|og|och|a|ja|és|și|και|ve|u)"  # (Maltese "u")


def split_names(text: str, common_words: frozenset[str] = frozenset()) -> list[str] | None:
    """The names in "A", "A and B", "A, B and C", "A & B", "A · B"; None unless all are names.

    ``common_words`` are the words the text uses in lower case: a capitalised
    phrase made of them ("Hard Choices", "Three Capitals") is a heading, not a name.
    """
    if text.isupper():  # "MARTA WIŚNIEWSKA AND TOMÁŠ HORÁK": the names in capitals, and their "and"
        text = re.sub(rf"\s+({_AND.upper()})\s+", lambda m: f" {m[1].lower()} ", text)
    parts = [p for p in re.split(rf",\s*(?:{_AND}\s+)?|\s+{_AND}\s+|\s*&\s*|\s+[·•]\s+|\s*[、，]\s*", text.strip()) if p]  # "、": a CJK list's comma
    if not parts or not all(is_person_name(p) and not _common_phrase(p, common_words) for p in parts):
        return None
    return [tidy_name(p) for p in parts]


def _common_phrase(text: str, common_words: frozenset[str]) -> bool:
    words = [w.lower() for w in text.split() if w.lower() not in _PARTICLES]
    return bool(common_words) and any(w in common_words for w in words)


def common_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case after another word (so not a name)."""
    return frozenset(re.findall(r"(?<=[a-z,;] )([a-zß-ÿā-ɏ]{3,})\b", text))


INSTITUTION_WORD = re.compile(
    r"\b(?:institute|institut|instituto|istituto|centre|center|centro|centrum|zentrum|foundation|fondation|fundación|"
    # a German compound whose last part is the head word: "Wissenschaftsdienst", "Friedensforschungsinstitut"
    r"(?:wissenschafts|forschungs|parlaments|nachrichten)dienste?|forschungsstelle|[^\W\d_]{3,}(?:forschungsinstitut|institut|zentrum|stiftung|akademie)|"
    r"fondazione|stiftung|forum|fórum|network|initiative|council|dialogue|programme|program|lab|laboratory|gesellschaft|"
    r"observatory|observatoire|cercle|circolo|círculo|academy|akademie|college|collegium|university|institūts|centrs|fonds|institutas|centras|fondas|universität|université|universidad|school|society|"
    r"association|group|trust|fund|endowment|studies|ministry|agency|office|bureau|commission|corporation|service|committee|parliament|assembly|"
    # a government's parts: "Direction générale des relations internationales …", "Directorate-General for …", "Ministère des Armées"
    r"directorate(?:-general)?|direction générale|ministère|ministerio|ministero|ministerstwo|bundesministerium|generaldirektion|dirección general|direzione generale|"
    r"instytut|ośrodek|instituut|stichting|osservatorio|observatorio|observatório|fundação|fundacja|associazione|"
    r"asociación|associação|accademia|academia|università|universidade|uniwersytet|institutul|centrul|fundația|"
    r"asociația|universitatea|observatorul|instituti|qendra|fondacioni|shoqata|universiteti|istitut|ċentru|fondazzjoni|università|"  # Romanian; Albanian; Maltese
    # definite and other-language forms: Nordic "institutet", "senteret", Finnish, Czech, Hungarian, Greek
    r"institutet|instituttet|institutt|senter|senteret|centret|centeret|stiftelsen|stiftelse|fonden|forumet|akademien|"
    r"universitetet|högskolan|instituutti|keskus|säätiö|ústav|nadace|spolek|intézet|alapítvány|"
    # South Slavic and Slovak: Croatian/Serbian/Bosnian "centar", "zaklada", Slovene "zavod", "univerza", Slovak "nadácia"
    r"centar|institut|inštitut|inštitút|zaklada|fondacija|fundacija|sveučilište|univerzitet|univerza|univerzita|zavod|udruga|društvo|nadácia|"
    r"groupe|gruppe|grupo|gruppo|grupa|groep|hogeschool|högskola|hochschule|école|escuela|scuola|"
    r"ινστιτούτο|κέντρο|ίδρυμα|ένωση|πανεπιστήμιο)\b"
    # the head word at the end of a compound: "Forsvarsforum", "Friedensforschungsinstitut", "Sicherheitszentrum"
    r"|\b\w{3,}(?:institut|institutet|instituttet|instituut|forum|zentrum|centrum|centret|senteret|akademie|akademien|stiftung|stiftelsen|gesellschaft)\b",
    re.I,
)
# Words that join an institution's head word to the rest of its name in other languages. After
# one, a name may go on in lower case ("Institut für europäische Sicherheitspolitik",
# "Observatório de segurança atlântica", "Institut d'études stratégiques").
_NAME_JOINERS = {"de", "di", "du", "des", "da", "do", "dos", "das", "del", "della", "dello", "degli", "delle", "dei", "dai", "nei", "sui", "dal", "dalla", "nella", "sulla", "per", "para", "pour", "für", "dla", "voor", "nad", "pentru",
                 "za", "pro"}  # South Slavic and Czech "for": "Center za evropsko varnostno politiko"


def other_script(text: str) -> bool:
    """A line written in a script other than Latin ("홈 > 간행물", "მთავარი", "شارك المقال:"): four letters in five or
    more are not Latin letters. Digits and punctuation do not count."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum("LATIN" in unicodedata.name(c, "") for c in letters) * 5 <= len(letters)


def spoken_length(text: str) -> int:
    """A line's length in words, a run of a script written without spaces (Chinese, Japanese) counting a word for every
    three of its characters ("印刷する シェア" is two words, a sentence of sixty characters twenty)."""
    def words(token: str) -> int:
        unspaced = sum(1 for c in token if ord(c) > 0x2e7f and any(k in unicodedata.name(c, "") for k in ("CJK", "HIRAGANA", "KATAKANA")))
        return max(1, unspaced // 3)
    return sum(words(token) for token in text.split())


def interface_line(text: str, body: str, foot: bool = False) -> bool:
    """A short line of a page's interface in its own language when the text is in another script: a Korean, Georgian or
    Arabic site's menu, labels, counters and footer around an English text (``body`` is a paragraph of the text): a
    label, a menu, a breadcrumb or a counter, or a word or three. A date or a byline in that script is read as one
    before this is asked; a title in that script is a longer line with none of those marks. With ``foot``, under the
    text, where the site's notices in its own language (a disclaimer, its rights) are lines of its interface too."""
    length = spoken_length(text)
    if length > 30 or "\n" in text or other_script(body) or not body or re.search(r"[«»“”„「」『』]", text):
        return False  # (a quotation in that script is the text's)
    if (label := re.match(r"^([^:：]{1,30})\s*[:：]\s*\S", text)) and other_script(label[1]):
        return True  # a field under a label in that script: "이전글 : Title of the previous post", "ტეგები: #…"
    if not other_script(text):
        return False
    if foot:
        return length <= 15
    if length > 12:
        return False
    # a label, a menu, a breadcrumb, a counter, or a word or three (a title in that script has more and none of these)
    return length <= 3 or bool(re.search(r"[:|›»«>/·•\d]", text))


# What a title has and an institution's name does not: a preposition of time or contrast, capitalised as a title sets it
# ("Germany's Defence Budget After the Special Fund").
_TITLE_NOT_NAME = re.compile(r"\s(?:After|Before|Amid|Despite|Versus|vs\.)\s")  # ("Centre for Security Beyond Borders" is a name)
# A title's first words, never a name's: a question's ("Why", "Can", "WHY THE COUNCIL FAILED"), a verb's ("Rethinking"),
# a preposition before an article ("After the Special Fund", "Beyond the Commission"; "Beyond Borders Institute" is a name)
_TITLE_START = re.compile(r"^(?:(?:why|how|what|when|where|whose|who|can|could|should|will|would|is|are|does|do|did|has|have|not|no|"
                          r"rethinking|reforming)|(?:about|after|before|amid|despite|beyond|towards?|inside|against|without|from|into|"
                          r"between|under|over)(?=\s+(?:the|a|an|its|their|our|this|these|[\w-]+['’]s)\s))\s", re.I)


def _title_start(text: str) -> bool:
    """``text`` opens as a title does (``_TITLE_START``); a word in capitals in a line that is not is an acronym ("WHO
    Regional Office for Europe", "CAN Europe")."""
    match = _TITLE_START.match(text)
    return bool(match) and (not match[0].strip().isupper() or text.isupper())


def is_institution(text: str) -> bool:
    """A line that names an organisation: "Deutsche Gesellschaft für Sicherheitsanalyse", "BLACK SEA DEMOCRACY INITIATIVE"."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= 12 or ends_sentence(text) or re.search(r"\d|[|·•:;]", text):
        return False
    gerund = words[0].lower().endswith("ing") and words[0].lower() != "standing"  # "Building a …", not "Standing Committee on …"
    if not INSTITUTION_WORD.search(text) or not text[:1].isupper() or gerund:
        return False
    if _TITLE_NOT_NAME.search(text) or _title_start(text):
        return False  # "Germany's Defence Budget After the Special Fund": a title that ends in an institution's word
    minor = {"of", "for", "on", "and", "the", "de", "du", "des", "für", "&", "in", "di", "del", "della", "la", "le", "der", "y", "e", "i", "et", "und", "d'études", "dla",
             "voor", "van", "het", "en", "og", "och", "för", "pour", "para", "per", "do", "da", "dos", "das", "degli", "delle", "los", "las", "les", "w", "na", "ds.",
             "sulla", "sul", "sullo", "sugli", "sulle", "dei", "dello", "gli", "el", "për", "të"}  # Albanian: "Instituti i Tiranës për …"  # Italian and Spanish joiners: "Osservatorio sulla Difesa Europea"
    # An acronym in brackets after the name: "Nordic Defence Forum (NDF)".
    # (Maltese joins the words of a name with its article: "Istitut għall-Politika Marittima", "Università ta' Malta")
    # "Center for a New American Security": an article after "for", not elsewhere ("Not Another Agency" is a title's)
    if INSTITUTION_WORD.fullmatch(words[0]):  # ("A Council for a Common Defence", "The Case for a …" are titles)
        words = [w for k, w in enumerate(words) if not (k and w.lower() in {"a", "an"} and words[k - 1].lower() == "for")]
    if all(w[:1].isupper() or w.lower() in minor or w.lower().startswith(("d'", "l'", "għall-", "għal-", "tal-", "tas-", "tad-", "tat-", "taż-", "taċ-", "tan-", "tar-"))
           or w.lower() in {"ta'", "ta’"} or _BRACKET_ACRONYM.fullmatch(w) for w in words):
        return True
    return _sentence_case_institution(words) or _adjective_institution(words) or _head_last_institution(words)


# Head words that close a name in languages that put the genitive first: Latvian "Baltijas Stratēģisko pētījumu
# institūts", Lithuanian "Rytų Europos studijų centras", Estonian "Rahvusvaheline Kaitseuuringute Keskus".
_HEAD_LAST = {"institūts", "centrs", "fonds", "institutas", "centras", "fondas", "keskus", "instituut", "sihtasutus", "ústav", "intézet",
              "alapítvány", "centrum", "ośrodek", "instytut", "fundacja", "zavod", "inštitut", "institut", "centar", "zaklada"}


def _head_last_institution(words: list[str]) -> bool:
    """The head word last, in lower case after a capitalised first word: "Baltijas Stratēģisko pētījumu institūts"."""
    return (2 <= len(words) <= 7 and words[-1].lower() in _HEAD_LAST and words[0][:1].isupper()
            and all(re.fullmatch(r"[^\W\d_][\w’'-]*", w) for w in words))


_BRACKET_ACRONYM = re.compile(r"\((?=[^\W\d_]{2,}\))[^\W\d_a-zß-ÿα-ω]{2,}\)")
_FUNCTION_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "why", "how", "what", "when", "where", "who", "our", "your",
                   "their", "its", "this", "that", "these", "those", "is", "are", "was", "not", "no"}
_NORDIC_JOINERS = {"för", "for", "til", "om", "pro", "za", "pre", "για", "της", "των"}


def _adjective_institution(words: list[str]) -> bool:
    """"Nordiska institutet för säkerhetspolitik", "Norsk senter for …": a capitalised adjective, then the head
    word in lower case (written so in Nordic and Slavic languages), then lower case only after a joiner."""
    if not 3 <= len(words) <= 8 or not words[0][:1].isupper() or words[0].lower() in _FUNCTION_WORDS:
        return False
    if not INSTITUTION_WORD.fullmatch(words[1]) or words[2].lower() not in _NAME_JOINERS | _NORDIC_JOINERS:
        return False
    return all(re.fullmatch(r"[^\W\d_][\w’'-]*", w) for w in words)


_ACRONYM_NAME = re.compile(
    r"^(?:(?P<acr1>[^\W\d_]{2,8})\s+[–—|·-]\s+(?P<name1>\S.*)|(?P<name2>\S.*?)\s+(?:\((?P<acr2>[^\W\d_]{2,8})\)|[–—|-]\s+(?P<acr3>[^\W\d_]{2,8})))$"
)


def acronym_institution(text: str) -> str | None:
    """"PCBS – Prague Centre for Border Studies", "Lubelski ośrodek studiów wschodnich (LOSW)": a name set beside
    an acronym made of its words' initials (joiners left out or not) is an organisation's name, in any case
    or language. Returns the name, or None."""
    match = _ACRONYM_NAME.match(text.strip())
    if not match:
        return None
    acronym = match["acr1"] or match["acr2"] or match["acr3"]
    name = (match["name1"] or match["name2"]).strip()
    words = re.findall(r"[^\W\d_][\w’'-]*", name)
    if not acronym.isupper() or len(words) < 2 or len(words) > 10 or ends_sentence(name) or re.search(r"[|·•:;]", name):
        return None
    return name if is_acronym_of(acronym, name) else None


_UNDECOMPOSED = {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Æ": "A", "æ": "a", "Œ": "O", "œ": "o", "Þ": "T", "þ": "t", "ß": "s"}


def _ascii_letter(char: str) -> str:
    """A letter as its base Latin letter: "É" as "E", and "Ø", "Ł", "Æ" (which Unicode does not decompose) as "O", "L", "A"."""
    return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()[:1] or _UNDECOMPOSED.get(char, char)


def is_acronym_of(acronym: str, name: str) -> bool:
    """"OASC" of "Osservatorio Adriatico per la Sicurezza e la Cooperazione" (joiners left out or not)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", name)
    if not acronym.isupper() or len(words) < 2:
        return False
    # "d'études" counts by its "é", and an accented initial as its letter: "CERPE", "Centre d'études des risques …"
    words = [re.sub(r"^[dl][’']", "", w, flags=re.I) for w in words]
    words = [_ascii_letter(w[0]) + w[1:] for w in words]
    acronym = "".join(_ascii_letter(c) for c in acronym)
    initials = "".join(w[0] for w in words).casefold()
    significant = "".join(w[0] for w in words if w.lower() not in _NAME_JOINERS | _NORDIC_JOINERS | _FUNCTION_WORDS | _ARTICLES).casefold()
    parts = "".join(p[0] for w in words if w.lower() not in _NAME_JOINERS | _FUNCTION_WORDS | _ARTICLES for p in w.split("-") if p).casefold()
    return acronym.casefold() in (initials, significant, parts)  # "IPSA": "Inter-Parliamentary Security Assembly"


_ARTICLES = {"la", "le", "les", "el", "los", "las", "il", "lo", "gli", "e", "et", "y", "i", "und", "en", "og", "och", "a", "o", "os", "as"}


def _sentence_case_institution(words: list[str]) -> bool:
    """"Fundación para el estudio de la seguridad europea": the head word first, lower case only after a joiner,
    or, in the Romance languages, in the adjectives right after the head ("Cercle lyonnais d'études internationales",
    "Observatoire franco-britannique de défense")."""
    head = 2 if " ".join(words[:2]).lower() in {"direction générale", "dirección general", "direzione generale", "direção geral"} else 1
    if not INSTITUTION_WORD.fullmatch(" ".join(words[:head])) or len(words) < 3:
        return False  # (a government's directorate heads its name with two words: "Direction générale des relations …")
    joined, adjectives = False, 0
    for word in words[head:]:
        lower = word.lower()
        joined = joined or lower in _NAME_JOINERS or lower.startswith(("d'", "d’"))
        if not joined and not word[:1].isupper() and words[0].lower() in _ROMANCE_HEADS and adjectives < 2 and (word.isalpha() or "-" in word):
            adjectives += 1
            continue
        if not (word[:1].isupper() or joined):
            return False
    return joined


# Head words after which a Romance language puts the name's adjectives: "Centro atlántico de …", "Cercle lyonnais d'…".
_ROMANCE_HEADS = {"centre", "cercle", "observatoire", "institut", "fondation", "académie", "centro", "círculo", "circolo", "istituto", "instituto",
                  "osservatorio", "observatorio", "observatório", "fundación", "fundação", "fondazione", "academia", "accademia"}


def _letters_of(acronym: str, name: str) -> bool:
    """"SESP" of "Stiftung für Europäische Sicherheitspolitik": the name's first letter first, then each letter in order
    (an acronym may take letters from inside a compound word)."""
    letters = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    if not letters or letters[0] != acronym[0]:
        return False
    at = 0
    for char in acronym:
        at = letters.find(char, at)
        if at < 0:
            return False
        at += 1
    return True


def institution_name(text: str) -> str:
    """An institution as it should be listed: Title Case if the line was in capitals."""
    text = re.sub(r"\s+", " ", text.strip().rstrip(".,;"))
    text = re.sub(r"\s+" + _BRACKET_ACRONYM.pattern + "$", "", text)  # "Nordic Defence Forum (NDF)": the name, not its acronym
    if (lead := re.match(r"(?P<acronym>[A-Z]{2,8})\s+(?=[A-ZÀ-Ý][^\W\d_]*[a-zà-ÿ])", text)) and _letters_of(lead["acronym"], text[lead.end():]) \
            and is_institution(text[lead.end():]):
        text = text[lead.end():]  # "SESP Stiftung für Europäische Sicherheitspolitik": the logo's letters, then the name
    if text.isupper() and " " in text:  # "OASC" alone is an acronym, and stays one
        minor = {w.title() for w in _CONNECTORS | _ARTICLES}
        text = " ".join(w.lower() if w in minor and i else w for i, w in enumerate(text.title().split()))
    return re.sub(r"^the\s+", "", text, flags=re.I)


_CONNECTORS = {"of", "for", "on", "and", "und", "et", "y", "the", "de", "du", "des", "für", "&", "in", "voor", "van", "pour", "para", "per", "dla", "di", "del", "della",
               "do", "da", "dos", "das", "för", "og", "och", "d'études",
               # articles inside a name: "Istituto Adriatico per la Sicurezza", "Institut de la Défense", "Centro de los Estudios"
               "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "dei", "degli", "delle", "dello", "der", "die", "sulla", "sul"}
_INSTITUTION_TOKEN = re.compile(rf"^(?:\(?[{_UP}][\w’'.–-]*\)?,?|\([A-Z]{{2,}}\))$")


def institution_phrase(text: str) -> str | None:
    """The capitalised institution name at the start of ``text``.

    "the Jamestown Foundation in Washington DC and author of" -> "Jamestown Foundation".
    """
    words = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I).split()
    if words and _ROMANCE_HEAD.fullmatch(words[0]) and (romance := _romance_name(words)):
        return romance
    taken: list[str] = []
    for word in words:
        if word.lower() in _CONNECTORS and word.lower() != "in":
            taken.append(word)
            continue
        if word.lower() == "in":  # "in Washington DC": a place, not part of the name
            break
        bare = word.rstrip(",.;:")
        if not _INSTITUTION_TOKEN.match(bare):
            break
        taken.append(bare)
        if bare != word:  # punctuation ends the name
            break
    while taken and taken[-1].lower() in _CONNECTORS:
        taken.pop()
    phrase = " ".join(taken).rstrip(",.;:")
    return phrase if any(w[:1].isupper() for w in taken) else None


# A name in the Romance manner, in sentence case after its first word: "Centre d'études des risques politiques et
# économiques", "Istituto per gli studi di politica internazionale", "Instituto de Relações Internacionais".
_ROMANCE_HEAD = re.compile(r"(?i:centre|centro|institut|instituto|istituto|fondation|fundación|fondazione|fundação|observatoire|"
                           r"observatorio|osservatorio|observatório|groupe|grupo|gruppo|académie|academia|accademia|laboratoire|école|escola|escuela|scuola|"
                           r"centar|centrum|fondacija|fundacja|zavod|ośrodek|ústav|inštitút)")
_ROMANCE_STOP = {"where", "who", "which", "whose", "and", "since", "in", "on", "with", "from", "to", "for", "at", "as", "is", "was", "has",
                 "he", "she", "they", "it", "its", "the", "a", "an", "of", "until", "before", "after", "while", "during", "whom"}


# a post, in the Romance languages as in English, that a bio goes on with after a house's name
_ROMANCE_POST = re.compile(r"(?i:profes+or[ae]?|professeure?|docente|investigador[a]?|chercheu(?:r|se)|ricercat(?:ore|rice)|investigat(?:or|ora)|"
                           r"direct(?:or|ora|eur|rice)|diret(?:or|ora|tore|trice)|consultor[a]?|asesor[a]?|conseill(?:er|ère)|analista|analyste|"
                           r"professor|lecturer|fellow|director|researcher|analyst|adviser|advisor|head)")


def _romance_name(words: list[str]) -> str | None:
    """The words of a Romance-style name up to its end: punctuation, a bracket or an English word."""
    taken = [words[0]]
    for k, word in enumerate(words[1:10], 1):
        bare = word.rstrip(",.;:")
        if word.startswith("(") or bare.lower() in _ROMANCE_STOP or not re.fullmatch(r"[^\W\d_][\w'’-]*", bare):
            break
        if bare.lower() in {"y", "e", "et", "i", "and"} and k + 1 < len(words) and _ROMANCE_POST.fullmatch(words[k + 1].rstrip(",.;:")):
            break  # "… de Seguridad y Defensa y profesor en la Universidad …": the next post, not the name
        if _ROMANCE_HEAD.fullmatch(re.sub(r"^[dl][’']", "", bare, flags=re.I)):
            break  # "Centre Asie de l'Institut …": a centre of the institute named next, which the caller reads
        taken.append(bare)
        if bare != word:
            break
    while taken and taken[-1].lower() in _CONNECTORS | {"d'", "d’", "de", "des", "du", "di", "del", "della", "da", "do", "dos", "das", "et", "e", "y"}:
        taken.pop()
    return " ".join(taken) if len(taken) >= 2 and any(not w[:1].isupper() for w in taken[1:]) else None


ROLE_WORDS = _ROLE_WORDS = {
    "senior", "junior", "principal", "lead", "chief", "deputy", "assistant", "associate", "visiting", "non-resident", "resident",
    "analyst", "fellow", "director", "researcher", "editor", "adviser", "advisor", "rapporteur", "manager", "officer", "lecturer",
    "coordinator", "head", "professor", "research", "policy", "programme", "program", "of", "and", "&",
    "contributing", "contributor", "columnist", "correspondent",
    # who leads the house: "President of the Hanseatic Council", "Executive Vice-President", "Founder and Chair"
    "president", "vice-president", "vice", "executive", "managing", "chair", "chairman", "chairwoman", "chairperson", "founder", "co-founder",
    # the same posts in the languages of European publishers: "Chercheuse associée", "Investigadora principal",
    # "Wissenschaftliche Mitarbeiterin", "Ricercatore senior", "Starszy analityk", "Chargée de recherche"
    "chercheur", "chercheuse", "associé", "associée", "directeur", "directrice", "chargé", "chargée", "de", "recherche", "analyste",
    "conseiller", "conseillère", "investigador", "investigadora", "asociado", "asociada", "analista", "directora",
    "ricercatore", "ricercatrice", "associato", "associata", "wissenschaftlicher", "wissenschaftliche", "mitarbeiter",
    "mitarbeiterin", "referent", "referentin", "leiter", "leiterin", "analityk", "analityczka", "starszy", "starsza", "badacz",
    "badaczka", "onderzoeker", "investigação", "investigadora-sénior", "pesquisador", "pesquisadora",
    "višji", "višja", "raziskovalec", "raziskovalka", "viši", "viša", "istraživač", "istraživačica", "znanstveni", "znanstvena",
    "sodelavec", "sodelavka", "suradnik", "suradnica", "analitičar", "analitičarka", "vedúci", "výskumný", "výskumná", "analytik", "analytička",
}
# "Fellow at the X", "with X", "director of the X" (but not "Head of Research, X").
# "… at the X", "… with the X", "director of the X", "a visiting fellow from the X" (a fellow's home institution)
_AT_INSTITUTION = re.compile(rf"\b(?:at|with)\s+(?=(?:the\s+)?[{_UP}])|\bof\s+(?=the\s+[{_UP}])|"
                             rf"(?:(?<=\b[Ff]ellow )|(?<=\b[Ss]cholar ))from\s+(?=(?:the\s+)?[{_UP}])")


# A part of an organisation named last: "Europe Program", "Defence Economics Department": not a place of work itself.
PART_WORD_LAST = re.compile(r"\b(?:programme|program|department|unit|team|desk|programa|programma|abteilung|département|afdeling)$", re.I)


def latin_script(text: str) -> bool:
    """Whether most of the letters of ``text`` are Latin ones (with or without accents)."""
    letters = [c for c in text if c.isalpha()]
    return sum("LATIN" in unicodedata.name(c, "") for c in letters) * 2 > len(letters) if letters else True


def _past_fields(segment: str) -> str:
    """What follows a post and the fields or programmes after it ("Senior Fellow, Democracy Programme, Harbour Monitor"
    gives "Harbour Monitor")."""
    parts = segment.split(", ")
    k = 1
    while k < len(parts) - 1 and field_only(parts[k]):
        k += 1
    past = ", ".join(parts[k:])
    # (a house's name, not a city after the programme: "Washington, DC", "Brussels")
    named = is_institution(past) or (len(past.split()) >= 3 and ", " not in past and _title_case(past))
    return past if k == 1 or named else ", ".join(parts[1:])


_CARD_NAME_LABEL = re.compile(r"^(?:written by|posted by|by|about)\s+(?=\S)", re.I)


def card_name(text: str) -> str:
    """The name on an author's card, without the label set on its line: "Written by Ana Lee" is "Ana Lee"."""
    return _CARD_NAME_LABEL.sub("", text.strip())


def card_post(text: str) -> str | None:
    """The post on an author's card, under the name: the line itself ("Senior Fellow, Harbour Institute"), or the
    first sentence of a profile's blurb when it names a post at a place ("Researcher at the Harbour Institute (Kiel).
    Writing on the Baltic. Views my own."). None for a sentence of text."""
    text = text.strip()
    if not ends_sentence(text) and len(text.split()) <= 14:
        return text
    first = sentences(text)[0] if text else ""
    if len(text.split()) <= 40 and len(first.split()) <= 14 and not re.search(r"\b(?:is|was|are|has|have)\b", first) \
            and describe(first)[0]:
        return first.rstrip(".")
    return None


def describe(text: str) -> tuple[str | None, str | None]:
    """``(affiliation, position)`` from a role statement.

    "Associate Researcher, Austrian Institute of International Affairs" and
    "Senior Fellow at the Jamestown Foundation" give the institution as the
    affiliation and the whole statement as the position. Former roles do not
    count as a current affiliation unless there is nothing else.
    """
    text = text.strip().rstrip(".").strip()
    if not text:
        return None, None
    current, former = [], []
    for segment in re.split(r"\s*;\s*", text):
        segment = _BRACKETED_PLACE.sub("", segment)  # "… Relações Internacionais (Lisboa)": the city is no part of the name
        at = _AT_INSTITUTION.search(segment)
        if at and at[0].startswith("of") and not role_only(segment[: at.start()].strip()):
            at = None  # "University of the Coast": the "of" of an institution's name, not of a role ("Director of the …")
        last = segment.rsplit(", ", 1)[-1]
        named = [part for part in segment.split(", ")[1:] if is_institution(part) and not role_only(part) and not field_only(part)]
        if ", " in segment and ((is_institution(last) and not role_only(last) and not field_only(last)) or re.fullmatch(r"(?-i:[A-Z]{3,8})", last)):
            institution = last  # "Senior Fellow, Harbour Institute"; "Investigadora principal, Programa Asia-Pacífico, IIEE": its acronym
        elif named and not at:  # "Senior Researcher, Centre for Regional Integration Studies, Novi Sad": not the city
            institution = named[-1]
        elif at and (", " not in segment or segment.index(", ") > at.start()):
            institution = institution_phrase(segment[at.end() :])
        elif ", " not in segment and (elsewhere := bio_institution(segment)):
            institution = elsewhere  # "chercheuse associée à l'Institut …", "onderzoeker bij het Centrum …"
        elif ", " in segment and not is_institution(segment.split(", ")[0]) and (elsewhere := bio_institution(last)):
            institution = elsewhere  # "ancienne ambassadrice, chercheuse associée au Centre …": posts, the last one's place of work
        elif ", " in segment and _place_of(segment):
            institution = segment.split(", ")[0]  # "Centro Studi Tirreno, Genoa, Italy": the institution, then its city and country
        elif ", " in segment and (rest := _past_fields(segment)) and not role_only(rest) and not field_only(rest) and not re.match(r"(?:and|&)\s", rest) \
                and (is_institution(rest) or _title_case(rest)):
            institution = rest
        elif ", " in segment and role_only(segment.split(", ")[0]) and PART_WORD_LAST.search(segment.split(", ", 1)[1]):
            institution = segment.split(", ", 1)[1]  # "Policy Fellow, Wider Europe programme": the programme, as in Title Case above
        elif (acronym := _ACRONYM_POST.fullmatch(segment)) and acronym["acronym"].lower() not in _POST_ACRONYMS | _FIELD_ACRONYMS \
                and role_only(acronym["post"]):
            institution = acronym["acronym"]  # "ISPEM Senior Research Fellow": the post at the house its acronym names
        elif role_only(segment):
            institution = None  # "Senior Analyst": a role, not a place of work
        elif re.fullmatch(r"(?-i:[A-Z]{3,8})", segment) and segment.lower() not in _POST_ACRONYMS:
            institution = segment  # "Ana Ruiz, ECFR": the place of work's acronym ("Ana Ruiz, MEP" gives a post)
        else:
            # the whole segment names a place of work ("Harbour Institute"); a past post never does ("Former Ambassador of X to NATO")
            institution = segment if segment[:1].isupper() and " " in segment and (_title_case(segment) or INSTITUTION_WORD.search(segment)) else None
            institution = None if re.match(r"(?:former|ex-)", segment, re.I) else institution
        if institution:
            (former if re.match(r"(?:former|ex-)", segment, re.I) else current).append(institution)
    affiliation = "; ".join(current or former) or None
    return affiliation, text


_ACRONYM_POST = re.compile(r"(?-i:(?P<acronym>[A-Z][A-Z&]{2,7}))\s+(?P<post>\S.*)")  # "ISPEM Senior Research Fellow"
# letters before a post that name its field or region, not a house: "MENA Analyst", "CSDP Adviser", "ESG Analyst"
_FIELD_ACRONYMS = {"mena", "gcc", "esg", "cee", "see", "csdp", "cfsp", "cbrn", "wmd", "osint", "ict", "usa", "eu27", "apac", "emea", "latam", "r&d"}
# the letters after a name that give a post, a degree or an honour, not a place of work
_POST_ACRONYMS = {"mep", "mdep", "mdb", "phd", "ceo", "cfo", "coo", "cto", "obe", "mbe", "cbe", "kcmg", "msc", "llm", "mba", "usn", "usaf", "usmc", "ret", "mrs", "frs", "frsa", "fba", "llb", "mphil", "dphil", "bsc"}


# A city in brackets after an institution's name: "Instituto Atlântico de Relações Internacionais (Lisboa)" (an
# acronym in brackets, "(HI)", is part of the name)
_BRACKETED_PLACE = re.compile(r"\s*\((?-i:[A-ZÀ-Ý][a-zà-ÿąćęłńóśźż-]+(?:[ -][A-ZÀ-Ý][a-zà-ÿąćęłńóśźż-]+)?)\)$")


def _place_of(segment: str) -> bool:
    """"Institution, City[, Country]": an institution first, then one or two places (short capitalised names)."""
    first, *places = segment.split(", ")
    return (is_institution(first) and not role_only(first) and 1 <= len(places) <= 2
            and all(len(p.split()) <= 3 and _title_case(p) and not is_institution(p) and not re.search(r"\d", p) for p in places))


def _title_case(text: str) -> bool:
    """Every word but short connectors capitalised: a proper name ("Baltic Defence College"), not a role written
    in sentence case ("Vanhempi tutkija", "Starší analytik")."""
    return all(w[:1].isupper() or w.lower() in _CONNECTORS | _ARTICLES | {"at", "to", "y", "e", "i", "og", "och", "und", "et"}
               for w in text.split())


_POSTS = _ROLE_WORDS | {"author", "co-author", "lead", "director", "head", "chair", "professor", "the", "for"}
# A German post written as one word with its field: "Programmleiter", "Projektmitarbeiterin", "Sicherheitsreferent"
_COMPOUND_POST = re.compile(r"\w{3,}(?:leiter|leiterin|referent|referentin|mitarbeiter|mitarbeiterin|forscher|forscherin|beauftragter|beauftragte)$")


# The words of a field of study or a beat, which names no organisation: "Defence Economics", "European Security".
_FIELD_WORDS = {
    "defence", "defense", "security", "economics", "economy", "policy", "foreign", "european", "international", "affairs", "strategy",
    "strategic", "relations", "politics", "political", "energy", "climate", "trade", "technology", "cyber", "intelligence", "nuclear",
    "maritime", "military", "eastern", "europe", "transatlantic", "global", "democracy", "governance", "resilience", "development",
    "migration", "finance", "industry", "industries", "industrial", "society", "technologies", "sanctions", "arms", "control", "and", "&", "of",
    "economic", "wider", "middle", "pacific", "asia-pacific", "latin", "indo-pacific", "arctic", "nordic", "baltic", "balkans",
}


# Places a beat may name: "Ukraine and Eastern Europe", "Russia and Eurasia", "Asia-Europe Relations".
_BEAT_PLACES = _REGION_WORDS | {"europe", "eurasia", "ukraine", "russia", "china", "africa", "asia", "america", "americas", "eastern",
                                "western", "northern", "southern", "central", "north", "south", "east", "west", "asia-europe", "euro-atlantic"}


def field_only(text: str) -> bool:
    """"Defence Economics", "Foreign Policy and Security", "Ukraine and Eastern Europe": a field or a beat, not an
    organisation."""
    words = [w.lower().strip(".,") for w in text.split()]
    if len(words) > 1 and words[-1] in {"programme", "program"}:  # "Russia and Eurasia Programme": a field's unit in the house
        words = words[:-1]
    return bool(words) and words[0] not in {"and", "&", "of"} and all(w in _FIELD_WORDS or w in _BEAT_PLACES for w in words)


def role_only(text: str) -> bool:
    """"Visiting Fellow", "Lead author", "Director of Security Studies": a post, not a place of work; also a post
    and its field ("Programme Director, Defence Economics")."""
    if ", " in text:
        first, *rest = text.split(", ")
        return role_only(first) and all(role_only(part) or field_only(part) for part in rest)
    words = [w.lower().strip(".,") for w in text.split()]
    if not words:
        return False
    if all(w in _POSTS or _COMPOUND_POST.search(w) for w in words):
        return True
    if len(words) <= 3 and words[-1] in _POSTS - {"the", "for", "of", "and", "&", "research", "policy", "programme", "program", "de"} \
            and not INSTITUTION_WORD.search(text):
        return True  # a post with its beat: "Diplomatic Correspondent", "Defence Editor", "Security Analyst"
    # a post over a field, with no organisation named after it ("Director of the Harbour Institute" names one):
    # "Head of Security Studies", "Analyst in European Security Affairs", "Programmleiter Demokratie und Resilienz"
    joint = next((k for k, w in enumerate(words[:3]) if w in {"in", "on", "for"}), None)  # "Senior Analyst for Asia-Europe Relations"
    return (((words[0] in {"director", "head", "chair", "professor"} and words[1:2] == ["of"])
             or (joint and all(w in _POSTS for w in words[:joint])) or _COMPOUND_POST.search(words[0])) and len(words) > 1
            and not re.search(r"\b(?:institute|institut|centre|center|foundation|university|forum|council|agency|ministry|school|office)\b", text, re.I))


_PIPE_BYLINE = re.compile(r"^(?P<name>[^|]{3,60}?)\s*\|\s*(?P<desc>.+)$")
_BY_BYLINE = re.compile(r"^(?:by|authors?|written by)\s*:?\s+(?P<rest>.+)$", re.I)


def parse_byline(text: str) -> list[Author] | None:
    """Authors from "Name | Role, Institution.", "By NAME[, Role at Org]" or "Authors: A and B"."""
    text = text.strip().strip("*_").strip()
    pipe = _PIPE_BYLINE.match(text)
    if pipe and is_person_name(pipe["name"]):
        affiliation, position = describe(pipe["desc"])
        return [Author(tidy_name(pipe["name"]), affiliation, position)]
    by = _BY_BYLINE.match(text)
    if not by:
        return None
    rest = by["rest"].strip().rstrip(".")
    names = split_names(rest)
    if names:
        return [Author(n) for n in names]
    authors = []
    for chunk in re.split(r"\s+and\s+|\s*&\s*|\s*;\s*", rest):
        name, _, desc = chunk.partition(",")
        if not is_person_name(name):
            return None
        affiliation, position = describe(desc)
        authors.append(Author(tidy_name(name), affiliation, position))
    return authors or None


# "bei der X", "am X", "au X", "en el X", "w X", "bij het X", "presso X": where a bio in another language
# names the place of work (only an organisation's name counts after one of these).
_AT_ELSEWHERE = re.compile(
    r"(?:\b|(?<=\s))(?:à l['’]|auprès de l['’]|all['’]|dell['’])(?=[A-ZÀ-Ý])|"
    r"\b(?:bij(?: het| de)?|am|beim|bei(?: der| dem)?|an der|au|à la|auprès de|à|en el|en la|en|na|no|w|we|presso|al|nel|"
    r"przy|hos|vid|ved|på|v|ve|pri|στο|στην|στον|at|with|der|des|del|de la|della|dello|do)\s+(?=(?:(?:the|il|lo|la|el)\s+)?[A-ZÀ-ÝΑ-Ω])"  # "presso il Centro …"  # "… Sicherheit der Stiftung X": of the X
)


# A post held before: its organisation is no affiliation ("a former officer of the Naval Service").
_FORMER = re.compile(
    r"\b(?:former|formerly|retired|ex-|ehemalige[rnm]?|früher|frühere[rnm]?|ancien(?:ne)?|antig(?:uo|ua)|ex|già|były|była|"
    r"voormalig|oud-|tidigare|fd\.|tidligere|entinen|bývalý|bývalá|πρώην)(?=\s|\w)",
    re.I,
)


def _sentence_case_phrase(text: str) -> str | None:
    """The longest run of words at the start of ``text`` (up to a comma or full stop) that names an organisation
    in sentence case after an adjective: "Svenska institutet för försvarsfrågor, Stockholm" gives the institute."""
    words = re.split(r"[,.;:()]", text, maxsplit=1)[0].split()[:8]
    return next((" ".join(words[:n]) for n in range(len(words), 2, -1) if _adjective_institution(words[:n])), None)


def _longest_institution(text: str) -> str | None:
    """The longest run of words at the start of ``text`` (up to a comma, full stop or bracket) that names an
    organisation, in any case: "Institut des hautes études de sécurité internationale (IHESI), où …"."""
    words = re.split(r"[,.;:()]", text, maxsplit=1)[0].split()[:10]
    return next((" ".join(words[:n]) for n in range(len(words), 1, -1) if is_institution(" ".join(words[:n]))), None)


def bio_institution(text: str) -> str | None:
    """The organisation a bio sentence names after "at", "bij het", "am", "au", "w" …: "leitet das Programm am
    Deutschen Forum für Strategische Fragen" gives "Deutschen Forum für Strategische Fragen"."""
    for match in _AT_ELSEWHERE.finditer(text):
        if _FORMER.search(text[: match.start()]):
            return None
        after = re.sub(r"^(?:the|il|lo|la|el)\s+", "", text[match.end() :], flags=re.I)
        phrase = institution_phrase(after)
        romance = phrase and phrase.lower() in _ROMANCE_HEADS  # "Cercle lyonnais d'études internationales": its adjectives after it
        if phrase and len(phrase.split()) < 2 and (longer := _sentence_case_phrase(after) or (_longest_institution(after) if romance else None)):
            phrase = longer  # "Svenska institutet för …": sentence case
        if not phrase or len(phrase.split()) < 2 or not is_institution(phrase) or _PART_OF.search(phrase):
            continue
        rest = after[len(phrase) :]
        # "au Centre Asie de l'Institut des hautes études …": a centre of the institute, which is the place of work
        whole = re.match(r"\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|der\s+|des\s+|of\s+the\s+)(?P<rest>[A-ZÀ-Ý].*)$", rest, re.S)
        if whole and (larger := _longest_institution(whole["rest"])):
            return larger
        following = rest.split()
        if following and (following[0].lower().startswith(("d'", "d’", "l'", "l’")) or following[0].lower() in _NAME_JOINERS):
            return None  # "Centre d'études atlantiques": the name goes on in a form this rule cannot read whole
        return phrase
    return None


_HOUSED = re.compile(r"\b(?:initiative|project|centre|center|lab|hub)$", re.I)  # a unit that an institution houses
_PART_OF = re.compile(r"\b(?:programme|program|department|unit|team|desk|chair|programa|programma|abteilung|département|afdeling|zespół)\b", re.I)
# a full stop inside a name: after an initial or a title ("Daniel R. Whitcombe", "Dr. Ingrid Østby", "Prof. Jan Nowak"), or a
# retired rank's
_NAME_STOP = (r"(?<=\b[A-ZÀ-Ý])\.|(?<=\b(?:Dr|Mr|Ms|Jr|Sr|St|Lt))\.|(?<=\b(?:Mrs|Col|Gen|Maj|Amb|Rev|Drs|Hon|Sgt))\.|(?<=\b(?:Prof|Capt|Brig|Cmdr))\."
              r"|(?<=\((?:ret|res|rtd))\.|(?<=\(retd)\.")  # a rank's retirement: "Ambassador (ret.) Ana Ruiz"
_BIO = re.compile(rf"^(?P<names>(?:[^,.;:]|{_NAME_STOP}){{3,120}}?)\s+(?:is|was|are|were|serves as|works as|ist|war|sind|leitet|arbeitet als|est|dirige|es|è|jest|é|"
                  r"work(?:s|ed)?(?=\s+(?:in|at|for|with|on)\b)|(?:leads|heads|directs|chairs|coordinates|runs|manages)(?=\s+(?:the|a|an|its)\b))\s+(?P<rest>.+)$", re.S)


_PASSIVE = re.compile(r"^(?:(?:produced|published|edited|written|funded|supported|sponsored|made|hosted|presented)\s+(?:by|with)|"
                      r"(?:a|an|the)\s+(?:\w+\s+)?(?:series|podcast|newsletter|publication|programme|program|project|column|blog))\b", re.I)


# "… and Tomás Gil an associate fellow at …": a second person's post with the verb said once for both
_GAPPED = re.compile(r",?\s+and\s+(?P<name>[^\W\d_][^\s,;:]*(?:\s+[^\s,;:]+){1,4}?)\s+(?=(?:an?|the)\s+\w)")


def _gapped(rest: str, is_name: Callable[[str], bool]) -> tuple[str, str, str] | None:
    """A bio's words after the verb split where a second person's post begins: "a senior fellow and Tomás Gil an
    associate fellow at X" gives ("a senior fellow", "Tomás Gil", "an associate fellow at X")."""
    gap = next((g for g in _GAPPED.finditer(rest) if is_name(g["name"])), None)
    return (rest[: gap.start()], gap["name"], rest[gap.end() :]) if gap else None


def parse_bio(text: str) -> list[Author] | None:
    """Authors from a closing bio: "Mark Leonard is founder and director of the ECFR."."""
    text = text.strip()
    if len(text) > 700:
        return None
    match = _BIO.match(text)
    if not match:
        return None
    names = split_names(match["names"])
    if not names or _PASSIVE.match(match["rest"]):
        return None  # "Critical Questions is produced by …": a thing made, not a person
    if len(names) == 1 and (gap := _gapped(match["rest"], lambda name: len(split_names(name) or []) == 1)):
        # "A is a senior fellow and B an associate fellow at X": X is both's place of work; "A is … at X and B a professor
        # at Y": each their own
        verb = text[len(match["names"]) : match.start("rest")]
        first, second = parse_bio(f"{match['names']}{verb}{gap[0]}"), parse_bio(f"{gap[1]} is {gap[2]}")
        if first and second:
            if first[0].affiliation is None:
                first[0].affiliation = second[0].affiliation
            return first + second
    verb = text[len(match["names"]):].split()[0].lower() if text[len(match["names"]):].split() else ""
    if verb in {"leads", "heads", "directs", "chairs", "coordinates", "runs", "manages"} and not (
            INSTITUTION_WORD.search(match["rest"]) or _BACK_REFERENCE.search(match["rest"])):
        return None  # "Bo Chan leads the largest party in the coalition": a person the text is about, no bio
    rest = match["rest"]
    places = list(_AT_INSTITUTION.finditer(rest))
    # "head of the Nordic programme at the Copenhagen Institute…": the organisation, not the programme
    # (or its acronym: "head of the Deterrence programme at CESE")
    organisations = [m for m in places if is_institution(phrase := institution_phrase(rest[m.end() :]) or "")
                     or re.fullmatch(r"(?-i:[A-Z]{2,8})", re.sub(r"^the\s+", "", phrase.strip()))]
    elsewhere = not places
    if elsewhere:  # "is onderzoeker bij het Haags Centrum …": only a name of an organisation counts after these
        organisations = places = [m for m in _AT_ELSEWHERE.finditer(rest) if is_institution(institution_phrase(rest[m.end() :]) or "")]
    # "director of the Transatlantic Programme at the Lisbon Centre": the centre, not its programme; "with the Baltic
    # Initiative at the Harbour Institute": the institute, which houses the initiative
    whole = [m for m in organisations if not (_PART_OF.search(phrase := institution_phrase(rest[m.end() :]) or "") or _HOUSED.search(phrase))]
    # "with the Europe Center at Bruegel", "head of the Baltic programme at Chatham House": a unit, then the place that
    # houses it, whose name needs no word such as "Institute"
    housing = [m for m in places if m.group().startswith(("at", "with"))
               and (phrase := institution_phrase(rest[m.end() :])) and not (_PART_OF.search(phrase) or _HOUSED.search(phrase))]
    if whole:
        at = whole[0]
    elif housing and (not organisations or housing[-1].start() > organisations[-1].start()):
        at = housing[-1]
    else:
        at = next(iter(organisations), places[0] if places else None)
    affiliation = institution_phrase(rest[at.end() :]) if at else None
    if affiliation and (owner := re.match(r"(?P<owner>.+?)['’]s?\s+\S", affiliation)) and re.search(
            rf"{re.escape(owner['owner'])}['’]s?\s+(?:[A-Z][\w-]*\s+){{0,4}}(?i:{_UNIT_WORDS})\b", rest):
        affiliation = owner["owner"]  # "ECFR's Wider Europe programme", "the Atlantic Council's Eurasia Center": the organisation
    if affiliation and (unit := _UNIT_OF.fullmatch(affiliation)) and is_institution(unit["org"]):
        affiliation = unit["org"]  # "the Europe Center of the Atlantic Council": the council, which houses the centre
    if not places and (posted := _POST_COMMA_PLACE.fullmatch(rest.strip())) and set(posted["post"].lower().split()) & _ROLE_WORDS \
            and (is_institution(posted["place"]) or re.fullmatch(r"(?-i:[A-Z]{2,8})", posted["place"])
                 or (len(posted["place"].split()) >= 2 and not topic_label(posted["place"]))):  # ("…, Brussels.", "…, Emerita.": a town, a title)
        place = posted["place"]  # "Director of Research, Carnegie Europe."
        return [Author(names[0], place, posted["post"])] if len(names) == 1 else [Author(n, place) for n in names]
    if affiliation and len(affiliation.split()) < 2 and (longer := _sentence_case_phrase(re.sub(r"^the\s+", "", rest[at.end() :], flags=re.I))):
        affiliation = longer
    if elsewhere and affiliation and (larger := bio_institution(rest)):
        affiliation = larger  # "au Centre Asie de l'Institut …": the institute that the centre is part of
    position = re.sub(r"^(?:a|an|the)\s+", "", rest[: at.start()].strip()) if at else None
    if position and _FORMER.search(position):
        affiliation = None  # a post held before
    if len(names) > 1:
        return [Author(n, affiliation) for n in names]
    return [Author(names[0], affiliation, position or None)]


_UNIT_WORDS = r"programme|program|center|centre|department|team|project|initiative|unit|desk|chair|lab|hub"
# a unit named, then the organisation that houses it: "Europe Center of the Atlantic Council" ("Centre of Eastern Studies"
# and "… Centre of Excellence" are names)
_UNIT_OF = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}(?:Center|Centre|Program|Programme|Initiative|Project)\s+of\s+(?:the\s+)?(?P<org>[A-ZÀ-Ý].+)")
# a post, then after a comma the place of work, as a bio's end gives them: "Director of Research, Carnegie Europe."
_POST_COMMA_PLACE = re.compile(r"(?P<post>[^,;.]{3,60}),\s+(?:the\s+)?(?P<place>[A-ZÀ-Ý][^,;]{1,80}?)\.?")


_BIO_LABEL = re.compile(r"^(?:about the authors?|the authors?|à propos des? auteurs?|über (?:den|die) autor(?:en|in)?|sobre (?:el|los) autor(?:es)?)\s*:\s*", re.I)


# "in the centre's Europe programme", "at the institute": an organisation named before, in lower case.
_SAME_PLACE = re.compile(r"\b(?:at|in|of|with) the same (?:division|department|programme|program|institute|institution|centre|center|unit|team|"
                         r"organi[sz]ation|think tank|research group)\b", re.I)
_BACK_REFERENCE = re.compile(
    r"\bthe\s+(?P<word>(?i:institute|centre|center|foundation|forum|council|academy|college|university|"
    r"school|society|association|ministry|agency|commission|observatory))(?:['’]s)?\b(?!\s+(?:of|for)\b|\s+[A-Z])"
)


_ITALIC = re.compile(r"([*_])(?P<inner>[^*_].*[^*_])\1", re.S)


def in_italics(text: str) -> str | None:
    """The words of a line set in italics as a whole ("*…*", "_…_"), else None."""
    match = _ITALIC.fullmatch(text.strip())
    return match["inner"] if match else None


def parse_bios(text: str, known: frozenset[str] = frozenset(), named_before: tuple[str, ...] = ()) -> list[Author] | None:
    """Authors from a bio paragraph of one or more people.

    "About the authors: A is a fellow at X. B is a researcher at Y." gives A
    (X) and B (Y). A sentence that opens with an author already named in the
    head (in any language: "Dr. Katharina Müller leitet …") is a bio too.
    """
    starred = re.match(r"^[*†‡]{1,3}\s*(?=[^\W\d_])", text.strip())
    if starred and any(text.strip()[starred.end():].startswith(name + " ") for name in known):
        text = text.strip()[starred.end():]  # "* Ann Lee is …": the note the byline's star keys, on an author of the text
    text = _BIO_LABEL.sub("", text.strip())
    text = (in_italics(text) or text).strip()  # a bio set in italics
    if (dashed := re.match(r"^(?:[—–]|--?)\s*(?=[^\W\d_])", text)):  # an op-ed's closing "— Name is director of … at Institute"
        signed = parse_bios((in_italics(text[dashed.end():]) or text[dashed.end():]).strip(), known, named_before)
        # one sentence that names a place of work: a line of dialogue ("— Mark Rutte est un ami …") is none
        return signed if signed and len(sentences(text)) == 1 and all(a.affiliation and is_institution(a.affiliation) for a in signed) else None
    if len(text) > 1500 or not text:
        return None
    found: list[Author] = []
    said: dict[int, str] = {}  # each author's sentence, for a back reference in lower case ("in the centre's programme")
    written_as = [(w, n) for n in known for w in (n, _surname_first(n)) if w]  # each known name as a bio may write it
    forms = dict(written_as)
    for index, sentence in enumerate(sentences(text)):
        authors = parse_bio(sentence)
        if authors and len(authors) == 1 and authors[0].affiliation is None and (elsewhere := bio_institution(sentence[len(authors[0].name):])):
            authors[0].affiliation = elsewhere  # "Giulia Moretti è ricercatrice presso il Centro …": a post in another language
        if authors:
            said.update((id(a), sentence) for a in authors)
            found += authors
            continue
        bare = HONORIFIC.sub("", sentence)
        name, written = next(((n, w) for w, n in written_as if bare.startswith(w + " ")), (None, ""))
        if name:
            rest = bare[len(written) :]
            if gap := _gapped(rest, forms.__contains__):  # "SATŌ Kenji is a Senior Fellow and MORIYAMA Haruka a Research Fellow at X"
                second = bio_institution(gap[2])
                found += [Author(name, bio_institution(gap[0]) or second), Author(forms[gap[1]], second)]
                said.update((id(a), sentence) for a in found[-2:])
                continue
            found.append(Author(name, bio_institution(rest)))
            said[id(found[-1])] = sentence
        elif index == 0:
            return None
    named: list[str] = list(named_before)  # the places of work the bios above named ("at the institute": the one named there)
    for author in found:
        sentence = said.get(id(author), "")
        if author.affiliation is None and named and (same := _SAME_PLACE.search(sentence)) and not re.match(r"\s+as\b", sentence[same.end():]) \
                and not re.search(r"\b(?:until|former(?:ly)?|previously|retired|served|worked|used to)\b", sentence, re.I):
            author.affiliation = named[-1]  # "… is a Visiting Fellow in the same Division": where the bio above works
        if author.affiliation is None and (back := _BACK_REFERENCE.search(said.get(id(author), ""))):
            author.affiliation = back["word"]  # resolved below, like "the Centre's"
        head = re.sub(r"['’]s?$", "", author.affiliation or "")
        if author.affiliation and INSTITUTION_WORD.fullmatch(head):
            # "the Institute's defence programme": the organisation named before in the same box, or none
            author.affiliation = next((n for n in reversed(named) if re.search(rf"\b{re.escape(head)}\b", n, re.I)), None)
        elif author.affiliation:
            named.append(author.affiliation)
    return found or None


def _surname_first(name: str) -> str | None:
    """A name as a bio may write it surname first, in capitals: "Kenji Moriyama" as "MORIYAMA Kenji"."""
    given, _, surname = name.rpartition(" ")
    return f"{surname.upper()} {given}" if given else None


def footer_institution(text: str) -> str | None:
    """The institution in a short footer of segments: "Nordic Centre · Policy Paper 2/2026 · Copenhagen", "© Harbour
    Council | Contact the Press Office | Subscribe" (a link to one of its offices names no publisher)."""
    segments = [re.sub(r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s+)?", "", s.strip(), flags=re.I) for s in re.split(r"\s+[|·•]\s+", text.strip())]
    segments = [s for s in segments if not re.match(r"(?i:contact|write to|subscribe|follow|email|e-mail|visit|call)\b", s)]
    # "X Institute. Privacy": the name, not the link run on after it ("St. Antony's College" keeps its "St.")
    segments = [cut if is_institution(cut := re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", s)[0]) else s for s in segments]
    if len(text.split()) > 16 or ends_sentence(text):
        return None
    if len(segments) < 2:
        # "Committee Secretariat — Standing Committee on X": a unit, then the body it belongs to, which publishes
        parts = [s.strip() for s in re.split(r"\s+[—–]\s+", text.strip())]
        return parts[-1] if len(parts) >= 2 and all(is_institution(p) for p in parts) else None
    return next((s for s in segments if is_institution(s)), None)



def imprint_date(text: str) -> str | None:
    """The date of an imprint set in segments, whose place and date end it: "Harbour Yearbook 2026 · Northern Harbour
    Institute · Kiel, January 2026". A line of segments that names no institution is no imprint."""
    segments = [s.strip() for s in re.split(r"\s+[|·•]\s+", text.strip())]
    if len(segments) < 2 or not footer_institution(text):
        return None
    return date_after_comma(segments[-1])


# English words that every English paragraph uses and few others do: how much of a text is English.
_ENGLISH_WORDS = frozenset("""the of and to in is that it for on with as are be this by not would will its their which was were has have
from an or but they we our should than these those more can could been who what when there""".split())


def english_share(text: str) -> float:
    """The share of a text's words that are English function words: about a quarter or more for English prose,
    near nothing for French, German or Polish."""
    words = _WORD.findall(text.lower())
    return sum(w in _ENGLISH_WORDS for w in words) / len(words) if words else 0.0


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # "de-risking" is one word, not "de" and "risking"

# The little words of the other languages European publishers print beside English: French, German, Spanish, Italian,
# Portuguese, Dutch, Polish.
_FOREIGN_WORDS = frozenset("""le la les des du de et une un est dans pour sur aux au qui que der die das und ein eine ist mit für von zu den dem el los las
del y en una por para con il lo gli della di che per nel o os da do dos um uma het een van voor niet jest nie się oraz dla""".split())


def foreign_share(text: str) -> float:
    """The share of a text's words that are the little words of another European language (``english_share``'s twin)."""
    words = _WORD.findall(text.lower())
    return sum(w in _FOREIGN_WORDS for w in words) / len(words) if words else 0.0

# A government's body named by what it is for: "Department for Ports and Shipping", "Ministry of Defence", "Directorate-General for …"
GOVERNMENT_BODY = re.compile(r"^(?i:department|ministry|directorate(?:-general)?)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w'’-]*){0,6}$")

# A town after an institution's name: "Harbour Institute, Kiel", "Centro Atlântico de Estudos Estratégicos, Lisboa"
# (its address, not its name); never a name's own part ("Harbour Institute, King's College").
_TOWN_AFTER = re.compile(r",\s+[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?(?=;|$)")


def without_town(name: str) -> str:
    """The institution's name without the town a line gives after it, in each of several names ("A, Kiel; B"); a
    person's name or a post after it ("A, Bo Chan", "A, Senior Fellow") is no town and stays."""
    def town(m: re.Match) -> str:
        words = m[0].lstrip(", ")
        keep = is_institution(words) or any(w.lower() in ROLE_WORDS for w in words.split()) or (is_person_name(words) and not words.startswith(("The ", "San ", "New ", "Saint ", "St ")))
        return m[0] if keep else ""
    return _TOWN_AFTER.sub(town, name)

# "All rights reserved" in the languages of European publishers' footers.
RIGHTS_RESERVED = (
    r"All rights reserved|Tous droits réservés|Alle Rechte vorbehalten|Todos los derechos reservados|Todos os direitos reservados|"
    r"Tutti i diritti riservati|Wszelkie prawa zastrzeżone|Alle rechten voorbehouden|Toate drepturile rezervate|Alla rättigheter förbehållna|"
    r"Alle rettigheder forbeholdes|Kaikki oikeudet pidätetään|Visos teisės saugomos|Visas tiesības aizsargātas|Kõik õigused kaitstud|"
    r"Minden jog fenntartva|Všechna práva vyhrazena|Všetky práva vyhradené|Vse pravice pridržane|Sva prava pridržana|"
    r"Με επιφύλαξη παντός δικαιώματος|Всички права запазени|Tüm hakları saklıdır|Все права защищены|Усі права захищені|Усі права захищено|Alle rettigheter reservert|"
    r"版權所有|版权所有|無断転載を禁じます|무단 전재 및 재배포 금지"
)
# The label of a suggested citation: "Suggested citation:", "Cite as:", "Zitiervorschlag:", "Pour citer cette note :"
CITATION_LABEL = (
    r"(?:suggested citation|recommended citation|how to cite(?: this (?:paper|brief|article|publication|report|post))?|cite (?:this (?:paper|brief|article|post) )?as|to cite this article|"
    r"cite this (?:post|blog post|entry)|"
    r"cite this (?:report|paper|brief|article|publication|note|analysis)|comment citer(?: cette \w+| ce \w+)?|"
    r"please cite (?:as|this \w+ as)|zitiervorschlag|zitierweise|citation suggérée|pour citer(?: (?:ce|cet|cette) \w+)?|cómo citar(?: este \w+)?|citar como|"
    r"come citare|sugerowany sposób cytowania|jak cytować|citeerwijze)"
)
CITATION_LINE = re.compile(rf"^{CITATION_LABEL}\s*:", re.I)  # "Cite as: …": a suggested citation
CITATION_ALONE = re.compile(rf"{CITATION_LABEL}\s*:?", re.I)  # "Cite this post" alone over the reference
_PUBLISHED_ON_BY = re.compile(r"^[Pp]ublished\s+(?:on\s+)?(?=\S*\d)[\w./-]+(?:\s+[\w.]+,?){0,2}? by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;|]+)")
_PUBLISHER_FORMS = [
    re.compile(r"^The support (?:that )?(?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+?) receives\b"),
    # (a name in Chinese, Japanese or Korean script may come first: "© 2026 亞太戰略研究所 Institute for …")
    re.compile(r"(?:©|\(c\)(?=\s*(?:(?:19|20)\d\d|(?-i:[A-Z])))|(?-i:Copyright|COPYRIGHT))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?[,\s]*)?(?:by\s+)?(?:[\u2E80-\u9FFF\uAC00-\uD7AF]+\s+)?(?:the\s+)?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;©|·•]+)", re.I),
    re.compile(r"^(?:This (?:\w+ ){0,3}(?:is|was) )?[Pp]ublished by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+)"),
    # a date between: "Published 12.03.2026 by the Institute | Street 9, Town" (an institution; a blog's "Published 4 March
    # 2026 by Ana Ribeiro" names its author)
    _PUBLISHED_ON_BY,
    # the same in other languages: "Document publié par la Direction générale …", "Herausgegeben von der Stiftung …"
    re.compile(r"^(?:(?:document|texte|documento|dokument)\s+)?(?:publié|édité|publiée|veröffentlicht|herausgegeben|publicado|editado|pubblicato|edito|"
               r"wydane|wydany|uitgegeven)\s+(?:par|von|por|da|przez|door)\s+(?-i:la\s+|le\s+|l['’]|les\s+|der\s+|dem\s+|el\s+|il\s+|lo\s+|het\s+|de\s+)?"
               r"(?P<p>(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[^,.;]+?)(?=\s+(?-i:le|el|il|am|em|on|dans|en|in|im|nel|no|w)\s|[,.;]|$)", re.I),
    # the body that wrote a paper for others: "This Briefing Paper has been prepared by the Parliamentary Library … for Members"
    # (an institution only: "This paper was prepared by Ann Lee" names its author)
    _PREPARED_BY := re.compile(r"^This (?:[\w-]+ ){0,3}(?:has been|was|is) (?:prepared|produced|compiled) by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+?)"
                               r"(?=\s+for\s+(?i:members|the|its|their|use|internal|information)\b|\s+to\s+(?i:support|inform|assist|help|serve)\b|[,.;]|$)"),
    # a series or site that names its publisher: "BalkanWatch Wiki is edited and published by the Adriatic Institute …, Split."
    # (how often it comes out may stand between: "Atlantic Quarterly Review is published four times a year by the …")
    re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,5}is (?:(?:produced|edited|maintained) and )?published by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+)"),
    # a periodical says how often its publisher brings it out: "Atlantic Quarterly Review is published four times a year by …"
    re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Review|Quarterly|Magazine|Monthly|Weekly|Bulletin|Newsletter|Digest|Monitor)\s+is published "
               r"(?:(?:four|three|two|six|ten|\d{1,2}) times a year|weekly|monthly|quarterly|twice a year|every \w+) by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+)"),
    # a series of the publisher's, named as such: "The Open Letters series is published by the Harbour Institute.", "Harbour
    # Papers are published by …" ("The Journal of X is published by Y, and …" is a sentence about a journal)
    re.compile(r"^(?:The\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|to|of|on|for|and|in|the)\s+){0,5}?"
               r"(?i:series|papers|briefs|newsletter|bulletin|podcast|notes|commentaries|reports)\s+(?:is|are) (?:(?:produced|edited|maintained) and )?"
               r"published by (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+)"),
    # "Udgivet af X", "Herausgegeben von der X", "Publié par l'X": published by, in other languages
    re.compile(r"^(?:(?:impressum|imprint|colophon)\s*:\s*)?(?:udgivet af|utgiven av|utgitt av|herausgegeben (?:von|vom)|publié par|publicado por|pubblicato da|wydane przez|uitgegeven door|"
               r"julkaisija:?|kiadja:?|vydal[ao]?|(?:herausgeber(?:in)?|publisher|éditeur|editore|wydawca|uitgever|utgivare|udgiver|utgiver|leidėjas|izdevējs|"
               r"väljaandja|vydavatel|kiadó)\s*:)\s+(?:(?:der|dem|den|la|le|l['’]|el|il|lo|de)\s+)?(?P<p>[A-ZÀ-Ý][^,.;·|•]+)", re.I),
    re.compile(r"do(?:es)? not (?:necessarily )?(?:reflect|represent) (?:the (?:official |editorial )?(?:views?|positions?|opinions?|line) of|those of) (?:the )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;]+)"),
    # a suggested citation's imprint, "Place: Publisher, date": "Cite as: Lee, A., "…", Policy Brief 02, Kiel: Harbour Institute, 27 January 2026."
    # (the last "Place: " of it: a title may have a colon too)
    re.compile(rf"^{CITATION_LABEL}\s*:.*[,.]\s+(?-i:[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){{0,2}}):\s+(?:the\s+)?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,;:]+?)(?:,|\.?\s*$)", re.I),
    # inside a sentence: "… The Atlantic Ledger, pubblicata dal Circolo di Politica Transatlantica, Roma."
    re.compile(r",\s+(?:published by|pubblicat[ao] da(?:l|lla|llo)?|publiée? par|herausgegeben von|publicad[oa] por)\s+(?:the\s+|le\s+|la\s+|l['’])?(?P<p>[A-ZÀ-Ý][^,.;]+)"),
    # the house's notice that it holds no view of its own: "ENSP does not take collective positions."
    re.compile(r"^(?:The )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;()]{1,80}?) does not take (?:collective|institutional|corporate) positions\b"),
    # the publisher describing itself at the end: "The X (ACR) is an independent think tank based in …"
    re.compile(r"^(?:About us:?\s+)?(?:The )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;()]+?)(?:\s+\([^)]{2,12}\))? is an? (?:(?i:independent|non-?partisan|bi-?partisan|non-?profit|"
               r"not-for-profit|non-governmental|private|public|leading|european|pan-european|transatlantic|international|global|[\w-]+-based),?\s+(?:and\s+)?){1,4}"
               r"(?:think[- ]tank|research (?:centre|center|institute|institution|organi[sz]ation|foundation|network)|policy (?:institute|centre|center|network)|foundation)\b"),
    # … an organisation only of a research house's kind: "X is a nonpartisan organization that …" ("an international organization" is a state body's)
    re.compile(r"^(?:About us:?\s+)?(?:The )?(?P<p>[A-ZÀ-ÖØ-ÞĀ-Ž][^,.;()]+?)(?:\s+\([^)]{2,12}\))? is an? (?:(?i:independent|non-?partisan|bi-?partisan|"
               r"non-?profit|not-for-profit|non-governmental),?\s+(?:and\s+)?){1,4}organi[sz]ation\b"),
]


# What may follow a publisher's name on a "Published by" line without being part of it.
_PUBLISHED_TAIL = (
    r"\s+(?:as (?:part|one) of|as an? |in (?:cooperation|co-operation|partnership|association|collaboration) with|together with|"
    r"with the (?:\w+ )?support of|on behalf of|under (?:the|its)|through its|within (?:the|its)|in (?:its|the|their) (?:[\w&-]+ ){0,4}(?:series|programme|program|collection))\b.*$"
)


# A legal form after an organisation's name: "Stiftung … e. V.", "… gGmbH", "… asbl", "… Ltd": not part of the name as cited.
# Belgian (a)isbl and (i)vzw, Finnish ry, Czech z.s., z.ú. and o.p.s., Polish sp. z o.o., Italian ONLUS, British CIC.
_LEGAL_FORM = re.compile(r"\s+(?:e\.\s?V\.|g?GmbH|gUG|a\.\s?(?:i\.\s?)?s\.\s?b\.\s?l\.|a?isbl|A?ISBL|i?vzw|I?VZW|Ltd\.?|Inc\.?|ONLUS|"
                         r"r\.\s?y\.|z\.\s?[sú]\.|o\.\s?p\.\s?s\.|sp\.\s?z\s?o\.\s?o\.)(?=[\s,;.]|$)"
                         # a company's form only where the name ends: "Le Courrier du Léman SA, Genève", "Harbour Media AG.";
                         # so too the forms that are words of names as well ("Center for Limited Government", "… seura ry")
                         r"|\s+(?:SA|S\.A\.|AG|S\.p\.A\.|S\.r\.l\.|SRL|S\.R\.L\.|Oy|AB|ApS|OÜ|B\.V\.|N\.V\.|Limited|LLC|ry)(?=\s*(?:[,;]|$)|\.(?:\s|$)|(?<=\.)\s|\s+(?:All|Tous|Alle|Todos|Tutti)\b)")


def without_legal_form(text: str) -> str:
    """The name without the legal form after it: "Harbour-Institut für Politik e.V." is "Harbour-Institut für Politik"."""
    return _LEGAL_FORM.sub("", text).strip()


# The news and research databases that serve a text and put their own © on its pages: none is its publisher
_AGGREGATOR = re.compile(r"^(?:dow jones(?: factiva)?|factiva|lexisnexis|nexis|proquest|ebsco(?:host)?|jstor|gale|pressreader|westlaw|"
                         r"researchgate|academia\.edu|ssrn|scribd)\b", re.I)


# A logo's alternative text, as a PDF's or a page's copy keeps it: "[Logo: Harbour Institute]", "[Harbour Forum logo]", "[Logo of X]"
_LOGO_TEXT = re.compile(r"^\[\s*(?:logo(?:\s+of|\s*:)\s+(?P<a>[^\]]{3,100}?)|(?P<b>[^\]]{3,100}?)\s+logo)\s*\]$", re.I)


def logo_name(text: str) -> str | None:
    """The institution a logo's alternative text names, or None."""
    match = _LOGO_TEXT.match(text.strip())
    name = match and (match["a"] or match["b"]).strip()
    return institution_name(name) if name and is_institution(name) else None


def publisher_from(text: str) -> str | None:
    """The publisher named by a boilerplate line, or None (a database that serves the text names itself, no publisher;
    a disclaimer that names two bodies names no one publisher)."""
    name = _publisher_named(text)
    if name and (unnamed := re.match(r"(?P<body>.+?)\s+(?:or|nor|and)\s+(?:of\s+)?(?:its|their|any|his|her|other)\b", name)):
        name = unnamed["body"]  # "… of the Harbour Institute or of its funders": the one body named
    if name and re.search(r"\s+(?:or|nor|and)\s+of\s+|\s+(?:or|nor)\s+(?:the\s+)?(?-i:[A-ZÀ-Ý])", name):
        return None  # "… the views of the Stiftung Morgenland or of the Harbour Network": two bodies, its funder's and its own
    return None if name and _AGGREGATOR.match(name) else name


def _publisher_named(text: str) -> str | None:
    text = _LEGAL_FORM.sub("", text)
    text = re.sub(r"^(?:©\s*)?(?:parliamentary|crown)\s+copyright\s+(?:of\s+)?", "© ", text.strip(), flags=re.I)  # "© Parliamentary copyright House of X"
    footer = footer_institution(text)
    if footer:
        return footer
    # each form over the whole line, then over each sentence of it ("© 2026 The Author(s). Published by X …")
    pieces = [text] + ([p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text)[1:] if p] if len(text) < 600 else [])  # (or line: a label over them)
    for form, piece in ((f, p) for f in _PUBLISHER_FORMS for p in pieces):
        match = form.search(piece)
        if match:
            name = re.sub(rf"\s+(?:{RIGHTS_RESERVED}|and its|or its)\b.*$", "", match["p"], flags=re.I)
            name = re.sub(r"\s+[–—]\s+.*$|\s+[–—-]$", "", name)  # "© 2026 Name – Tous droits réservés"
            name = re.sub(_PUBLISHED_TAIL, "", name, flags=re.I)  # "… Network as part of its Ukraine series"
            name = re.sub(r"\s+(?:www|https?)(?:\.|://|$)\S*$", "", name.strip())  # "© 2026 Name www.name.example/…"
            name = re.sub(r"[’']s$", "", name.strip())
            name = re.sub(r"\s+(?:and|which|who|that)\s+(?-i:[a-z]).*$", "", name)  # "… by the Council and reflects the views …"
            name = re.sub(r"(?:\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December))?\s+(?:19|20)\d\d$",
                          "", name)  # "© Stockholm Centre 2026", "© ENSP May 2026"
            name = re.sub(r"\s+\((?:[^\W\d_]|&){2,8}\)$", lambda m: "" if m[0].strip("() ").upper() == m[0].strip("() ") else m[0], name)  # "Name (ACRONYM)"
            if re.match(rf"(?:(?:19|20)\d\d\s+)?(?:{RIGHTS_RESERVED})", name, re.I):
                continue  # "© 2026 All rights reserved." names no one: another form on the line may
            if (form is _PREPARED_BY or form is _PUBLISHED_ON_BY) and not is_institution(name):
                continue
            if 2 <= len(name) <= 80 and name.lower().replace("(s)", "s") not in {"author", "authors", "the author", "the authors"}:
                return name
    return None


# Who edited, translated, introduced or illustrated the text without writing it: "Edited by", "Series editor:",
# "Translated from the Polish by", "Übersetzung aus dem Polnischen:", "Traduit de l'anglais par", "Foreword by".
CREDIT_LINE = re.compile(
    r"^(?:edited by|(?:series |guest |managing |general )?editors?:|editorial (?:team|board):|foreword by|preface by|introduction by|"
    r"(?:distributed|syndicated) by|"  # "Distributed by Meridian Features Syndicate": the syndicate that sends a column out
    r"(?:translated|translation)(?: (?:from|out of) (?:the )?\w+)?(?: by|:)|translators?:|illustrat(?:ed by|ions? by|ions?:)|"
    r"(?:cover )?(?:photos?|images?|design|layout)(?: by|:)|copy-?edit(?:ed by|ing:|or:)|proofreading:|"
    r"herausgegeben von|hrsg\. v(?:on|\.)|herausgeber(?:in)?:|übersetzung(?: aus dem \w+)?:|übersetzt(?: aus dem \w+)? von|vorwort von|"
    r"traduit(?: de l['’]\w+| du \w+)? par|traduction(?: de l['’]\w+| du \w+)?\s?:|édité par|préface de|"
    r"traducido(?: del \w+)? por|traducción(?: del \w+)?:|editado por|tradotto(?: dal\w* \w+)? da|traduzione(?: dal\w* \w+)?:|"
    r"traduzido(?: do \w+)? por|tradução:|tłumaczenie(?: z (?:języka )?\w+)?:|przełożył[ao]?:?|redakcja naukowa:|vertaling:|vertaald door|"
    r"översättning:|oversættelse:|oversettelse:|traducció:|traduït per|käännös:|fordítás:|překlad:|preklad:|přeložil[a]?:|preložil[a]?:|vertimas:|tõlge:)\s+(?-i:[A-ZÀ-ÝŁŚŻŹĆŃ])",
    re.I,
)


# A colophon's credits: "Graphic design: …", "Produced by … Media", "Cover photo: …", "Editors: …"
_COLOPHON_CREDITS = (
    # the colophon's credits: "Graphic design: …", "Produced by … Media", "Cover photo: …"
    re.compile(r"^(?i:(?:graphic |cover )?design(?:ed)?(?: by)?|layout(?: and (?:design|typesetting))?|typesetting|cover (?:photo|image|illustration)|"
               r"photo(?:graph)? credits?|illustrations?|printed by|music(?: by)?|sound(?: design)?(?: by)?|audio (?:production|editing)|produced by)"
               r"(?::\s+|\s+)(?-i:[A-Z])"),
    # the editors' credit in a colophon: "Editors: Anna Kwiatkowska (Managing Editor), Piotr Bąk"
    re.compile(r"^(?i:editors?|editorial (?:board|team)|(?:programme|program) team|managing editor|copy-?edit(?:ing|or)|proofreading|redakcja|redaktion|rédaction|redacción)"
               r"\s*:\s+(?-i:[A-ZÀ-Ý])"),
    CREDIT_LINE,  # who edited, translated or introduced it: "Translated from the German by Clara Weiss."
)

# A postal address: a street word or a postcode ("12 Carlisle Row, London SE1 7QP", "Rue Belliard 41, 1040 Brussels").
POSTAL = re.compile(
    r"\b(?:street|st\.|road|rd\.?|row|avenue|ave\.?|lane|square|place|boulevard|blvd|rue|straße|strasse|str\.|allee|platz|weg|gasse|"
    r"via|viale|piazza|corso|calle|avenida|plaza|rua|laan|straat|plein|gade|gatan|vej|ulica|ul\.|odos|odós|οδός)\b|"
    r"\b\w+(?:gade|vej|gatan|straße|strasse|straat|weg|laan)\b|"
    r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b|\b\d{4,5}\s+[A-Z]|"
    # a Polish street and postcode: "ul. Nowy Świat 00, 00-000 Warszawa"
    r"(?:^|\s)(?:ul|al|pl)\.\s+[A-ZÀ-ÝŁŚŻŹ]|\b\d{2}-\d{3}\s+[A-ZÀ-ÝŁŚŻŹ]",
    re.I,
)

# An article's corresponding author: "CONTACT Name name@host", "Correspondence: Name, name@host"
# Whom to write to, and how: "Contact: Name, name@…", "Press enquiries: Name, Role, press@…, +372 600 1234", "Author enquiries: …@…".
CONTACT_LINE = re.compile(r"^(?:contact|correspondence|corresponding author|(?:press|media|author|general|editorial) (?:enquiries|inquiries|contact))"
                          r"\b:?\s+[^@]{0,80}?\S+@\S+\.\w+(?:,?\s*(?:tel\.?:?\s*)?\+?\d[\d ()./-]{6,}\d)?\s*$", re.I)
# The authors' addresses on an article's first page: "E-mail addresses: a.lee@harbour.example (A. Lee), b.chan@… (B. Chan)."
EMAIL_ADDRESSES = re.compile(r"^e-?mail(?: address(?:es)?)?\s*:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\([^)]{1,40}\))?[,;.]?\s*)+$", re.I)
# An author's affiliation keyed by a plain letter at the foot of a page: "a Danish Centre for Economic Statecraft, Aarhus".
AFFILIATION_NOTE = re.compile(r"^(?P<mark>[a-f])\s+(?P<institution>[A-ZÀ-Ý][^,.;:]{3,90}?)(?:,\s*(?:the\s+)?[A-ZÀ-Ý][^,.;:]{1,40}){0,3}$")  # "…, Leiden, the Netherlands"
# "Corresponding author: Name", "Auteur correspondant : Name": who answers for the article
CORRESPONDING = re.compile(r"^(?:corresponding author|auteur correspondant|autrice correspondante|autor correspondiente|autore corrispondente|"
                           r"korrespondenzautor(?:in)?|autor korespondencyjny)\s*:\s*[^.]{2,80}$", re.I)

_NOTICES = [  # what a text says of itself: its rights, its views, how to cite it, who prepared it, where it first appeared
    # what the paper draws on: "This alert is based on a closed expert meeting on 28 January 2026.", "Dit alert is gebaseerd op …"
    re.compile(r"^(?:this|the present) (?:[\w-]+ )?(?:alert|brief|paper|note|commentary|report|analysis|summary|publication) (?:is|was) based on "
               r"(?:a |an |the )?(?:(?:closed(?:-door)?|private|off-the-record|confidential|expert|high-level) )*(?:meeting|roundtable|round table|workshop|seminar)\b[^.]{0,140}\.?$|"
               r"^(?:dit|deze) (?:alert|notitie|paper|analyse|commentaar|rapport) is gebaseerd op\b[^.]{0,140}\.?$|"
               r"^(?:diese|dieses|dieser) (?:analyse|papier|beitrag|kommentar|bericht) (?:beruht|basiert) auf\b[^.]{0,140}\.?$|"
               r"^(?:cette|ce) (?:note|analyse|alerte|rapport) (?:s['’]appuie sur|repose sur|est fondée? sur)\b[^.]{0,140}\.?$", re.I),
    # a bank's disclosures: "Each research analyst primarily responsible for … certifies that …", "Past performance is not indicative …"
    re.compile(r"^(?:each|the) (?:research )?analysts? (?:primarily )?responsible for (?:the content of )?this (?:report|note)\b.{0,400}\bcertif", re.I | re.S),
    re.compile(r"^past performance is not (?:necessarily )?(?:indicative|a guide|a reliable indicator) of future (?:results|performance|returns)\b.{0,400}$", re.I | re.S),
    # where a bank's research sends the reader for its disclosures: "Please see the analyst certification and important disclosures …"
    re.compile(r"^please (?:see|refer to|read) (?:the )?(?:analyst certifications?|important disclosures|disclosures|disclaimers?)\b.{0,200}$", re.I | re.S),
    # whom a bank's research is for: "For professional investors only. Not for distribution in the United States."
    re.compile(r"^for (?:professional|institutional|qualified|accredited) (?:investors|clients) only\b.{0,200}$", re.I | re.S),
    # an intranet page's own notice: "This page is for internal use. Do not forward outside the department without …"
    re.compile(r"^This (?:page|document|briefing|note) is for internal use(?: only)?\b.{0,200}$", re.I | re.S),
    # a funder's disclaimer: "Funded by the European Union. Views and opinions expressed are however those of the author(s) only …"
    re.compile(r"^(?:funded|co-funded|financed) by the european union\b.{0,40}?views and opinions expressed are(?: however)? those of the authors?(?:\(s\))? only\b.{0,300}$|"
               r"^views and opinions expressed are(?: however)? those of the authors?(?:\(s\))? only\b.{0,300}$", re.I | re.S),
    # a summary published apart from its report: "This is a summary of the full report, available at …"
    re.compile(r"^This (?:is an? |document is an? )?(?:executive )?summary of (?:the|a|our) (?:full |longer |complete )?(?:report|paper|study|publication)\b.{0,300}$", re.I | re.S),
    # a correction's note: "This article was updated on 21 January to correct the year in which …"
    re.compile(r"^This (?:article|piece|text|brief|commentary|analysis|post|paper) (?:was|has been) (?:updated|corrected|amended|revised) on\b.{0,200}$", re.I),
    # an update's note under its label: "Update: this page was updated to add the reaction from Athens."
    re.compile(r"^(?:update|updated|correction|clarification|editor['’]s note)\s*(?:\(\d{1,2}[^)]{0,30}\))?\s*:\s+(?:this|the) (?:page|article|piece|text|"
               r"brief|commentary|analysis|post|paper|story|reaction) (?:was|has been|is) (?:updated|corrected|amended|revised|changed)\b.{0,200}$", re.I),
    # the record of the book a review essay reviews: "The Long Shadow: … By Harald Brenner. Cambridge: Meridian University
    # Press, 2025. 384 pp. £25.00 (hardback). ISBN 978-…"
    re.compile(r"^[^.]{3,200}\.\s+(?:By|Edited by|Ed\.|Eds\.)\s+[^.]{3,120}\.\s+[A-Z][^:.]{1,40}:\s+[^,.]{3,80},\s+(?:19|20)\d\d\."
               r"(?=.*(?:\b\d{2,4}\s*pp\.|\bISBN\b|\bpages\b))", re.S),
    # what a reply answers: "In reply to "Europe Should Stop Arming Ukraine" by Gerald Whitmore (The Continental Review, 2 February 2026)"
    re.compile(r"^(?:in (?:reply|response) to|a (?:reply|response) to|réponse à|antwort auf|en respuesta a|in risposta a)\s+[\"“„«'‘].{3,160}[\"”»'’]"
               r"(?:,?\s+(?:by|par|von|de|di)\s+[^()]{3,80}?)?(?:\s*\([^()]{3,80}\))?\.?$", re.I),
    # whom a parliament's or a committee's note is for, and what it does not commit: "Note for members of the Committee,
    # prepared under the authority of the Rapporteur. This document does not commit the Committee."
    re.compile(r"^(?:(?:a |this )?(?:note|briefing|paper|document|memo(?:randum)?) )?(?:prepared )?for (?:the )?members of the [A-Z]|"
               r"\bdoes not (?:commit|bind|engage) the (?:committee|parliament|assembly|council|commission|secretariat|institute|centre|organi[sz]ation)\b", re.I),
    # how a transcript or a translation was made: "This transcript was generated automatically and lightly edited."
    re.compile(r"^This (?:transcript|recording|text|translation|summary) (?:was|has been|is) (?:\w+ ){0,2}"
               r"(?:generated|transcribed|machine[- ]translated|translated|edited)\b|"
               r"^(?:transcript|recording|translation) (?:(?:was|has been|is) )?(?:[\w-]+ ){0,2}(?:auto-?generated|machine-generated|generated|transcribed|"
               r"machine[- ]translated|edited)\b", re.I),
    # a series' note on what it publishes: "The Occasional Paper series of the Northern Staff Academy publishes research by …"
    re.compile(r"^(?:The )?(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}) series (?:of (?:the )?(?-i:[A-Z])[^.]{2,80}? )?"
               r"(?:publishes|presents|offers|provides|brings together|features|gathers)\b"),
    # a series' note on itself: "About this series: The Harbour Debate publishes opposing views …", "X is updated as talks progress."
    re.compile(r"^About (?:this|the) (?:series|publication|project|newsletter|monitor|tracker|blog)\s*:\s+\S|"
               r"^(?-i:(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5}) is updated (?:as|when|whenever|regularly|weekly|daily|monthly|every)\b[^.,;]{0,60}\.|"
               # "One Question, Three Answers is a monthly series of the Adriatic Policy Network."
               r"^(?-i:(?:The )?[A-Z][\w'’-]*,?(?: [A-Z][\w'’-]*,?){0,6}) is (?:a|an|the) (?:\w+ ){0,2}(?:series|column|feature|strand)"
               r" (?:of|by|from|published by) (?:the )?(?-i:[A-Z])[^.]{2,100}\.(?:\s|$)", re.I),
    re.compile(rf"\b(?:{RIGHTS_RESERVED})\b", re.I),
    # "The views expressed are those of the author(s) …": a disclaimer; "The views expressed at the summit differed" is prose
    re.compile(r"^(?:The )?(?:views|opinions) expressed\b.{0,160}\b(?:authors?|not necessarily|do(?:es)? not|own|personal|sole(?:ly)?|"
               r"(?:this|the) (?:paper|brief|report|publication|text|article|commentary|analysis))\b", re.I),
    # "Reviews in the Review of European Strategy reflect the views of the reviewer only.": whose views the texts are
    re.compile(r"^(?:[\w'’-]+ ){1,10}(?:reflect|represent|express)s? (?:only )?the (?:personal )?(?:views|opinions) of (?:the |their |its )?"
               r"(?:authors?|reviewers?|writers?|contributors?|signatories)(?: only| alone)?\.?$", re.I),
    # the same disclaimer elsewhere: the views/opinions (noun) expressed (participle) … of the author(s)
    re.compile(r"^(?:(?:les|las|los|le|gli|as|os|die|de|οι)\s+)?(?:opinions?|opiniones|opinioni|opiniões|ansichten|meinungen|standpunten|meningen|"
               r"opinie|názory|názor|απόψεις|åsikter|synspunkter|näkemykset)\s+(?:\S+\s+){0,2}?(?:exprimées|expresadas|espresse|expressas|geäußerten|"
               r"geäusserten|wyrażone|vyjádřené|uvedené|που εκφράζονται|uttryckta|udtrykt|esitetyt|geuit|weergegeven)\b", re.I),
    # licences and reproduction notices ("Extracts of this paper may be quoted or reprinted without permission, provided …")
    re.compile(r"^(?:portions|parts|extracts|excerpts|short passages) (?:of|from) this (?:work|publication|paper|report|brief|text) may be "
               r"(?:freely )?(?:quoted|reprinted|reproduced|copied)\b|"
               r"^No part of this (?:work|publication|paper|report|brief|text|book|document) may be (?:reproduced|copied|stored|transmitted|used)\b", re.I),
    re.compile(r"^Reproduction (?:\w+ ){0,3}(?:is |are )?(?:authori[sz]ed|permitted|prohibited|allowed)\b|\blicen[sc]ed under (?:a |the )?(?:Creative Commons|CC[ -]BY)\b|"
               r"^All content is available under the Open Government Licen[cs]e\b", re.I),
    # how to cite the paper: "Suggested citation: Kowalski, J. (2026) …", "Zitiervorschlag: …"
    CITATION_LINE,
    re.compile(r"^This (?:article|essay|piece|commentary|text|analysis|post|op-ed|column) (?:was |is |has been )?(?:originally |first )?(?:published|republished|appeared)\b|"
               r"^(?:first|originally) (?:published|appeared) in (?:the )?(?-i:[A-ZÀ-Ý])[^.]{2,80}? on [^.]{6,30}\.?$", re.I),
    # a translation's notice on itself: "Unofficial English translation", "In case of discrepancy, the French original prevails"
    re.compile(r"^(?:unofficial|informal|working|courtesy|non-official)\s+(?:\w+\s+)?translation\b|"
               r"^in (?:case|the event) of (?:any )?(?:discrepancy|inconsistency|divergence|doubt)\b.{0,120}\b(?:original|authoritative|prevails?)\b", re.I),
    # a government publication's imprint: "This publication is available at www.gov.uk/…", "Printed on paper containing 40% recycled
    # fibre", the print job's code ("E03412987 03/26") and the command paper's number ("CP 1187", "Cm 9999")
    re.compile(r"^This (?:publication|document|report|paper) is (?:also )?available (?:at|from|on|online at)\b|"
               r"^Printed (?:in|on|by)\b.{0,80}\b(?:paper|recycled|fibre|fiber|printers?|press|ltd|limited)\b|"
               r"^(?-i:[A-Z])\d{6,10}\s+\d{2}/\d{2}$|^(?-i:CP|Cm|Cmnd|Cmd|HC)\s+\d{2,5}$", re.I),
    # the same in French, German and Spanish: "Cet article fait partie du programme « Sécurité économique »."
    # (the programme named in quotation marks, the note a line of its own: "Ce texte fait partie du projet de loi …" is prose)
    re.compile(r"^(?=(?:\S+\s+){0,20}\S+$)(?:(?:cet|cette|ce) (?:article|note|analyse|étude|publication|texte|commentaire) (?:fait partie|s['’]inscrit dans le cadre) "
               r"d[ue] (?:programme|projet|cycle|la série)|(?:dieser|diese|dieses) (?:beitrag|text|analyse|studie|kommentar|publikation) (?:ist|entstand) "
               r"(?:teil|im rahmen) des (?:programms|projekts|projektes)|(?:este|esta) (?:artículo|análisis|documento|comentario|publicación) forma parte "
               r"del (?:programa|proyecto))\s+[«\"“„‹]", re.I),
    # what the paper belongs to: "This report is part of the European Formats Project, funded by …"
    re.compile(r"^This (?:report|paper|brief|publication|study|analysis|commentary|text|issue) (?:is|was|forms) (?:published |produced |written )?"
               r"(?:as )?(?:a )?part of (?:the|a|an|our) (?:(?-i:[A-Z])?[^.]{3,120}?)?(?:project|programme|program|series|initiative|project's)\b", re.I),
    # who paid for the work: "This project is funded by the X Foundation. The Foundation had no role in …"
    re.compile(r"^(?:This|Our) (?:research )?(?:project|research|work|publication|paper|brief|study|page|report|series) "
               r"(?:is|was|has been) (?:\w+ )?(?:funded|supported|financed|co-funded|made possible) (?:\w+ ){0,3}by\b", re.I),
    # a charity's or a company's registration in its imprint: "Registered charity no. 1190000.", "Company number 0123456"
    re.compile(r"(?:^|[.;]\s+)(?:a )?(?:registered charity|charity registration|company registration|registered company|company)"
               r" (?:no\.?|number|nr\.?)\s*:?\s*[A-Z]{0,3}\d[\d -]{3,12}\.?$|"
               r"(?:^|[.;]\s+)registered in england(?: and wales)?(?:,? (?:no\.?|number) \d[\d ]{3,12})?\.?$|"
               r"\bcompany limited by guarantee\b.{0,80}\bregistered in england\b", re.I),
    # where to read more of it: "For more information on this publication, visit www.example.org/t/PE-1."
    re.compile(r"^For (?:more|further) information (?:on|about) this (?:publication|report|paper|brief|perspective|document|commentary|study)\b"
               r"[^.]{0,20}\b(?:visit|see|go to|please visit)\b", re.I),
    # its reuse terms: "X's publications and trademarks are protected by law. This document may be copied for noncommercial purposes …"
    re.compile(r"^(?=(?:\S+\s+){0,80}\S+$)(?-i:[A-Z])[\w'’ -]{0,60}\b(?:publications|trademarks)\b[\w ,'’-]{0,40} (?:are|is) protected by "
               r"(?:law|copyright)\b|^(?=(?:\S+\s+){0,80}\S+$)(?:[^.]{0,120}\.\s+)?This (?:document|publication|report|paper|work|brief|perspective) "
               r"may be (?:copied|reproduced|reprinted|shared) for non-?commercial (?:purposes|use)\b", re.I),
    # what produced it: "This Perspective was produced within the X Program of the Y Division, with funding from …"
    re.compile(r"^This (?:perspective|report|paper|brief|study|analysis|commentary|publication|research|issue brief|policy brief) was "
               r"(?:produced|prepared|conducted|undertaken|sponsored) within the (?-i:[A-Z])[^.]{0,160}\b(?i:program|programme|division|department|"
               r"center|centre|unit)\b", re.I),
    # a house that takes no side: "Westbrook takes no institutional positions; responsibility for the views … lies with the authors
    # alone.", "The Institute does not take institutional positions.", "The views expressed are the sole responsibility of the author."
    re.compile(r"^(?=(?:\S+\s+){0,50}\S+$)(?:the )?(?-i:[A-Z])[\w'’ -]{1,80}? (?:takes no|does not take) (?:institutional|corporate|collective) "
               r"(?:positions?|stances?|views?)\b|^As an institution, [^,]{1,60}? (?:takes no|does not take) (?:institutional )?positions?"
               r"(?: on (?:questions|matters|issues) of (?:public )?policy| on policy (?:questions|issues|matters))?\.?$|"
               r"^(?=(?:\S+\s+){0,50}\S+$)(?:the )?(?:sole )?responsibility for (?:the )?(?:views|opinions|content|contents)\b.{0,80}\b"
               r"(?:lies|rests|remains) (?:solely |entirely |exclusively )?with (?:the |its )?authors?\b", re.I),
    # who answers for a funded project's texts: "X is funded by a grant from Y. Editorial responsibility lies solely with Z."
    re.compile(r"^(?=(?:\S+\s+){0,50}\S+$)(?:[^.]{0,160}\b(?:funded|supported|financed) by\b[^.]{0,120}\.\s+)?"
               r"(?:the )?(?:sole )?editorial (?:responsibility|control) (?:lies|rests|remains|is) (?:solely |entirely |exclusively )?with (?:the )?"
               r"(?-i:[A-ZÀ-Ý])[^,;]{2,100}?\.?$", re.I),
    # what a periodical is and who publishes it: "Deterrence Outlook is published quarterly by the Centre for …"
    re.compile(r"^(?=(?:\S+\s+){0,30}\S+$)(?-i:(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5}) is (?:published|edited and published) "
               r"(?:quarterly |monthly |weekly |fortnightly |twice a year |four times a year |every \w+ )?by (?:the )?(?-i:[A-Z])", re.I),
    # "EXTRACT — Chapters I to III only. The full report, including annexes, is available from the Secretariat."
    re.compile(r"^(?:extract|excerpt|auszug|extrait|extracto|estratto)\s*[—–:-]\s*(?:chapters?|sections?|parts?|kapitel|chapitres?|cap[ií]tulos?|capitoli)\b"
               r"[^.]{0,60}\.(?:\s+the (?:full|complete) (?:report|text|paper|study)\b[^.]{0,140}\.)?$", re.I),
    # what part of a longer work the copy is: "This is an excerpt (Chapter 2) of the full report."
    re.compile(r"^This (?:text |chapter |section )?(?:is )?(?:an? )?(?:excerpt|extract|abridged version|shortened version|chapter)\b[^.]{0,40}? (?:of|from) "
               r"(?:the|a|an|our) (?:full |longer |complete |forthcoming )?(?:report|paper|study|book|publication|volume|edition)\b[^.]{0,80}\.?$", re.I),
    # an aggregator's notice on the copy it carries: "Rights remain with the original publisher.", "X aggregates and links to …"
    re.compile(r"(?:^|[.!?]\s+)rights (?:remain|rest|stay) with the (?:original )?(?:publisher|author|authors|copyright holders?)\.?\s*$|"
               r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} (?:aggregates|curates|collects) (?:and links to )?(?:original |third-party )?"
               r"(?:analysis|articles|content|commentary|publications)\b", re.I),
    # how a printed copy was scanned: "Scanned by the Library Digitisation Unit — image quality may vary"
    re.compile(r"^(?:scanned|digiti[sz]ed|ocr(?:'d|ed)?) (?:by|at|from|in) (?:the )?[^,.]{0,60}?\b(?:library|archives?|unit|service|department|centre|center)\b[^,]{0,60}(?:,\s*(?:19|20)\d\d)?\.?$", re.I),
    # an imprint: "First published in May 2026 by the Centre …", "Published in 2026 by …"
    re.compile(r"^(?:[Ff]irst )?[Pp]ublished (?:(?:in|on) )?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d by (?:the )?[A-ZÀ-Ý][^,.;]{2,100}(?:,\s*[A-ZÀ-Ý][\w -]{1,40})?\.?$"),
    # how a paper was circulated: "Circulated at the request of the Chairmanship for discussion in the Security Committee"
    re.compile(r"^(?:circulated|distributed|issued) (?:at the request of|on behalf of|by the|for (?:discussion|information|comment))\b[^.]{0,140}$", re.I),
    # a draft's status above its title: "WORKING DRAFT – comments welcome – please do not cite without permission"
    re.compile(r"^(?:working |discussion |first |preliminary )?draft\b[^.]{0,80}?\b(?:do not (?:cite|quote|circulate)|not for (?:citation|quotation|circulation)|"
               r"comments (?:are )?welcome)\b[^.]{0,80}$", re.I),
    # a consultation's call for comments and its deadline: "Comments to the Secretariat by 31-03-2026"
    re.compile(r"^(?:please send (?:your )?)?(?:comments|responses|submissions|feedback|observations)\b[^.]{0,80}?\b(?:by|before|until|no later than)\s+"
               r"(?:\d|[A-Z][a-z]+ \d)[^.]{0,30}\d{4}\.?$", re.I),
    # who prepared the document, for whom: "This document was prepared by the X for the information of …"
    re.compile(r"^This (?:document|note|analysis|paper|report|brief(?:ing)?|summary|record|transcript) (?:was|has been|is) (?:prepared|produced|drafted|written) by (?:the )?[A-Z]"),
    # who attended a meeting, and its officials: "Members present: …", "In attendance: …", "Committee staff: …"
    # (a list of names, not a paragraph that a page break joined to it: no sentence begins after it)
    re.compile(r"^(?:members present|(?:also )?present|in attendance|apologies(?: for absence)?|(?:committee |task force |project |group )?staff|secretariat|clerks?)"
               r"\s*:\s*(?-i:[A-Z])(?!.*[.!?]\s+[A-Z])", re.I | re.S),  # names, in capitals: "Present: the ministers …" is a sentence
    # how a group's members stand to its statement: "The members of the Task Force … have agreed on …; they participate
    # in their personal capacity", "Affiliations are listed for identification purposes only."
    re.compile(r"^(?:note:\s*)?(?:the )?(?:members|signatories) of the (?:[\w’'-]+ ){1,10}(?:have )?(?:agreed|endorsed?|signed)\b|"
               r"\bin their personal capacit(?:y|ies)\b|\b(?:speak|write|contribute|act|serve|sign)s? in (?:a|an|their) (?:personal|individual|own) capacity\b|"
               r"^(?:the )?(?:signatories|signers|authors?|contributors|members|participants)\b[^.]{0,40}\bin (?:a|an|his|her) (?:personal|individual) capacity\b|"
               r"^(?:affiliations|institutions|titles|institutional affiliations) (?:are )?(?:listed|given|shown|provided) for (?:identification|information(?:al)?) (?:purposes )?only\b|"
               # "It reflects the broad consensus of the working group; not every member endorses every recommendation."
               r"^(?:it|this (?:report|paper|statement|text))\s+(?:reflects|represents) the (?:broad |general |overall )?consensus of the (?:[\w'’-]+ ){0,3}"
               r"(?:working group|task ?force|group|panel|commission|committee|members|participants)\b.{0,80}\bnot (?:every|each|all) (?:members?|participants?|signator(?:y|ies))\b", re.I),
    # an organisation's notice on a paper its staff wrote: "This note is issued under the responsibility of the Secretariat and
    # does not necessarily represent the views of the member states of …"
    re.compile(r"^This (?:[\w-]+ ){0,2}(?:is|was|has been) (?:issued|published|released|prepared|circulated) under the (?:sole )?responsibility of\b|"
               r"^(?:this|it|the (?:views?|opinions?|contents?|analysis|paper|note|publication|report|document)\b)[^.]{0,160}?"
               r"\bdo(?:es)? not (?:necessarily )?(?:reflect|represent) (?:the )?(?:official )?(?:views?|positions?|opinions?) of (?:the |its )?"
               r"(?:member states|members|member governments|participating states|governments)\b", re.I),
    # the same disclaimer in Chinese, Japanese or Korean: "本文僅代表作者個人觀點，不代表…立場。"
    re.compile(r"僅代表作者|仅代表作者|不代表[^。]{1,40}(?:立場|立场)|(?:筆者|執筆者|著者)個人の見解|見解は(?:筆者|執筆者|著者)個人のもの|필자의 개인 (?:의견|견해)"),
    # a disclaimer under its label, in the languages of European publishers: "Disclaimer: …", "Ansvarsfriskrivning: …"
    re.compile(r"^(?:disclaimer|ansvarsfriskrivning|ansvarsfraskrivelse|ansvarsfraskrivning|vastuuvapauslauseke|haftungsausschluss|"
               r"avertissement|aviso legal|descargo de responsabilidad|clausola di esclusione di responsabilità|zastrzeżenie|vrijwaring)\s*:\s+\S", re.I),
    # the views disclaimer in the Nordic languages: "Denna analys uttrycker författarnas egna åsikter och återspeglar inte nödvändigtvis …"
    re.compile(r"\b(?:författarnas|författarens|forfatternes|forfatterens|forfatternes|skribentens)\s+(?:egna|egne|eigne)\s+"
               r"(?:åsikter|synspunkter|meninger|holdninger)\b", re.I),
    # a parliamentary report's imprint: "Report, together with formal minutes relating to the report", "Ordered to be printed 6 January 2026"
    re.compile(r"^report,? together with (?:the )?(?:formal minutes|oral and written evidence|written evidence)\b|"
               r"^ordered (?:by the [\w ]{3,40} )?to be printed\b", re.I),
    # a meeting's summary on itself: "This summary reflects the rapporteur's understanding of the discussion and does not
    # represent an agreed text."
    re.compile(r"^this (?:summary|report|record|note|account) (?:reflects|represents|gives|is) (?:only )?the rapporteur['’]?s?\b|"
               r"\bdoes not represent an agreed (?:text|record|summary|position)\b", re.I),
    # a series' note on its review, and a recording's producer: "IAEE Research Notes are peer-reviewed.", "Produced by Ann Lee."
    re.compile(r"^(?-i:[A-Z])[\w'’ -]{2,60} (?:are|is) (?:double[- ]blind |externally |independently )?peer[- ]reviewed\.?$|"
               r"^(?:produced|edited and produced|sound|audio|mixed) by (?-i:[A-Z])[\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\.?$", re.I),
    # an assessment's notes on its sources and its words of likelihood: "This assessment is based exclusively on open
    # sources.", "ESTIMATIVE LANGUAGE: remote chance < realistic possibility < likely …"
    re.compile(r"^this (?:assessment|analysis|report|product|brief(?:ing)?|paper|summary) is based (?:exclusively |solely |entirely |only )on "
               r"open(?:[- ])?sources?(?: information| material)?\.(?:\s|$)|^(?:estimative|probabilistic|probability) (?:language|terms|yardstick)\s*:", re.I),
    # the views disclaimer in German: "Die Kurzanalyse gibt ausschließlich die persönliche Auffassung der Autorin wieder."
    re.compile(r"\bgibt (?:ausschließlich |allein |nur )?die (?:persönliche |eigene )?(?:auffassung|meinung|ansicht|sicht) (?:der|des) "
               r"(?:autorin|autors|autoren|autorinnen|verfasser\w*) wieder\b", re.I),
    # "This Comment reflects the authors' views.", "This brief reflects the author's personal views, not those of any
    # institution.": whose views the text gives, the owner before the noun
    re.compile(r"^(?:this|the) (?:[\w-]+ ){0,2}(?:reflects?|represents?|expresses?) (?:only )?(?:the )?(?:authors?|author['’]s|authors['’]|writer['’]s|"
               r"writers['’])['’]?s? (?:own |personal )?(?:views?|opinions?)(?: alone| only)?"
               # "…, not those of any institution", "… and not necessarily those of the Institute"
               r"(?:,? (?:and )?not (?:necessarily )?(?:those|the (?:views?|positions?)) of [^.;]{1,80})?\.?$", re.I),
    # the edition a text is of: "English version of BISP-Aktuell 9/2026", "Translation of the German original"
    re.compile(r"^(?:an? |the )?(?:english|german|french|spanish|italian|polish) (?:version|translation|edition) of "
               r"(?:the )?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w/.-]*)){0,6}\.?$", re.I),
    # a disclaimer that names no one: "This paper reflects the personal views of the authors."
    re.compile(r"^(?:This|The) (?:\w+ ){0,2}(?:reflects?|represents?) (?:only )?the (?:personal )?(?:views?|opinions?) of (?:the|its) authors?\b", re.I),
]


# A document's own number: an international organisation's symbol ("SEC.GAL/45/26", "PC.DEL/123/26", "A/HRC/55/12",
# "S/2026/123") and a product number ("IN12417", "R48810"). Each is matched whole (a line, a segment).
DOCUMENT_SYMBOL = r"(?-i:[A-Z]{1,6})(?:[./](?-i:[A-Z][A-Za-z]{0,5}))*(?:/\d{1,5}){1,3}(?:/(?-i:[A-Z]{1,4}))?(?:/Rev\.\d)?"
PRODUCT_NUMBER = r"(?-i:[A-Z]{1,4})\d{4,7}"

SERIAL_NUMBER = re.compile(r"\bISSN[\s:]*\d{4}-\d{3}[\dX]\b|\bISBN[\s:]*(?:97[89][\s-]?)?\d{1,5}[\s-]\d")  # the imprint's serial number

_BOILERPLATE = [
    re.compile(r"^With the (?:\w+ ){0,2}support of\b", re.I),
    # where to read more: "For more information on this topic and others, visit our website: www.…"
    re.compile(r"^(?=(?:\S+\s+){0,25}\S+$)(?:for more (?:information|analysis|publications)\b.{0,80}\b)?(?:please )?visit (?:our|the \w+(?: \w+)?) "
               r"(?:website|web ?site|site|web ?page)\b", re.I),
    # the house about itself in the first person: "We are an independent, non-partisan research institute."
    re.compile(r"^(?:we are|we['’]re) an? (?:[\w-]+,?\s+(?:and\s+)?){0,4}(?:think[- ]tank|(?:research|policy) (?:institute|centre|center|institution|"
               r"organi[sz]ation|foundation|network)|institute|foundation|non-?profit(?: organi[sz]ation)?)\b", re.I),
    re.compile(r"\bdoes not take (?:collective|institutional) positions\b", re.I),
    re.compile(r"^(?:Follow us|Subscribe\b|Sign up\b|Share this|Download (?:the|this)|Read more\b|Tags?:|Keywords:|Print this)", re.I),
    # the site's legal status in its footer: "X is a nonpartisan 501(c)(3) organization", "X is a registered charity, CHY 00000"
    re.compile(r"^(?:the\s+)?(?-i:[A-ZÀ-Ý])[^.,]{2,100}?\s+is\s+an?\s+(?:[\w-]+,?\s+){0,3}(?:registered charity|501\s?\(c\)\s?\(3\)(?:\s+(?:non-?profit\s+)?organi[sz]ation)?|"
               r"company limited by guarantee|non-?profit(?:,?\s+(?:non-?partisan|independent))?\s+(?:organi[sz]ation|corporation))"
               r"(?:[,;]?\s*\(?(?:(?:registered\s+)?(?:charity|company|registration)\s+)?(?:no\.?|number|CHY|EIN)\s*[\w -]{1,20}\)?)?"
               r"(?:,?\s+and\s+an?\s+(?:company limited by guarantee|registered charity))?\.?$|"  # ending there
               r"^registered charity\s+(?:no\.?|number)\s*\S+$", re.I),
    # a site's call for contributions: "Want to write for us? …", "Write for us: we welcome submissions …"
    re.compile(r"^(?:(?:want|would you like|interested) (?:to )?(?:write|writing|contribute|contributing) (?:for|to) us\b|write for us\b|"
               r"interested in (?:contributing|writing for us)\?|(?:we|the [\w ]{2,60}) (?:welcomes?|accepts?) (?:guest (?:contributions|submissions|posts|articles)|pitches)\b)", re.I),
    re.compile(r"^(?:www\.|https?://)\S+$"),
    # a copyright line that names no one: "Copyright © 2026", "(c) 2025–2026", "©"
    re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\.?$", re.I),
    re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/\S*$"),  # an address alone without its scheme: "cipes.example.eu/pb-01-2026", "harbour.example/en/…"
    SERIAL_NUMBER,
    # a disclaimer that names no one, in other languages: "gibt die Auffassung der Autorin wieder", "n'engage que ses auteurs"
    re.compile(r"\bgibt (?:\w+ ){0,3}(?:auffassung|meinung|ansicht|sicht)(?:en)? (?:der|des) (?:autorin|autors|autoren|autorinnen|verfasser\w*) wieder\b|"
               # "Ihre Arbeiten geben nicht die Auffassung des Parlaments … wieder": a service's work is not its house's view
               r"(?:^|(?<=[.!?] ))(?:ihre|seine|diese|die|unsere)\s+(?:arbeiten|publikationen?|studien?|analysen?|beiträge|texte?|ausarbeitungen?|veröffentlichungen?|papiere?)\s+"
               r"(?:gibt|geben|spiegelt|spiegeln) nicht (?:notwendigerweise )?(?:die|eine) (?:auffassung|meinung|ansicht|position)(?:en)? (?:der|des) [^.]{3,120}\bwieder\b|"
               r"\bn['’]engage(?:nt)? que (?:son|sa|ses|leur|leurs) auteur|\bresponsabilidad exclusiva de (?:su|sus|los|las|la|el) autor|"
               # "Opiniile exprimate aparțin autorului.", "Este documento refleja exclusivamente la opinión de sus autores."
               r"\bopiniile exprimate (?:\w+ ){0,4}aparțin (?:exclusiv )?autor|\brefleja (?:exclusivamente |únicamente )?(?:la opinión|las opiniones) de (?:su|sus) autor|"
               r"\b(?:non )?(?:riflette|riflettono) (?:necessariamente )?(?:le )?(?:opinioni|posizioni)\b|\bsão da (?:exclusiva )?responsabilidade d[oa]s? (?:seus |respe(?:c)?tivos )?autor", re.I),
    # German word order: "Die in dieser Publikation geäußerten Ansichten sind die der Autorinnen und Autoren."
    re.compile(r"^die (?:in|im) (?:\S+ ){1,3}(?:geäußerten|geäusserten|vertretenen|dargelegten|wiedergegebenen) (?:ansichten|meinungen|auffassungen|positionen)\b", re.I),
    # an imprint's label alone: "Impressum", "Colophon"
    re.compile(r"^(?:impressum|imprint|colophon|colofon|mentions légales|stopka redakcyjna)$", re.I),
    # the rule of a meeting's report: "Held under the Chatham House Rule"
    re.compile(r"^(?:(?:this|the) (?:\w+ ){0,3}(?:was |is )?)?(?:held|conducted|took place|convened) under the Chatham House Rule\b", re.I),
    # an open letter's call for more signers
    re.compile(r"^(?:further|more|additional|new) signatures\b|\bto add your (?:name|signature)\b", re.I),
    # contacts for feedback and the press: "Feedback: name@host"
    re.compile(r"^(?:feedback|contact|enquiries|inquiries|media enquiries|press enquiries|press|e-?mail)\s*:\s*\S+@\S+\s*$", re.I),
    CONTACT_LINE,
    CORRESPONDING,
    # a correction appended to the text: "Correction, 5 March 2026: An earlier version of this article …"
    re.compile(r"^(?:correction|clarification|corrigendum|erratum|berichtigung|korrektur|rectificatif|correctif|corrección|rettifica|sprostowanie)"
               r"(?:,\s*[^:.]{0,30}\d[^:.]{0,20}|\s*\([^)]{1,30}\))?\s*:\s+\S", re.I),  # the label, maybe its date, then the note
    # an article's declarations: interests and funding
    re.compile(r"^(?:no (?:potential )?(?:conflicts? of interest|competing interests?) (?:was|were|is|are) (?:reported|declared)|"
               r"the authors? (?:declares?|report) (?:that there (?:is|are) )?no (?:conflicts? of interest|competing (?:financial )?interests?)|"
               r"this (?:work|research|study|paper|article) (?:was|is) (?:supported|funded|financed) by\b|"
               r"this (?:work|research|study) received no (?:specific )?(?:grant|funding)\b|"
               r"data (?:sharing|availability) (?:is )?not applicable\b)", re.I),
    re.compile(r"\bis a registered trade ?mark\b", re.I),
    re.compile(r"^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),  # an e-mail address alone on a line
    re.compile(r"^[*∗†‡]?\s*corresponding author\b", re.I),  # "* Corresponding author. E-mail: …"
    EMAIL_ADDRESSES,
    re.compile(r"^Acknowledge?ments?\s*:", re.I),  # "Acknowledgements: We thank …" after the last paragraph
    # an editor's note on a correction: "EDITOR'S NOTE: An earlier version of this column misstated …"
    re.compile(r"^(?:editor['’]?s['’]? note|correction|clarification)\s*:\s*(?:an earlier version|this (?:article|column|piece|story|commentary) (?:has been|was) (?:corrected|updated|amended))", re.I),
    # a news agency's link to its code: "Our Standards: The Meridian Trust Principles."
    re.compile(r"^Our (?:editorial )?(?:standards|principles)\s*:\s*\S.{0,80}$", re.I),
    # who did what: "Author contributions: AB drafted …", "CRediT authorship contribution statement: …"
    re.compile(r"^(?:CRediT\s+)?(?:authors?['’]?\s+|authorship\s+)?contributions?(?:\s+statement)?\s*:\s+\S", re.I),
    # the authors' thanks: "The authors thank the officials who …", "The author is grateful to …"
    re.compile(r"^The (?:\w+ )?authors? (?:would (?:like|wish) to )?(?:thanks?|(?:is|are) (?:grateful|indebted|thankful))\b", re.I),
    # "We thank the participants … for comments on an earlier draft": thanks for the paper's making, not its argument
    # (one sentence of thanks, and maybe "Any errors are our own.": a paragraph that goes on to argue is the text)
    re.compile(r"^(?:We|I) (?:would (?:like|wish) to )?(?:thank|(?:are|am) (?:grateful|indebted|thankful) to)\b[^.!?]{0,300}?"
               r"\b(?:comments|(?:earlier|previous|first) (?:draft|version)|reviewers?|reviews|feedback|research assistance)\b[^.!?]{0,200}\."
               r"(?:\s+(?:Any|All)(?: remaining)? errors (?:are|remain) (?:our|my) own\.)?$", re.I),
    re.compile(r"\bshould not be relied (?:on|upon) as (?:a substitute for )?(?:specific|professional|legal) advice\b", re.I),
    re.compile(r"\bshould not be (?:taken|read|seen|considered) (?:to represent|as representing|as) (?:an? )?(?:official|formal) (?:position|view|policy)\b", re.I),
    # a series described by who makes it: "Critical Questions is produced by the Center for …"
    re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,5}is (?:produced|published|edited|presented)(?: and (?:produced|published|edited|presented))? by (?:the )?[A-Z]"),
    # where the full text is: "The full report is available at www…", "Download the full paper here"
    re.compile(r"^(?:The )?(?:full|complete) (?:\w+ ){0,2}(?:is )?(?:available|published|online) (?:at|from|on|here)\b.{0,80}$", re.I),
    # a land acknowledgement (Australian, Canadian, New Zealand publishers)
    re.compile(r"^Acknowledge?ment of Country\b|\backnowledges? (?:the )?(?:Traditional (?:Custodians|Owners)|that (?:[\w,]+ ){0,8}(?:unceded|traditional)[\w, ]{0,30}(?:territory|territories|lands?)\b)", re.I),

    *_NOTICES,
    *_COLOPHON_CREDITS,
]


# The labels of an article's declarations, boilerplate when what they head is ("Funding" may also head a section).
def is_declaration_label(text: str) -> bool:
    """A notice's label ("Disclaimer", "Funding"), or two of them joined ("ACKNOWLEDGEMENTS / DISCLAIMER", "Funding and
    disclaimer")."""
    name = label(text)
    return name in DECLARATION_LABELS or (len(parts := re.split(r"\s*[/&|]\s*|\s+and\s+", name)) > 1 and all(p in DECLARATION_LABELS for p in parts))


DECLARATION_LABELS = {
    "disclosure statement", "declaration of interest", "declaration of interests", "declaration of competing interest",
    "conflict of interest", "conflicts of interest", "competing interests", "funding", "funding statement", "acknowledgements",
    "acknowledgments", "author contributions", "authors' contributions", "data availability statement", "data availability", "orcid",
    # a publisher's notices under their label: "Disclaimer" over "This document was prepared by …"
    "disclaimer", "legal notice", "important notice", "copyright", "copyright notice", "terms of use", "rights and permissions",
    "distribution and reuse rights", "reuse rights", "reuse and permissions", "permissions", "limited print and electronic distribution rights",
    # whom to write to: "Contact:" over "Press enquiries: …"
    "contact", "contacts", "press contact", "media contact", "kontakt", "contatti", "contacto",
}

# An entry of an author-year reference list: "Brandt, L. and Lemaire, C. (2024) 'Title' …", "European Commission (2023) Title."
_REFERENCE = re.compile(r"^(?:[^()\n]{2,160}?\s)?\((?:19|20)\d{2}[a-z]?\)[,.:]?\s+\S|^[A-ZÀ-Ý][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}(?:,|and|&|\()"
                        # "Whitaker, Samuel R., Title, Publisher, RR-A2290-1, 2024.": the name written out, the year last
                        r"|^[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][a-zà-ÿ]+(?:\s[A-Z]\.)?,\s+\S.{5,200},\s+(?:19|20)\d{2}[a-z]?\.$")
# Chicago's author-date form writes the year after the names: "Larsen, Per, and Nadia Ivanova. 2025. "Title." …",
# then a quoted title, a journal's volume and issue ("8 (2): 101–19") or a place and publisher ("Berlin: Example Press").
_CHICAGO = re.compile(r"^[A-ZÀ-Ý][\w'’-]+(?:[- ][A-ZÀ-Ý][\w'’-]+)?,\s+[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2}(?:,?\s+(?:and|&)\s+[^.]{3,60})?"
                      r"\.\s+(?:19|20)\d{2}[a-z]?\.\s+\S")
_PUBLISHED_IN = re.compile(r"^[\"“‘'*_]|\b\d{1,3}\s*\(\d{1,3}\)\s*:|\b[A-Z][\w'’ -]{2,30}:\s+[A-Z][\w'’& -]{2,60}\.$")


def reference_entry(text: str) -> bool:
    """An entry of an author-year reference list (not a note: it has no number), one or several run together."""
    text = text.strip()
    chicago = (found := _CHICAGO.match(text)) is not None and bool(_PUBLISHED_IN.search(text[found.end() - 1 :]))
    return (bool(_REFERENCE.match(text)) or chicago) and bool(re.search(r"\b(?:19|20)\d{2}[a-z]?\b", text)) and not text.endswith(":")


def is_notice(text: str) -> bool:
    """A notice a text gives of itself ("This summary has been prepared by …", "All rights reserved", "Members
    present: …"), which may stand between its head and its first paragraph."""
    text = in_italics(text) or text
    return any(p.search(text) for p in _NOTICES)


def is_boilerplate(text: str) -> bool:
    text = in_italics(text) or text  # a notice set in italics
    if _publisher_named(text) is not None or footer_institution(text) is not None or any(p.search(text) for p in _BOILERPLATE):
        return True
    # a colophon's parts on one line: "Institute · Editors: Name, Name · Typesetting: Name"; a footer with the
    # publisher's address and site: "IARI — Rua das Janelas Verdes 00, 1200-000 Lisboa · www.iari.example.pt"
    if len(text) > 400 or len(text.split()) > 30 or ends_sentence(text):
        return False
    parts = [p for p in re.split(r"\s+[·|•—–]\s+|\s+(?=(?:www\.|https?://)\S+$)|\s+(?=www\.\S+\s)", text.strip()) if p]  # a site run on after an address
    if len(parts) < 2:
        return False
    if any(p.search(part) for part in parts[1:] for p in _COLOPHON_CREDITS):
        return True
    if all(_IDENTIFIER_PART.fullmatch(part) for part in parts) and any(_PRODUCT_PART.fullmatch(part) for part in parts):
        return True  # "LRB Web | IN12417 · VERSION 3 · UPDATED": the product's identifiers at the foot of its pages
    # a street's name with its number, then the town ("Lange Voorhout 1, The Hague"): an address though it names no "street"
    addresses = [bool((POSTAL.search(part) and re.search(r"\d", part)) or _NUMBERED_STREET.match(part)) for part in parts]
    # (and the site's own links after them: "… · Arkadiankatu 44 B, 00100 Helsinki · Accessibility statement · Data protection")
    links = [len(part.split()) <= 4 and is_legal_link(part) for part in parts]
    if any(addresses) and all(address or link or re.fullmatch(r"[A-Z][A-Z&-]{1,7}", part) or is_institution(part)
                              for address, link, part in zip(addresses, links, parts, strict=True)):
        return True  # "IPS – 27 rue Fictive, 75007 Paris | HAPC – Odos Ypothetikis 14, Athens": each publisher and its address
    sites = [bool(re.match(r"(?:www\.|https?://)\S+$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", part)) for part in parts]  # its site or its e-mail address
    if any(sites) and all(site or _NUMBERED_SERIES_PART.fullmatch(part) for site, part in zip(sites, parts, strict=True)):
        return True  # "ISBR Komentarz 27/2026 | www.isbr.example.pl": the series and number, then the site, at each page's foot
    return any(sites) and any(addresses)


# The links at the foot of a site, in the languages of European think tanks' sites, a word or two before them at most
# ("Privacy notice", "Our privacy policy", "Accessibility statement")
_LEGAL_LINK = re.compile(r"(?:\w+\s+){0,2}(?:"
    r"privacy|privacidad|privacidade|privatsphäre|datenschutz|prywatnoś|confidentialit|riservatezza|confidențialitate|"
    r"terms|conditions|cookies?|imprint|impressum|colofon|colophon|disclaimer|legal notice|mentions légales|aviso legal|"
    r"nota legale|note legali|informativa|aviso de privacidade|contact\w*|kontakt\w*|accessibility|accessibilité|barrierefreiheit|"
    r"sitemap|site ?map|plan du site|mapa del sitio|nieuwsbrief|newsletter|data protection|protection des données|protección de datos|"
    r"protezione dei dati|ochrona danych|gegevensbescherming|tietosuoja|dataskydd|databeskyttelse)",
    re.I,
)


def is_legal_link(text: str) -> bool:
    """A link at a site's foot: "Privacy notice", "Impressum", "Data protection", "Accessibility statement"."""
    return bool(_LEGAL_LINK.match(text))


# A series and its number in a footer: "ISBR Komentarz 27/2026", "Policy Brief No. 4/2026", "Analysis Nr 12"
_NUMBERED_SERIES_PART = re.compile(r"(?:(?-i:[A-Z]{2,8})\s+)?[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*){0,3}\s+(?:no\.?\s*|nr\.?\s*|n[°º]\s*|#)?\d{1,4}(?:\s*/\s*(?:19|20)?\d\d)?", re.I)


_NUMBERED_STREET = re.compile(r"^(?!(?i:article|section|chapter|annex|paragraph|table|figure|box|part|point|rule|item|page|no|vol|issue|resolution|directive|regulation|decision|law|act|report|paper|brief|protocol|convention|treaty)\b)[A-ZÀ-Ý][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s\d{1,4}[a-z]?,\s+(?:\d{4,6}\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?$")
# A footer's part that identifies the document: the publisher's acronym and site, a product number, a version
_IDENTIFIER_PART = re.compile(rf"(?-i:[A-Z]{{2,8}})(?: web| online| website)?|{PRODUCT_NUMBER}|v(?:ersion)?\.?\s*\d+(?:\.\d+)*|"
                              r"updated|revised|(?:page )?\d{1,3}(?: of \d{1,3})?", re.I)
_PRODUCT_PART = re.compile(rf"{PRODUCT_NUMBER}|v(?:ersion)?\.?\s*\d+(?:\.\d+)*", re.I)  # what makes such parts a footer


_DISCLAIMER_WORDS = re.compile(r"\b(?:authors?|auteure?s?|autor(?:in|en|es|as|a|ul|ului|ilor)?|autore|autori|verfasser\w*|not necessarily|"
                               r"do(?:es)? not (?:necessarily )?(?:reflect|represent)|sole(?:ly)? responsib|not be relied|official position|"
                               r"reproduction|all rights reserved|(?:gibt|geben|spiegelt|spiegeln) nicht)\b", re.I)


def is_disclaimer(text: str) -> bool:
    """Boilerplate that speaks of the text's authors or its reproduction: "The views expressed in this paper are
    those of the authors …". A sentence about views expressed elsewhere ("at the summit") is prose."""
    return len(text.split()) <= 70 and bool(_DISCLAIMER_WORDS.search(text)) and is_boilerplate(text)  # the one pattern first


SECTION_LABELS = {
    "introduction", "summary", "executive summary", "abstract", "background", "analysis",
    "conclusion", "conclusions", "recommendations", "policy recommendations", "key takeaways",
    "key points", "key findings", "discussion", "context", "overview", "state of play",
    "the way forward", "way forward", "next steps", "outlook",
}
STANDFIRST_LABELS = {"theme", "standfirst", "in brief", "in short", "key message", "bottom line", "the bottom line"}
NOTES_LABELS = {
    "notes", "endnotes", "footnotes", "references", "sources", "bibliography", "endnote",
    "anmerkungen", "fußnoten", "fussnoten", "endnoten", "quellen", "notes de bas de page", "notes de fin", "références",
    "notas", "referencias", "referências", "fuentes", "fontes", "note", "fonti", "przypisy", "noten", "voetnoten", "eindnoten",
    "примітки", "примечания", "бележки", "виноски", "napomene", "opombe", "poznámky", "jegyzetek", "σημειώσεις",
}
# Notes gathered under each section: "Notes to section 2", "Endnotes for chapter 3", "Notes on Part II"
_SECTION_NOTES_LABEL = re.compile(r"(?:notes?|endnotes|footnotes|anmerkungen|notas)\s+(?:to|for|on|of|zu|de la|del)\s+"
                                  r"(?:section|chapter|part|abschnitt|kapitel|sección|capítulo|parte)\s+[\w.]{1,5}")


def is_notes_label(text: str) -> bool:
    """A label over notes: "Notes", "Endnoten", "Notes to section 2", "References and notes", "Notes et références"."""
    name = label(text)
    if name in NOTES_LABELS or is_section_notes_label(text):
        return True
    parts = re.split(r"\s+(?:and|&|et|und|y|e|i|en|och|og|oraz)\s+|\s*[,/]\s*", name)
    return len(parts) >= 2 and all(part in NOTES_LABELS for part in parts)


def is_section_notes_label(text: str) -> bool:
    """A label over the notes of one section, set where that section ends: "Notes to section 2"."""
    return bool(_SECTION_NOTES_LABEL.fullmatch(label(text)))


BIO_LABELS = {
    "about the author", "about the authors", "the author", "the authors", "about the contributors", "about the rapporteur",
    "about the rapporteurs", "about the editor", "about the editors", "author information", "contributors", "the contributors", "about this author", "author details",
    "contributor information", "about the contributor", "o autorima", "o autoru", "o autorki", "o autorici",
    "über den autor", "über die autorin", "über die autoren", "über die autorinnen", "zum autor", "zur autorin", "zu den autoren",
    "à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice", "à propos des auteurs", "l'auteur", "les auteurs",
    "sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora", "sobre os autores",
    "l'autore", "l’autore", "l'autrice", "l’autrice", "le autrici", "gli autori", "die autorin", "die autoren", "der autor", "sull'autore", "o autorze", "o autorce", "o autorach", "over de auteur", "over de auteurs",
    "despre autor", "despre autori", "om forfatteren", "om författaren", "om forfatterne", "om författarna",
    "yazar hakkında", "yazarlar hakkında",
    # Croatian, Serbian, Bosnian, Slovene, Czech, Slovak
    "o avtorju", "o avtorici", "o avtorjih", "o autorovi", "o autorech",
    "o autorke", "o autoroch",
    # Ukrainian, Russian, Bulgarian
    "про авторів", "про автора", "про авторку", "об авторах", "об авторе", "за автора", "за авторите",
    # Chinese, Japanese, Korean
    "作者簡介", "作者简介", "關於作者", "关于作者", "著者紹介", "執筆者紹介", "筆者紹介", "저자 소개", "필자 소개",
}
DOCTYPE_LABELS = {
    "policy brief", "commentary", "issue brief", "discussion paper", "policy paper", "working paper",
    "meetings coverage", "meetings coverage and press releases", "press releases", "press release",
    "official report", "official report of debates", "verbatim report", "hansard", "motion for debate", "(uncorrected)", "uncorrected",
    "op-ed", "report", "explainer", "memo", "policy memo", "briefing", "expert comment", "opinion",
    "statement", "joint statement", "task force statement", "declaration", "open letter",
    # a meeting's report
    "event report", "event summary", "meeting report", "meeting summary", "conference report", "workshop report", "roundtable report",
    "summary of discussion", "summary of proceedings", "rapporteur's report", "rapporteur’s report",
    # a press release's labels, in the languages of European publishers
    "news release", "media release", "for immediate release", "immediate release", "communiqué de presse",
    "pressemitteilung", "nota de prensa", "comunicado de prensa", "comunicato stampa", "informacja prasowa", "persbericht",
    "pressmeddelande", "pressemeddelelse", "pressemelding", "comunicado de imprensa", "tiedote", "lehdistötiedote",
    # a government's or a forum's papers for discussion
    "position paper", "consultation paper", "green paper", "white paper", "non-paper", "food-for-thought paper", "concept note",
    "background paper", "briefing note", "research paper", "policy update",
    "policy alert", "alert", "flash analysis", "backgrounder", "policy insight", "strategic comment", "scenario paper",
    "review essay", "book review", "review article",
    # a parliament's research service, in German: "Sachstand", "Ausarbeitung", "Kurzinformation", "Aktueller Begriff"
    "sachstand", "ausarbeitung", "kurzinformation", "dokumentation", "infobrief", "aktueller begriff", "fachbeitrag",
}
# What a document type's label may say of its stage: "Draft position paper", "Revised working paper"
_DOCTYPE_STAGE = re.compile(r"^(?:draft|provisional|preliminary|revised|final|updated|consultation|discussion)\s+", re.I)


BULLETS = "-*•·▪■●◆►➢◦‣–"  # the marks a list item may open with, in text dumps and PDF text layers
BULLETED = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s+")  # a list item with its mark


def is_doctype(text: str) -> bool:
    """A document type's label: "Policy brief", "POSITION PAPER", "Draft position paper"."""
    # the outlet where a piece first appeared, in brackets beside its kind: "Commentary (Defense Courier)", "Op-ed (Le Monde)"
    name = label(re.sub(r"\s+\((?-i:[A-ZÀ-Ý])[^()\d]{1,59}\)\s*$", "", text.strip()))  # (not "Memo (to the Next High Representative)")
    name = name[:-1] if name.endswith("s") and name[:-1] in DOCTYPE_LABELS else name  # a series named for its kind: "Strategic Comments"
    return name in DOCTYPE_LABELS or _DOCTYPE_STAGE.sub("", name) in DOCTYPE_LABELS
# A site's section above a title (a kicker), in the languages of European think tanks' sites.
KICKER_LABELS = {
    "interviews", "interview", "analysis", "analyses", "blog", "opinion", "opinions", "insights", "comment", "column", "long read", "longread",
    "editorial", "perspectives", "in focus", "spotlight", "conversations", "conversation", "dialogues", "gespräche", "entretiens croisés",
    "analyse", "analysen", "analys", "analyser", "analisi", "análisis", "análise", "analiza", "analizy",
    "commentaire", "commentaires", "kommentar", "kommentare", "commento", "commenti", "comentario", "comentarios",
    "comentário", "comentários", "komentarz", "komentarze", "commentaar",
    "opinioni", "opinión", "opiniones", "opinião", "opiniões", "opinia", "opinie", "meinung", "tribune", "tribuna",
    "standpunkt", "gastbeitrag", "point de vue", "punto di vista", "punto de vista", "ponto de vista",
    "éditorial", "editoriale", "leitartikel", "entretien", "entretiens", "intervista", "interviste", "entrevista",
    "entrevistas", "wywiad", "analize", "opinii", "comentarii", "interviu", "blogue", "décryptage", "eclairage", "éclairage", "focus", "débat", "dibattito", "debate", "debatte",
    # what kind of page it is, as a site's label over the title
    "blog post", "blog posts", "article", "articles", "research", "research article", "essay", "essays", "news", "story", "podcast",
    "publication", "publications", "commentaries", "briefs", "reports", "explainers", "quick take", "short read", "big picture",
    # a fact-checking desk's section
    "fact check", "fact-check", "fact checks", "fact-checks", "factcheck", "faktencheck", "faktenprüfung", "vérification", "verificación",
}


def label(text: str) -> str:
    """Lowercased text without trailing colon, for comparing with the label sets."""
    return re.sub(r"\s+", " ", text.strip().strip("*_#").strip().rstrip(":").strip()).lower()


_NOTE_ITEM = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[(?P<br>\d{1,3})\]|\[\^(?P<caret>\d{1,3})\]:|\((?P<par>\d{1,3})\)|(?P<num>\d{1,3})[.)])\s*(?:\^\s+)?(?P<text>\S.*)$", re.S
)


_PAGE_NOTE_ITEM = re.compile(r"^\s*(?:(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*|[\[(](?P<br>\d{1,3})[\])]\s+|(?P<num>\d{1,3})[.)]?\s+)(?P<text>\S.*)$")
NOTE_RULE = re.compile(r"^\s*(?:[_—–=-]{5,}|[─━]{5,})\s*$")  # typed, or drawn with box-drawing characters


def page_note_item(line: str) -> tuple[int, str] | None:
    """``(number, text)`` of a line that opens a note at a page's bottom: "¹ Ibid.", "[2] …", "(2) …", "3 See …", "4. See …".

    Looser than ``note_item`` (a bare "3 See …" is a note here), so it is only asked about
    lines under a rule or a notes label at the bottom of a page.
    """
    match = _PAGE_NOTE_ITEM.match(line)
    if not match:
        return None
    number = superscript_to_int(match["sup"]) if match["sup"] else int(match["br"] or match["num"])
    return number, match["text"].strip()


def note_item(text: str) -> tuple[int, str, str] | None:
    """``(number, text, style)`` of a notes-list item ("- ¹ Belkin…", "[3] Ibid.", "12. …")."""
    match = _NOTE_ITEM.match(text)
    if not match:
        return None
    if match["sup"]:
        return superscript_to_int(match["sup"]), match["text"].strip(), "sup"
    if match["br"] or match["caret"]:  # "[3] Ibid.", "[^3]: Ibid." (a Markdown footnote's definition)
        return int(match["br"] or match["caret"]), match["text"].strip(), "bracket"
    if match["par"]:  # "(1) See …": a note only where the text carries "(1)" markers or a notes label stands above
        return int(match["par"]), match["text"].strip(), "number"
    return int(match["num"]), match["text"].strip(), "number"


_DATELINE = re.compile(
    # "VILNIUS —", "KYIV, Ukraine —", "VILNIUS, March 6 —" (a day with no year: the place in capitals makes it one)
    r"^(?P<dl>[A-Z][A-Z.'’ -]{2,40}?[A-Z](?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][A-Za-z.' -]{1,30}?))?)"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--| - )\s*(?=\S)"
)
_NOT_DATELINES = {"NATO", "EU", "US", "UK", "UN", "OSCE", "USA", "G7", "G20", "ECFR", "EPC"}


# "MADRID, 4 de marzo de 2026 – …", "Vilnius, 20 January 2026 — …": a place and the date of the story.
_DATED_DATELINE = re.compile(r"^(?P<dl>[^\W\d_][\w.'’ -]{1,40}?),\s*(?P<date>[^–—]{6,40}?)\s*(?:—|–|--| - )\s*(?=\S)")


def dateline(text: str, document: str = "") -> tuple[str, str] | None:
    """``(place, rest)`` when a paragraph opens with a dateline ("WASHINGTON—US President…").

    An acronym that the text uses again in capitals ("AUKUS— … AUKUS partners")
    is the subject of a sentence, not a place. A place in title case is a
    dateline only with a whole date after it ("Vilnius, 20 January 2026 —").
    """
    dated = _DATED_DATELINE.match(text)
    if dated and parse_date(dated["date"]) and all(w[:1].isupper() for w in dated["dl"].split()):
        return dated["dl"].strip(), text[dated.end() :]
    match = _DATELINE.match(text)
    if not match or match["dl"].split(",")[0].strip() in _NOT_DATELINES:
        return None
    place = match["dl"].split(",")[0].strip()
    if document and not re.search(r"\d", match["dl"]) and len(re.findall(rf"(?<!\w){re.escape(place)}(?!\w)", document)) > 1:
        return None  # an acronym used again in capitals; a place with its day ("KIEL, March 6 —") is a dateline however often named
    return match["dl"].strip(), text[match.end() :]


def dateline_date(text: str) -> str | None:
    """The whole date a dateline states ("MADRID, 4 de marzo de 2026 – …"), else None."""
    dated = _DATED_DATELINE.match(text)
    return parse_date(dated["date"]) if dated and dateline(text) else None


def strip_marker(text: str) -> str:
    return SUPERSCRIPT_RUN.sub("", text)


def heading_like(text: str, max_words: int = 16) -> bool:
    """A short line that could be a title or section heading."""
    words = text.split()
    if not words or len(text) > 250 or len(words) > max_words or "\n" in text:
        return False
    if text.startswith(("**", "[", "(", "-", "*", "•")) or "](" in text:
        return False
    first = re.sub(r"^§\s*\d{1,3}\s+", "", text).lstrip("0123456789.) ")[:1] or text[:1]  # "§ 1 What the sanctions were meant to do"
    if first in "‘“\"'«„‚":
        quoted = re.match(r"^[‘“\"'«„‚](?P<quote>.+?)[’”\"'»“](?P<rest>.*)$", text)
        if re.search(r"[.!?…][’”\"'»]?\s+\S", text) or not quoted or not quoted["rest"].strip() or re.match(r"\s*[–—-]\s", quoted["rest"]):
            return False  # a quotation alone, of sentences, or with whose words it is ("‘…’ – Estonian defence minister"): a pull quote
        first = text.lstrip("‘“\"'«„‚")[:1]  # a title that opens on a quotation: "‘We cannot wait’: ministers on …"
    if not (first.isupper() or first.isdigit() or text[:1].isdigit()):
        return False
    stripped = text.rstrip(CLOSERS)
    if stripped.endswith("?"):
        return len(words) <= 12
    return not ends_sentence(text) and not stripped.endswith(",")


def numbered(text: str) -> bool:
    return bool(re.match(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S", text))


# The heading or label of a brief's own summary of its points ("Key takeaways", "Executive summary", "In brief"):
# matched on the whole label, without a number or a closing colon.
KEY_POINTS_LABEL = re.compile(
    r"(?:executive |short )?summary|(?:key|main) (?:takeaways|points|findings|messages|judg(?:e)?ments)(?: for (?:journalists|editors|the media|policymakers|readers))?|"
    r"takeaways|in brief|at a glance|highlights",
    re.I,
)
