"""dates: publication dates as scrapers write them, zones, precision, problems, and load_corpus keeping every row."""

import datetime as dt
import json
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import load_corpus
from helpers.dates import parse_date, parse_dates

UTC = "UTC"


@pytest.mark.parametrize("raw, utc, precision", [
    # ISO 8601, with and without time and offset
    ("2025-06-12T08:30:00+07:00", "2025-06-12 01:30:00", "second"),
    ("2025-06-12T01:30:00Z", "2025-06-12 01:30:00", "second"),
    ("2025-06-12 08:30", "2025-06-12 01:30:00", "minute"),          # no zone: Asia/Jakarta
    ("2025-06-12", "2025-06-11 17:00:00", "day"),                   # a day: midnight in Jakarta
    # the forms of the development set's scrapers
    ("Diperbarui 20 Des 2024, 19:59 WIB", "2024-12-20 12:59:00", "minute"),
    ("Minggu, 01 Jun 2025 08:57 WIB", "2025-06-01 01:57:00", "minute"),
    ("Tayang: Sabtu, 7 Juni 2025 08:13 WIB", "2025-06-07 01:13:00", "minute"),
    ("Tayang: Sabtu, 7 Juni 2025 08:13 WITA", "2025-06-07 00:13:00", "minute"),
    ("Tayang: Sabtu, 7 Juni 2025 08:13 WIT", "2025-06-06 23:13:00", "minute"),
    ("03 Desember 2007 |00:07 WIB", "2007-12-02 17:07:00", "minute"),
    (",\u00a0Jurnalis-Sabtu, 14 Juni 2025 |12:02 WIB", "2025-06-14 05:02:00", "minute"),
    ("14 Jan 2016 15:21", "2016-01-14 08:21:00", "minute"),
    # forms not seen there
    ("Dipublikasikan: Jumat, 13/06/2025 pukul 14.05 WIB", "2025-06-13 07:05:00", "minute"),
    ("June 7, 2025 8:30 PM", "2025-06-07 13:30:00", "minute"),
    ("7 June 2025 20:30 GMT+7", "2025-06-07 13:30:00", "minute"),
    ("2025-06-07 10:00 UTC+08:00", "2025-06-07 02:00:00", "minute"),
    ("Published 2025/06/10", "2025-06-09 17:00:00", "day"),
])
def test_forms_and_zones(raw, utc, precision):
    p = parse_date(raw)
    assert p.problem == ""
    assert p.timestamp == pd.Timestamp(utc, tz=UTC)
    assert p.precision == precision


def test_zones_make_hours_comparable():
    t = parse_dates(["2025-06-10 10:39 WIT", "2025-06-10 10:39"])
    assert (t["pub_date"].iloc[1] - t["pub_date"].iloc[0]) == pd.Timedelta(hours=2)
    assert parse_date("2025-06-10 10:39", zone="Asia/Makassar").timestamp == pd.Timestamp("2025-06-10 02:39", tz=UTC)


@pytest.mark.parametrize("raw, problem", [
    ("2025-02-30", "impossible date: 2025-02-30"),
    ("31 Februari 2025", "impossible date: 31 Februari 2025"),
    ("06/13/2025", "impossible date: 06/13/2025 read day-first"),
    ("kemarin sore", "no full date in it"),
    ("2 jam yang lalu", "no full date in it"),
    ("Tidak ditemukan", "no full date in it"),
    ("Juni 2025", "no full date in it"),
])
def test_what_cannot_be_read_is_said_and_never_guessed(raw, problem):
    p = parse_date(raw)
    assert p.timestamp is None and p.problem == problem


def test_doubtful_dates_are_kept_with_a_problem_or_refused_when_in_the_future():
    now = pd.Timestamp("2025-07-01", tz=UTC)
    assert parse_date("2030-01-01", now=now).problem == "after the time of loading: 2030-01-01"
    assert parse_date("2030-01-01", now=now).timestamp is None
    old = parse_date("1985-01-01")
    assert old.timestamp is not None and old.problem == "before 1990: 1985-01-01"
    assert parse_date("1985-01-01", earliest_year=1980).problem == ""
    wrong = parse_date("Senin, 01 Jun 2025 08:57 WIB")  # 1 June 2025 was a Sunday
    assert wrong.timestamp is not None and wrong.problem.startswith("weekday does not match")


def test_day_month_order_is_a_parameter_and_ambiguity_is_marked():
    first = parse_date("10/06/2025")
    assert first.ambiguous and first.timestamp == pd.Timestamp("2025-06-09 17:00", tz=UTC)
    us = parse_date("10/06/2025", dayfirst=False)
    assert us.timestamp == pd.Timestamp("2025-10-05 17:00", tz=UTC)
    assert not parse_date("25/06/2025").ambiguous and not parse_date("06/06/2025").ambiguous


def test_zone_words_come_from_the_data_table(tmp_path):
    from helpers import load_resources

    (tmp_path / "calendar.csv").write_text("kind,name,value\nzone,MYT,8\nmonth,Jun.,6\n", encoding="utf-8")
    res = load_resources(tmp_path)
    assert parse_date("7 Jun 2025 10:00 MYT", resources=res).timestamp == pd.Timestamp("2025-06-07 02:00", tz=UTC)
    assert parse_date("7 Jun 2025 10:00 MYT").zone == "Asia/Jakarta"  # the kit does not know MYT


_FORMS = {  # strftime-like writers of the supported forms, and the precision each keeps
    "iso_offset": (lambda t: t.tz_convert("Asia/Jakarta").isoformat(), "second"),
    "iso_z": (lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"), "second"),
    "minutes_wib": (lambda t: t.tz_convert("Asia/Jakarta").strftime("%Y-%m-%d %H:%M WIB"), "minute"),
    "tayang_wita": (lambda t: "Tayang: " + _id(t.tz_convert("Asia/Makassar"), "%d {m} %Y %H:%M") + " WITA", "minute"),
    "diperbarui": (lambda t: "Diperbarui " + _id(t.tz_convert("Asia/Jakarta"), "%d {m} %Y, %H:%M") + " WIB", "minute"),
    "day_first": (lambda t: t.tz_convert("Asia/Jakarta").strftime("%d/%m/%Y"), "day"),
    "english": (lambda t: t.tz_convert("Asia/Jakarta").strftime("%B %d, %Y %H:%M"), "minute"),
}
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]


def _id(t: pd.Timestamp, fmt: str) -> str:
    return t.strftime(fmt.replace("{m}", _MONTHS[t.month - 1]))


@settings(max_examples=150, deadline=None)
@given(st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2025, 12, 31)),
       st.sampled_from(sorted(_FORMS)))
def test_property_format_then_parse_gives_the_instant_back(moment, form):
    t = pd.Timestamp(moment.replace(microsecond=0), tz=UTC)
    write, precision = _FORMS[form]
    p = parse_date(write(t))
    assert p.problem == "" and p.precision == precision
    local = t.tz_convert("Asia/Jakarta")
    expected = {"second": t, "minute": t.floor("min"),
                "day": pd.Timestamp(local.date(), tz="Asia/Jakarta").tz_convert(UTC)}[precision]
    if form == "tayang_wita":
        expected = t.floor("min")
    assert p.timestamp == expected


def test_load_corpus_keeps_every_row_whatever_its_date(tmp_path):
    rows = [{"id": "a", "tanggal": "Tayang: Sabtu, 7 Juni 2025 08:13 WITA", "text": "KOMPAS.com - Putin tiba di Jakarta."},
            {"id": "b", "tanggal": "2025-02-30", "text": "Kim hadir di acara itu."},
            {"id": "c", "tanggal": "kemarin sore", "text": "Warga menyambut tamu itu."},
            {"id": "d", "tanggal": "10/06/2025", "text": "Presiden membuka rapat."},
            {"id": "e", "text": "Menteri berbicara di depan wartawan."}]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        df = load_corpus(p).set_index("doc_id")
    assert list(df.index) == ["a", "b", "c", "d", "e"]  # nothing dropped for its date
    assert df.loc["a", "pub_date"] == pd.Timestamp("2025-06-07 00:13", tz=UTC)
    assert df.loc["a", "pub_date_source"] == "column 'tanggal'" and df.loc["a", "pub_date_precision"] == "minute"
    assert pd.isna(df.loc["b", "pub_date"]) and df.loc["b", "pub_date_raw"] == "2025-02-30"
    assert pd.isna(df.loc["c", "pub_date"]) and pd.isna(df.loc["e", "pub_date"])
    assert df.loc["e", "pub_date_source"] == "none"
    msgs = [str(x.message) for x in w]
    assert any("export.jsonl line 2" in m and "'2025-02-30'" in m and "impossible date" in m for m in msgs)
    assert any("export.jsonl line 3" in m and "'kemarin sore'" in m for m in msgs)
    assert sum("could be read either way" in m for m in msgs) == 1  # once per corpus, with a count
    assert df["pub_date"].dt.tz is not None


def test_manifest_dates_are_checked_too(tmp_path):
    (tmp_path / "a.txt").write_text("KOMPAS.com - Putin tiba.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("KOMPAS.com - Kim tiba.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,date,event_date\na.txt,2024-06-19 10:00,2024-13-45\n"
                                           "b.txt,,2024-06-18\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        df = load_corpus(tmp_path).set_index("doc_id")
    assert df.loc["a", "pub_date"] == pd.Timestamp("2024-06-19 03:00", tz=UTC)  # "date" in a manifest = pub_date
    assert df.loc["a", "event_date"] == "" and "unreadable" in df.loc["a", "event_date_source"]
    assert df.loc["b", "event_date"] == "2024-06-18" and df.loc["b", "event_date_source"] == "manifest"
    assert any("a.txt" in str(x.message) and "2024-13-45" in str(x.message) for x in w)


def test_pub_date_kind_says_when_a_date_is_a_last_update(tmp_path):
    rows = [{"id": "a", "date": "2024-12-20 19:59", "date_raw": "Diperbarui 20 Des 2024, 19:59 WIB",
             "text": "Presiden membuka rapat."},
            {"id": "b", "date": "2025-06-07 08:13", "date_raw": "Tayang: Sabtu, 7 Juni 2025 08:13 WITA",
             "text": "Kim hadir di acara itu."},
            # the label after the date names a later time, not this one
            {"id": "c", "date_raw": "10/06/2025, 08:00 WIB Diperbarui 10/06/2025, 09:00 WIB", "text": "Warga hadir."},
            {"id": "d", "date": "2025-06-10", "text": "Menteri berbicara."},
            {"id": "e", "date_raw": "Diperbarui kemarin", "text": "Menteri berbicara lagi."}]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = load_corpus(p).set_index("doc_id")
    assert df["pub_date_kind"].to_dict() == {"a": "updated", "b": "published", "c": "", "d": "", "e": ""}
    # the page's own string is read where the export gives it (date_raw before date: input_columns.csv)
    assert df.loc["a", "pub_date_raw"] == "Diperbarui 20 Des 2024, 19:59 WIB"
    assert df.loc["a", "pub_date"] == pd.Timestamp("2024-12-20 12:59", tz=UTC)
    assert df.loc["d", "pub_date_raw"] == "2025-06-10"


def test_a_first_date_column_that_gives_no_date_falls_back_to_the_next(tmp_path):
    # an export whose page string is a timestamp id (as in one bulk corpus) beside a readable scraper date
    rows = [{"id": "a", "date": "2017-03-28 11:15", "date_raw": "id timestamp 1490674536", "text": "Rapat digelar."},
            {"id": "b", "date": "2017-04-02 09:00", "date_raw": "id timestamp 1491098400", "text": "Warga hadir."},
            # both readable: the first column (the page's own string) wins, as before
            {"id": "c", "date": "2024-12-20 19:59", "date_raw": "Diperbarui 20 Des 2024, 19:59 WIB",
             "text": "Presiden membuka rapat."},
            # neither readable: kept without a date, with the per-article warning
            {"id": "d", "date": "kemarin", "date_raw": "id timestamp 1", "text": "Menteri berbicara."}]
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = load_corpus(p).set_index("doc_id")
    assert df.loc["a", "pub_date"] == pd.Timestamp("2017-03-28 04:15", tz=UTC)  # 11:15 WIB
    assert df.loc["a", "pub_date_raw"] == "2017-03-28 11:15"
    assert df["pub_date_source"].to_dict() == {"a": "column 'date'", "b": "column 'date'", "c": "column 'date_raw'",
                                               "d": "column 'date_raw'"}
    assert df.loc["c", "pub_date_kind"] == "updated" and df.loc["a", "pub_date_kind"] == ""
    assert pd.isna(df.loc["d", "pub_date"]) and df.loc["d", "pub_date_raw"] == "id timestamp 1"
    msgs = [str(w.message) for w in caught]
    assert any("2 article(s): column 'date_raw' gives no full date (e.g. 'id timestamp 1490674536'); "
               "the date is read from column 'date'" in m for m in msgs)
    assert any("'id timestamp 1'" in m and "kept without a pub_date" in m for m in msgs)


def test_update_times_are_named_in_the_coherence_sentence_and_the_older_date_flag():
    from helpers.describe import quality_flags
    from helpers.report import coherence_finding

    c = dict(articles=3, largest_group=3, share=1.0, median_cosine=0.4, verdict="one event")
    days = pd.Series(["2025-06-07 08:13", "2025-06-09 10:00", "2025-06-09"])
    s = coherence_finding(c, days=days, kinds=pd.Series(["updated", "published", ""]))
    assert "published over 3 days (2025-06-07 to 2025-06-09)" in s
    assert "1 of these 3 dates is the time a page was last updated" in s
    assert "last updated" not in coherence_finding(c, days=days)
    art = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "event_date": ["", ""], "encoding": ["utf-8"] * 2,
                        "pub_date": pd.to_datetime(["2025-06-20 03:00"] * 2, utc=True),
                        "pub_date_kind": ["updated", "published"],
                        "text": ["Rapat digelar Senin (2/6/2025) lalu."] * 2})
    f = quality_flags(art).set_index("doc_id")
    assert "last-update date" in f.loc["a", "detail"] and "publication date" in f.loc["b", "detail"]
