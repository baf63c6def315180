"""Date lines as European publishers write them: labels, languages, times and places around a whole date.

A date is read only where a line states a whole one; the sentences at the end stay dates of events, not of publication.
"""

from __future__ import annotations

import pytest

from brieflib.ingest.dates import parse_date


@pytest.mark.parametrize("line, iso", [
    # labels whose first word is also a shorter label ("Data" / "Data publikacji")
    ("Data publikacji: 14 października 2025", "2025-10-14"),
    ("Datum van publicatie: 3 juni 2025", "2025-06-03"),
    # Dutch, Swedish, Danish and Norwegian, Czech and Greek month names, with their labels
    ("Gepubliceerd op 7 september 2025", "2025-09-07"),
    ("Bijgewerkt op 1 mei 2026", "2026-05-01"),
    ("Publicerad 12 maj 2026", "2026-05-12"),
    ("Udgivet 3. oktober 2025", "2025-10-03"),
    ("Publisert 3. desember 2025", "2025-12-03"),
    ("Publikováno 5. listopadu 2025", "2025-11-05"),
    ("Δημοσιεύθηκε 8 Δεκεμβρίου 2025", "2025-12-08"),
    # a time of day after the date, as in e-mail headers and web stamps
    ("Sent: Monday, November 3, 2025 4:05 PM", "2025-11-03"),
    ("Posted on 21 October 2025, 09:30 CET", "2025-10-21"),
    ("Published 21.10.2025 14:10", "2025-10-21"),
    # a place before the date (a dated letter, a report's last line)
    ("Praha, 5. listopadu 2025", "2025-11-05"),
    ("Sevilla, 9 de diciembre de 2025", "2025-12-09"),
    ("New York, November 3, 2025", "2025-11-03"),
    # a French "le" before the day; a venue and a place before the date (a speech, a conference paper)
    ("Marseille, le 7 avril 2026", "2026-04-07"),
    ("Annual Defence Forum, Rotterdam, 3 June 2025", "2025-06-03"),
    ("Palais des Congrès, Liège, le 2 octobre 2025", "2025-10-02"),
    # labels of documents submitted, issued or delivered
    ("Submitted: 22-05-2026", "2026-05-22"),
    ("Issued on 3 April 2026", "2026-04-03"),
    ("Delivered 9 May 2025", "2025-05-09"),
    # the reading time after the date on the same line
    ("Last updated 14 October 2025 · 6 min read", "2025-10-14"),
    ("October 14, 2025 | 12 minute read", "2025-10-14"),
])
def test_whole_dates_around_labels_times_and_places(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", [
    "In Praha, 5. listopadu 2025 was a turning point.",           # a sentence
    "The talks in Geneva, Oslo and Vienna, 3 March 2025",          # a list of places is no place
    "Ministers met on 3 March 2025 at 10:00 to discuss the plan.",
    "Brussels, Paris and Berlin",
    "Ministers, excellencies, 3 March 2025",                     # words of address, not places
    "The Hague, Berlin, Paris and Rome, 3 March 2025",
    "3 min read",
    "Sent: from my phone",
])
def test_no_date_where_the_line_states_none(line):
    assert parse_date(line) is None


# -- property: any whole date, in any listed language, with or without what may surround it ----------------

import datetime as dt  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from brieflib.ingest.dates import MONTH_NAMES  # noqa: E402

LABELS = ["", "Published ", "Publié le ", "Veröffentlicht am ", "Data publikacji: ", "Gepubliceerd op ", "Publicerad ", "Sent: ", "Last updated "]
TIMES = ["", " 4:05 PM", ", 09:30 CET", " 14:10", " at 10:14 am"]
PLACES = ["", "Praha, ", "New York, ", "Île-de-France, "]
READING = ["", " · 6 min read", " | 12 minute read"]


@settings(derandomize=True, max_examples=300)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    language=st.sampled_from(sorted(MONTH_NAMES)),
    surround=st.tuples(st.sampled_from(LABELS), st.sampled_from(TIMES), st.sampled_from(PLACES), st.sampled_from(READING)),
    form=st.integers(0, 2),
)
def test_any_whole_date_is_read_with_what_surrounds_it(day, language, surround, form):
    label, time, place, reading = surround
    month = MONTH_NAMES[language][day.month - 1]
    month = month.capitalize() if form else month
    stated = {0: f"{day.day} {month} {day.year}", 1: f"{day.day}. {month} {day.year}", 2: f"{day.day:02d}.{day.month:02d}.{day.year}"}[form]
    if label and place:
        place = ""  # a label and a place do not stand together on one line
    assert parse_date(f"{label}{place}{stated}{time}{reading}") == day.isoformat()
    # the same date inside a sentence is no date line
    assert parse_date(f"The ministers met on {stated} to agree the plan.") is None


# -- property: a date as any of Europe's (and East Asia's) locales write it, from CLDR's own patterns -----------

from babel.dates import format_date  # noqa: E402

from brieflib.ingest.dates import AMBIGUOUS_MONTHS, CLDR_LOCALES  # noqa: E402


@settings(derandomize=True, max_examples=400)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
    locale=st.sampled_from(CLDR_LOCALES),
    width=st.sampled_from(["long", "medium"]),
)
def test_a_date_as_each_locale_writes_it_is_read(day, locale, width):
    stated = format_date(day, width, locale=locale)
    words = {w.strip(".").lower() for w in stated.split()}
    if words & AMBIGUOUS_MONTHS:
        assert parse_date(stated) is None, stated  # Croatian "lip" is June, Polish July: neither is guessed
        return
    if locale == "hr" and words & {"listopad", "listopada"}:
        return  # Croatian October is Czech and Polish November, and our own table reads it as they do
    assert parse_date(stated) == day.isoformat(), stated
    assert parse_date(f"The ministers met on {stated} to agree the plan.") is None


@pytest.mark.parametrize("line, iso", [
    # year first, as Hungarian, Lithuanian, Latvian, Japanese, Chinese and Korean dates are written
    ("2026. február 12.", "2026-02-12"),
    ("Paskelbta 2026 m. sausio 20 d.", "2026-01-20"),
    ("Publicēts 2026. gada 20. janvāris", "2026-01-20"),
    ("2026年1月28日", "2026-01-28"),
    ("公開日：2026年1月28日", "2026-01-28"),
    ("2026년 1월 28일", "2026-01-28"),
    ("2026/01/28", "2026-01-28"),
    # labels in the languages of the Baltic, Nordic and central European sites
    ("Julkaistu 4.3.2026", "2026-03-04"),
    ("Közzétéve: 2026. március 4.", "2026-03-04"),
    ("Objavljeno 4. ožujka 2026.", "2026-03-04"),
    ("Опубліковано 4 березня 2026 р.", "2026-03-04"),
    # month-only dates in year-first languages
    ("2026. március", "2026-03"),
    ("2026年3月", "2026-03"),
])
def test_year_first_dates_and_more_labels(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", [
    "2026. február 12-én a kormány döntött",    # a Hungarian sentence that starts with a date
    "Since 2026 m. sausio 20 d. the talks",
    "2026年1月28日に発表された",                 # a Japanese sentence
    "2026/01/28/europe-defence",                # a URL path
])
def test_no_year_first_date_inside_text(line):
    assert parse_date(line) is None
