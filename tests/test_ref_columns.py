"""A Ref column that numbers the actions, beside an area column: its numbers go to the actions."""

from __future__ import annotations

from pathlib import Path

from actionplan.extract.api import extract_file
from actionplan.extract.engine.refs import numbered_texts, refs_number_actions
from actionplan.extract.grid import Cell, Row
from actionplan.extract.inspect import describe
from tests.docbuild import C, build_docx

ROLES = ("area", "ref", "action")


def _rows(*rows: tuple[str, str, str]) -> list[Row]:
    return [Row([Cell(t) for t in row]) for row in rows]


def test_numbers_running_on_under_an_area_number_the_actions() -> None:
    counting = _rows(
        ("Oversight", "1", "Introduce a template"),
        ("", "2", "Review plans"),
        ("Timeliness", "3", "Run a tracker"),
    )
    assert refs_number_actions(ROLES, counting)


def test_numbers_only_on_the_rows_opening_areas_number_the_areas() -> None:
    areas = _rows(
        ("Oversight", "1", "Introduce a template"),
        ("", "", "Review plans"),
        ("Timeliness", "2", "Run a tracker"),
    )
    assert not refs_number_actions(ROLES, areas)


def test_an_area_number_printed_on_each_of_its_rows_numbers_the_area() -> None:
    repeated = _rows(
        ("Oversight", "1", "Introduce a template"),
        ("", "1", "Review plans"),
        ("Timeliness", "2", "Run a tracker"),
    )
    assert not refs_number_actions(ROLES, repeated)


def test_sub_numbers_leave_the_column_as_it_was_read() -> None:
    subs = _rows(("Oversight", "1.1", "Introduce"), ("", "1.2", "Review"))
    assert not refs_number_actions(ROLES, subs)
    assert numbered_texts("1.1", "Oversight", "Introduce", True) == ("1 Oversight", "1.1 Introduce")


def test_an_action_number_on_the_row_opening_an_area_is_the_actions() -> None:
    assert numbered_texts("1", "Oversight", "Introduce", True) == ("Oversight", "1 Introduce")
    assert numbered_texts("1", "Oversight", "Introduce", False) == ("1 Oversight", "Introduce")


def test_a_word_plan_numbering_its_actions_across_merged_areas(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            [
                ["Area for development", "No.", "Action", "Accountable", "Deadline"],
                ["Oversight of plans", "1", "Introduce a review template.", "Jo Hart", "May 2024"],
                [C(down=True), "2", "Review every open plan.", "Al Bee", "June 2024"],
                ["Timeliness of conferences", "3", "Run a daily tracker.", "Cy Dee", "July 2024"],
                [C(down=True), "4", "Recruit a chair.", "Ed Fox", "August 2024"],
            ]
        ],
    )
    plan = extract_file(path)
    areas = [area for section in plan.sections for area in section.areas]
    assert [(a.ref, a.text) for a in areas] == [
        (None, "Oversight of plans"),
        (None, "Timeliness of conferences"),
    ]
    assert [[(x.ref, x.text) for x in a.actions] for a in areas] == [
        [("1", "Introduce a review template."), ("2", "Review every open plan.")],
        [("3", "Run a daily tracker."), ("4", "Recruit a chair.")],
    ]
    (table,) = describe(path).tables
    (ref,) = [c for c in table if c.role == "ref"]
    assert ref.reason == "its numbers run on under each area: they number the actions"


def test_a_lettered_sub_number_gives_its_area_the_letters_too() -> None:
    """ "R3.2" numbers an action of area R3, not of area 3."""
    assert numbered_texts("R3.2", "Too few people", "Extend reablement", False) == (
        "R3 Too few people",
        "R3.2 Extend reablement",
    )
    assert numbered_texts("2a", "Oversight", "Introduce", False) == ("2 Oversight", "2a Introduce")
