"""Plans laid out the way councils and schools publish them, one cause per test.

Each test builds a small document (a web page, a text conversion or a Word
file) with a shape the engine met in real plans, and states by hand what a
reader of that document would record.
"""

from __future__ import annotations

from pathlib import Path

from actionplan import extract_file
from actionplan.extract.inspect import analyse, describe
from actionplan.schemas import ActionPlan
from tests.docbuild import C, build_docx, html_page


def _html(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "plan.html"
    path.write_text(html_page(body), encoding="utf-8")
    return path


def _table(*rows: str) -> str:
    return "<table>" + "".join(rows) + "</table>"


def _tr(*cells: str, tag: str = "td") -> str:
    out = []
    for cell in cells:
        attrs = ""
        if cell.startswith("@"):
            attrs, cell = cell[1:].split("@", 1)
            attrs = " " + attrs
        out.append(f"<{tag}{attrs}>{cell}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def _records(plan: ActionPlan) -> list[tuple[str | None, str | None, str, list[str]]]:
    return [
        (s.title, a.text, x.text, [p.name or p.role or "" for p in x.leads])
        for s, a, x in plan.actions()
    ]


HEAD = _tr("Objective", "Action", "Lead", "Timescale", tag="th")


def test_aim_and_theme_rows_are_sections_not_areas(tmp_path: Path) -> None:
    body = _table(
        HEAD,
        _tr(
            "@colspan='4'@AIM 1: To increase the extent to which disabled pupils can "
            "participate in the school curriculum"
        ),
        _tr(
            "Staff plan lessons for every pupil.",
            "Train staff in adapted teaching.",
            "Ann Lee",
            "Summer 2020",
        ),
        _tr("@colspan='4'@Theme 2 – Help at the earliest point"),
        _tr("Families get help early.", "Open a family hub.", "Bob Roe", "March 2021"),
    )
    plan = extract_file(_html(tmp_path, body))
    assert _records(plan) == [
        (
            "AIM 1: To increase the extent to which disabled pupils can participate in the "
            "school curriculum",
            "Staff plan lessons for every pupil.",
            "Train staff in adapted teaching.",
            ["Ann Lee"],
        ),
        (
            "Theme 2 – Help at the earliest point",
            "Families get help early.",
            "Open a family hub.",
            ["Bob Roe"],
        ),
    ]


def test_a_numbered_aim_line_above_the_table_is_its_section(tmp_path: Path) -> None:
    body = (
        "<p>AIM 2: To improve the delivery of written information to pupils and their "
        "families in formats they can use</p>"
        + _table(HEAD, _tr("Letters are readable.", "Offer large print.", "Ann Lee", "2021"))
    )
    plan = extract_file(_html(tmp_path, body))
    assert [s.title for s, _, _ in plan.actions()] == [
        "AIM 2: To improve the delivery of written information to pupils and their "
        "families in formats they can use"
    ]


def test_two_row_header_gives_each_leaf_column_its_sub_heading_role(tmp_path: Path) -> None:
    body = _table(
        _tr(
            "Area for improvement",
            "@colspan='3'@Actions",
            "@colspan='2'@Progress",
            "@colspan='2'@Ownership",
            tag="th",
        ),
        _tr(
            "",
            "Description",
            "Owner",
            "Deadline",
            "Commentary",
            "Rating",
            "Responsible officer",
            "Portfolio holder",
            tag="th",
        ),
        _tr(
            "1. Improve the timeliness of assessments.",
            "Recruit two more social workers.",
            "Ann Lee",
            "June 2024",
            "Adverts placed.",
            "Amber",
            "Carl Moss",
            "Dee Fox",
        ),
    )
    plan = extract_file(_html(tmp_path, body))
    ((_, area, action),) = list(plan.actions())
    assert area.ref == "1" and area.text == "Improve the timeliness of assessments."
    assert action.text == "Recruit two more social workers."
    assert [p.name for p in action.leads] == ["Ann Lee", "Carl Moss", "Dee Fox"]
    assert action.due.raw == "June 2024"
    assert action.progress == "Adverts placed."
    assert action.status.raw == "Amber"


ACTION_HEAD = _tr("Action", "Lead", "By when", tag="th")


def test_recommendation_paragraph_above_its_table_opens_the_area_with_its_timescale(
    tmp_path: Path,
) -> None:
    body = (
        "<p>Recommendation 3: Strengthen the oversight of children in need plans.</p>"
        "<p>Timescale: within three months</p>"
        + _table(ACTION_HEAD, _tr("Audit every plan.", "Ann Lee", "May 2024"))
        + "<p>Recommendation 5 (within two months): Improve the quality of supervision.</p>"
        + _table(ACTION_HEAD, _tr("Train all managers.", "Bob Roe", "June 2024"))
    )
    plan = extract_file(_html(tmp_path, body))
    areas = [
        (a.ref, a.text, a.timescale, [x.text for x in a.actions])
        for s in plan.sections
        for a in s.areas
    ]
    assert areas == [
        (
            "3",
            "Strengthen the oversight of children in need plans.",
            "within three months",
            ["Audit every plan."],
        ),
        ("5", "Improve the quality of supervision.", "within two months", ["Train all managers."]),
    ]


def _text_plan(tmp_path: Path, text: str) -> ActionPlan:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def test_bullets_in_cells_are_one_action_each_paired_with_parallel_bullets(
    tmp_path: Path,
) -> None:
    plan = _text_plan(
        tmp_path,
        "Area for improvement\tActions\tLead\tBy when\n"
        "1. Improve supervision.\t<ul><li>• Audit supervision files</li>"
        "<li>• Train all managers</li></ul>\t<ul><li>• Ann Lee</li><li>• Bob Roe</li></ul>"
        "\tMarch 2024\n"
        "2. Improve case records.\t<p>Review the recording policy.</p>"
        "<p>Publish it to staff.</p>\tCarl Moss\tJune 2024\n",
    )
    rows = [(a.ref, x.text, [p.name for p in x.leads], x.due.raw) for _, a, x in plan.actions()]
    assert rows == [
        ("1", "Audit supervision files", ["Ann Lee"], "March 2024"),
        ("1", "Train all managers", ["Bob Roe"], "March 2024"),
        ("2", "Review the recording policy. Publish it to staff.", ["Carl Moss"], "June 2024"),
    ]


def test_merged_down_lead_and_date_apply_to_every_row_they_cover(tmp_path: Path) -> None:
    body = _table(
        HEAD,
        _tr(
            "@rowspan='2'@Children are safe.",
            "Audit plans.",
            "@rowspan='2'@Ann Lee",
            "@rowspan='2'@May 2024",
        ),
        _tr(
            "Train staff.",
        ),
        _tr("Families are heard.", "Survey parents.", "Bob Roe", "June 2024"),
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(a.text, x.text, [p.name for p in x.leads], x.due.raw) for _, a, x in plan.actions()]
    assert rows == [
        ("Children are safe.", "Audit plans.", ["Ann Lee"], "May 2024"),
        ("Children are safe.", "Train staff.", ["Ann Lee"], "May 2024"),
        ("Families are heard.", "Survey parents.", ["Bob Roe"], "June 2024"),
    ]


def test_a_group_column_printed_on_its_first_row_only_carries_down(tmp_path: Path) -> None:
    plan = _text_plan(
        tmp_path,
        "Area for improvement\tAction\tLead\tTimescale\n"
        "1. Children are safe.\tAudit plans.\tAnn Lee\tMay 2024\n"
        "\tTrain staff.\t\t\n"
        "2. Families are heard.\tSurvey parents.\tBob Roe\tJune 2024\n"
        "\tPublish results.\t\t\n",
    )
    rows = [(a.ref, x.text, [p.name for p in x.leads], x.due.raw) for _, a, x in plan.actions()]
    assert rows == [
        ("1", "Audit plans.", ["Ann Lee"], "May 2024"),
        ("1", "Train staff.", ["Ann Lee"], "May 2024"),
        ("2", "Survey parents.", ["Bob Roe"], "June 2024"),
        ("2", "Publish results.", ["Bob Roe"], "June 2024"),
    ]


def test_full_width_evidence_rows_are_notes_and_a_titles_bullets_no_sections(
    tmp_path: Path,
) -> None:
    quote = (
        "Research: ‘High quality teaching is supported by, and inextricably bound to, "
        "targeted academic support for the pupils who need it most.’"
    )
    body = _table(
        _tr(
            "@colspan='4'@Teaching<br>− High-quality teaching for all<br>"
            "− Supporting remote learning"
        ),
        _tr(
            "Desired outcome",
            "What are we going to do to achieve this?",
            "Staff Lead",
            "Review and impact",
            tag="th",
        ),
        _tr(f"@colspan='4'@{quote}"),
        _tr(
            "Pupils catch up in reading.",
            "Daily phonics for Year 2.",
            "Literacy Lead",
            "Most pupils now at age-related expectations.",
        ),
        _tr(f"@colspan='4'@{quote}"),
        _tr("Pupils can learn at home.", "Lend laptops to families.", "Business Manager", ""),
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [
        (s.title, a.text, x.text, [p.name or p.role for p in x.leads], x.progress)
        for s, a, x in plan.actions()
    ]
    assert rows == [
        (
            "Teaching",
            "Pupils catch up in reading.",
            "Daily phonics for Year 2.",
            ["Literacy Lead"],
            "Most pupils now at age-related expectations.",
        ),
        (
            "Teaching",
            "Pupils can learn at home.",
            "Lend laptops to families.",
            ["Business Manager"],
            None,
        ),
    ]


def test_a_key_table_expanding_initials_is_read_as_a_glossary(tmp_path: Path) -> None:
    body = _table(HEAD, _tr("Children are safe.", "Audit plans.", "AL", "May 2024")) + _table(
        _tr("Initials", "Name and role", tag="th"),
        _tr("AL", "Ann Lee, Head of Safeguarding"),
        _tr("SMcL", "Sam McLean, Service Manager"),
    )
    raw = analyse(_html(tmp_path, body))
    assert raw.glossary == {
        "AL": "Ann Lee, Head of Safeguarding",
        "SMcL": "Sam McLean, Service Manager",
    }
    assert [x.text for a in raw.areas for x in a.actions] == ["Audit plans."]


def test_committee_page_action_table_is_found_among_unrelated_tables(tmp_path: Path) -> None:
    body = (
        "<h1>Children's Services Scrutiny Committee, 4 March 2024</h1>"
        "<h2>Attendance</h2>"
        + _table(
            _tr("Councillor Ann Lee", "Chair", "Present"),
            _tr("Councillor Bob Roe", "Vice-chair", "Apologies"),
        )
        + "<p>Item 5: Ofsted improvement plan</p>"
        "<p>The committee received the plan below and noted progress.</p>"
        + _table(
            _tr("Area for development", "What we will do", "Who", "When", "Progress", tag="th"),
            _tr(
                "1. Improve the quality of plans.",
                "Audit all plans monthly.",
                "Carl Moss",
                "April 2024",
                "Green",
            ),
        )
        + "<p>Key</p>"
        + _table(_tr("Green", "On track"), _tr("Red", "Off track"))
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(s.title, a.ref, x.text, [p.name for p in x.leads]) for s, a, x in plan.actions()]
    assert rows == [(None, "1", "Audit all plans monthly.", ["Carl Moss"])]
    assert [s.title for s in plan.sections] == [None]


def test_a_table_is_an_action_table_when_its_columns_together_look_like_one(
    tmp_path: Path,
) -> None:
    body = _table(
        _tr("Improvement activity", "Owner", "By when", "RAG", tag="th"),
        _tr("Publish a new supervision policy for all teams.", "Ann Lee", "May 2024", "Green"),
        _tr("Audit twenty case files every month.", "Bob Roe", "June 2024", "Amber"),
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(x.text, [p.name for p in x.leads], x.due.raw) for _, _, x in plan.actions()]
    assert rows == [
        ("Publish a new supervision policy for all teams.", ["Ann Lee"], "May 2024"),
        ("Audit twenty case files every month.", ["Bob Roe"], "June 2024"),
    ]


def test_repeated_banner_and_header_at_a_page_top_keep_the_area_and_join_the_row(
    tmp_path: Path,
) -> None:
    banner = "Recommendation 1: Improve the quality of plans for children"
    head = "Action\tLead\tBy when\tProgress"
    plan = _text_plan(
        tmp_path,
        f"{banner}\n{head}\n"
        "1.1 Audit all open plans and\tAnn Lee\tMay 2024\tUnderway\n"
        "\n"
        f"{banner}\n{head}\n"
        "report the findings to the board.\t\t\tand on track\n"
        "1.2 Train all managers.\tBob Roe\tJune 2024\tNot started\n",
    )
    rows = [(a.ref, a.text, x.ref, x.text) for _, a, x in plan.actions()]
    assert rows == [
        (
            "1",
            "Improve the quality of plans for children",
            "1.1",
            "Audit all open plans and report the findings to the board.",
        ),
        ("1", "Improve the quality of plans for children", "1.2", "Train all managers."),
    ]


def test_contents_prose_lists_and_appendix_checklists_are_not_sections_or_areas(
    tmp_path: Path,
) -> None:
    plan = _text_plan(
        tmp_path,
        "# Accessibility plan 2019-22\n"
        "Contents\n"
        "Introduction ........ 2\n"
        "Our aims ........ 3\n"
        "## Our aims\n"
        "- Increase access to the curriculum\n"
        "- Improve the physical environment\n"
        "Objective\tAction\tLead\tTime\n"
        "Pupils can reach every classroom.\tInstall a ramp at the main entrance."
        "\tBusiness Manager\tSummer 2020\n"
        "## Appendix 1: Accessibility audit\n"
        "Feature\tYes/No\tComment\n"
        "Are corridors wide enough for wheelchairs?\tYes\tAll corridors measured in 2019\n"
        "Is there a disabled toilet?\tNo\tPlanned for 2021\n",
    )
    rows = [(s.title, a.text, x.text) for s, a, x in plan.actions()]
    assert rows == [
        ("Our aims", "Pupils can reach every classroom.", "Install a ramp at the main entrance.")
    ]
    assert [s.title for s in plan.sections] == ["Our aims"]


def test_a_one_column_list_of_aims_is_neither_section_nor_area(tmp_path: Path) -> None:
    body = (
        "<p>The purpose of the plan is to:</p>"
        + _table(
            _tr("Increase access to the curriculum"),
            _tr(
                "Improve the physical environment of the school so that disabled pupils can "
                "take part in everything it offers"
            ),
            _tr("Improve the availability of accessible information"),
        )
        + _table(HEAD, _tr("Pupils reach every room.", "Install a ramp.", "Ann Lee", "2020"))
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(s.title, a.text, x.text) for s, a, x in plan.actions()]
    assert rows == [(None, "Pupils reach every room.", "Install a ramp.")]


def test_a_headings_role_and_its_cells_make_one_score_with_the_reason(tmp_path: Path) -> None:
    body = _table(
        _tr("Action", "Lead", "Deadline", tag="th"),
        _tr("Audit plans.", "May 2024", "Ann Lee"),
        _tr("Train staff.", "June 2024", "Bob Roe"),
        _tr("Survey parents.", "July 2024", "Carl Moss"),
    )
    (table,) = describe(_html(tmp_path, body)).tables
    action, lead, due = table
    assert (action.role, action.confidence, action.reason) == ("action", 1.0, "profile synonym")
    assert lead.role == "lead" and lead.confidence == 0.6
    assert lead.reason == "its cells read as lead in 0% of rows"
    assert due.role == "due" and due.confidence == 0.6


def test_a_row_left_out_of_an_action_table_is_reported(tmp_path: Path) -> None:
    body = _table(
        _tr("Action", "Lead", "Deadline", "Notes", tag="th"),
        _tr("Audit plans.", "Ann Lee", "May 2024", ""),
        _tr("", "", "", "See the audit report for the figures"),
    )
    plan = extract_file(_html(tmp_path, body))
    assert [x.text for _, _, x in plan.actions()] == ["Audit plans."]
    assert [(w.code, w.message) for w in plan.warnings if w.code == "row_unplaced"] == [
        (
            "row_unplaced",
            "line 3: a row with no action text was left out: See the audit report for the figures",
        )
    ]


def test_a_quotation_across_a_table_without_an_area_column_is_a_note(tmp_path: Path) -> None:
    body = "<p>Recommendation 1: Improve the quality of teaching.</p>" + _table(
        ACTION_HEAD,
        _tr("Coach every teacher.", "Ann Lee", "May 2024"),
        _tr(
            "@colspan='3'@Research: ‘Good teaching is the best support for pupils who have "
            "fallen behind, and it matters most for the disadvantaged.’"
        ),
        _tr("Observe lessons each term.", "Bob Roe", "June 2024"),
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(a.ref, a.text, x.text) for _, a, x in plan.actions()]
    assert rows == [
        ("1", "Improve the quality of teaching.", "Coach every teacher."),
        ("1", "Improve the quality of teaching.", "Observe lessons each term."),
    ]


def test_a_web_pages_bulleted_cells_are_one_action_per_item(tmp_path: Path) -> None:
    body = _table(
        _tr("Area for improvement", "Actions", "Lead", "By when", tag="th"),
        _tr(
            "1. Improve supervision.",
            "<ul><li>Audit supervision files</li><li>Train all managers</li></ul>",
            "<ul><li>Ann Lee</li><li>Bob Roe</li></ul>",
            "March 2024",
        ),
        _tr(
            "2. Improve records.",
            "<p>Review the policy.</p><p>Publish it.</p>",
            "Carl Moss",
            "June 2024",
        ),
    )
    plan = extract_file(_html(tmp_path, body))
    rows = [(a.ref, x.text, [p.name for p in x.leads], x.due.raw) for _, a, x in plan.actions()]
    assert rows == [
        ("1", "Audit supervision files", ["Ann Lee"], "March 2024"),
        ("1", "Train all managers", ["Bob Roe"], "March 2024"),
        ("2", "Review the policy. Publish it.", ["Carl Moss"], "June 2024"),
    ]


def test_a_word_tables_bulleted_cells_are_one_action_per_item(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            [
                ["Area for improvement", "Actions", "Lead", "By when"],
                [
                    "1. Improve supervision.",
                    C(bullets=["Audit supervision files", "Train all managers"]),
                    C(bullets=["Ann Lee", "Bob Roe"]),
                    "March 2024",
                ],
                [
                    "2. Improve records.",
                    C(["Review the policy.", "Publish it."]),
                    "Carl Moss",
                    "June 2024",
                ],
            ]
        ],
    )
    plan = extract_file(path)
    rows = [(a.ref, x.text, [p.name for p in x.leads], x.due.raw) for _, a, x in plan.actions()]
    assert rows == [
        ("1", "Audit supervision files", ["Ann Lee"], "March 2024"),
        ("1", "Train all managers", ["Bob Roe"], "March 2024"),
        ("2", "Review the policy. Publish it.", ["Carl Moss"], "June 2024"),
    ]


def test_a_boxed_recommendation_above_its_table_still_opens_the_area(tmp_path: Path) -> None:
    body = _table(
        _tr("Recommendation 2: Improve the timeliness of assessments."),
        _tr("Timescale: within three months"),
    ) + _table(ACTION_HEAD, _tr("Add a duty social worker.", "Ann Lee", "May 2024"))
    plan = extract_file(_html(tmp_path, body))
    areas = [(a.ref, a.text, a.timescale) for s in plan.sections for a in s.areas]
    assert areas == [("2", "Improve the timeliness of assessments.", "within three months")]


def test_resources_and_current_practice_columns_are_neither_progress_nor_status(
    tmp_path: Path,
) -> None:
    body = _table(
        _tr("Current practice", "Actions", "Lead", "Resources", "When", tag="th"),
        _tr(
            "Staff adapt lessons informally and record little of it.",
            "Train every teacher in planning lessons for pupils with additional needs.",
            "SENDCo",
            "Two INSET days and supply cover for the training sessions",
            "Autumn 2024",
        ),
        _tr(
            "Visual timetables are used in two classes only at the moment.",
            "Put a visual timetable in every classroom and check its use each term.",
            "Deputy Head",
            "Laminator, printing and staff meeting time for all classes",
            "Spring 2025",
        ),
    )
    plan = extract_file(_html(tmp_path, body))
    actions = [x for _, _, x in plan.actions()]
    assert [x.text for x in actions] == [
        "Train every teacher in planning lessons for pupils with additional needs.",
        "Put a visual timetable in every classroom and check its use each term.",
    ]
    # no column reports on progress or status: what an action costs, or the
    # practice it starts from, is kept in its cells only
    assert [(x.progress, x.status) for x in actions] == [(None, None), (None, None)]
    assert actions[0].cells["Resources"].startswith("Two INSET days")


def test_labelled_area_banners_give_number_timescale_and_wording(tmp_path: Path) -> None:
    head = _tr("Action", "Lead", "By when", tag="th")
    body = _table(
        head,
        _tr(
            "@colspan='3'@Key issue 1 (by July 2024): Improve how teachers check what "
            "pupils understand in lessons."
        ),
        _tr("Train staff in questioning techniques.", "Deputy Head", "March 2024"),
        _tr("@colspan='3'@Finding 2 – Plans do not say how the child's experience will improve."),
        _tr("Audit twenty plans each quarter.", "Service Manager", "June 2024"),
    )
    plan = extract_file(_html(tmp_path, body))
    areas = [a for s in plan.sections for a in s.areas if a.actions]
    assert [(a.ref, a.timescale, a.text) for a in areas] == [
        ("1", "by July 2024", "Improve how teachers check what pupils understand in lessons."),
        ("2", None, "Plans do not say how the child's experience will improve."),
    ]
    assert [x.text for _, _, x in plan.actions()] == [
        "Train staff in questioning techniques.",
        "Audit twenty plans each quarter.",
    ]


def test_an_unnamed_column_merged_down_left_of_the_actions_is_their_area(
    tmp_path: Path,
) -> None:
    body = _table(
        _tr("Must do / should do", "Action", "Lead", "Due date", tag="th"),
        _tr(
            "@rowspan='2'@1. The trust must ensure that medicines are stored securely.",
            "Fit locks to every medicines fridge.",
            "Chief Pharmacist",
            "31.08.2024",
        ),
        _tr("Audit storage on each ward monthly.", "Ward Pharmacists", "Monthly"),
        _tr(
            "2. The trust should ensure that patients know how to complain.",
            "Put complaints leaflets on every ward.",
            "Head of Patient Experience",
            "30.09.2024",
        ),
    )
    plan = extract_file(_html(tmp_path, body))
    assert [(a.ref, a.text, x.text) for _, a, x in plan.actions()] == [
        (
            "1",
            "The trust must ensure that medicines are stored securely.",
            "Fit locks to every medicines fridge.",
        ),
        (
            "1",
            "The trust must ensure that medicines are stored securely.",
            "Audit storage on each ward monthly.",
        ),
        (
            "2",
            "The trust should ensure that patients know how to complain.",
            "Put complaints leaflets on every ward.",
        ),
    ]


# A status column of bare coloured marks: the colour is the status, as a fill is.
MARK_ROWS = [
    ("Publish the early help offer.", "Ann Lee", "FF0000"),
    ("Train front door staff.", "Bob Roe", "0070C0"),
]


def _mark_statuses(plan: ActionPlan) -> list[tuple[str, str | None, str | None]]:
    return [
        (x.text, x.status.raw if x.status else None, x.status.value if x.status else None)
        for _, _, x in plan.actions()
    ]


EXPECTED_MARKS = [
    ("Publish the early help offer.", "fill:red", "off_track"),
    ("Train front door staff.", "fill:blue", "completed"),
]


def test_a_coloured_mark_in_a_word_status_cell_is_read_by_its_colour(tmp_path: Path) -> None:
    rows: list[list[C | str]] = [["Action", "Lead", "RAG"]]
    rows += [[text, lead, C("●", ink=ink)] for text, lead, ink in MARK_ROWS]
    plan = extract_file(build_docx(tmp_path / "plan.docx", [rows]))
    assert _mark_statuses(plan) == EXPECTED_MARKS


def test_a_coloured_mark_in_a_web_status_cell_is_read_by_its_colour(tmp_path: Path) -> None:
    body = _table(
        _tr("Action", "Lead", "RAG", tag="th"),
        *(
            _tr(text, lead, f"<span style='color: #{ink}'>&#9679;</span>")
            for text, lead, ink in MARK_ROWS
        ),
    )
    assert _mark_statuses(extract_file(_html(tmp_path, body))) == EXPECTED_MARKS
