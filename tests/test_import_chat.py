"""A co-host pastes the chat of the conference or the stream; every message becomes a
candidate question for the preview, with who wrote it, when, and to whom."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.domain.questions import MAX_QUESTION_LENGTH
from moderator.importers.chat_transcript import ChatMessage, ChatTranscript, parse_chat
from moderator.importers.errors import ImportFailed

CHAT_DATA = Path(__file__).resolve().parent / "data" / "chat"


def sample(name: str) -> ChatTranscript:
    """The sample transcript ``name`` under tests/data/chat, parsed."""
    return parse_chat((CHAT_DATA / name).read_text(encoding="utf-8"))


def message(
    line_number: int,
    time: str,
    name: str,
    text: str,
    *,
    organisation: str = "",
    to: str = "",
    question: bool = True,
) -> ChatMessage:
    """The message the importer should produce (never too long in the samples)."""
    return ChatMessage(
        line_number=line_number,
        time=time,
        name=name,
        organisation=organisation,
        text=text,
        to=to,
        too_long=False,
        looks_like_question=question,
    )


# --- Zoom ---------------------------------------------------------------------------------


def test_a_zoom_saved_chat_becomes_one_message_per_sender_block() -> None:
    transcript = sample("zoom.txt")

    assert transcript.format == "zoom"
    assert transcript.messages == (
        message(1, "14:02:11", "Jonas Becker", "Guten Tag aus Marburg 👋",
                organisation="Stadt Marburg", to="Everyone", question=False),
        message(3, "14:05:47", "Maria Weber",
                "Frage an Frau Dr. Schmidt:\nWie gehen kleine Gemeinden mit dem "
                "Onlinezugangsgesetz um, wenn es nur eine IT-Stelle gibt?",
                organisation="Gemeinde Ebsdorfergrund", to="Everyone"),
        # line 6: Anna Klein's reaction is dropped
        message(8, "14:07:30", "Peter Schäfer",
                "Kann man die Folien später herunterladen? Ich finde sie nicht unter "
                "https://example.org/folien?event=open-gov&lang=de",
                organisation="Landkreis Gießen", to="Me"),
        message(10, "14:09:15", "Ursula von der Lahn",
                "Warum wird <b>Open Data</b> in Hessen nicht verpflichtend?\n\n"
                "Bei uns im Kreistag ist das seit Jahren Thema 🤔",
                to="Alle"),
        # line 14: Lena Hoffmann's "+1" has no words and is dropped
        message(16, "14:11:42", "Thomas Müller-Lüdenscheidt",
                "Danke für den Input, sehr spannend!",
                to="Everyone", question=False),
    )  # fmt: skip


def test_an_older_zoom_chat_has_the_message_on_the_header_line() -> None:
    transcript = sample("zoom-legacy.txt")

    assert transcript.format == "zoom-legacy"
    assert transcript.messages == (
        message(1, "10:14:03", "Maria Weber",
                "Wie viele Kommunen in Hessen nutzen schon die Bürger-App?", to="Everyone"),
        message(2, "10:15:21", "Jonas Becker",
                "Frage zum Datenschutz:\n"
                "Wo liegen die Daten – in Frankfurt oder bei einem US-Anbieter?",
                organisation="Stadt Marburg", to="Everyone"),
        message(4, "10:16:40", "Anna Klein", "Hallo Maria, schön dich zu sehen 😊",
                to="Maria Weber", question=False),
        message(5, "10:17:02", "Peter Schäfer",
                "Gibt es eine Förderung für Gemeinden unter 5.000 Einwohnern?"),
    )  # fmt: skip


def test_a_zoom_chat_in_the_german_ui_and_with_a_byte_order_mark() -> None:
    text = "\ufeff14:09:15 Von Jan an der Brügge an Alle:\r\n\tWann startet das Pilotprojekt?\r\n"

    transcript = parse_chat(text)

    assert transcript.format == "zoom"
    assert transcript.messages == (
        message(1, "14:09:15", "Jan an der Brügge", "Wann startet das Pilotprojekt?", to="Alle"),
    )


# --- Microsoft Teams ----------------------------------------------------------------------


def test_a_copied_teams_chat_pane_with_times_in_brackets() -> None:
    transcript = sample("teams.txt")

    assert transcript.format == "teams"
    assert transcript.messages == (
        message(1, "14:14", "Maria Weber",
                "Wie haben Sie die Mitarbeitenden in der Verwaltung mitgenommen?\n"
                "Bei uns gibt es viel Skepsis gegenüber neuen Tools.",
                organisation="Gemeinde Ebsdorfergrund"),
        message(5, "14:16", "Becker, Jonas",
                "Link zur Studie: https://example.org/studie?id=42&sprache=de",
                organisation="Stadt Marburg", question=False),
        # lines 9 and 10 ("Aufzeichnung wurde gestartet.", "… hat die Besprechung
        # verlassen.") are Teams' own and dropped
        message(11, "14:17", "Lena Hoffmann",
                "Welche Rolle spielt der Breitbandausbau im ländlichen Raum? 🚀"),
        message(13, "2:20 PM", "Dr. Thomas Krüger", "Sehr guter Punkt, Frau Weber!",
                question=False),
    )  # fmt: skip


def test_new_teams_writes_the_time_after_the_name_or_below_it() -> None:
    transcript = sample("teams-new.txt")

    assert transcript.format == "teams"
    assert transcript.messages == (
        message(1, "14:14", "Maria Weber",
                "Gibt es schon Erfahrungen mit KI-Chatbots im Bürgerbüro?"),
        message(4, "14:15", "Jonas Becker",
                "Wir testen gerade einen in Marburg.\nDie Ergebnisse kommen im Herbst 😊",
                organisation="Stadt Marburg", question=False),
        message(8, "14:16", "Anna Klein", "Was kostet der Betrieb pro Jahr ungefähr?"),
    )  # fmt: skip


def test_a_german_teams_meeting_chat_export_with_dates() -> None:
    transcript = sample("teams-export.txt")

    assert transcript.format == "teams"
    assert transcript.messages == (
        message(1, "14:14", "Maria Weber",
                "Wie wird sichergestellt, dass die Daten der Bürger:innen in Deutschland "
                "bleiben?"),
        message(4, "14:15", "Jonas Becker",
                "Frage an Herrn Schneider:\nWelche Kommunen sind im Pilotprojekt dabei?\n\n"
                'Siehe auch <a href="https://example.org/pilot">Pilotprojekt</a>',
                organisation="Stadt Marburg"),
        message(9, "14:21", "Weber, Maria", "Vielen Dank an alle Referentinnen und Referenten!",
                question=False),
    )  # fmt: skip


# --- Webex --------------------------------------------------------------------------------


def test_a_webex_chat_has_the_time_after_the_addressee() -> None:
    transcript = sample("webex.txt")

    assert transcript.format == "webex"
    assert transcript.messages == (
        message(1, "2:14 PM", "Maria Weber",
                "Wie stellen Sie sicher, dass auch ältere Bürgerinnen und Bürger die "
                "Online-Dienste nutzen können?", to="everyone"),
        message(3, "2:15 PM", "Jonas Becker", "Gute Frage!\nDas würde mich auch interessieren.",
                organisation="Stadt Marburg", to="Maria Weber", question=False),
        message(6, "2:17 PM", "Peter Schäfer",
                'What about the "Digitalpakt" – is there funding for small municipalities?',
                to="everyone"),
    )  # fmt: skip


# --- "Name: text" chats (YouTube, Jitsi, chat downloaders) ----------------------------------


def test_a_youtube_live_chat_with_times_handles_and_a_second_line() -> None:
    transcript = sample("youtube.txt")

    assert transcript.format == "generic"
    assert transcript.messages == (
        message(1, "14:14", "Maria Weber",
                "Wie lange hat die Einführung der E-Akte in Ebsdorfergrund gedauert?"),
        message(2, "14:15", "@buergerinitiative-ebsdorf", "Grüße aus dem Landkreis 👋",
                question=False),
        message(3, "14:15", "Jonas Becker",
                "Frage an das Panel: Was kostet so ein Bürgerportal im Jahr?"),
        message(4, "14:16", "Lena Hoffmann",
                "Gibt es eine Übersicht aller Förderprogramme?\n"
                "Hier habe ich nur die alte gefunden: https://example.org/foerderung?jahr=2020"),
        message(6, "14:17", "Maria Weber", "<b>Danke!</b> 🙏", question=False),
    )  # fmt: skip


def test_chat_lines_with_bracketed_times() -> None:
    transcript = sample("chat-lines.txt")

    assert transcript.format == "generic"
    assert transcript.messages == (
        message(1, "14:14:03", "Maria Weber",
                "Ist die Aufzeichnung später auf YouTube verfügbar?"),
        message(2, "14:14:40", "Jonas Becker", "Wird es eine Fortsetzung im Herbst geben?",
                organisation="Stadt Marburg"),
        message(3, "14:15:12", "Anna Klein", "Grüße aus Gießen!", question=False),
    )  # fmt: skip


def test_a_jitsi_chat_without_times_drops_joins_and_leaves() -> None:
    transcript = sample("jitsi.txt")

    assert transcript.format == "generic"
    assert transcript.messages == (
        message(2, "", "Maria Weber", "Hallo zusammen!", question=False),
        message(3, "", "Jonas Becker",
                "Welche Open-Source-Lösungen nutzen die Gemeinden?\n"
                "Wir überlegen, von Microsoft wegzugehen."),
        message(6, "", "Maria Weber", "Wie sieht es mit der Barrierefreiheit aus? ♿"),
    )  # fmt: skip


def test_single_word_names_count_once_the_text_is_a_chat() -> None:
    transcript = parse_chat("Maria: Hallo\nJonas: Wie geht's weiter?\nMaria: Gut!")

    assert [(m.name, m.text) for m in transcript.messages] == [
        ("Maria", "Hallo"),
        ("Jonas", "Wie geht's weiter?"),
        ("Maria", "Gut!"),
    ]


# --- Lists of questions without names -----------------------------------------------------


def test_a_plain_list_has_one_question_per_line() -> None:
    transcript = sample("questions.txt")

    assert transcript.format == "generic"
    assert transcript.messages == (
        message(1, "", "", "Wie viele Kommunen nutzen die Plattform bereits?"),
        message(2, "", "", "Gibt es Schulungen für die Mitarbeitenden?"),
        message(3, "", "", "Was passiert mit den Daten nach Ablauf der Förderung?"),
    )


def test_blocks_between_blank_lines_are_one_question_each_and_bullets_start_one() -> None:
    transcript = sample("question-blocks.txt")

    assert transcript.messages == (
        message(1, "", "",
                "Frage aus Ebsdorfergrund:\nWie finanzieren kleine Gemeinden die Digitalisierung,\n"
                "wenn der Haushalt schon ohne sie nicht ausgeglichen ist?"),
        # a topic before the colon is not a person
        message(5, "", "",
                "Datenschutz: Wer ist verantwortlich, wenn der Dienstleister\n"
                "in einem anderen Bundesland sitzt?"),
        message(10, "", "", "Wie lange dauert die Einführung?"),
        message(11, "", "", "Welche Fördermittel gibt es?"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Frage: Wann kommt die Aufzeichnung?",
        "Datenschutz: Wie ist das geregelt?",
        "Frage an Frau Schmidt: Wie viele Kommunen machen mit?",
        "Um 14:30 Uhr: Wer moderiert die Pause?",
    ],
)
def test_a_prefix_before_a_colon_is_no_name_in_a_list(line: str) -> None:
    (only,) = parse_chat(line).messages

    assert (only.name, only.text) == ("", line)


# --- Names and organisations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name", "organisation"),
    [
        ("Maria Weber (Gemeinde Ebsdorfergrund)", "Maria Weber", "Gemeinde Ebsdorfergrund"),
        ("Maria Weber | Stadt Marburg", "Maria Weber", "Stadt Marburg"),
        ("Maria Weber (Stadt Marburg) (Gast)", "Maria Weber", "Stadt Marburg"),
        ("Maria Weber (Extern)", "Maria Weber", ""),
        ("Maria Weber (sie/ihr)", "Maria Weber", ""),
        ("Maria Weber (Co-Host)", "Maria Weber", ""),
        # a comma and a dash are ambiguous ("Weber, Maria"; "Stadt X - Maria Weber"): kept
        (
            "Maria Weber, Bürgermeisterin Gemeinde Lahntal",
            "Maria Weber, Bürgermeisterin Gemeinde Lahntal",
            "",
        ),
        ("Maria Weber - Stadt Marburg", "Maria Weber - Stadt Marburg", ""),
        ("Weber, Maria (Landkreis Gießen)", "Weber, Maria", "Landkreis Gießen"),
    ],
)
def test_an_organisation_is_split_off_only_when_clearly_marked(
    written: str, name: str, organisation: str
) -> None:
    (only,) = parse_chat(f"10:14:03 From {written} to Everyone:\n\tWie geht es weiter?").messages

    assert (only.name, only.organisation) == (name, organisation)


# --- Text as written, long texts, system lines ----------------------------------------------


def test_html_and_urls_stay_literal_text() -> None:
    written = '<script>alert("x")</script> &amp; <b>fett</b> https://example.org/a?b=1&c=2'

    (only,) = parse_chat(f"14:14 Maria Weber: {written}").messages

    assert only.text == written
    assert not only.looks_like_question  # the "?" of a URL asks nothing


def test_an_over_long_message_is_flagged_and_kept_whole() -> None:
    long_text = "Wie " + "sehr " * (MAX_QUESTION_LENGTH // 5) + "lange?"
    text = (
        f"10:14:03 From Maria Weber to Everyone:\n\t{long_text}\n"
        "10:15:00 From Jonas Becker to Everyone:\n\tKurz?"
    )

    long_message, short_message = parse_chat(text).messages

    assert long_message.too_long and long_message.text == long_text
    assert len(long_message.text) > MAX_QUESTION_LENGTH
    assert not short_message.too_long


@pytest.mark.parametrize(
    "system_line",
    [
        "Maria Weber joined",
        "Maria Weber has left the meeting",
        "Maria Weber hat den Raum betreten",
        "Maria Weber (Gast) ist der Besprechung beigetreten.",
        "Maria Weber reacted with 👍",
        "Maria Weber hat mit ❤️ reagiert",
        "Die Aufzeichnung wurde gestartet.",
        "Recording has stopped",
    ],
)
def test_system_lines_and_reactions_are_dropped(system_line: str) -> None:
    text = f"Jonas Becker: Gibt es Fördermittel?\n{system_line}\nAnna Klein: Danke!"

    transcript = parse_chat(text)

    assert [m.text for m in transcript.messages] == ["Gibt es Fördermittel?", "Danke!"]


def test_a_sentence_about_reacting_is_not_a_reaction() -> None:
    (only,) = parse_chat("Die Stadt hat mit Verzögerung reagiert. Warum?").messages

    assert only.text == "Die Stadt hat mit Verzögerung reagiert. Warum?"


def test_blank_lines_inside_tool_messages_stay_and_runs_of_them_shrink() -> None:
    text = (
        "\n\n[14:14] Maria Weber\n\nErster Absatz.\n\n\n\nZweiter Absatz?\n\n\n"
        "[14:15] Jonas Becker\nNoch eine Frage?\n\n"
    )

    transcript = parse_chat(text)

    assert [(m.line_number, m.text) for m in transcript.messages] == [
        (3, "Erster Absatz.\n\nZweiter Absatz?"),
        (12, "Noch eine Frage?"),
    ]


def test_blank_lines_end_messages_in_name_colon_chats() -> None:
    text = "Maria Weber: Wie ist das?\n\n\nEine Frage ohne Namen?\n\nJonas Becker: Und das?"

    transcript = parse_chat(text)

    assert [(m.line_number, m.name, m.text) for m in transcript.messages] == [
        (1, "Maria Weber", "Wie ist das?"),
        (4, "", "Eine Frage ohne Namen?"),
        (6, "Jonas Becker", "Und das?"),
    ]


def test_text_before_the_first_header_is_kept_without_a_name() -> None:
    text = "Hälfte einer Nachricht, oben abgeschnitten?\n[14:15] Jonas Becker\nNoch eine Frage?"

    first, second = parse_chat(text).messages

    assert (first.name, first.text) == ("", "Hälfte einer Nachricht, oben abgeschnitten?")
    assert (second.name, second.line_number) == ("Jonas Becker", 2)


# --- Detecting the format -----------------------------------------------------------------


def test_the_format_comes_from_the_content_even_with_colons_in_messages() -> None:
    text = (
        "10:14:03 From Maria Weber to Everyone:\n\tMaria Weber: das habe ich zitiert\n"
        "10:15:00 From Jonas Becker to Everyone:\n\tJonas Becker: Gute Frage\n"
        "10:16:00 From Anna Klein to Everyone:\n\tDanke"
    )

    transcript = parse_chat(text)

    assert transcript.format == "zoom"
    assert [m.name for m in transcript.messages] == ["Maria Weber", "Jonas Becker", "Anna Klein"]
    assert transcript.messages[0].text == "Maria Weber: das habe ich zitiert"


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("zoom.txt", "zoom"),
        ("zoom-legacy.txt", "zoom-legacy"),
        ("teams.txt", "teams"),
        ("teams-new.txt", "teams"),
        ("teams-export.txt", "teams"),
        ("webex.txt", "webex"),
        ("youtube.txt", "generic"),
        ("chat-lines.txt", "generic"),
        ("jitsi.txt", "generic"),
        ("questions.txt", "generic"),
    ],
)
def test_each_sample_is_recognised(file_name: str, expected: str) -> None:
    assert sample(file_name).format == expected


# --- Does it look like a question? ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie geht es weiter", True),
        ("Gibt es eine Förderung", True),
        ("How do small towns pay for this", True),
        ("Mich würde interessieren, was das kostet.", True),
        ("Das ist eine Frage? 🤔", True),
        ("Ist ja super", False),
        ("Danke, sehr spannend!", False),
        ("Folien: https://example.org/?page=2", False),
        ("Vorweg ein Hinweis.\nWarum nicht früher", True),
    ],
)
def test_the_pre_tick_heuristic(text: str, expected: bool) -> None:
    (only,) = parse_chat(f"14:14 Maria Weber: {text}").messages

    assert only.looks_like_question is expected


# --- Bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t \n",
        "\u200b",
        "👍\n+1\n…",
        "Maria Weber joined\nMaria Weber left",
        "PK\x03\x04\x00\x00binary",
        "\x01\x02\x03\x04\x05 abc \x06\x07\x08\x0e\x0f",
    ],
)
def test_text_without_messages_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(ImportFailed) as failure:
        parse_chat(text)

    assert failure.value.message.startswith("No chat messages found: ")
    assert "\n" not in failure.value.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_text_never_raises_anything_but_import_failed(text: str) -> None:
    try:
        transcript = parse_chat(text)
    except ImportFailed:
        return
    assert transcript.messages


CHAT_FRAGMENTS = st.sampled_from([
    "10:14:03 From Maria Weber to Everyone:", "\t", "From ", " to ", "Von Jonas an Alle:",
    "[14:14] ", "Maria Weber", "09.06.2021 14:14", "from a to b:    2:14 PM", ": ", "?",
    "\n", "\n\n", "(Gast)", "(", ")", " | ", " joined", " hat den Raum verlassen",
    "reacted with 👍", "- ", "1. ", "@x", "2:14 PM", "\r", "\ufffd", "Wie", "ß", "\u0301",
])  # fmt: skip


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CHAT_FRAGMENTS | st.text(max_size=4), max_size=40))
def test_chat_like_text_yields_consistent_messages_or_import_failed(parts: list[str]) -> None:
    text = "".join(parts)
    try:
        transcript = parse_chat(text)
    except ImportFailed:
        return
    line_count = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    numbers = [m.line_number for m in transcript.messages]
    assert numbers == sorted(numbers) and all(1 <= n <= line_count for n in numbers)
    for m in transcript.messages:
        assert m.text and m.text == m.text.strip()
        assert m.too_long is (len(m.text) > MAX_QUESTION_LENGTH)
        assert "\n" not in m.name and "\n" not in m.organisation and "\n" not in m.to


# --- Size ---------------------------------------------------------------------------------


def test_a_transcript_of_5000_messages_parses() -> None:
    # Speed is measured on demand, not asserted here (see the style guide on benchmarks).
    lines = []
    for number in range(5000):
        hours, rest = divmod(number, 3600)
        lines.append(
            f"{10 + hours}:{rest // 60:02d}:{rest % 60:02d} From Person {number} to Everyone:"
        )
        lines.append(f"\tFrage {number}: Wie geht es weiter mit Projekt {number}?")
        lines.append("\tZweite Zeile 🙂")

    transcript = parse_chat("\n".join(lines))

    assert transcript.format == "zoom"
    assert len(transcript.messages) == 5000
    assert (
        transcript.messages[-1].text
        == "Frage 4999: Wie geht es weiter mit Projekt 4999?\nZweite Zeile 🙂"
    )
