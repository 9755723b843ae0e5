"""The DOCX reader on Word documents built here, then whole plans through the engine."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from actionplan import ExtractionError, extract_file
from actionplan.extract.grid import Cell, Line, PageBreak, Row
from actionplan.extract.readers.docx_reader import DocxError, read_docx
from actionplan.schemas import StatusValue
from tests.docbuild import Break, C, Heading, Numbered, Para, build_docx


def test_cells_spans_merges_fills_bold_leads_and_bullets(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Heading("Improvement plan", 1),
            Heading("Early help", 2),
            [
                [C("Theme 1: Early help", span=4)],
                ["Area", "Action", "Status", "Notes"],
                [
                    C("1. Improve step-down"),
                    C("Audit cases", bullets=["monthly", "• by managers"]),
                    C(fill="FF0000"),
                    C("Notes follow", bold="Completed "),
                ],
                [C(down=True), C("Train staff"), C(bold="Done"), C("")],
            ],
        ],
    )
    blocks = read_docx(path).blocks
    assert blocks[:2] == [
        Line("Improvement plan", heading=1, bold=True),
        Line("Early help", heading=2, bold=True),
    ]
    rows = blocks[2:]
    assert all(isinstance(r, Row) and r.table == 1 for r in rows)
    assert [r.line for r in rows] == [1, 2, 3, 4]
    assert rows[0].cells == [Cell("Theme 1: Early help", span=4)]
    assert rows[1].texts == ["Area", "Action", "Status", "Notes"]
    assert rows[2].cells == [
        Cell("1. Improve step-down"),
        Cell("Audit cases\nmonthly\nby managers"),
        Cell("", fill="red"),
        Cell("Completed Notes follow", bold_lead="Completed"),
    ]
    # the merged-down area cell is a blank slot marked as merged below its first row;
    # an all-bold cell is its own lead
    assert rows[3].cells == [
        Cell("", merged_down=True),
        Cell("Train staff"),
        Cell("Done", "Done"),
        Cell(""),
    ]


def test_spans_add_up_to_the_table_width(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            [
                [C("Title", span=3)],
                ["A", C("B and C", span=2)],
                ["x", "y", "z"],
                [C(down=True), C("merged", span=2)],
            ]
        ],
    )
    rows = read_docx(path).blocks
    assert [[c.span for c in r.cells] for r in rows] == [[3], [1, 2], [1, 1, 1], [1, 2]]
    assert rows[3].texts == ["", "merged"]


def test_merged_down_status_cell_keeps_its_shading(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [[["Action", "RAG"], ["One", C(fill="FFC000")], ["Two", C(down=True)]]],
    )
    rows = read_docx(path).blocks
    assert [c.fill for r in rows for c in r.cells] == [None, None, None, "amber", None, "amber"]
    assert rows[2].texts == ["Two", ""]


def test_white_and_grey_shading(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [[[C("a", fill="FFFFFF"), C("b", fill="auto"), C("c", fill="D9D9D9")]]],
    )
    (row,) = read_docx(path).blocks
    assert [c.fill for c in row.cells] == [None, None, "#d9d9d9"]


def test_superscript_joins_and_page_breaks(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Para("Before the break", bold=True),
            Break(),
            [[C("Due by", sup=[(" 14", "th"), (" March", "")])]],
        ],
    )
    blocks = read_docx(path).blocks
    assert blocks[0] == Line("Before the break", bold=True)
    assert isinstance(blocks[1], PageBreak)
    assert isinstance(blocks[2], Row)
    assert blocks[2].texts == ["Due by 14th March"]


def test_nested_table_text_is_flattened_into_its_cell(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "plan.docx", [[["Outer", "Cell"]]])
    document = docx.Document(str(path))
    inner = document.tables[0].cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "inner one"
    inner.cell(0, 1).text = "inner two"
    document.save(str(path))
    (row,) = read_docx(path).blocks
    assert row.texts == ["Outer", "Cell\ninner one\ninner two"]


def test_section_breaks_turn_the_page_unless_continuous(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Intro")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Landscape table pages")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("Same page")
    document.save(str(tmp_path / "plan.docx"))
    assert read_docx(tmp_path / "plan.docx").blocks == [
        Line("Intro"),
        PageBreak(),
        Line("Landscape table pages"),
        Line("Same page"),
    ]


def test_one_column_box_around_a_table_is_layout(tmp_path: Path) -> None:
    document = docx.Document()
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].add_run("Boxed heading")
    inner = box.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Action"
    inner.cell(0, 1).text = "Lead"
    document.save(str(tmp_path / "plan.docx"))
    assert read_docx(tmp_path / "plan.docx").blocks == [
        Line("Boxed heading"),
        Row([Cell("Action"), Cell("Lead")], table=1, line=1),
    ]


def test_tracked_deletions_hidden_text_and_field_codes_are_not_text(tmp_path: Path) -> None:
    document = docx.Document()
    p = document.add_paragraph()._p
    w = nsdecls("w")
    for xml in (
        f'<w:ins {w} w:id="1" w:author="a">'
        '<w:r><w:t xml:space="preserve">kept </w:t></w:r></w:ins>',
        f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>gone </w:delText></w:r></w:del>',
        f"<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f"<w:r {w}><w:instrText> PAGE </w:instrText></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>3</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p.append(parse_xml(xml))
    document.save(str(tmp_path / "plan.docx"))
    assert read_docx(tmp_path / "plan.docx").blocks == [Line("kept 3")]


def test_corrupt_word_document_is_a_reader_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><not closed")
    with pytest.raises(DocxError, match="corrupt Word document"):
        read_docx(path)
    with pytest.raises(ExtractionError, match="corrupt Word document"):
        extract_file(path)


def test_list_number_style_numbers_in_document_order_across_cells(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            [
                [C("Recruit carers", style="List Number"), C("Lead")],
                [C(["Open a home", "", "Audit visits"], style="List Number"), C(bullets=["x"])],
            ]
        ],
    )
    rows = read_docx(path).blocks
    # an empty numbered paragraph takes a number, as in Word, but shows none
    assert [r.texts for r in rows] == [
        ["1. Recruit carers", "Lead"],
        ["2. Open a home\n4. Audit visits", "x"],
    ]


def test_multilevel_numbers_restart_deeper_levels(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            Para("Early help", num=("plan", 0)),
            Para("Audit cases", num=("plan", 1)),
            Para("Train staff", num=("plan", 1)),
            # the number takes the paragraph mark's format, which a bold run does not set
            Para("Care plans", bold=True, num=("plan", 0)),
            Para("Quarterly audit", num=("plan", 1)),
            Para("Not numbered"),
            Para("Continues the list", num=("plan", 0)),
        ],
        {"plan": Numbered()},
    )
    assert read_docx(path).blocks == [
        Line("1. Early help"),
        Line("1.1 Audit cases"),
        Line("1.2 Train staff"),
        Line("2. Care plans", bold=False),
        Line("2.1 Quarterly audit"),
        Line("Not numbered"),
        Line("3. Continues the list"),
    ]


def test_number_formats_start_values_and_restarts(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        [
            [
                [C("Sub-item first", num=("outline", 1))],
                [C("Top", num=("outline", 0))],
                [C("Deeper", num=("outline", 1))],
                [C("Letters", num=("letters", 0))],
                [C("More letters", num=("letters", 0))],
                [C("Restarted", num=("letters!", 0))],
                [C("Roman", num=("letters", 1))],
            ]
        ],
        {
            "outline": Numbered(),
            "letters": Numbered(
                (("%1)", "upperLetter"), ("(%2)", "lowerRoman")), start=3, restart=1
            ),
        },
    )
    # a level used before its parent shows the parent at its start, as Word does
    assert [r.texts[0] for r in read_docx(path).blocks] == [
        "1.1 Sub-item first",
        "2. Top",
        "2.1 Deeper",
        "C) Letters",
        "D) More letters",
        "A) Restarted",
        "(iii) Roman",
    ]


W = nsdecls("w")


def _numbering(path: Path, xml: str, paragraphs: list[tuple[str, str, str]]) -> list[str]:
    """Texts read back from a document whose numbering.xml is `xml`.

    Each paragraph is (text, numId, ilvl); an empty numId leaves out w:numId.
    """
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(f"<w:numbering {W}>{xml}</w:numbering>"):
        numbering.append(child)
    for text, num_id, ilvl in paragraphs:
        p = document.add_paragraph(text)._p
        num = f'<w:numId w:val="{num_id}"/>' if num_id else ""
        p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/>{num}</w:numPr>')
        )
    document.save(str(path))
    return [b.text for b in read_docx(path).blocks if isinstance(b, Line)]


def test_lists_sharing_a_definition_continue_unless_restarted(tmp_path: Path) -> None:
    xml = (
        '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="7"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    )
    got = _numbering(
        tmp_path / "plan.docx",
        xml,
        [
            ("one", "1", "0"),
            ("two", "2", "0"),
            ("bullet", "2", "1"),
            ("five", "3", "0"),
            ("six", "3", "0"),
            ("off", "0", "0"),
        ],
    )
    assert got == ["i. one", "ii. two", "bullet", "v. five", "vi. six", "off"]


def test_style_linked_levels_and_legal_numbers(tmp_path: Path) -> None:
    """Paragraph styles carry the numbering; a level names its style; isLgl prints decimals."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in parse_xml(
        f'<w:numbering {W}><w:abstractNum w:abstractNumId="40">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:pStyle w:val="AreaNum"/><w:lvlText w:val="Area %1:"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
        '<w:pStyle w:val="ActionNum"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>'
        "</w:numbering>"
    ):
        numbering.append(child)
    for name in ("AreaNum", "ActionNum"):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:numId w:val="40"/></w:numPr>')
        )
    for text, style in [("Help", "AreaNum"), ("Audit", "ActionNum"), ("Care", "AreaNum")]:
        document.add_paragraph(text, style=style)
    document.save(str(tmp_path / "plan.docx"))
    assert [b.text for b in read_docx(tmp_path / "plan.docx").blocks] == [
        "Area I: Help",
        "1.1 Audit",
        "Area II: Care",
    ]


@pytest.mark.parametrize(
    "xml",
    [
        "",  # no definitions at all
        '<w:num w:numId="1"><w:abstractNumId w:val="99"/></w:num>',
        '<w:num w:numId="1"/>',
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="zero"><w:start w:val="x"/>'
        '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/>'
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
        '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="Missing"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    ],
)
def test_malformed_numbering_gives_no_number(tmp_path: Path, xml: str) -> None:
    got = _numbering(
        tmp_path / "plan.docx", xml, [("text", "1", "0"), ("deep", "1", "12"), ("bare", "", "0")]
    )
    assert got == ["text", "deep", "bare"]


def test_odd_levels_still_number_what_they_can(tmp_path: Path) -> None:
    xml = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="x"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="Step %1%9:"/></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    got = _numbering(tmp_path / "plan.docx", xml, [("text", "1", "0"), ("more", "1", "0")])
    # an unknown format counts in decimal; a missing level's number shows its start
    assert got == ["Step 11: text", "Step 21: more"]


# -- whole plans through the engine ----------------------------------------------

HEADER = [
    "Ref", "Recommendation", "Action", "Responsible Officer", "Target Date", "RAG", "Comments",
]  # fmt: skip


def _rag_plan(path: Path) -> Path:
    """Ref and Recommendation merged down over two actions each; RAG is colour only."""
    return build_docx(
        path,
        [
            Heading("Children's Services Improvement Plan", 1),
            Para("This plan responds to the inspection of 4 March 2024."),
            Heading("Help and protection", 2),
            [
                HEADER,
                [
                    C("1"),
                    C("Strengthen management oversight of referrals."),
                    C("1.1 Weekly audit of contacts by team managers."),
                    C("Jane Smith / Tom Baker"),
                    C("31/07/2024"),
                    C(fill="FF0000"),
                    C("Audit tool drafted."),
                ],
                [
                    C(down=True),
                    C(down=True),
                    C("1.2 Refresh the threshold document."),
                    C("Jane Smith"),
                    C("30/09/2024"),
                    C(fill="00B050"),
                    C("Consultation under way."),
                ],
                [
                    C("2"),
                    C("Improve the quality of care plans."),
                    C("2.1 Train all social workers in SMART planning."),
                    C("Amir Khan"),
                    C("31/12/2024"),
                    C(fill="0070C0"),
                    C("All staff trained."),
                ],
                [
                    C(down=True),
                    C(down=True),
                    C("2.2 Quarterly audit of care plans."),
                    C("Amir Khan"),
                    C("March 2025"),
                    C(fill="00B050"),
                    C(""),
                ],
            ],
        ],
    )


def test_rag_colour_plan_end_to_end(tmp_path: Path) -> None:
    plan = extract_file(_rag_plan(tmp_path / "plan.docx"))
    assert plan.source.format.value == "docx"
    assert [s.title for s in plan.sections] == ["Help and protection"]
    areas = plan.sections[0].areas
    assert [(a.ref, a.text) for a in areas] == [
        ("1", "Strengthen management oversight of referrals."),
        ("2", "Improve the quality of care plans."),
    ]
    got = [
        (
            x.ref,
            x.text,
            [p.name for p in x.leads],
            x.due.end,
            x.status.raw if x.status else None,
            x.status.value if x.status else None,
            x.progress,
        )
        for _, _, x in plan.actions()
    ]
    assert got == [
        (
            "1.1",
            "Weekly audit of contacts by team managers.",
            ["Jane Smith", "Tom Baker"],
            date(2024, 7, 31),
            "fill:red",
            StatusValue.OFF_TRACK,
            "Audit tool drafted.",
        ),
        (
            "1.2",
            "Refresh the threshold document.",
            ["Jane Smith"],
            date(2024, 9, 30),
            "fill:green",
            StatusValue.IN_PROGRESS,
            "Consultation under way.",
        ),
        (
            "2.1",
            "Train all social workers in SMART planning.",
            ["Amir Khan"],
            date(2024, 12, 31),
            "fill:blue",
            StatusValue.COMPLETED,
            "All staff trained.",
        ),
        (
            "2.2",
            "Quarterly audit of care plans.",
            ["Amir Khan"],
            date(2025, 3, 31),
            "fill:green",
            StatusValue.IN_PROGRESS,
            None,
        ),
    ]
    first = areas[0].actions[0]
    assert first.leads_raw == "Jane Smith / Tom Baker"
    assert first.due.raw == "31/07/2024"
    assert first.cells["Responsible Officer"] == "Jane Smith / Tom Baker"


def test_plan_numbered_only_by_word_lists_end_to_end(tmp_path: Path) -> None:
    """Areas "1.", "2." and actions "1.1", "1.2", "2.1" exist only as list numbering."""

    def area(text: str) -> C:
        return C(text, num=("plan", 0))

    def action(text: str) -> C:
        return C(text, num=("plan", 1))

    path = build_docx(
        tmp_path / "plan.docx",
        [
            Heading("Improvement plan", 1),
            [
                ["Area for improvement", "Action", "Lead", "Target date", "Progress"],
                [
                    area("Strengthen management oversight."),
                    action("Weekly audit of contacts."),
                    "Jane Smith",
                    "31/07/2024",
                    "Audit tool drafted.",
                ],
                [
                    C(down=True),
                    action("Refresh the threshold document."),
                    "Jane Smith",
                    "30/09/2024",
                    "",
                ],
                [
                    area("Improve the quality of care plans."),
                    action("Train all social workers."),
                    "Amir Khan",
                    "31/12/2024",
                    "",
                ],
            ],
        ],
        {"plan": Numbered()},
    )
    plan = extract_file(path)
    areas = [a for s in plan.sections for a in s.areas]
    assert [(a.ref, a.text) for a in areas] == [
        ("1", "Strengthen management oversight."),
        ("2", "Improve the quality of care plans."),
    ]
    assert [(a.ref, x.ref, x.text, x.due.end) for _, a, x in plan.actions()] == [
        ("1", "1.1", "Weekly audit of contacts.", date(2024, 7, 31)),
        ("1", "1.2", "Refresh the threshold document.", date(2024, 9, 30)),
        ("2", "2.1", "Train all social workers.", date(2024, 12, 31)),
    ]
