"""Date lines in the formats and languages that publishers' dumps use.

A date is accepted only where the line states a whole one: "4 de marzo de
2026", "11. März 2026", "Published 12.01.2026", "Updated: March 4, 2026",
"March 2026", "2026. február 12.", "2026 m. sausio 20 d.", "2026年1月28日". A
date inside a sentence ("In March 2025 the Bundestag…") is not a publication
date. There is no dateparser here on purpose: it reads dates into sentences.
Month names come from a small table of our own and from the Unicode CLDR (via
Babel, pinned with Material) for the locales in ``CLDR_LOCALES``; a name that
means different months in two languages (Croatian "listopad" is October, Czech
and Polish November) is read only as our own table says, or not at all.
Around the date a line may carry a label ("Data publikacji:", "Gepubliceerd
op", "Julkaistu"), a weekday, a time of day ("4:05 PM", "09:30 CET"), a place
("Praha, 5. listopadu 2025") or a reading time ("· 6 min read"); nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Month names and common abbreviations, lowercased, per language. Polish and
# other inflected forms (genitive "stycznia", "marca") are listed as written in dates.
MONTH_NAMES: dict[str, list[str]] = {
    "en": "january february march april may june july august september october november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "januar februar märz april mai juni juli august september oktober november dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pl-nominative": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    # Czech and Greek dates put the month in the genitive: "5. listopadu 2025", "8 Δεκεμβρίου 2025".
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου".split(),
    # the Levant's month names in Arabic ("٤ آذار ٢٠٢٦"), which CLDR's Arabic does not give
    "ar-levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    # Latvian dates put the month in the locative after "gada": "2026. gada 12. februārī" (CLDR has the nominative).
    "lv-locative": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
}
ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
    "mär": 3, "okt": 10, "dez": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9, "out": 10,
}
# Locales whose long and medium date formats (CLDR) are read: the EU's languages and its neighbours',
# and the East Asian ones whose think tanks publish in English with dates in their own script.
CLDR_LOCALES = (
    "en fr de es it pt pl ro nl sv da nb nn cs sk el hu fi et lv lt sl hr bs sr_Latn bg uk ru tr ca gl is ga mt "
    "sq mk lb cy ja zh ko ka ar"
).split()  # Georgian and Arabic: pages of the Caucasus and the Gulf in English, their interface and dates in their own script


def _month_table() -> dict[str, int]:
    """Every month name and abbreviation we read, lowercased: our table first, then CLDR's unambiguous names."""
    from babel import Locale

    own: dict[str, int] = dict(ABBREVIATIONS)
    for names in MONTH_NAMES.values():
        own.update({name: number for number, name in enumerate(names, 1)})
    cldr: dict[str, set[int]] = {}
    for locale in CLDR_LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    name = unicodedata.normalize("NFC", name).lower().rstrip(".")
                    if not any(c.isdigit() for c in name):  # "1月", "3월": the CJK forms below read those
                        cldr.setdefault(name, set()).add(number)
    AMBIGUOUS_MONTHS.update(name for name, numbers in cldr.items() if name not in own and len(numbers) > 1)
    return own | {name: numbers.pop() for name, numbers in cldr.items() if name not in own and len(numbers) == 1}


AMBIGUOUS_MONTHS: set[str] = set()  # names that mean two months in two languages: never read
MONTHS: dict[str, int] = _month_table()

_MONTH = r"(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_OF = r"(?:\s+(?:de|del|di|of|ta[’'])\s+|\s+d[’']|\s+)"  # "4 de marzo de 2026", "4 of March 2026", "4 d’abril", "4 ta’ Marzu"
_YEAR_MARK = r"(?:\s*(?:r|р|г|g|წ)\.?)?"  # "4 marca 2026 r.", "4 березня 2026 р.", "4 марта 2026 г.", "4 მარტი, 2026 წ."
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_SHORT_DOTTED = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d\d\s*$")  # "4.3.26": the one form with a year of two digits
# A date-time group, as military and intelligence messages date themselves: "041200Z MAR 26" (the 4th, 12:00 UTC)
_DTG = re.compile(r"^(?:(?:dtg|date[- ]time group)\s*:?\s*)?(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<year2>\d\d)$", re.I)
DATE_FORMS = [
    re.compile(rf"^{_DAY}{_OF}{_MONTH},?{_OF}{_YEAR}{_YEAR_MARK}$", re.I),  # 10 October 2025, 4 de marzo de 2026, 11. März 2026
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.I),  # October 10, 2025
    re.compile(rf"^{_MONTH},?{_OF}{_YEAR}{_YEAR_MARK}$", re.I),  # October 2025, marzo de 2026
    re.compile(rf"^{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)$"),  # 2025-10-10
    re.compile(rf"^{_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$"),  # an ISO timestamp
    re.compile(rf"^(?P<day>\d\d?)[.\-/]\s?(?P<month>\d\d?)[.\-/]\s?{_YEAR}{_YEAR_MARK}$"),  # 12.01.2026, 23-02-2023, 1. 3. 2026 (day first)
    re.compile(rf"^{_YEAR}-(?P<month>\d\d)$"),
    # day, month and a two-digit year set apart by points, as a typed note dates itself: "4.3.26" (never with slashes,
    # which read both ways)
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year2>\d\d)$"),
    # the month in Roman numerals, as Central European and Italian documents write it: "04.III.2026", "4 III 2026"
    re.compile(rf"^(?P<day>\d\d?)[.\s]\s?(?P<month>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.\s]\s?{_YEAR}$"),
    # a mail's or a log's time (C's ctime): "Tue Feb 17 09:14:02 CET 2026"
    re.compile(rf"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+{_MONTH}\s+{_DAY}\s+\d\d?:\d\d(?::\d\d)?(?:\s+[A-Z]{{2,5}}|\s+[+-]\d{{4}})?\s+{_YEAR}$", re.I),
    # Year first: Hungarian "2026. február 12.", Lithuanian "2026 m. sausio 20 d.", Latvian "2026. gada 20. janvāris".
    re.compile(rf"^{_YEAR}\.?(?:\s+m\.)?\s+{_MONTH}\s+{_DAY}(?:\s+d)?$", re.I),
    re.compile(rf"^{_YEAR}\.\s+gada\s+{_DAY}\s+{_MONTH}$", re.I),
    re.compile(rf"^{_YEAR}\.?(?:\s+m\.)?\s+{_MONTH}$", re.I),  # 2026. március
    # Japanese, Chinese and Korean: 2026年1月28日, 2026년 1월 28일, 2026年3月
    re.compile(rf"^{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월](?:\s*(?P<day>\d{{1,2}})\s*[日일])?$"),
    re.compile(rf"^{_YEAR}(?P<sep>[./])\s?(?P<month>\d\d?)(?P=sep)\s?(?P<day>\d\d?)$"),  # 2026/01/28, 2026. 1. 28.
]
# Labels before a date, in the languages of the corpus ("Publié le", "Veröffentlicht am", "Date of publication:").
# A label's longer form comes before its prefix ("data publikacji" before "data"): the first that fits is taken.
DATE_LABEL = re.compile(
    r"^(?:date\s+de\s+(?:publication|parution|mise\s+en\s+ligne)|(?:first\s+)?published(?:\s+online|\s+in\s+(?:English|German|French|Spanish|Polish|Italian))?(?:\s+on)?|(?:submitted|issued|delivered|presented|released|recorded|aired)(?:\s+on)?|date(?:d)?(?:\s+of\s+(?:publication|issue))?|issue\s+date|posted(?:\s+on)?|release date|sent|"
    r"updated(?:\s+on)?|last\s+updated|(?:last\s+)?revised(?:\s+on)?|(?:this|current)\s+version|(?:(?:consultation|public|draft|final)\s+)?version(?:\s+of)?|publication date|publi[ée]e?(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|(?:paru|mis\s+en\s+ligne)(?:\s+le)?|"
    r"ver[öo]ffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|datum\s+van\s+publicatie|datum\s+publikace|datum|"
    r"pubblicato(?:\s+il|\s+l['’](?=\d))?|aggiornato(?:\s+il|\s+l['’](?=\d))?|data\s+publikacji|data\s+di\s+pubblicazione|data\s+e\s+publikimit|data\s+public[aă]rii|data\s+tal-pubblikazzjoni|data\s+(?:de\s+)?publica(?:[çc][ãa]o|ció)|data|"
    r"publicado(?:\s+(?:el|em))?|actualizado(?:\s+el)?|fecha(?:\s+de\s+publicaci[óo]n)?|opublikowano|publicat(?:\s+(?:la|pe))?|actualizat|"
    r"gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|publicerad(?:\s+den)?|publicerat|uppdaterad|udgivet(?:\s+den)?|opdateret|"
    r"publisert|oppdatert|publikováno|zveřejněno|aktualizováno|δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|"
    r"julkaistu|päivitetty|közzétéve|megjelent|frissítve|paskelbta|atnaujinta|publicēts|atjaunināts|avaldatud|uuendatud|"
    r"birt(?:\s+þann)?|útgefið|uppfært|publicat\s+el|actualitzat|"
    r"publikované|uverejnené|aktualizované|objavljeno|ažurirano|posodobljeno|objavljen[oa]?|"
    r"yayınlanma\s+tarihi|yayınlandı|güncellendi|опубліковано|оновлено|опубликовано|обновлено|публикувано|"
    r"公開日|掲載日|更新日|发布日期|发布时间|發布日期|發佈日期|發布時間|發表日期|出版日期|更新日期|게시일|작성일|발행일|등록일|게재일|"
    r"publikuar(?:\s+më)?|հրապարակման\s+ամսաթիվ|ամսաթիվ|ippubblikat(?:\s+fi)?|"
    r"თარიღი|გამოქვეყნების\s+თარიღი|გამოქვეყნდა|تاريخ\s+النشر|نشر\s+في|التاريخ)\s*[:\-–—：՝]?\s*",  # (Armenian's colon "՝")
    re.I,
)
# The labels that say a date is the publication's: it wins over an event's date or a place's.
PUBLISHED_LABEL = re.compile(
    r"^(?:(?:first\s+)?published(?:\s+online|\s+in\s+(?:English|German|French|Spanish|Polish|Italian))?|publication date|date of publication|date de (?:publication|parution)|date of issue|issue date|this version|(?:consultation|public|draft|final) version|posted|issued|released|publi[ée]e?|ver[öo]ffentlicht|pubblicato|publicado|"
    r"opublikowano|data publikacji|data di pubblicazione|gepubliceerd|datum van publicatie|publicerad|publicerat|udgivet|publisert|publikováno|zveřejněno|data de publicació|"
    r"δημοσιεύθηκε|julkaistu|közzétéve|megjelent|paskelbta|publicēts|avaldatud|publikované|objavljeno|yayınlanma|опубліковано|birt|útgefið|"
    r"опубликовано|публикувано|公開日|掲載日|发布日期|發布日期|發佈日期|發表日期|出版日期|게시일|발행일|게재일|data\s+e\s+publikimit|publikuar|data\s+publicării|հրապարակման\s+ամսաթիվ|data\s+tal-pubblikazzjoni|ippubblikat|"
    r"გამოქვეყნების\s+თარიღი|გამოქვეყნდა|تاريخ\s+النشر|نشر\s+في)",
    re.I,
)
# The labels of an update's date, which is not the publication date.
UPDATED_LABEL = re.compile(
    r"^(?:(?:last\s+)?updated|(?:last\s+)?revised|(?:last\s+)?(?:modified|changed|edited)|mis\s+à\s+jour|aktualisiert|(?:zuletzt\s+)?(?:geändert|bearbeitet)|modifié|aggiornato|actualizado|atualizado|actualizat|bijgewerkt|uppdaterad|"
    r"opdateret|oppdatert|aktualizováno|ενημερώθηκε|päivitetty|frissítve|atnaujinta|atjaunināts|uuendatud|muudetud|aktualizované|"
    r"ažurirano|posodobljeno|güncellendi|оновлено|обновлено|uppfært|更新日)\b",
    re.I,
)
# An update's clause after the date it follows: ", updated 5 March 2026", ", mis à jour le …", ", aktualisiert am …"
# The age of a post beside its date, as a site counts it: "· 3 days ago", "(2 weeks ago)", "– 5 hours ago"
_POST_AGE = re.compile(r"\s*(?:[·•|–—-]\s*|\()\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\)?$", re.I)
_UPDATE_AFTER = re.compile(r"(?<=(?:19|20)\d\d)(?:\s+[^\s,]{1,12}){0,2},\s+(?:last\s+)?(?:updated|modified|revised|mis à jour|modifié|actualisé|aktualisiert|geändert|actualizado|"
                           r"modificado|aggiornato|modificato|atualizado|zaktualizowano|bijgewerkt|uppdaterad|opdateret|oppdatert)\b.*$", re.I)
# A time of day after the date: "4:05 PM", ", 09:30 CET", "at 10:14 am", "14:10".
_TIME = re.compile(r"(?:,?\s+(?:at\s+|um\s+|à\s+|alle\s+|a las\s+|kl\.?\s+|u\s+|ob\s+|o\s+|v\s+)?)\d{1,2}(?:[:.]\d\d(?::\d\d)?|h\d\d)(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?:[A-Z]{2,5}|[+-]\d{4}))?$", re.I)  # seconds and an offset: "09:00:00 +0000"
# A version set after the date: "Published November 12, 2025 | Version v1"
_VERSION = re.compile(r"\s+[|·•–—]\s+(?:version|v\.?)\s*v?\d{1,3}(?:\.\d{1,3})*$", re.I)
# A time before the date: "09:12 CET, 2 March 2026", "9.30 am, 4 March 2026"
_LEADING_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?,?\s+(?=\S)", re.I)
# A reading time after the date, set apart: "· 6 min read", "| 12 minute read", "– 7 Minuten Lesezeit".
_READING_TIME = re.compile(
    r"(?:\s+[·|•–—-]\s+|\s{3,}(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*)\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minutter|minuter)\.?"
    r"(?:\s+(?:read|reading|de lecture|lesezeit|de lectura|di lettura|de leitura|leestijd|lästid|læsetid|lesetid))?$",
    re.I,
)
# A place before the date, or a venue and a place: one or two groups of one to five words, each word capitalised
# but for connectors ("Praha, ", "New York, ", "Annual Defence Forum, Rotterdam, ", "Bruxelles, le ").
_CONNECTORS = {"of", "for", "the", "on", "de", "des", "du", "la", "le", "les", "di", "del", "della", "van", "von", "der", "den", "för", "og", "och"}
# "Vilnius, ", "Paris / Athènes, ", "Brussels and Kyiv, ": the places of writing before the date
_PLACE = re.compile(r"^(?:(?:[^\W\d_][\w'’.-]*\s+){0,4}[^\W\d_][\w'’.-]*(?:\s*/\s*[^\W\d_][\w'’.-]*){0,3},\s+){1,2}(?:le\s+)?")
_WEEKDAY = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s+\d)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)\s*[,،]?\s+",  # (Arabic, with its own comma)
    re.I,
)


_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _month_number(text: str) -> int:
    if text in _ROMAN_MONTHS:
        return _ROMAN_MONTHS.index(text) + 1
    text = unicodedata.normalize("NFC", text).lower().rstrip(".")
    return int(text) if text.isdigit() else MONTHS.get(text, 0)


# A Japanese era's year, with the Western year in brackets or not: "令和8年（2026年）3月4日", "令和8年3月4日" (Reiwa 1 is 2019)
# ("令和8（2026）年3月4日" puts the Western year in brackets before "年"; "2026年（令和8年）3月4日" gives it first)
_ERA_YEAR = re.compile(r"(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*(?:年\s*(?:[（(]\s*(?P<western>(?:19|20)\d\d)\s*年?\s*[）)])?|[（(]\s*(?P<western2>(?:19|20)\d\d)\s*[）)]\s*年)")
_ERA_AFTER = re.compile(r"(?<=年)\s*[（(]\s*(?:令和|平成)\s*(?:\d{1,2}|元)\s*年?\s*[）)]")
_ERA_START = {"令和": 2018, "平成": 1988}


def _western_year(match: re.Match) -> str:
    year = match["western"] or match["western2"] or str(_ERA_START[match["era"]] + (1 if match["n"] == "元" else int(match["n"])))
    return f"{year}年"


def _ascii_digits(text: str) -> str:
    """Decimal digits of other scripts as ASCII ones: "٤ مارس ٢٠٢٦" (Arabic-Indic), "४" (Devanagari); the marks that set
    the direction of right-to-left text ("01\u200f/01\u200f/2026") are left out."""
    if text.isascii():
        return text
    text = re.sub("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]", "", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() and unicodedata.decimal(c, None) is not None else c for c in text)


# A label given in two languages, set apart by a slash: "Dyddiad cyhoeddi / Published: 3 Mawrth 2026", "Awdur / Author: …"
_TWO_LABELS = re.compile(r"^(?P<a>[^\W\d_][^/:|\d]{0,40}?)\s*/\s*(?P<b>[^\W\d_][^/:|\d]{0,40}?)\s*[:：]\s*(?P<value>\S.*)$")


def one_language_label(text: str, known: re.Pattern[str]) -> str:
    """"Dyddiad cyhoeddi / Published: 3 Mawrth 2026" as "Published: 3 Mawrth 2026": of a label given in two
    languages, the half that ``known`` reads whole. Any other line is given back as it is."""
    two = _TWO_LABELS.match(text.strip())
    if two is None:
        return text
    for half in (two["b"], two["a"]):
        if (m := known.match(half + ":")) and m.end() >= len(half):
            return f"{half}: {two['value']}"
    return text


def parse_date(text: str) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) of a date-only line, else None.

    Accepts "10 OCTOBER 2025", "October 10, 2025", "Published 14 January 2026",
    "Date: 2025-10-10", "March 2025", "Published 2025", "4 de marzo de 2026",
    "11. März 2026", "21 stycznia 2026", "23-02-2023" (day first) and "Updated: …".
    """
    if (dtg := _DTG.match(text.strip())):
        return _iso(dtg.groupdict())  # "DTG: 041200Z MAR 26": a military message's date-time group, day first
    text = _ascii_digits(text)
    if "年" in text:
        text = _ERA_YEAR.sub(_western_year, _ERA_AFTER.sub("", text))
    if not _ANY_YEAR.search(text) and not _SHORT_DOTTED.search(text):  # every form states a year: most lines are passed over here
        return None
    text = one_language_label(text.strip().strip("*_").strip(), DATE_LABEL)
    prefixed = DATE_LABEL.match(text)
    body = text[prefixed.end() :] if prefixed else text
    if prefixed:  # "Published 12 January 2026 by the Standing Committee on …": the date, then the body that published it
        body = re.sub(r"\s+by\s+the\s+[A-ZÀ-Ý][^,;]{2,120}$", "", body.strip())  # ("Posted … by Ann Lee": a byline, read as one)
    body = _UPDATE_AFTER.sub("", body.strip().rstrip("."))  # "4 mars 2026 à 10h15, mis à jour le 5 mars …": the first is the date
    body = _TIME.sub("", _READING_TIME.sub("", _VERSION.sub("", _LEADING_TIME.sub("", _POST_AGE.sub("", body)))))
    body = re.sub(r"\s{2,}[ymd] [ymd] [ymd]$", "", body)  # "26.02.2026    y m d": a reference manager's hint at the order it read
    if prefixed and re.fullmatch(_YEAR, body.strip()):
        return body.strip()
    found = _whole_date(body)
    if found is None and not prefixed:
        place = _PLACE.match(body)
        words = place.group().replace(",", " ").replace("/", " ").split() if place else []
        if place and words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
            found = _whole_date(body[place.end():])
    return found


def _whole_date(body: str) -> str | None:
    body = _WEEKDAY.sub("", body.strip()).strip().rstrip(".")
    for form in DATE_FORMS:
        match = form.match(body)
        if match:
            return _iso(match.groupdict())
    return None


def _iso(parts: dict) -> str | None:
    year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["year2"])  # "4.3.26": this century's
    month = _month_number(parts["month"])
    if not 1 <= month <= 12:
        return None
    if parts.get("day"):
        try:
            return dt.date(year, month, int(parts["day"])).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}"


# What sets a series line's or a dateline's segments apart: "Policy Brief No. 14 | March 2026", "ARI 23/2026 - 4/3/2026".
_MONTH_DAY = re.compile(rf"(?:^|,\s*)(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\.?\s+{_MONTH.replace('(?P<month>', '(?P<month2>')})\s*$", re.I)
_SLASH_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?:19|20)\d\d(?![\d/.])")


def month_day(text: str) -> tuple[int, int] | None:
    """The month and day a line ends with, without a year: "Washington, March 4", "Brussels, 3 April"."""
    match = _MONTH_DAY.search(text.strip()) if len(text) <= 80 else None
    if not match:
        return None
    name = (match["month"] or match["month2"]).lower().rstrip(".")
    return (MONTHS[name], int(match["day"] or match["day2"])) if name in MONTHS else None


def ambiguous_slash_date(text: str) -> bool:
    """A numeric date that reads both ways: "03/04/2026" is 3 April or March 4."""
    match = _SLASH_DATE.search(text)
    return bool(match) and int(match["a"]) <= 12 and int(match["b"]) <= 12 and match["a"] != match["b"]


SEGMENT_SEPARATORS = r"\s+[|·•]\s+|\s+(?:[–—-]|--)\s+"  # "--": a dash typed in plain text
# A reading time standing as its own segment, in any language: "Olvasási idő: 6 perc", "Lukuaika 5 min", "6 min read".
READING_TIME_SEGMENT = re.compile(r"^(?:[^\W\d_]+\s*:?\s+){0,3}\d{1,3}\s*[^\W\d_]{1,8}\.?(?:\s+[^\W\d_]+){0,2}$")
# Words that make "word + date" an event ("Since 24 February 2022"), not a label before the publication date.
_TEMPORAL = {
    "since", "before", "after", "until", "till", "from", "by", "through", "to", "on", "in", "at", "as", "of",
    "depuis", "avant", "après", "jusqu", "seit", "vor", "nach", "bis", "desde", "antes", "después", "hasta", "dal", "prima", "dopo", "fino",
}


def labelled_date(text: str) -> str | None:
    """A whole date after a label of one or two words in a language no table lists: "Zverejnené 3. mája 2026".

    For the head of a brief only, where a line is a label or a field: in the body "Since 24 February 2022"
    is a heading, and so a label may not be a preposition.
    """
    match = re.match(r"^(?P<label>[^\W\d_]{3,20}(?:\s+[^\W\d_]{2,20})?)\s*[:：]?\s+(?P<rest>\S.*)$", text.strip())
    words = match["label"].split() if match else []
    if not words or any(word.lower() in _TEMPORAL for word in words) or (len(words) == 2 and all(w[:1].isupper() for w in words)):
        return None  # no label, a preposition, or a name before its date ("Maris Tamm 3 May 2026": a byline)
    return parse_date(match["rest"])


_FIELD = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*\S+(?:\s+\S+)?$")  # "Age: 3 days", "Reading time: 4 min"


def date_then_field(text: str) -> str | None:
    """A whole date, maybe with its time, then one labelled field: "March 12, 2026 04:15 PM Age: 3 days"."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        if _FIELD.match(rest) and (iso := parse_date(" ".join(words[:cut]))):
            return iso
    return None


_IN_CATEGORIES = re.compile(r"\s+(?:in|under|dans|en|unter)\s+[A-ZÀ-Ý][\w ,&/-]*$")
# "3 comments", "Kommentare (2)": the count of a post's comments beside its date
COMMENT_COUNT = re.compile(r"^(?:\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|reacties)|"
                            r"(?:comments?|kommentare|commentaires|comentarios|commenti)\s*\(\d+\))$", re.I)


def _dated_update(segment: str) -> bool:
    """"Updated: 14.01.2026", "Zuletzt geändert am 09.04.2026": an update's label and its date."""
    label = UPDATED_LABEL.match(segment)
    if not label:
        return False
    rest = re.sub(r"^\s*(?:am|le|el|il|em|on|at|op|den|dnia|:)?\s*:?\s*", "", segment[label.end():], flags=re.I)
    return bool(parse_date(segment) or labelled_date(segment) or parse_date(rest))


def date_with_furniture(text: str) -> str | None:
    """One whole date among segments that are only reading times: "2026. február 12. | Olvasási idő: 6 perc"."""
    segments = [s.strip() for s in re.split(SEGMENT_SEPARATORS, text) if s.strip()]
    # "Published 13.01.2026 · Updated: 14.01.2026": the update's date is not the publication date
    kept = [s for s in segments if not _dated_update(s)] or segments
    # "Posted 5 marzo 2026 in Intelligence, European security": the categories after the date
    kept = [_IN_CATEGORIES.sub("", s) if parse_date(_IN_CATEGORIES.sub("", s)) else s for s in kept]
    read = [(s, parse_date(s) or labelled_date(s)) for s in kept]  # each segment's date, read once
    dated = [d for _, d in read if d]
    rest = [s for s, d in read if not d]
    if len(segments) > 1 and len(dated) == 1 and all(READING_TIME_SEGMENT.match(s) or COMMENT_COUNT.match(s) for s in rest):
        return dated[0]
    # "Speeches & Statements | Posted 23 January 2026": a section's name beside a date labelled as the publication's
    published = [d for s, d in read if d and PUBLISHED_LABEL.match(s)]
    if len(dated) == 1 and published and all(len(s.split()) <= 4 and not re.search(r"\d|[.!?]$", s) for s in rest):
        return published[0]
    # "Recorded: 26 February 2026 | Released: 4 March 2026 | Duration: 41:17": the one date labelled as the
    # publication's, among other labelled dates and short fields
    labelled = all(DATE_LABEL.match(s) for s, d in read if d)
    if len(set(published)) == 1 and labelled and all(_FIELD.match(s) or READING_TIME_SEGMENT.match(s) for s in rest):
        return published[0]
    return None


def date_after_comma(text: str) -> str | None:
    """The date a text is, or that ends it after a comma ("Harbour Dialogue, Gdynia, May 2026", "Washington, March 4,
    2026"): the longest such end that is a whole date."""
    tails = [text, *(text[m.end():] for m in re.finditer(r",\s+", text))]
    return next((d for t in tails if t.strip() and (d := parse_date(t.strip()))), None)


def date_in_two_languages(text: str) -> str | None:
    """One date written in two languages side by side: "4 mars 2026 | 4 March 2026", "4. März 2026 / 4 March 2026"."""
    parts = re.split(r"\s+[|/·]\s+", text.strip())
    dates = {parse_date(p) for p in parts}
    return dates.pop() if len(parts) == 2 and len(dates) == 1 and None not in dates else None


def date_in_segments(text: str) -> str | None:
    """A whole date standing as one segment of a series line: "Policy Brief No. 14 | March 2026", or set apart by wide
    spaces ("BRIEFING · EOSP/BR/2026-04          Brussels, 19.II.2026")."""
    segments = [s for s in re.split(rf"{SEGMENT_SEPARATORS}|(?<=\S)\s{{3,}}(?=\S)", text.strip()) if s.strip()]
    if len(segments) < 2:
        return None
    found = [d for s in segments if (d := parse_date(s))]
    return found[0] if len(found) == 1 else None


def dated_fields(text: str) -> list[tuple[str, str, bool]] | None:
    """A line of dates under their labels, "Published: 11 May 2020 | Updated: 1 June 2020": each field's label, the date it
    states (ISO, or as far as it goes) and whether it is an update's; None when a part of the line is no such field."""
    fields = []
    for segment in (s.strip() for s in re.split(r"\s+[|·•]\s+", text.strip()) if s.strip()):
        label = DATE_LABEL.match(segment)
        if len(segment.split()) > 8 or not label or not label.group().strip(" :") or not (iso := parse_date(segment[label.end():])):
            return None
        fields.append((label.group().strip(" :"), iso, bool(UPDATED_LABEL.match(segment))))
    return fields or None

