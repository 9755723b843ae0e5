"""The DOCX reader on Word documents built here, then whole plans through the engine."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from actionplan import ExtractionError, extract_file
from actionplan.extract.docx_reader import DocxError, read_docx
from actionplan.extract.grid import Cell, Line, PageBreak, Row
from actionplan.schemas import StatusValue
from tests.docbuild import Break, C, Heading, Para, build_docx


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
    # the merged-down area cell is blank below its first row; an all-bold cell is its own lead
    assert rows[3].cells == [Cell(""), Cell("Train staff"), Cell("Done", "Done"), Cell("")]


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
