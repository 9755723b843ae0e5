"""Statuses from words, RAG letters, legends, fills and free-text progress notes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.normalizers.colours import colour_name
from actionplan.normalizers.status import (
    Legend,
    classify_status,
    legend_agreement,
    resolve_status,
    split_rag_note,
    status_from_note,
)
from actionplan.schemas.models import StatusValue
from tests.conftest import gold_actions

DONE = StatusValue.COMPLETED
GOING = StatusValue.IN_PROGRESS
OFF = StatusValue.OFF_TRACK
TODO = StatusValue.NOT_STARTED
UNKNOWN = StatusValue.UNKNOWN


@pytest.mark.parametrize(
    "text, value",
    [
        *[(t, DONE) for t in ["Completed", "Complete", "Achieved", "Done", "Closed", "Blue", "B"]],
        *[(t, GOING) for t in ["Underway", "Ongoing", "On-going", "On track", "In progress",
                               "Green", "G"]],
        *[(t, OFF) for t in ["Not achieved", "Slipped", "Delayed", "Red", "R", "Overdue",
                             "Not on track", "Behind", "Amber", "A"]],
        *[(t, TODO) for t in ["Not started", "Not yet due", "Not yet started", "Planned"]],
        *[(t, UNKNOWN) for t in ["Evidence not yet reported", "Not reported", "No update"]],
        ("COMPLETED", DONE),
        ("<b>Completed</b>", DONE),
        ("Completed – draft prepared", DONE),
    ],
)  # fmt: skip
def test_status_words_and_rag_letters_map_to_values(text: str, value: StatusValue) -> None:
    assert classify_status(text) is value


@pytest.mark.parametrize(
    "text, value",
    [("Compelted", DONE), ("Undreway", GOING), ("Acheived", DONE), ("In progess", GOING)],
)
def test_misspellings_are_fuzzy_matched(text: str, value: StatusValue) -> None:
    assert classify_status(text) is value


@pytest.mark.parametrize("text", ["Re", "Gr", "Bl", "D", "0", "•"])
def test_short_tokens_match_only_exactly(text: str) -> None:
    assert classify_status(text) is None


@pytest.mark.parametrize("text", [None, "", "Hello world", "LSCB Exec", "Sarah Parker"])
def test_text_that_is_not_a_status_gives_none(text: str | None) -> None:
    assert classify_status(text) is None


def test_negated_phrases_never_fuzzily_flip() -> None:
    assert classify_status("Not done") is OFF
    assert classify_status("Not achived") is OFF


@pytest.mark.parametrize(
    "note, value, raw",
    [
        ("May 2011 - Achieved. The procedure has been reviewed.", DONE, "Achieved"),
        ("April 2011 -Achieved.", DONE, "Achieved"),
        ("April 2011 - Achieved . Practice standards in place", DONE, "Achieved"),
        ("May 2011 – On track.", GOING, "On track"),
        ("May 2011 –Not achieved. Team Manager programme", OFF, "Not achieved"),
        ("Completed – draft prepared; further work in place", DONE, "Completed"),
        ("Ongoing (see above) Designated Doctor LAC", GOING, "Ongoing"),
        ("Completed.", DONE, "Completed"),
        ("Completed Update July 12 New process commenced.", DONE, "Completed"),
    ],
)
def test_a_status_word_opening_a_note_is_the_status(
    note: str, value: StatusValue, raw: str
) -> None:
    assert status_from_note(note) == (value, raw)


@pytest.mark.parametrize(
    "note, value",
    [
        ("Timescale likely now to be March 2014.", OFF),
        ("Scoping document produced - revised timescale September 2013.", OFF),
        ("Revised timescale of January 2014, to meet new national guidance.", OFF),
        ("Timescale needs to be reviewed, once revised procedures are implemented.", OFF),
        ("Implementation planned for Nov 2013.", TODO),
        ("Arrangements for thematic audit to be determined.", TODO),
        ("Still to be confirmed, taking account of revised national arrangements.", TODO),
        ("Training providers being identified. Aim to agree requirements in Sept / Oct.", GOING),
        ("Revised CP plan format agreed with CYPMT; to be submitted to SLSCB.", GOING),
        ("Report to SLSCB, September 2013.", GOING),
    ],
)
def test_free_text_updates_are_read_for_cues(note: str, value: StatusValue) -> None:
    assert status_from_note(note) == (value, note)


@pytest.mark.parametrize(
    "note", ["Late referrals were audited.", "Future monitoring via clinic.", "Done by whom?"]
)
def test_a_sentence_opening_with_a_status_like_word_is_read_as_free_text(note: str) -> None:
    assert status_from_note(note) == (GOING, note)


@pytest.mark.parametrize("note", [None, "", "  ", "--", "12/03/2013"])
def test_an_empty_note_says_nothing(note: str | None) -> None:
    assert status_from_note(note) is None


# --------------------------------------------------------------------------- legends

KEY = Legend.from_entries(
    [
        ("•", "Not achieved / not on track support required to address issues"),
        ("<u> </u>", "Not on track but no support required to address issues"),
        ("D", "Action in progress and on track to be completed"),
        ("②", "Action completed and desired outcome achieved"),
        ("fill:#FF0000", "Red - delayed"),
    ]
)


def test_a_legend_maps_its_symbols_by_their_descriptions() -> None:
    assert KEY.lookup("•") is OFF
    assert KEY.lookup("_") is OFF
    assert KEY.lookup("D") is GOING
    assert KEY.lookup("②") is DONE
    assert KEY.lookup("fill:red") is OFF
    assert KEY.lookup("fill:green") is None  # the key names its colours: no defaults
    assert KEY.lookup("★") is None
    assert KEY


def test_an_empty_legend_is_false_and_uses_default_colours() -> None:
    empty = Legend.from_entries([])
    assert not empty
    assert empty.lookup("fill:red") is OFF
    assert empty.lookup("fill:amber") is OFF
    assert empty.lookup("fill:green") is GOING
    assert empty.lookup("fill:blue") is DONE


@pytest.mark.parametrize(
    "fill, name",
    [("red", "red"), ("#FF0000", "red"), ("#ffc000", "amber"), ("#00B050", "green"),
     ("#92d050", "green"), ("#0070c0", "blue"), ("#ffffff", None), ("#d9d9d9", None),
     ("orange", "amber"), ("not a colour", None)],
)  # fmt: skip
def test_fills_are_reduced_to_rag_names_by_hue(fill: str, name: str | None) -> None:
    assert colour_name(fill) == name


# --------------------------------------------------------------------------- resolve_status


def test_no_status_column_and_no_note_gives_no_status() -> None:
    assert resolve_status(None, has_status_column=False) is None


def test_a_blank_status_cell_is_unknown() -> None:
    status = resolve_status("  ", has_status_column=True)
    assert status is not None
    assert (status.value, status.raw, status.source) == (UNKNOWN, None, "cell")


def test_the_cell_word_is_kept_as_raw() -> None:
    status = resolve_status("Underway", has_status_column=True)
    assert status is not None
    assert (status.value, status.raw, status.source) == (GOING, "Underway", "cell")


def test_a_fill_colour_is_read_through_the_legend_or_defaults() -> None:
    status = resolve_status("", has_status_column=True, fill="#00b050")
    assert status is not None
    assert (status.value, status.raw, status.source) == (GOING, "fill:green", "colour")


def test_a_legend_symbol_is_read_through_the_legend() -> None:
    status = resolve_status("D", has_status_column=True, legend=KEY)
    assert status is not None
    assert (status.value, status.raw, status.source) == (GOING, "D", "legend")


def test_a_legend_symbol_beats_a_note_word_and_keeps_it() -> None:
    status = resolve_status(
        "•", has_status_column=True, legend=KEY, note="May 2011 - Achieved. Standards in place."
    )
    assert status is not None
    assert (status.value, status.raw, status.source) == (OFF, "•", "legend")
    assert status.alternatives == ["Achieved"]
    assert status.warnings


def test_legend_agreement_measures_symbols_against_note_words() -> None:
    pairs = [
        ("•", "May 2011 - Achieved."),
        ("•", "May 2011 - On track."),
        ("D", "May 2011 - On track."),
        ("", "May 2011 - Achieved."),
    ]
    assert legend_agreement(pairs, KEY) == pytest.approx(1 / 3)
    assert legend_agreement([("", "no symbol")], KEY) is None


def test_a_colour_beats_a_rag_word_and_records_the_disagreement() -> None:
    status = resolve_status("Green", has_status_column=True, fill="red")
    assert status is not None
    assert (status.value, status.source, status.alternatives) == (OFF, "colour", ["Green"])


def test_the_date_columns_hint_is_the_weakest_source() -> None:
    status = resolve_status(None, has_status_column=False, date_hint=DONE)
    assert status is not None
    assert (status.value, status.source) == (DONE, "date")
    status = resolve_status("Underway", has_status_column=True, date_hint=DONE)
    assert status is not None
    assert (status.value, status.alternatives) == (GOING, ["completed"])


def test_an_unknown_cell_gives_way_to_an_explicit_reading() -> None:
    status = resolve_status("Not reported", has_status_column=True, fill="green")
    assert status is not None
    assert status.value is GOING


def test_free_text_inference_never_overrides_an_unknown_cell() -> None:
    status = resolve_status(
        "Evidence not yet reported", has_status_column=True, note="Some work happening"
    )
    assert status is not None
    assert status.value is UNKNOWN


# --------------------------------------------------------------------------- gold

SEED_003_KEY = [
    ("•", "Not achieved / not on track support required to address issues"),
    ("<u> </u>", "Not on track but no support required to address issues"),
    ("D", "Action in progress and on track to be completed"),
    ("②", "Action completed and desired outcome achieved"),
]
"""The Key printed at the top of seed 003, copied by hand."""


def _resolve_like_the_engine(row: dict) -> StatusValue | None:
    """Feed each seed's status sources the way its layout presents them (README)."""
    doc = row["doc"][:3]
    if doc == "000":  # the Progress column holds only the status phrase
        status = resolve_status(row["status_raw"], has_status_column=True)
    elif doc == "003":  # glyph column + a key whose mangled glyphs contradict the notes
        raw = row["status_raw"] or ""
        glyph = raw.split(" ", 1)[0] if " " in raw else None
        status = resolve_status(glyph, has_status_column=True, note=row["progress_raw"])
    else:  # no status column: only the update/notes cell speaks
        status = resolve_status(None, has_status_column=False, note=row["progress_raw"])
    return status.value if status else None


def test_seed_003_key_contradicts_its_notes_so_the_engine_drops_it() -> None:
    rows = [r for r in gold_actions() if r["doc"].startswith("003")]
    pairs = [((r["status_raw"] or " ").split(" ", 1)[0], r["progress_raw"]) for r in rows]
    share = legend_agreement(pairs, Legend.from_entries(SEED_003_KEY))
    assert share is not None and share < 0.5


def test_every_gold_status_is_resolved_from_its_sources() -> None:
    rows = gold_actions()
    misses = []
    for row in rows:
        got = _resolve_like_the_engine(row)
        want = StatusValue(row["status"]) if row["status"] else None
        if got is not want:
            misses.append((row["doc"], row["action_ref"], row["status_raw"], got, want))
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.98, misses
    assert not misses, f"accuracy {accuracy:.3f}; disagreements: {misses}"


# --------------------------------------------------------------------------- properties


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=60))
def test_arbitrary_text_never_raises(text: str) -> None:
    classify_status(text)
    status_from_note(text)
    resolve_status(text, has_status_column=True, fill=text, ink=text, legend=KEY, note=text)
    resolve_status(text, has_status_column=False, has_progress_column=True, note=text)
    split_rag_note(text)
    Legend.from_entries([(text, text)]).lookup(text)


# --------------------------------------------------------------------------- as plans write them


@pytest.mark.parametrize(
    ("cell", "rag", "note"),
    [
        ("G\nAwaiting sign-off", "G", "Awaiting sign-off"),
        ("Amber – recruitment under way", "Amber", "recruitment under way"),
        ("R: no provider found\nescalated to DCS", "R", "no provider found escalated to DCS"),
        ("Amber (recruitment under way)", "Amber", "recruitment under way"),
        ("Amber Green", "Amber Green", None),
        ("Green", "Green", None),
        ("A new protocol is drafted", "A new protocol is drafted", None),
    ],
)
def test_a_rag_letter_then_a_note_is_split_into_status_and_note(
    cell: str, rag: str, note: str | None
) -> None:
    assert split_rag_note(cell) == (rag, note)


@pytest.mark.parametrize(
    ("cell", "value", "raw"),
    [("G\nAwaiting sign-off", GOING, "G"), ("Amber – recruitment under way", OFF, "Amber")],
)
def test_a_rag_letter_with_a_note_gives_the_letters_status(
    cell: str, value: StatusValue, raw: str
) -> None:
    status = resolve_status(cell, has_status_column=True)
    assert status is not None
    assert (status.value, status.raw, status.source, status.warnings) == (value, raw, "rag", [])


def test_a_blank_status_cell_is_unknown_never_guessed_from_the_comment() -> None:
    status = resolve_status(
        "", has_status_column=True, note="Recruitment to the new team is under way."
    )
    assert status is not None
    assert (status.value, status.raw) == (UNKNOWN, None)


def test_a_blank_status_cell_takes_a_status_the_note_states() -> None:
    status = resolve_status("", has_status_column=True, note="Completed. Policy signed off.")
    assert status is not None
    assert (status.value, status.source) == (DONE, "note")


def test_a_progress_column_without_a_status_column_reads_the_note_or_is_unknown() -> None:
    status = resolve_status(
        None, has_status_column=False, has_progress_column=True, note="Recruitment is under way."
    )
    assert status is not None and status.value is GOING
    status = resolve_status(None, has_status_column=False, has_progress_column=True)
    assert status is not None and status.value is UNKNOWN
    assert resolve_status(None, has_status_column=False) is None


@pytest.mark.parametrize(
    ("cell", "fill", "ink", "value", "source"),
    [
        ("Blue", None, None, DONE, "rag"),
        ("B", None, None, DONE, "rag"),
        ("Red", None, None, OFF, "rag"),
        ("R", None, None, OFF, "rag"),
        ("", "#0070C0", None, DONE, "colour"),
        ("", "#FF0000", None, OFF, "colour"),
        ("●", None, "#0070C0", DONE, "glyph"),
        ("■", None, "#C00000", OFF, "glyph"),
        ("●", None, "#00B050", GOING, "glyph"),
    ],
)
def test_brag_blue_is_completed_and_red_off_track_however_it_is_shown(
    cell: str, fill: str | None, ink: str | None, value: StatusValue, source: str
) -> None:
    status = resolve_status(cell, has_status_column=True, fill=fill, ink=ink)
    assert status is not None
    assert (status.value, status.source) == (value, source)


BRAG_KEY = Legend.from_entries(
    [
        ("fill:#0070C0", "Complete and embedded"),
        ("fill:#00B050", "Complete, not yet embedded"),
        ("fill:#FFC000", "In progress and on track"),
        ("fill:#FF0000", "Not on track"),
    ]
)
"""A key whose colours do not mean the defaults: Green is done, Amber is on track."""


@pytest.mark.parametrize(
    ("cell", "fill", "ink", "value"),
    [
        ("Green", None, None, DONE),
        ("G", None, None, DONE),
        ("Amber", None, None, GOING),
        ("A", None, None, GOING),
        ("", "#FFC000", None, GOING),
        ("●", None, "#00B050", DONE),
        ("Blue", None, None, DONE),
        ("R", None, None, OFF),
    ],
)
def test_rag_words_letters_fills_and_glyphs_are_read_through_the_documents_key(
    cell: str, fill: str | None, ink: str | None, value: StatusValue
) -> None:
    status = resolve_status(cell, has_status_column=True, fill=fill, ink=ink, legend=BRAG_KEY)
    assert status is not None
    assert status.value is value


def test_a_bare_glyph_with_no_colour_and_no_key_is_unknown() -> None:
    status = resolve_status("●", has_status_column=True)
    assert status is not None
    assert (status.value, status.warnings) == (UNKNOWN, ["status '●' not recognised"])


@pytest.mark.parametrize("text", ["At risk", "Delayed", "Behind schedule", "Overdue"])
def test_words_of_slippage_are_off_track_in_the_cell_and_the_note(text: str) -> None:
    status = resolve_status(text, has_status_column=True)
    assert status is not None and status.value is OFF
    assert status_from_note(f"{text} - awaiting the new provider.") == (OFF, text)


@pytest.mark.parametrize(
    ("cell", "word"),
    [("Superseded", "superseded"), ("Closed – merged into 3.2", "merged")],
)
def test_closed_without_being_done_is_completed_with_a_warning_saying_which(
    cell: str, word: str
) -> None:
    status = resolve_status(cell, has_status_column=True)
    assert status is not None
    assert status.value is DONE
    assert status.warnings == [
        f"status {cell!r} counted as completed: the action was {word}, not done"
    ]


def test_a_note_saying_superseded_is_completed_with_a_warning() -> None:
    status = resolve_status(None, has_status_column=False, note="Superseded by action 4.1.")
    assert status is not None
    assert (status.value, status.raw) == (DONE, "Superseded")
    assert status.warnings == [
        "status 'Superseded' counted as completed: the action was superseded, not done"
    ]


def test_plain_closed_is_completed_without_a_warning() -> None:
    status = resolve_status("Closed", has_status_column=True)
    assert status is not None
    assert (status.value, status.warnings) == (DONE, [])


def test_a_negated_completion_is_never_completed() -> None:
    assert classify_status("no action complete") is None
    status = resolve_status("no action complete", has_status_column=True)
    assert status is not None and status.value is UNKNOWN
    assert status_from_note("no action complete") == (TODO, "no action complete")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("100%", DONE), ("0%", TODO), ("60%", GOING), ("25% complete", GOING)],
)
def test_a_share_complete_is_read_as_a_status(cell: str, value: StatusValue) -> None:
    assert classify_status(cell) is value


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("In progress – behind schedule", OFF),
        ("Amber – behind schedule", OFF),
        ("In progress – on track", GOING),
        ("Blue – completed", DONE),
        ("Complete (Mar 24)", DONE),
    ],
)
def test_a_status_word_is_read_with_its_qualifier(cell: str, value: StatusValue) -> None:
    assert classify_status(cell) is value


def test_a_rag_word_qualified_by_a_status_phrase_is_not_split_into_a_note() -> None:
    assert split_rag_note("Green – on track") == ("Green – on track", None)
    assert split_rag_note("Amber – recruitment under way") == ("Amber", "recruitment under way")


def test_a_key_saying_on_course_or_not_on_course_gives_its_symbols_meaning() -> None:
    legend = Legend.from_entries(
        [("✓", "Action complete"), ("→", "Under way and on course"), ("✗", "Not on course")]
    )
    assert [legend.lookup(k) for k in "✓→✗"] == [DONE, GOING, OFF]
    assert classify_status("Off course") is OFF
