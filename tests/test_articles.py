"""Reading scraped text, JSON Lines and HTML into Articles."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from policygraph.articles import (
    FailedArticle,
    clean_chars,
    parse_datetime,
    parse_text,
    read_bytes,
    read_path,
    slug,
)
from policygraph.errors import InputError

SAMPLE = Path(__file__).parents[1] / "examples" / "articles" / "hani-2020-10-15-clean-network.txt"


def test_sample_header_byline_and_furniture() -> None:
    art = next(read_path(SAMPLE))
    assert art.headline == "US reiterates calls for S. Korea to join its Clean Network against Chinese tech"
    assert art.published == datetime(2020, 10, 15, 17, 12, tzinfo=timezone(timedelta(hours=9)))
    assert art.authors == ("Kim Ji-eun",)
    assert art.id == "hani-2020-10-15-clean-network"
    assert "Posted on" not in art.text
    assert "Related stories" not in art.text and "button that" not in art.text
    assert "english@hani.co.kr" not in art.text
    caption = "US Secretary of State Mike Pompeo elaborates on the US’ Clean Network policy on Aug. 5."
    assert art.text.count(caption) == 1, "a duplicated photo caption is kept once"


def test_wire_dateline_gives_place_and_publisher() -> None:
    art = parse_text(
        "Korea, U.S. hold talks\n\nSEOUL, June 25 (Yonhap) -- South Korea and the United States "
        "held talks on Friday on supply chains and 5G security, officials said."
    )
    assert art.dateline == "SEOUL"
    assert art.publisher == "Yonhap"
    assert art.text.splitlines()[-1].startswith("South Korea and the United States")


def test_ap_dateline_without_date() -> None:
    art = parse_text("WASHINGTON (AP) — The Federal Communications Commission on Thursday "
                     "voted to expand its program to replace Chinese network equipment.")
    assert (art.dateline, art.publisher) == ("WASHINGTON", "AP")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-10-15 17:12 KST", datetime(2020, 10, 15, 17, 12, tzinfo=timezone(timedelta(hours=9)))),
        ("2021-03-02T10:05:00+01:00", datetime(2021, 3, 2, 10, 5, tzinfo=timezone(timedelta(hours=1)))),
        ("2021-03-02", date(2021, 3, 2)),
        ("July 14, 2020", date(2020, 7, 14)),
        ("03.02.2021", date(2021, 2, 3)),  # dotted dates are day first
        ("03.02.2021 09:30 CET", datetime(2021, 2, 3, 9, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("Tuesday 2 March 2021 | 08:15 GMT", datetime(2021, 3, 2, 8, 15, tzinfo=UTC)),
    ],
)
def test_parse_datetime(raw: str, expected: object) -> None:
    assert parse_datetime(raw) == expected


@pytest.mark.parametrize(
    ("header", "published", "authors"),
    [
        ("Aug 3, 2022 | By Maria Lopez", date(2022, 8, 3), ("Maria Lopez",)),
        ("Monday 8 August 2022 | 16:40 BST | Telecoms", datetime(
            2022, 8, 8, 16, 40, tzinfo=timezone(timedelta(hours=1))), ()),
        ("TOMAS NOVAK, Reuters correspondent\nAugust 8, 2022 07:00 JST", datetime(
            2022, 8, 8, 7, 0, tzinfo=timezone(timedelta(hours=9))), ("Tomas Novak",)),
        ("Ministry of Digital Affairs - Press release\n\nWarsaw, 8 August 2022",
         date(2022, 8, 8), ()),
    ],
)
def test_header_lines_of_other_outlets(header: str, published: object,
                                       authors: tuple[str, ...]) -> None:
    art = parse_text(f"Poland tightens 5G vendor rules\n\n{header}\n\nPoland on Monday "
                     "adopted rules that let it exclude high-risk vendors from 5G networks.")
    assert art.headline == "Poland tightens 5G vendor rules"
    assert art.published == published
    assert art.authors == authors
    assert art.text.split("\n\n")[1].startswith("Poland on Monday"), \
        "header lines are not article text"


@pytest.mark.parametrize(
    "top",
    [
        "The Warsaw Voice\nPoland | Business | Tech | Opinion\n\n",
        "REPUBLIC OF POLAND\nMINISTRY OF DIGITAL AFFAIRS\n\nHome > Press Centre > News\n\n",
        "Office of the Minister of Digital Affairs of the Republic of Poland\n\n",
        "NEWS | ",
    ],
    ids=["site-name-and-sections", "letterhead-and-breadcrumbs", "long-letterhead", "label"],
)
def test_site_furniture_above_the_title_is_not_the_headline(top: str) -> None:
    art = parse_text(f"{top}Poland adopts rules to exclude high-risk 5G vendors\n\n"
                     "Poland on Monday adopted rules that let it exclude high-risk vendors.")
    assert art.headline == "Poland adopts rules to exclude high-risk 5G vendors"
    assert "Opinion" not in art.text and "Press Centre" not in art.text


def test_wire_credit_line_names_the_author_and_is_not_text() -> None:
    art = parse_text("Telia drops Huawei\n\nSTOCKHOLM, Aug 8 (Reuters) - Telia said on Monday it "
                     "would replace Huawei equipment in its core network by 2025.\n\n"
                     "(Reporting by Anna Berg; Additional reporting by Jon Ek; Editing by Al Cole)")
    assert art.authors == ("Anna Berg",)
    assert "Reporting by" not in art.text


def test_an_undated_file_takes_the_date_in_its_name() -> None:
    body = b"WASHINGTON (AP) - The FCC voted on Thursday to expand its rip-and-replace program."
    assert next(read_bytes(body, source="x", name="ap-2022-07-15-fcc.txt")).published == \
        date(2022, 7, 15)
    dated = b"Posted on : 2022-07-14\n\n" + body
    assert next(read_bytes(dated, source="x", name="ap-2022-07-15-fcc.txt")).published == \
        date(2022, 7, 14), "a date in the text wins over the file name"


def test_press_release_markers_and_contacts_are_dropped() -> None:
    art = parse_text(
        "Commerce adds SMIC to the Entity List\n\nFOR IMMEDIATE RELEASE\nDecember 18, 2020\n\n"
        "The Department of Commerce added SMIC to the Entity List.\n\n###\n\n"
        "Media contact: press@example.gov"
    )
    assert "IMMEDIATE" not in art.text and "press@" not in art.text and "###" not in art.text


def test_jsonl_metadata_wins_and_bad_lines_are_reported(tmp_path: Path) -> None:
    good = {"id": "a-1", "text": "Posted on : 2019-01-01 09:00 KST\nZTE was barred.",
            "title": "ZTE barred", "published": "2021-03-02T10:00:00+09:00", "author": "Jo Kim",
            "url": "https://example.org/a"}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    out = list(read_path(path))
    assert [type(a) for a in out] == [type(out[0]), FailedArticle, FailedArticle]
    art = out[0]
    assert art.id == "a-1" and art.headline == "ZTE barred" and art.authors == ("Jo Kim",)
    assert art.published == datetime(2021, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    assert "in.jsonl:2" in out[1].warnings[0] and "malformed JSON" in out[1].warnings[0]
    assert "in.jsonl:3" in out[2].warnings[0] and "'text'" in out[2].warnings[0]


def test_html_main_text_without_scripts() -> None:
    html = (
        "<html><head><title>Huawei ban</title><script>var x = 'ZTE';</script>"
        "<style>p {color: red}</style></head><body><nav>Home | World</nav><article>"
        "<h1>Britain bans Huawei</h1><p>Britain ordered telecom operators to remove Huawei "
        "equipment from their 5G networks by 2027, the government said on Tuesday.</p>"
        "<p>BT and Vodafone said they would comply with the decision.</p></article></body></html>"
    )
    art = next(read_bytes(html.encode(), source="page.html", name="page.html"))
    assert "Huawei" in art.text and "var x" not in art.text and "color" not in art.text


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\x00\x01binary\x00"])
def test_empty_or_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError):
        list(read_bytes(data, source="bad.txt", name="bad.txt"))


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    art = next(read_bytes(b"Huawei was banned\n\nThe ban \xff\xfe hit Huawei hard.",
                          source="x.txt", name="x.txt"))
    assert any("invalid UTF-8 at byte 27" in w for w in art.warnings)


def test_too_long_input_is_refused() -> None:
    with pytest.raises(InputError, match="max-chars"):
        list(read_bytes(b"word " * 1000, source="big.txt", name="big.txt", max_chars=100))


def test_clean_chars_and_slug() -> None:
    assert clean_chars("a\u200b\u202eb\r\nc") == "ab\nc"
    assert slug("Économie & Finances") == "economie-finances"
    assert slug("!!!").startswith("x")


def test_site_names_bare_bylines_and_zones_in_page_headers() -> None:
    page = ("The Example Post\nMarkets | Companies | Tech | Opinion\n\nTelecom\n\n"
            "Regulator clears 5G trials for four operators\n\n"
            "Jane Roe\nUpdated: 09:40 PM IST, 5 May 2021\n\nThe regulator on Tuesday "
            "approved the trials.")
    art = parse_text(page)
    assert art.headline == "Regulator clears 5G trials for four operators"
    assert art.authors == ("Jane Roe",)
    # IST is India's +05:30 here, not the +02:00 a date library may take it for
    assert art.published == datetime(2021, 5, 5, 21, 40, tzinfo=timezone(timedelta(hours=5.5)))
    assert art.publisher == "The Example Post"
    # the headline stays in the text; the site's name, menu, byline and date do not
    assert art.text.endswith("Regulator clears 5G trials for four operators\n\nThe regulator "
                             "on Tuesday approved the trials.")
    assert "Example Post" not in art.text and "Jane Roe" not in art.text


def test_live_pages_commentary_bylines_and_written_out_offsets() -> None:
    live = parse_text(
        "EXAMPLE LIVE\nWorld | US-China\n\nLIVE: Ministers meet in Beijing as talks resume\n\n"
        "First published 28 August 2023, 08:30 (Beijing time, GMT+8) | Last updated 19:10\n"
        "Live coverage by Jane Roe in Beijing\n\nMinisters met on Monday.")
    assert live.headline == "LIVE: Ministers meet in Beijing as talks resume"
    assert live.published == datetime(2023, 8, 28, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    assert live.authors == ("Jane Roe",)
    essay = parse_text(
        "Centre for Example Policy\nResearch | Commentary | Events\n\nCOMMENTARY\n\n"
        "After the summit, the council must deliver on 5G\n\n20 June 2023\n\nJane Roe\n"
        "Senior Fellow, Digital Security Programme\n\nDownload PDF\n\nThe meeting produced "
        "headlines.")
    assert essay.headline == "After the summit, the council must deliver on 5G"
    assert essay.authors == ("Jane Roe",)
    assert essay.text.endswith("must deliver on 5G\n\nThe meeting produced headlines.")
    assert "Senior Fellow" not in essay.text and "PDF" not in essay.text


def test_a_dateline_of_a_place_alone_is_read_and_kept_out_of_the_text() -> None:
    art = parse_text("Country bars two vendors from 5G networks\n\nOTTAWA — The country will "
                     "ban equipment from two vendors, ministers announced on Thursday.")
    assert art.dateline == "OTTAWA"
    assert "OTTAWA" not in art.text
    live = parse_text("LIVE: Ministers meet in Beijing as talks resume\n\nMinisters met today "
                      "in the capital for the first time in years, officials said.")
    assert live.dateline is None and live.text.startswith("LIVE: Ministers meet")


@pytest.mark.parametrize(("header", "published"), [
    # a zone written as words takes that day's offset (summer and winter differ)
    ("Issued on: 12/04/2022 - 09:15 (Berlin time)", "2022-04-12T09:15:00+02:00"),
    ("Friday, January 13, 2023 · 7:30 a.m. ET", "2023-01-13T07:30:00-05:00"),
    ("Friday, July 14, 2023 · 7:30 a.m. ET", "2023-07-14T07:30:00-04:00"),
    # an outlet's line with dashes and a section after the bar
    ("EXAMPLE WIRE - Feb 2, 2022 - 10:05 JST | Tech, All", "2022-02-02T10:05:00+09:00"),
    # a time without a zone is the time of the outlet's or the masthead's country
    ("Source: Xinhua | 2022-05-06 10:11:12 | Editor: Li", "2022-05-06T10:11:12+08:00"),
])
def test_zones_written_as_words_or_implied_by_the_page(header: str, published: str) -> None:
    text = f"{header}\n\nAcme Telecom picks new vendors for its network\n\nThe body of it here."
    art = parse_text(text)
    assert art.published is not None and art.published.isoformat() == published
    assert art.headline == "Acme Telecom picks new vendors for its network"


@pytest.mark.parametrize(("dateline", "header", "published"), [
    # a time without a zone, on a page whose outlet says no country: the dateline's
    ("LIMA, Peru —", "Tuesday, March 3, 2026 — 4:15 p.m.", "2026-03-03T16:15:00-05:00"),
    ("NAIROBI —", "Published 03/03/2026 09:40", "2026-03-03T09:40:00+03:00"),
    # letters several zones use, as the dateline's country reads them
    ("RIYADH —", "Published 9:10 a.m. AST Nov. 20, 2025", "2025-11-20T09:10:00+03:00"),
    ("SAN JUAN —", "Published 9:10 a.m. AST Nov. 20, 2025", "2025-11-20T09:10:00-04:00"),
    ("JERUSALEM —", "Published 9:10 IST Nov. 20, 2025", "2025-11-20T09:10:00+02:00"),
    ("MUMBAI —", "Published 9:10 IST Nov. 20, 2025", "2025-11-20T09:10:00+05:30"),
])
def test_a_page_s_time_is_read_in_its_dateline_s_zone(dateline: str, header: str,
                                                       published: str) -> None:
    text = (f"Acme Telecom picks new vendors for its network\nEXAMPLE LEDGER\n{header}\n\n"
            f"{dateline} The operator said on Monday it would replace its core network "
            "within two years.")
    art = parse_text(text)
    assert art.published is not None and art.published.isoformat() == published
    assert art.dateline is not None and art.dateline in dateline
    assert "\n\nThe operator said" in art.text and dateline.split()[0] not in art.text


def test_a_ministry_named_with_commas_publishes_its_release() -> None:
    text = ("Minister welcomes new licence\n\nKINGSTON — The licence was granted on Monday.\n\n"
            "© 2026 Ministry of Trade, Energy and Mines. All rights reserved.")
    assert parse_text(text).publisher == "Ministry of Trade, Energy and Mines"


def test_a_masthead_naming_a_country_gives_its_zone() -> None:
    text = ("Ministry of Foreign Affairs of the Republic of Korea\nHome > Press > Briefings\n\n"
            "Spokesperson's Regular Press Briefing on May 6, 2022\n\n2022-05-06 16:20\n\n"
            "Q: What is the ministry's comment on the new chip rules?\n\nA: We have noted it.")
    assert parse_text(text).published.isoformat() == "2022-05-06T16:20:00+09:00"  # type: ignore[union-attr]


def test_title_case_dateline_masthead_agency_and_a_title_ending_in_an_abbreviation() -> None:
    text = ("Porto tightens rules on network vendors in line with U.S.\n\n"
            "Porto (AFP) – The city council said on Thursday it would vet suppliers.")
    art = parse_text(text)
    assert (art.publisher, art.dateline) == ("AFP", "Porto")
    assert art.headline == "Porto tightens rules on network vendors in line with U.S."
    assert art.text.endswith("The city council said on Thursday it would vet suppliers.")
    wire = parse_text("EXAMPLE NEWS | English\n\nRuritania curbs exports of chip tools today\n\n"
                      "RURITOWN, March 3 (Example) -- Ruritania will restrict exports of "
                      "chipmaking tools, its ministry said on Friday.")
    assert wire.publisher == "EXAMPLE NEWS"


@pytest.mark.parametrize("line", ["Skip to content", "View this email in your browser", "3 min",
                                  "[Big] [Middle] [Small]   Print", "[Video] [Print] [Close]",
                                  "Menu  Search", "Share: Facebook | Twitter | Print",
                                  "Share this article: X | LinkedIn | Facebook | Email",
                                  "- Previous episode: Ep. 111 – Ruritania bans Acme",
                                  "Related: Acmea joins the Clean Network"])
def test_more_page_furniture_is_dropped(line: str) -> None:
    art = parse_text(f"{line}\n\nAcme Telecom picks new vendors for its network\n\nBody text.")
    assert line not in art.text and art.headline == "Acme Telecom picks new vendors for its network"


def test_reader_examples() -> None:
    import doctest

    from policygraph import articles, timeexpr, zones
    from policygraph.nlp import descriptions, linker, meetings, mentions, relations

    for module in (articles, zones, timeexpr, mentions, linker, meetings, relations,
                   descriptions):
        assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(("page", "headline", "publisher", "published"), [
    # the site's name opens the navigation line under the headline
    ("Ruritania fines Acme over 5G gear sold to the army\nExample Markets | Equities | Asia\n"
     "Tuesday, 8 October 2019 · 4:12 p.m. Hong Kong time\nBy Jane Roe\n\nShares fell.",
     "Ruritania fines Acme over 5G gear sold to the army", "Example Markets",
     datetime(2019, 10, 8, 16, 12, tzinfo=timezone(timedelta(hours=8)))),
    # the outlet after the names in the byline; dots part the date line
    ("Acme bans 59 apps: all the updates\nLIVE UPDATES | Home > News > Asia\n"
     "24 June 2021 · 14:00 AEST · Reading time: 5 min\n"
     "By Jane Roe and John Doe, The Example Dispatch\n\nThe ban took effect.",
     "Acme bans 59 apps: all the updates", "The Example Dispatch",
     datetime(2021, 6, 24, 14, 0, tzinfo=timezone(timedelta(hours=10)))),
    # an office and its unit under the date; "10h00" and "(GMT+2)"
    ("Acme switches on 5G in four cities\nIssued: 30 June 2020, 10h00 (GMT+2)\n"
     "Ministry of Examples of the Republic of Ruritania - Public Relations Bureau\n\n"
     "Acme today launched its network.",
     "Acme switches on 5G in four cities",
     "Ministry of Examples of the Republic of Ruritania",
     datetime(2020, 6, 30, 10, 0, tzinfo=timezone(timedelta(hours=2)))),
    # an office and its state, a middle dot between, over the site's path
    ("Acme switches on 5G in four cities\n"
     "Ministry of Example Trade and Example Industry · Republic of Ruritania\n"
     "Home › Newsroom › Press releases\nPublished on 30.06.2020 at 10:00 (GMT)\n\n"
     "Acme today launched its network.",
     "Acme switches on 5G in four cities", "Ministry of Example Trade and Example Industry",
     datetime(2020, 6, 30, 10, 0, tzinfo=timezone(timedelta(hours=0)))),
])
def test_sites_offices_and_dates_in_more_page_headers(
        page: str, headline: str, publisher: str, published: datetime) -> None:
    art = parse_text(page)
    assert (art.headline, art.publisher, art.published) == (headline, publisher, published)
    assert publisher not in art.text and "Reading time" not in art.text


def test_a_caption_crediting_an_agency_is_no_office_line() -> None:
    art = parse_text("Leaders launch a 5G partnership in Washington\n\nPresident Jane Roe and "
                     "Prime Minister John Doe speak at the White House on Friday. | AGENCY\n\n"
                     "The two leaders met on Friday.")
    assert art.publisher is None


def test_html_publication_time_comes_from_the_page_s_meta_tags() -> None:
    from policygraph.articles import parse_html

    html = ("<html><head><title>Ruritania limits 5G suppliers | Example Tico</title>"
            '<meta property="og:site_name" content="Example Tico">'
            '<meta property="article:published_time" content="2023-09-01T07:30:00-06:00">'
            '<meta property="article:modified_time" content="2023-09-01T11:05:00-06:00">'
            "</head><body><article><h1>Ruritania limits 5G suppliers</h1>"
            + "<p>An executive decree published on Thursday limits 5G equipment to suppliers "
              "from countries that signed the convention, in effect excluding Acme.</p>" * 3
            + "</article></body></html>")
    art = parse_html(html)
    assert art.published == datetime(2023, 9, 1, 7, 30, tzinfo=timezone(timedelta(hours=-6)))


@pytest.mark.parametrize(("header", "publisher", "author", "published"), [
    ("EXAMPLE BRIEF · Supply chains · Chronology\nThursday 20 November 2025, 08:00 CET\n"
     "Compiled by Jane de Roe in Amsterdam, with Li Wen in Hong Kong",
     "Example Brief", "Jane de Roe", "2025-11-20T08:00:00+01:00"),
    ("ExampleDesk  >  Companies  >  ACME  >  Form 10-Q\n"
     "Accepted: 2023-06-30 16:32:07 ET (UTC-4) · Excerpt prepared by ExampleDesk Editorial",
     "ExampleDesk", "ExampleDesk Editorial", "2023-06-30T16:32:07-04:00"),
    ("XBS News | Example Broadcasting System | Economy\n"
     "Aired: 2019.07.12 (Fri) 21:00 | Web transcript posted 21:40 KST\n"
     "Anchor: Choi Min-seo | Reporter: Park Jun-ho (Tokyo)",
     "XBS News", "Park Jun-ho", "2019-07-12T21:40:00+09:00"),
    ("Acme Notes — the conference blog of the Example Airwaves Forum\n"
     "Posted 29 September 2022 at 21:15 (Bucharest, EEST)\n"
     "by Ioana Roe, reporting from the Palace of the Parliament, Bucharest",
     "Example Airwaves Forum", "Ioana Roe", "2022-09-29T21:15:00+03:00"),
    ("EXAMPLE & SIGNALS — a podcast about trade law\n"
     "Published: Tuesday, September 27, 2022, 5:00 a.m. EDT\nHosted by Daniel Roe",
     "Example & Signals", "Daniel Roe", "2022-09-27T05:00:00-04:00"),
    ("Example Telecom Journal | Spectrum & Policy | Interviews\n"
     "November 8, 2021 · 07:00 BRT (UTC-3)\nBy Renata Roe, São Paulo",
     "Example Telecom Journal", "Renata Roe", "2021-11-08T07:00:00-03:00"),
])
def test_the_line_under_the_headline_names_the_publication_and_bylines_take_many_forms(
        header: str, publisher: str, author: str, published: str) -> None:
    art = parse_text(f"Ruritania orders Acme to sell its stake in a chip plant\n\n{header}\n\n"
                     "Ruritania on Monday ordered Acme to sell its stake in a chip plant.")
    assert art.publisher == publisher
    assert art.authors == (author,)
    assert art.published is not None and art.published.isoformat() == published
    assert art.text.splitlines()[-1] == "Ruritania on Monday ordered Acme to sell its stake in a " \
        "chip plant."
    assert len([ln for ln in art.text.splitlines() if ln]) == 2, art.text


def test_bureaux_and_places_in_a_credit_line_are_no_authors() -> None:
    art = parse_text("Which governments have restricted Acme?\n\n"
                     "Example Agency | Technology | Feb 7, 2025 | 06:45 GMT\n"
                     "Compiled by Example bureaux in Seoul, Sydney and Rome; editing by Paul Roe"
                     "\n\nGovernments have moved to restrict Acme, a chatbot maker.")
    assert art.authors == ()
    assert art.publisher == "Example Agency"


@pytest.mark.parametrize("under", ["Opinion | Technology", "Asia | Europe",
                                   "By Jane Roe | May 3, 2021",
                                   "The minister said - again - that the ban stays."])
def test_a_section_place_byline_or_sentence_under_the_headline_is_no_publisher(under: str) -> None:
    art = parse_text(f"Ruritania bans Acme from its networks\n\n{under}\n\n"
                     "Ruritania on Monday banned Acme from its networks.")
    assert art.publisher is None


@pytest.mark.parametrize("heading", ["MORE BRIEFS", "Related", "READ MORE",
                                     "MORE RULING SUMMARIES",
                                     "Other translated readouts:", "FROM THE SITE THIS WEEK",
                                     "Also in the tracker this week:", "READING LIST",
                                     "READ ALSO", "Don't miss", "More on this story"])
def test_a_list_of_other_stories_under_its_heading_is_dropped(heading: str) -> None:
    art = parse_text("Ruritania bans Acme from its networks\n\n"
                     "Ruritania on Monday banned Acme from its networks.\n\n"
                     f"{heading}\n- Borduria bans Globex\n> Initech wins Ruritanian contract\n"
                     "Minister Jane Roe meets Initech executives\n\n"
                     "The ministry said the ban takes effect next year, officials added.")
    assert "Globex" not in art.text and "Initech" not in art.text
    assert art.text.splitlines()[-1].startswith("The ministry said the ban takes effect")


def test_a_heading_like_line_without_a_list_keeps_the_paragraph_after_it() -> None:
    art = parse_text("Ruritania bans Acme\n\nRuritania on Monday banned Acme.\n\n"
                     "Other reports\nBorduria said on Tuesday it would study a similar ban on "
                     "Acme and Globex.")
    assert "Borduria said on Tuesday" in art.text


@pytest.mark.parametrize("line", [
    "[Download PDF] [Cite this] [Share: Facebook | LinkedIn | WhatsApp]",
    "[Share] [Tweet] [Email] [Print]   3 min read",
    "(c) Example Newswire 2022. All rights reserved.",
    "Our Standards: The Example Wire Trust Principles.",
    "We use cookies to improve your experience. [Accept] [Manage settings]",
    "Cookie notice: we use strictly necessary cookies only.",
    "Newsletter: Example Daily, 7 a.m. [Sign up]",
    "11:42 EEST  UPDATE 2 - adds analyst, Ruritanian operators, EU ministers",
])
def test_buttons_copyright_standards_and_cookie_lines_are_furniture(line: str) -> None:
    art = parse_text(f"Ruritania bans Acme\n\nRuritania on Monday banned Acme.\n\n{line}")
    assert art.text.endswith("Ruritania on Monday banned Acme.")


@pytest.mark.parametrize("line", ["[ANCHOR] Ruritania on Monday banned Acme.",
                                  "(c) the operator must remove Acme gear by 2022.",
                                  "We use Acme gear in the core, the operator said."])
def test_speaker_tags_enumerated_clauses_and_sentences_are_no_furniture(line: str) -> None:
    art = parse_text(f"Ruritania bans Acme\n\nRuritania on Monday banned Acme.\n\n{line}")
    assert art.text.endswith(line)


def test_a_firm_alert_names_its_authors_with_roles_and_the_firm_as_publisher() -> None:
    art = parse_text("Regulator revokes Acme Telecom's licence: what carriers should know\n\n"
                     "CLIENT ALERT | Telecommunications | National Security\n"
                     "October 28, 2021, 9:30 a.m. EDT (UTC-4)\n"
                     "Authors: Jane Roe, Partner; John Doe, Counsel\n"
                     "Example Marr LLP - Washington, D.C.\n\n"
                     "The regulator on Tuesday revoked Acme Telecom's licence.")
    assert art.authors == ("Jane Roe", "John Doe")
    assert art.publisher == "Example Marr LLP"
    assert art.text.splitlines()[-1] == "The regulator on Tuesday revoked Acme Telecom's licence."
    assert "Example Marr" not in art.text


def test_the_outlet_after_a_correspondent_role_is_the_publisher_not_the_kicker() -> None:
    art = parse_text("Court upholds Acme law\n\nRULING SUMMARY · Supreme Court of Ruritania\n"
                     "By Jane Roe, Supreme Court correspondent, Example Notes\n\n"
                     "The court on Friday upheld the law that bans Acme.")
    assert art.publisher == "Example Notes"
    assert art.authors == ("Jane Roe",)


def test_an_agency_acronym_in_the_dateline_is_spelled_out_from_the_header() -> None:
    art = parse_text("Acme to quit Ruritania\n\nExample Newswire (EXN) · Technology\n"
                     "By Jane Roe\n\nOSLO, April 12 (EXN) - Acme said on Tuesday it would leave "
                     "Ruritania altogether, going further than its rival Globex.")
    assert art.publisher == "Example Newswire"
    assert art.dateline == "OSLO"


def test_an_agency_acronym_in_the_dateline_spells_the_masthead_s_initials() -> None:
    art = parse_text("Example News Service\nWORLD | EUROPE\nUPDATE 2-Ruritania blames gang for "
                     "attack on state systems\nBy Jane Roe\n\nLIMA, Aug 31 (ENS) - A criminal "
                     "group was behind the attack on the state's systems, the minister said.")
    assert art.publisher == "Example News Service"
    # the acronym spells no line above: it stays as written
    other = parse_text("Ruritania blames gang for attack on state systems\nBy Jane Roe\n\nLIMA, "
                       "Aug 31 (ENS) - A criminal group was behind the attack, the minister said.")
    assert other.publisher == "ENS"


def test_the_headline_again_in_capitals_is_dropped_from_the_text() -> None:
    art = parse_text("Acme chief holds talks with Ruritanian President Jane Roe\n\n"
                     "ACME CHIEF HOLDS TALKS WITH PRESIDENT OF RURITANIA JANE ROE\n\n"
                     "THE TALKS\n\nThe Acme chief met President Jane Roe on Monday.")
    assert "PRESIDENT OF RURITANIA" not in art.text
    assert "THE TALKS" in art.text


def test_a_headline_that_opens_with_government_is_no_letterhead() -> None:
    art = parse_text("Government orders Acme to sell its stake in Globex\n\nPress release\n"
                     "Published 6 November 2024\n\nThe government on Tuesday ordered Acme to sell.")
    assert art.headline == "Government orders Acme to sell its stake in Globex"


def test_a_from_line_names_the_issuing_office_and_not_the_minister() -> None:
    art = parse_text("Acme ordered to sell Globex stake\n\nFrom: Example Office and The Rt Hon "
                     "Jane Roe MP\nPublished 6 November 2024\n\nThe minister ordered Acme to sell.")
    assert art.publisher == "Example Office"
    assert "From:" not in art.text


@pytest.mark.parametrize(("footer", "owner"), [
    ("© North Example Courier 2021", "North Example Courier"),
    ("© 2023 The Example Ledger Ltd. All rights reserved. | Privacy | Cookies", "The Example Ledger"),
    ("Copyright (c) Example Review. Unauthorized reproduction prohibited.", "Example Review"),
    ("© 2022 Ministry of Examples – Republic of Ruritania. All rights reserved.",
     "Ministry of Examples"),
])
def test_the_copyright_owner_is_the_publisher_when_the_header_names_none(
        footer: str, owner: str) -> None:
    art = parse_text("Acme picks Globex for 5G\n\nBy Jane Roe\n\nAcme said on Thursday it had "
                     f"picked Globex.\n\nShare this article\n{footer}")
    assert art.publisher == owner


@pytest.mark.parametrize("footer", ["(c) Crown copyright", "© Example Images",
                                    "© 2021 Getty Images"])
def test_a_photo_credit_or_crown_copyright_names_no_publisher(footer: str) -> None:
    art = parse_text(f"Acme picks Globex for 5G\n\nAcme said on Thursday it had picked Globex.\n{footer}")
    assert art.publisher is None


@pytest.mark.parametrize(("header", "published"), [
    ("Updated: 05/07/2019 16:40 SAST", "2019-07-05T16:40:00+02:00"),  # day first outside America
    ("05/07/2019 4:40 PM EDT", "2019-05-07T16:40:00-04:00"),
    ("June 7, 2018 / 12:41 PM EDT / Updated 2 hours ago", "2018-06-07T12:41:00-04:00"),
])
def test_numeric_dates_read_in_the_zone_s_order_and_slashes_part_a_header(
        header: str, published: str) -> None:
    art = parse_text(f"Acme picks Globex for 5G\n\n{header}\nBy Jane Roe\n\n"
                     "Acme said on Thursday it had picked Globex.")
    assert art.published is not None and art.published.isoformat() == published


def test_a_name_then_a_journalist_s_role_in_a_header_line_is_the_author() -> None:
    art = parse_text("EXAMPLE REPORT › Policy & Regulation › Security\n\n"
                     "Ruritania backs 5G security principles without naming Acme\n\n"
                     "Jana Novotná | Central Europe Correspondent | 03.05.2019 17:20 CEST\n\n"
                     "Officials from 32 countries ended a conference in Prague on Friday.")
    assert art.authors == ("Jana Novotná",)
    assert art.publisher == "Example Report"  # the site's name opening the navigation
    assert art.published is not None and art.published.isoformat() == "2019-05-03T17:20:00+02:00"


def test_a_text_label_and_a_dotted_time_in_a_nordic_header() -> None:
    art = parse_text("Court backs regulator's Acme ban\n\nTue 22 Jun 2021 · 15.37 CEST "
                     "(updated 17.02)\nText: Elin Berg\n\nThe court rejected Acme's appeal.")
    assert art.authors == ("Elin Berg",)
    assert art.published is not None and art.published.isoformat() == "2021-06-22T15:37:00+02:00"


def test_a_wire_release_names_its_issuer_under_news_provided_by() -> None:
    art = parse_text("Ruritania moves to bar Acme equipment\n\nNews provided by\nMinistry of "
                     "Examples of Ruritania\nMay 19, 2022, 17:53 ET\n\nOTTAWA, ON, May 19, 2022 "
                     "/ExampleWire/ - Ruritanians depend on secure networks.")
    assert art.publisher == "Ministry of Examples of Ruritania"
    assert "Ministry of Examples" not in art.text


@pytest.mark.parametrize(("header", "published"), [
    ("Friday, 9 June 2023 · 6.40pm SGT", "2023-06-09T18:40:00+08:00"),  # a dotted time, am/pm
    ("Tue 14.03.2023 – 11:25 Riga time (EET, UTC+2)", "2023-03-14T11:25:00+02:00"),
    ("Posted On: 02 FEB 2022 5:05PM IST by Example Bureau", "2022-02-02T17:05:00+05:30"),
    # zone letters of Africa, Asia and Latin America, in brackets or not
    ("Aug 3, 2023 6:45 AM (EAT)", "2023-08-03T06:45:00+03:00"),
    ("12 March 2024 | 16:05 WIB", "2024-03-12T16:05:00+07:00"),
    ("Monday, 3 June 2024 10:30 PKT", "2024-06-03T10:30:00+05:00"),
    # another calendar's date with the Gregorian one in brackets
    ("Kartik 28, 2080 (Tuesday, November 14, 2023) | 08:20 NPT", "2023-11-14T08:20:00+05:45"),
    ("5 Rabi al-Awwal 1445 (20 September 2023) 09:15 Riyadh time", "2023-09-20T09:15:00+03:00"),
    # zone letters that name two zones, with the offset that says which
    ("Posted on : 2024-07-31 20:15 BST (GMT+6) Modified on : 2024-07-31 22:40 BST (GMT+6)",
     "2024-07-31T20:15:00+06:00"),
    ("Posted on : 2024-07-31 20:15 IST (UTC+02:00)", "2024-07-31T20:15:00+02:00"),
    # the place whose time it is, before its offset
    ("03-05-2021 | 07:40 Lima (GMT-5)", "2021-05-03T07:40:00-05:00"),
    ("May 3, 2021 10:00 Buenos Aires (UTC-3)", "2021-05-03T10:00:00-03:00"),
    # a release's embargo is when it may be published
    ("Embargo: for release at 09:30 CET, Monday 3 May 2021", "2021-05-03T09:30:00+01:00"),
    ("EMBARGOED UNTIL 00:01 GMT 4 May 2021", "2021-05-04T00:01:00+00:00"),
    ("For immediate release: 3 May 2021", "2021-05-03"),
])
def test_more_header_dates_keep_their_time_and_offset(header: str, published: str) -> None:
    art = parse_text(f"Acme picks Globex for 5G\n\n{header}\n\n"
                     "Acme said on Thursday it had picked Globex.")
    assert art.published is not None and art.published.isoformat() == published


@pytest.mark.parametrize(("kicker", "kept"), [
    ("ANALYSIS", True), ("Explainer", True), ("EXCLUSIVE", True), ("BRIEF", False),
    ("NEWS", False)])
def test_a_kind_of_piece_before_the_bar_belongs_to_the_headline_a_section_does_not(
        kicker: str, kept: bool) -> None:
    title = "Three vendors and one tender: what the reversal means for Acme"
    art = parse_text(f"{kicker} | {title}\n\nMay 3, 2023\n\nRuritania changed course on Monday.")
    assert art.headline == (f"{kicker} | {title}" if kept else title)


def test_an_edition_masthead_is_no_headline_and_a_reporter_s_city_is_no_name() -> None:
    art = parse_text("EXAMPLE GAZETTE · English Edition\nPolitics / Digital\n\n"
                     "Regulator's rating shuts Acme out of Ruritania's grid\n\n"
                     "Jane Roe, Valletta\nTue, 14/02/2023 - 09:05 (GMT+1)\n\n"
                     "Ruritania's grid operator has dropped Acme's meters.")
    assert art.headline == "Regulator's rating shuts Acme out of Ruritania's grid"
    assert art.authors == ("Jane Roe",)
    assert "English Edition" not in art.text and "Digital" not in art.text


def test_a_release_s_letterhead_names_the_ministry_that_issues_it() -> None:
    art = parse_text("Press Bureau\nGovernment of Ruritania\nMinistry of Examples\n\n"
                     "Vendor registry opens; supplier rules apply from today\n\n"
                     "Posted On: 02 MAR 2022 4:05PM IST\n\nThe Government today opened a registry.")
    assert art.publisher == "Ministry of Examples"
    assert art.headline == "Vendor registry opens; supplier rules apply from today"


@pytest.mark.parametrize(("opening", "dateline"), [
    ("MANILA: The Philippines will", "MANILA"),
    ("NEW DELHI - India will", "NEW DELHI"),
    ("WARNING: Ruritania will", None),  # a known place, not any capitals before a colon
])
def test_a_known_place_in_capitals_before_a_colon_or_hyphen_is_a_dateline(
        opening: str, dateline: str | None) -> None:
    art = parse_text("Three vendors and one tender for the country\n\n"
                     f"{opening} abandon its single wholesale network for 5G, the minister said.")
    assert art.dateline == dateline
    assert art.text.endswith("minister said.")
    assert (opening.split(":")[0].split(" -")[0] in art.text) is (dateline is None)


@pytest.mark.parametrize(("header", "publisher"), [
    # a masthead in capitals that begins with "The", above an edition line
    ("THE ANDEAN COURIER · English Edition\nNational | Technology\n\n", "The Andean Courier"),
    # a body's press pages: the body publishes
    ("European Commission - Press corner\nHome > Press releases > Trade\n\n"
     "Press release | 4 May 2022 | Brussels\n\n", "European Commission"),
    ("Ruritania Telecoms Authority | Newsroom\nHome > News\n\n", "Ruritania Telecoms Authority"),
    # a masthead of six words in capitals, above a line of its cities
    ("GULF OF EXAMPLES BUSINESS DAILY BRIEF\nDoha · Manama · Muscat\n\n",
     "GULF OF EXAMPLES BUSINESS DAILY BRIEF"),
    # a site's name over its gloss, then the navigation: the name
    ("Exampletilsynet\nThe Ruritanian Data Authority\n\nSkip to main content | Search\n"
     "Home › News\n\n", "Exampletilsynet"),
    # ... but a press office over its ministry is not a site's name
    ("Press Office\nMinistry of Examples\nHome | News | Releases\n\n", "Ministry of Examples"),
])
def test_the_publisher_a_masthead_names(header: str, publisher: str) -> None:
    text = (header + "Regulator fines three carriers over outages\n\n"
            "Wednesday, 4 May 2022 | 10:15\n\nThe regulator fined three carriers on Tuesday "
            "for outages last year, saying they had failed to report them in time.")
    assert parse_text(text).publisher == publisher


def test_a_byline_of_a_name_and_a_place_and_a_masthead_above_the_headline() -> None:
    art = parse_text("EXAMPLE TRIBUNE · English Edition\nBusiness | Telecoms\n"
                     "Acmetel to sell its Lima unit to a Beirut fund for $105 million\n"
                     "9 July 2021 · 10:45 PET\nJane Roe | Lima\n\n"
                     "LIMA – Acmetel has agreed to sell its unit.")
    assert art.authors == ("Jane Roe",) and art.publisher == "Example Tribune"
    # a publication's name beside its city is no reporter's
    paper = parse_text("Acmetel to sell its Lima unit to a Beirut fund for $105 million\n"
                       "Andes Times | Lima\n\nLIMA – Acmetel has agreed to sell its unit.")
    assert paper.authors == ()


def test_a_dateline_filed_from_two_places_names_the_first_and_its_agency() -> None:
    art = parse_text("Ruritania curbs Acme\n\nJune 16, 2023 / 9:12 AM CEST / Updated 3 hours "
                     "ago\n\nLIMA/CUSCO, June 16 (Example Newswire) - Ruritania's government "
                     "has used its special powers to limit the influence of Acme at Beta.")
    assert (art.publisher, art.dateline) == ("Example Newswire", "LIMA")
    assert art.text.splitlines()[-1].startswith("Ruritania's government")


def test_a_bare_ministry_is_the_one_named_before_or_the_dateline_country_s() -> None:
    from policygraph.pipeline import extract

    art = parse_text("Peru weighs Acme curbs\n\nLIMA, May 3 (Example Wire) - The finance "
                     "ministry told employees to avoid Acme's apps, and the foreign ministry "
                     "said China had been told. The Chinese commerce ministry did not comment. "
                     "The commerce ministry has protested before.")
    ex = next(extract([art]))
    bodies = {e.label: e for e in ex.entities if e.type.value == "GovernmentBody"}
    assert "Peru's finance ministry" in bodies
    # "the commerce ministry" is the one named before, not the dateline country's
    assert not [name for name in bodies if "Peru" in name and "commerce" in name]


def test_a_masthead_with_its_edition_over_the_sections_names_the_publisher() -> None:
    art = parse_text("Ruritania bans Acme from its networks\nEXAMPLE DAILY — English Edition\n"
                     "Economy | Technology\nJane Roe, Lima\nWed., Sept. 8, 2021 | 5:40 a.m.\n\n"
                     "LIMA — Ruritania on Monday banned Acme from its networks, officials said.")
    assert art.publisher == "Example Daily"


@pytest.mark.parametrize("line", ["WATCH: Ruritania's minister greets the press in Lima (2:41)",
                                  "Video: the minister arrives in Lima (1:02:10)"])
def test_a_video_or_audio_teaser_with_its_running_time_is_furniture(line: str) -> None:
    art = parse_text(f"Ruritania joins the bloc\n\n{line}\n\nLIMA — Ruritania joined the bloc "
                     "on Sunday, officials said.")
    assert "greets" not in art.text and "arrives" not in art.text


def test_a_line_about_an_embargo_is_text_not_a_release_date() -> None:
    for line in ("Embargo on chips widened", "Embargo on 2022 chips widened",
                 "Embargo: Ruritania widens curbs", "For release in 2022"):
        art = parse_text(f"Acme picks Globex for 5G\n\nEmbargo: 3 May 2021\n\n{line}\n\n"
                         "Acme said on Thursday it had picked Globex.")
        assert line in art.text


def test_a_byline_with_a_capitalised_desk_title_and_a_section_s_more_list() -> None:
    art = parse_text("Acme picks Globex for 5G\n\nMonday, 20 November 2023\nJane Roe, Technology "
                     "Editor\n\nLIMA — Acme said on Thursday it had picked Globex.\n\n"
                     "MORE TECHNOLOGY\n· Initech picks Hooli for 5G core\n· Ruritania sells "
                     "spectrum\n\nShare on X · Email")
    assert art.authors == ("Jane Roe",)
    assert "Initech" not in art.text and "Jane Roe" not in art.text
    # "More ..." over text, not over a list of headlines, stays
    kept = parse_text("Acme picks Globex for 5G\n\nMonday, 20 November 2023\n\nLIMA — Acme said "
                      "on Thursday it had picked Globex.\n\nMore funding\n\n- The ministry will "
                      "pay for half of the network.")
    assert "pay for half" in kept.text


def test_a_release_s_contact_and_number_lines_are_furniture_and_its_copyright_names_it() -> None:
    art = parse_text("Acme opens bids for 5G spectrum\nInstituto Ejemplar de Redes (IER)\n"
                     "Office of Communications · Release No. 12-2021\n\nThe institute opened the "
                     "bids on Monday.\n\nOffice of Communications, IER · prensa@ier.example · "
                     "+51 1 234 5678\n\n© 2021 Instituto Ejemplar de las Redes. All rights "
                     "reserved.")
    assert "Release No." not in art.text and "prensa@" not in art.text
    assert art.publisher == "Instituto Ejemplar de las Redes"
    # a line of text beside a phone number is no contact line
    kept = parse_text("Acme opens bids\n\nThe institute opened the bids on Monday.\n\n"
                      "Acme sold 12 units | +51 1 234 5678")
    assert "Acme sold 12 units" in kept.text


def test_a_brief_s_date_line_with_a_french_clock_a_zone_and_a_reading_time() -> None:
    art = parse_text("Peru cuts the internet\nTHE EXAMPLE LINE · Andes Connectivity Brief\n"
                     "Monday 28 August 2023 · 07h30 Lima (PET, UTC-5) · 3 min read\n"
                     "By Jane Roe\n\nGood morning. Peru has been offline since Saturday night.")
    assert art.published is not None and art.published.isoformat() == "2023-08-28T07:30:00-05:00"
    assert art.authors == ("Jane Roe",)


def test_a_caption_s_photo_credit_is_dropped() -> None:
    art = parse_text("Peru bans Acme\n\nPhoto: Traders at a Lima market. (Example Ledger/Jane "
                     "Roe)\n\nLIMA — Peru banned Acme on Monday (the second time), officials "
                     "said (in Lima/Cusco)\n\nFILE PHOTO: A Lima market, May 3, 2022. (Photo: "
                     "John Doe)")
    assert "Jane Roe" not in art.text and "John Doe" not in art.text
    assert "Traders at a Lima market." in art.text and "(the second time)" in art.text
    assert "(in Lima/Cusco)" in art.text  # text, not a caption


def test_a_slashed_date_with_a_zone_s_letters_before_its_offset_is_day_first() -> None:
    art = parse_text("Peru signs a trade deal\nTHE EXAMPLE HERALD · World\n"
                     "09/04/2022 · 10:15 PET (GMT-5)\nBy Jane Roe\n\nLIMA — Peru signed it.")
    assert art.published is not None and art.published.isoformat() == "2022-04-09T10:15:00-05:00"
    us = parse_text("Peru signs a trade deal\n09/04/2022 · 10:15 EST (GMT-5)\n\nPeru signed it.")
    assert us.published is not None and us.published.isoformat() == "2022-09-04T10:15:00-05:00"


def test_a_release_time_label_with_a_city_s_time_in_capitals_and_a_source_after() -> None:
    art = parse_text("Ministry answers questions on export rules\nMinistry of Examples\n"
                     "Release time: 2024-02-09 11:20 (Lima Time)    Source: Ministry of "
                     "Examples\n\n"
                     "Question: What changed today? Answer: The ministry issued new rules.")
    assert art.published is not None and art.published.isoformat() == "2024-02-09T11:20:00-05:00"
    assert "Release time" not in art.text


def test_a_date_line_whose_parts_a_long_dash_separates() -> None:
    art = parse_text("Peru and Chile sign a pact\nExample Wire · World\n"
                     "Sat 4 Jun 2022 — 18:40 PET (GMT-5) — Last update 19:10 PET\nBy Jane Roe\n\n"
                     "LIMA, June 4 (Example Wire) - Peru and Chile signed a pact on Saturday.")
    assert art.published is not None and art.published.isoformat() == "2022-06-04T18:40:00-05:00"
    # a lead with a dateline and a dash is text, whatever date it tells
    for lead in ("LIMA — Peru banned Acme on 3 May 2021.",
                 "LIMA, May 3, 2021 — Peru banned Acme on Monday."):
        assert "Peru banned Acme on" in parse_text(f"Peru bans Acme\n\n{lead}\n\nMore.").text


def test_a_header_s_parts_set_apart_by_a_glyph_other_than_a_dot_or_a_bar() -> None:
    for glyph in ("◆", "●", "■", "│"):
        art = parse_text(f"Peru and Chile sign a pact\nTHE EXAMPLE LETTER\n"
                         f"Sat 4 Jun 2022 {glyph} 18:40 PET (UTC-5) {glyph} Issue No. 12 "
                         f"{glyph} 2-minute read\nWritten by Jane Roe\n\nPeru and Chile signed "
                         "a pact on Saturday.")
        assert art.published is not None
        assert art.published.isoformat() == "2022-06-04T18:40:00-05:00", glyph
        assert "Issue No." not in art.text
    # a bullet at a line's start is a list item of the text, kept as written
    art = parse_text("Peru and Chile sign a pact\nSat 4 Jun 2022\n\nPeru signed it.\n"
                     "◆ Chile signed it too.")
    assert "◆ Chile signed it too." in art.text


@pytest.mark.parametrize("heading", ["MORE BRIEFS →", "Related »", "Related stories ›"])
def test_a_list_of_other_stories_under_a_heading_with_arrows_is_furniture(heading: str) -> None:
    art = parse_text("Acme picks Globex for 5G\n\nMonday, 20 November 2023\n\nLIMA — Acme said "
                     f"on Thursday it had picked Globex.\n\n{heading}\n→ Initech picks Hooli for "
                     "5G core\n→ Ruritania sells spectrum\n\nShare on X · Email")
    assert "Initech" not in art.text and "Ruritania sells" not in art.text
    assert "picked Globex" in art.text


def test_a_masthead_in_capitals_under_the_headline_and_its_tagline_over_the_menu() -> None:
    art = parse_text("Acme picks Globex for its new cable\nEXAMPLE REPORT\nSubsea & Spectrum "
                     "Intelligence\nHome / Subsea / Policy\nPublished June 18, 2020 | by Jane "
                     "Roe\n\nLIMA — Acme said on Thursday it had picked Globex.")
    assert art.publisher == "EXAMPLE REPORT"
    assert "Subsea & Spectrum" not in art.text
    # a state's name in capitals over its council's name: the first line stays the site's
    art = parse_text("REPUBLIC OF RURITANIA\nCOUNCIL OF MINISTERS\nGovernment Information "
                     "Service\n\nHome > Press Centre > News\n\nRuritania joins the Acme Pact\n\n"
                     "Ruritania joined the pact on Friday.")
    assert art.publisher != "COUNCIL OF MINISTERS"
    # a name in title case under the headline is no masthead over a tagline
    art = parse_text("Acme picks Globex for its new cable\nJane Roe\nExample Weekly\nHome / News "
                     "/ Tech\n\nLIMA — Acme said on Thursday it had picked Globex.")
    assert art.publisher != "Jane Roe"
