# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The corpus's school premium plans: pupil premium strategy statements on the DfE
template (summary table, challenges, intended outcomes, activity tables under the
template's headings), a PE and sport premium report (one table per key indicator) and a
recovery premium plan in the older template's wording (desired outcome, chosen action,
questions as headings)."""

from __future__ import annotations

from collections.abc import Sequence

from docs_html import chrome
from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para, html_blocks, html_table

HEAD_FILL = "D9E2F3"


def table(rows: Sequence[Sequence[str]], widths: Sequence[float], *, header: bool = True) -> Grid:
    """A plain table of text cells, its first row bold when it is a header."""
    cells: list[list[Cell | None]] = [
        [Cell(text, bold=header and r == 0) for text in row] for r, row in enumerate(rows)
    ]
    return Grid(cells, widths, header_rows=1 if header else 0, header_fill=HEAD_FILL)


def _activity(text: str | Sequence[str], evidence: str, challenges: str, **kw: object) -> A:
    """An activity row of the DfE template: no lead, date or status of its own."""
    return A(None, text, extra={"evidence": evidence, "challenges": challenges}, **kw)  # type: ignore[arg-type]


# --- 1. Pupil premium strategy statement, DfE template, PDF -----------------------------

ASHGROVE = [
    Section(
        "Teaching",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "Purchase of a DfE validated systematic synthetic phonics programme, with training for all Reception and Key Stage 1 staff.",
                        "Phonics approaches have a strong evidence base for pupils from disadvantaged backgrounds (EEF Teaching and Learning Toolkit: phonics, +5 months).",
                        "1",
                    ),
                    _activity(
                        [
                            "Mastery maths: release time for the maths lead to embed the NCETM teaching for mastery approach.",
                            "Teachers take part in a local maths hub work group across the year.",
                        ],
                        "The DfE non-statutory guidance and the EEF guidance on improving mathematics in Key Stages 2 and 3 support a mastery approach.",
                        "2",
                    ),
                    _activity(
                        "Whole-staff training on explicit vocabulary teaching across the curriculum.",
                        "Oral language interventions have a high impact for a low cost (EEF, +6 months).",
                        "1, 3",
                    ),
                ],
            )
        ],
    ),
    Section(
        "Targeted academic support",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "School-led tutoring in small groups of three for Year 6 pupils in reading and maths.",
                        "Small group tuition is effective when targeted at pupils' specific needs (EEF, +4 months).",
                        "1, 2",
                    ),
                    _activity(
                        "Daily reading catch-up sessions with a trained teaching assistant for pupils who are not yet fluent readers.",
                        "Reading comprehension strategies and phonics catch-up: EEF Teaching and Learning Toolkit.",
                        "1",
                    ),
                ],
            )
        ],
    ),
    Section(
        "Wider strategies",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "Attendance officer to work with families of persistently absent pupils, following the DfE guidance on working together to improve school attendance.",
                        "The DfE guidance is informed by engagement with schools that have significantly reduced persistent absence.",
                        "4",
                    ),
                    _activity(
                        "Subsidised places at breakfast club and at one after-school club each term.",
                        "Extending school time: EEF evidence shows a positive effect on attainment and on attendance.",
                        "3, 4",
                    ),
                ],
            )
        ],
    ),
]

_ASHGROVE_COSTS = {
    "Teaching": "£21,400",
    "Targeted academic support": "£18,950",
    "Wider strategies": "£9,300",
}
_ASHGROVE_HEADINGS = {
    "Teaching": "Teaching (for example, CPD, recruitment and retention)",
    "Targeted academic support": "Targeted academic support (for example, tutoring, one-to-one support structured interventions)",
    "Wider strategies": "Wider strategies (for example, related to attendance, behaviour, wellbeing)",
}

ACTIVITY_COLS = [
    Col("Activity", "action", 2.4),
    Col("Evidence that supports this approach", "x:evidence", 2.6),
    Col("Challenge number(s) addressed", "x:challenges", 1.0),
]


def _overview(name: str, pupils: str, share: str, years: str, published: str, review: str,
              authorised: str, lead: str, governor: str) -> Grid:  # fmt: skip
    return table(
        [
            ("Detail", "Data"),
            ("School name", name),
            ("Number of pupils in school", pupils),
            ("Proportion (%) of pupil premium eligible pupils", share),
            ("Academic year/years that our current pupil premium strategy plan covers", years),
            ("Date this statement was published", published),
            ("Date on which it will be reviewed", review),
            ("Statement authorised by", authorised),
            ("Pupil premium lead", lead),
            ("Governor / Trustee lead", governor),
        ],
        [3.0, 2.0],
    )


def ashgrove(plan: Plan) -> tuple[list[Block], Page]:
    blocks: list[Block] = [
        Heading("Ashgrove Primary School"),
        Heading("Pupil premium strategy statement", 2),
        Para(
            "This statement details our school's use of pupil premium funding to help improve "
            "the attainment of our disadvantaged pupils. It outlines our pupil premium strategy, "
            "how we intend to spend the funding in this academic year and the effect that last "
            "year's spending of pupil premium had within our school."
        ),
        Heading("School overview", 3),
        _overview(
            "Ashgrove Primary School",
            "412",
            "31%",
            "2021/22 to 2023/24",
            "December 2023",
            "July 2024",
            "Janet Harper, Headteacher",
            "Ruth Okafor, Deputy Headteacher",
            "Martin Lister",
        ),
        Heading("Funding overview", 3),
        table(
            [
                ("Detail", "Amount"),
                ("Pupil premium funding allocation this academic year", "£49,650"),
                ("Recovery premium funding allocation this academic year", "£4,785"),
                ("Pupil premium funding carried forward from previous years", "£0"),
                ("Total budget for this academic year", "£54,435"),
            ],
            [3.0, 2.0],
        ),
        Heading("Part A: Pupil premium strategy plan", 2),
        Heading("Statement of intent", 3),
        Para(
            "Our intention is that all pupils, whatever their background or the challenges they "
            "face, make good progress and achieve well across the curriculum. High-quality "
            "teaching is at the heart of our approach."
        ),
        Heading("Challenges", 3),
        Para(
            "This details the key challenges to achievement that we have identified among our "
            "disadvantaged pupils."
        ),
        table(
            [
                ("Challenge number", "Detail of challenge"),
                (
                    "1",
                    "Assessments on entry to Reception show underdeveloped oral language skills and vocabulary gaps among many disadvantaged pupils.",
                ),
                (
                    "2",
                    "Internal assessments show that disadvantaged pupils' attainment in maths is lower than that of their peers.",
                ),
                (
                    "3",
                    "Our observations show that many disadvantaged pupils have had fewer enrichment experiences.",
                ),
                (
                    "4",
                    "Attendance among disadvantaged pupils has been 4% lower than for non-disadvantaged pupils.",
                ),
            ],
            [1.0, 5.0],
        ),
        Heading("Intended outcomes", 3),
        Para(
            "This explains the outcomes we are aiming for by the end of our current strategy "
            "plan, and how we will measure whether they have been achieved."
        ),
        table(
            [
                ("Intended outcome", "Success criteria"),
                (
                    "Improved oral language skills and vocabulary among disadvantaged pupils.",
                    "Assessments and observations show improved oral language; the gap narrows by the end of Key Stage 1.",
                ),
                (
                    "Improved maths attainment for disadvantaged pupils at the end of Key Stage 2.",
                    "2023/24 KS2 maths outcomes show that more than 70% of disadvantaged pupils met the expected standard.",
                ),
                (
                    "Sustained high attendance for all pupils, particularly our disadvantaged pupils.",
                    "The attendance gap between disadvantaged pupils and their peers is below 1%.",
                ),
            ],
            [3.0, 3.0],
        ),
        Heading("Activity in this academic year", 3),
        Para(
            "This details how we intend to spend our pupil premium (and recovery premium funding) "
            "this academic year to address the challenges listed above."
        ),
    ]
    style = Style(area_mode="none", section_mode="none")
    for section in plan.sections:
        title = section.title or ""
        blocks.append(Heading(_ASHGROVE_HEADINGS[title], 3))
        blocks.append(Para(f"Budgeted cost: {_ASHGROVE_COSTS[title]}"))
        blocks.append(grid([section], ACTIVITY_COLS, style, header_fill=HEAD_FILL))
    blocks += [
        Heading("Part B: Review of outcomes in the previous academic year", 2),
        Heading("Pupil premium strategy outcomes", 3),
        Para(
            "This details the impact that our pupil premium activity had on pupils in the "
            "2022 to 2023 academic year. Key Stage 2 results show that 61% of disadvantaged "
            "pupils met the expected standard in reading, writing and maths, up from 48%."
        ),
        Heading("Externally provided programmes", 3),
        table(
            [
                ("Programme", "Provider"),
                ("Systematic synthetic phonics", "Northfield Reading Partnership"),
                ("Maths mastery work group", "Central Maths Hub"),
            ],
            [3.0, 3.0],
        ),
    ]
    return blocks, Page(footer="Ashgrove Primary School – Pupil premium strategy statement")


# --- 2. Pupil premium strategy statement, DfE template with a lead column, Word ---------

FENWICK = [
    Section(
        "Teaching",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "Instructional coaching for every teacher, with fortnightly observations and feedback.",
                        "The EEF guide to effective professional development finds that coaching improves teaching quality.",
                        "1, 2",
                        lead="Assistant Headteacher",
                    ),
                    _activity(
                        "Disciplinary literacy: departments teach the reading and writing of their subject explicitly.",
                        "EEF guidance report: improving literacy in secondary schools.",
                        "1",
                        lead=(
                            "Literacy Lead / Heads of Department",
                            ["Literacy Lead", "Heads of Department"],
                        ),
                    ),
                ],
            )
        ],
    ),
    Section(
        "Targeted academic support",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "Year 7 reading intervention for pupils arriving below the expected standard, three times a week.",
                        "Reading comprehension strategies: EEF Teaching and Learning Toolkit (+6 months).",
                        "1",
                        lead="SENCo",
                    ),
                    _activity(
                        "Tutoring in maths and English for disadvantaged pupils in Years 10 and 11 through the National Tutoring Programme.",
                        "Tuition targeted at specific needs and knowledge gaps is an effective method to support low attaining pupils.",
                        "2",
                        lead="Director of Key Stage 4",
                    ),
                ],
            )
        ],
    ),
    Section(
        "Wider strategies",
        [
            Area(
                None,
                None,
                [
                    _activity(
                        "Attendance mentors for disadvantaged pupils whose attendance falls below 90%.",
                        "DfE guidance: working together to improve school attendance.",
                        "3",
                        lead="Attendance Officer",
                    ),
                    _activity(
                        "Funding for music lessons, school trips and uniform for disadvantaged pupils.",
                        "Arts participation: EEF Teaching and Learning Toolkit; removing barriers to enrichment.",
                        "4",
                        lead=(
                            "Business Manager and Head of Year 7",
                            ["Business Manager", "Head of Year 7"],
                        ),
                    ),
                ],
            )
        ],
    ),
]

_FENWICK_HEADINGS = {
    "Teaching": ("Teaching (for example, CPD, recruitment and retention)", "£38,000"),
    "Targeted academic support": (
        "Targeted academic support (for example, tutoring, one-to-one support structured interventions)",
        "£61,500",
    ),
    "Wider strategies": (
        "Wider strategies (for example, related to attendance, behaviour, wellbeing)",
        "£24,200",
    ),
}


def fenwick(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Activity", "action", 2.4),
        Col("Evidence that supports this approach", "x:evidence", 2.4),
        Col("Challenge number(s) addressed", "x:challenges", 1.0),
        Col("Staff lead", "lead", 1.3),
    ]
    blocks: list[Block] = [
        Heading("Fenwick Church of England Academy"),
        Heading("Pupil premium strategy statement 2023 to 2024", 2),
        Para(
            "This statement details our academy's use of pupil premium (and recovery premium) "
            "funding to help improve the attainment of our disadvantaged pupils."
        ),
        Heading("School overview", 3),
        _overview(
            "Fenwick Church of England Academy",
            "1,106",
            "27%",
            "2023/24 to 2025/26",
            "November 2023",
            "September 2024",
            "Dr Alan Pryce, Principal",
            "Sophie Marsh, Vice Principal",
            "Revd Clare Dunn",
        ),
        Heading("Funding overview", 3),
        table(
            [
                ("Detail", "Amount"),
                ("Pupil premium funding allocation this academic year", "£297,450"),
                ("Recovery premium funding allocation this academic year", "£82,800"),
                ("Total budget for this academic year", "£380,250"),
            ],
            [3.0, 2.0],
        ),
        Heading("Part A: Pupil premium strategy plan", 2),
        Heading("Challenges", 3),
        table(
            [
                ("Challenge number", "Detail of challenge"),
                (
                    "1",
                    "Reading ages on entry show that 40% of disadvantaged pupils in Year 7 read below their chronological age.",
                ),
                (
                    "2",
                    "Disadvantaged pupils make less progress in maths across Key Stage 3 than their peers.",
                ),
                (
                    "3",
                    "Persistent absence among disadvantaged pupils is 26%, against 14% for their peers.",
                ),
                ("4", "Disadvantaged pupils take part in fewer clubs, trips and music lessons."),
            ],
            [1.0, 5.0],
        ),
        Heading("Intended outcomes", 3),
        table(
            [
                ("Intended outcome", "Success criteria"),
                (
                    "Improved reading comprehension among disadvantaged pupils across Key Stage 3.",
                    "Reading tests show the gap in reading ages closing by the end of Year 9.",
                ),
                (
                    "Improved attendance of disadvantaged pupils.",
                    "Persistent absence of disadvantaged pupils below 18% by 2025/26.",
                ),
            ],
            [3.0, 3.0],
        ),
        Heading("Activity in this academic year", 3),
    ]
    style = Style(area_mode="none", section_mode="none")
    for section in plan.sections:
        heading, cost = _FENWICK_HEADINGS[section.title or ""]
        blocks.append(Heading(heading, 3))
        blocks.append(Para(f"Budgeted cost: {cost}"))
        blocks.append(grid([section], cols, style, header_fill=HEAD_FILL))
    blocks += [
        Heading("Part B: Review of the previous academic year", 2),
        Heading("Outcomes for disadvantaged pupils", 3),
        Para(
            "Progress 8 for disadvantaged pupils rose from -0.62 to -0.41 in 2023. Attendance "
            "of disadvantaged pupils improved by 1.8 percentage points."
        ),
        Heading("Service pupil premium funding (optional)", 3),
        table(
            [
                ("Measure", "Details"),
                (
                    "How did you spend your service pupil premium allocation last academic year?",
                    "A pastoral mentor for service children and a termly family event.",
                ),
                (
                    "What was the impact of that spending on service pupil premium eligible pupils?",
                    "All service children report that they have a trusted adult in school.",
                ),
            ],
            [3.0, 3.0],
        ),
    ]
    return blocks, Page(footer="Fenwick Church of England Academy")


# --- 3. PE and sport premium report, one table per key indicator, web page -------------
# No status column: by the corpus convention the status is read from the free-text
# "Evidence of impact" column (seed gold call 14: an update on work under way is in
# progress). The first expectations gave none; corrected by hand (tests/corpus/README.md).

LINTHORPE = [
    Section(
        None,
        [
            Area(
                "1",
                "The engagement of all pupils in regular physical activity – guidelines recommend that primary school pupils take part in at least 30 minutes of physical activity a day in school",
                [
                    A(
                        None,
                        "Train midday supervisors to lead active playground games.",
                        st="p",
                        outcome="More pupils are active at lunchtime every day.",
                        progress="Playground surveys show 85% of pupils active at lunchtime, up from 60%.",
                        extra={
                            "funding": "£1,200",
                            "next": "Play leaders from Year 5 to run games next year.",
                        },
                    ),
                    A(
                        None,
                        "Introduce a daily mile track around the school field.",
                        st="p",
                        outcome="Every class runs or walks a daily mile.",
                        progress="All classes use the track at least four days a week.",
                        extra={
                            "funding": "£3,400",
                            "next": "Track maintained from the site budget.",
                        },
                    ),
                ],
            ),
            Area(
                "2",
                "The profile of PE and sport is raised across the school as a tool for whole-school improvement",
                [
                    A(
                        None,
                        "Weekly celebration assembly for sporting achievements in and out of school.",
                        st="p",
                        outcome="Pupils' achievements in sport are seen and valued.",
                        progress="Assembly held each Friday; parents report that pupils are proud to take part.",
                        extra={"funding": "£0", "next": "Continue."},
                    ),
                ],
            ),
            Area(
                "3",
                "Increased confidence, knowledge and skills of all staff in teaching PE and sport",
                [
                    A(
                        None,
                        "Specialist PE coach to team-teach gymnastics and dance with class teachers.",
                        st="p",
                        outcome="Teachers are confident to plan and teach gymnastics and dance.",
                        progress="Staff survey: 9 of 11 teachers now confident, up from 4.",
                        extra={
                            "funding": "£6,800",
                            "next": "Teachers to lead the units alone next year with the coach's plans.",
                        },
                        group=3,
                    ),
                    A(
                        None,
                        "PE subject leader to attend the local school sport partnership's leadership course.",
                        st="p",
                        outcome="Teachers are confident to plan and teach gymnastics and dance.",
                        progress="Staff survey: 9 of 11 teachers now confident, up from 4.",
                        extra={
                            "funding": "£6,800",
                            "next": "Teachers to lead the units alone next year with the coach's plans.",
                        },
                        group=3,
                    ),
                ],
            ),
            Area(
                "4",
                "Broader experience of a range of sports and activities offered to all pupils",
                [
                    A(
                        None,
                        "After-school clubs in archery, climbing and tag rugby, free for pupils in receipt of the pupil premium.",
                        st="p",
                        outcome="Pupils try sports they have not met before.",
                        progress="112 pupils attended a new club; 38 of them are disadvantaged.",
                        extra={
                            "funding": "£2,950",
                            "next": "Survey pupils to choose next year's clubs.",
                        },
                    ),
                ],
            ),
            Area(
                "5",
                "Increased participation in competitive sport",
                [
                    A(
                        None,
                        "Enter every inter-school festival and league run by the partnership.",
                        st="p",
                        outcome="Every pupil in Key Stage 2 represents the school at least once.",
                        progress="87% of Key Stage 2 pupils took part in a competition.",
                        extra={"funding": "£1,530", "next": "Buy into the partnership again."},
                    ),
                ],
            ),
        ],
    )
]

_LINTHORPE_SHARE = {"1": "24%", "2": "0%", "3": "38%", "4": "17%", "5": "9%"}


def linthorpe(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("School focus with clarity on intended impact on pupils:", "outcome", 1.6, "Intent"),
        Col("Actions to achieve:", "action", 1.8, "Implementation"),
        Col("Funding allocated:", "x:funding", 0.8, "Implementation"),
        Col("Evidence of impact:", "progress", 1.8, "Impact"),
        Col("Sustainability and suggested next steps:", "x:next", 1.6, "Impact"),
    ]
    style = Style(area_mode="none", section_mode="none")
    parts = [
        "<h1>PE and sport premium</h1>",
        "<p>Schools must use the funding to make additional and sustainable improvements "
        "to the quality of the PE, physical activity and sport they offer. This report sets "
        "out how we spent our allocation and the impact it has had.</p>",
        html_table(
            table(
                [
                    (
                        "Academic Year: 2023/24",
                        "Total fund allocated: £17,880",
                        "Date updated: July 2024",
                    ),
                ],
                [1, 1, 1],
                header=False,
            ),
            css="summary",
        ),
        "<h2>Meeting national curriculum requirements for swimming and water safety</h2>",
        html_table(
            table(
                [
                    ("Question", "Percentage"),
                    (
                        "What percentage of your current Year 6 cohort swim competently, confidently and proficiently over a distance of at least 25 metres?",
                        "78%",
                    ),
                    (
                        "What percentage of your current Year 6 cohort use a range of strokes effectively?",
                        "71%",
                    ),
                    (
                        "What percentage of your current Year 6 cohort perform safe self-rescue in different water-based situations?",
                        "80%",
                    ),
                ],
                [4, 1],
            ),
            css="swimming",
        ),
        "<h2>Action plan and budget tracking</h2>",
    ]
    for area in plan.sections[0].areas:
        body = grid([Section(None, [area])], cols, style, header_fill=HEAD_FILL)
        indicator: list[Cell | None] = [
            Cell(f"Key indicator {area.ref}: {area.line}", bold=True, span=4),
            None,
            None,
            None,
            Cell(f"Percentage of total allocation: {_LINTHORPE_SHARE[area.ref or '']}"),
        ]
        body.rows.insert(0, indicator)
        body.header_rows += 1
        parts.append(html_table(body))
    parts.append(
        html_blocks(
            [
                Heading("Signed off by", 2),
                Para("Head Teacher: Karen Blythe, July 2024"),
                Para("Subject Leader: Owen Price, July 2024"),
                Para("Governor: Lesley Ng, July 2024"),
            ]
        )
    )
    page = Page(
        title="PE and sport premium - Linthorpe Primary School",
        html_chrome=chrome(
            "Linthorpe Primary School", ["Home", "About us", "PE and sport premium"]
        ),
    )
    return "\n".join(parts), page


# --- 4. Recovery premium plan, the older template's questions as headings, PDF ---------

STONECROSS = [
    Section(
        "Quality of teaching for all",
        [
            Area(
                "A",
                "Pupils in Years 1 and 2 who fell behind in phonics read at the expected standard.",
                [
                    A(
                        None,
                        "Refresher training in the school's phonics scheme for all Key Stage 1 staff.",
                        ("Reading Lead", ["Reading Lead"]),
                        "December 2022",
                        "m:2022-12",
                        monitoring="Half-termly phonics assessments; reading lead drop-ins.",
                        extra={"why": "Phonics has a strong evidence base (EEF +5 months)."},
                    ),
                    A(
                        None,
                        "Daily keep-up sessions after each phonics lesson.",
                        ("Reading Lead", ["Reading Lead"]),
                        "Termly",
                        "o",
                        monitoring="Learning walks by the reading lead.",
                        extra={"why": "Immediate keep-up stops gaps widening."},
                    ),
                ],
            ),
            Area(
                "B",
                "Pupils in Key Stage 2 recall number facts fluently.",
                [
                    A(
                        None,
                        "Ten-minute fluency sessions in every maths lesson in Years 3 to 6.",
                        ("Maths Lead", ["Maths Lead"]),
                        "February 2023",
                        "m:2023-02",
                        monitoring="Times tables check data; pupil voice.",
                        extra={"why": "Fluent recall frees working memory for problem solving."},
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Targeted support",
        [
            Area(
                "C",
                "Disadvantaged pupils in Year 6 reach the expected standard in reading.",
                [
                    A(
                        None,
                        "Tutoring in groups of three by a qualified teacher, twice a week.",
                        ("Deputy Headteacher", ["Deputy Headteacher"]),
                        "July 2023",
                        "m:2023-07",
                        monitoring="Tutor logs checked each half term; pre- and post-tests.",
                        extra={
                            "why": "Small group tuition is effective when targeted (EEF +4 months)."
                        },
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Other approaches",
        [
            Area(
                "D",
                "Pupils whose wellbeing was affected by the pandemic are ready to learn.",
                [
                    A(
                        None,
                        "Weekly nurture group for pupils identified by class teachers.",
                        ("Inclusion Lead / Learning Mentor", ["Inclusion Lead", "Learning Mentor"]),
                        "April 2023",
                        "m:2023-04",
                        monitoring="Boxall profiles at entry and exit.",
                        extra={"why": "Social and emotional learning: EEF +4 months."},
                    ),
                ],
            ),
        ],
    ),
]

_STONECROSS_COSTS = {
    "Quality of teaching for all": "£2,150",
    "Targeted support": "£4,900",
    "Other approaches": "£1,360",
}


def stonecross(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Desired outcome", "aref_area", 1.8),
        Col("Chosen action / approach", "action", 2.0),
        Col("What is the evidence and rationale for this choice?", "x:why", 1.8),
        Col("How will you ensure it is implemented well?", "monitoring", 1.7),
        Col("Staff lead", "lead", 1.0),
        Col("When will you review implementation?", "due", 1.1),
    ]
    style = Style(area_mode="merge", area_fmt="{ref}. {text}", section_mode="none")
    blocks: list[Block] = [
        Heading("Stonecross Junior School"),
        Heading("Recovery premium plan 2022–23", 2),
        table(
            [
                ("Academic year", "2022–23"),
                ("Total recovery premium budget", "£8,410"),
                ("Number of pupils eligible for recovery premium", "58"),
                ("Date for next internal review of this plan", "March 2023"),
            ],
            [3.0, 2.0],
            header=False,
        ),
        Heading("Barriers to future attainment", 3),
        table(
            [
                ("", "In-school barriers"),
                (
                    "A.",
                    "Gaps in phonic knowledge for pupils who were in Reception during the school closures.",
                ),
                ("B.", "Weak recall of number facts across Key Stage 2."),
                ("C.", "Low reading attainment among disadvantaged pupils in Year 6."),
                ("D.", "Anxiety and low resilience among a group of pupils since the pandemic."),
            ],
            [0.4, 5.6],
        ),
        Heading("Planned expenditure", 2),
        Para(
            "The three headings below show how we are using the recovery premium to improve "
            "classroom teaching, provide targeted support and support whole-school strategies."
        ),
    ]
    for section in plan.sections:
        title = section.title or ""
        body = grid([section], cols, style, header_fill=HEAD_FILL, size=7.5)
        total: list[Cell | None] = [
            Cell("Total budgeted cost", bold=True, span=5),
            None,
            None,
            None,
            None,
        ]
        total.append(Cell(_STONECROSS_COSTS[title], bold=True))
        body.rows.append(total)
        blocks.append(Heading(title, 3))
        blocks.append(body)
    blocks.append(Heading("Additional detail", 3))
    blocks.append(
        Para(
            "The plan is reviewed by the Standards Committee of the governing body each term. "
            "Tutoring is part funded by the National Tutoring Programme."
        )
    )
    return blocks, Page(landscape=True, footer="Stonecross Junior School – Recovery premium plan")


PLANS = [
    Plan(
        "ashgrove-pupil-premium-statement",
        "pdf",
        "dev",
        "pupil premium strategy statement",
        ASHGROVE,
        ashgrove,
    ),
    Plan(
        "fenwick-academy-pupil-premium-strategy",
        "docx",
        "dev",
        "pupil premium strategy statement",
        FENWICK,
        fenwick,
    ),
    Plan(
        "linthorpe-pe-sport-premium-report",
        "html",
        "dev",
        "PE and sport premium report",
        LINTHORPE,
        linthorpe,
    ),
    Plan(
        "stonecross-recovery-premium-plan",
        "pdf",
        "dev",
        "recovery premium plan",
        STONECROSS,
        stonecross,
    ),
]
