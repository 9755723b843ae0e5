# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""A second set of dev plans (3 PDF, 3 Word, 2 web pages), in layouts unlike the first.

Invented authorities, content and expectations. These may be studied by engine developers
like the rest of the dev half.
"""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para, html_table

GREEN, AMBER, RED, BLUE = "92D050", "FFC000", "FF0000", "00B0F0"


def _banner(text: str, width: int, fill: str | None = None) -> list[Cell | None]:
    return [Cell(text, bold=True, span=width, fill=fill), *[None] * (width - 1)]


# --- 1. Landscape SEND improvement plan: thin rules between rows, dated progress notes ----

ALDERBY = [
    Section(
        None,
        [
            Area(
                "1",
                "Leaders' understanding of the lived experience of children and young people with SEND",
                [
                    A(
                        "1.1",
                        "Establish a SEND data dashboard drawing together education, health and care information, reviewed at each partnership board.",
                        ("Sarah Whitfield, Head of SEND", ["Sarah Whitfield"]),
                        "by end Q2 2025/26",
                        "d:2025-09-30",
                        "On track",
                        "p",
                        progress="12/05/25: Data sharing agreement signed by the ICB.\n03/07/25: First draft dashboard shared with the board; health data still partial.",
                    ),
                    A(
                        "1.2",
                        "Run quarterly 'walk in my shoes' sessions where leaders shadow a family through an EHC needs assessment.",
                        "Director of Children's Services",
                        "Sept 2025 then termly",
                        "o:2025-09-01",
                        "Not started",
                        "n",
                        progress="03/07/25: Parent carer forum agreed to recruit families over the summer.",
                    ),
                    A(
                        "1.3",
                        "Publish a 'You said, we did' summary of the annual parent survey on the local offer.",
                        "SEND Engagement Officer",
                        "complete",
                        "n",
                        "Complete",
                        "c",
                        progress="14/04/25: Summary published and sent to all schools.",
                    ),
                ],
            ),
            Area(
                "2",
                "Timeliness and quality of education, health and care plans",
                [
                    A(
                        "2.1",
                        "Recruit four permanent EHC co-ordinators to replace agency staff and reduce caseloads to 1:120.",
                        "Head of SEND Assessment",
                        "31/03/26",
                        "d:2026-03-31",
                        "Delayed",
                        "o",
                        progress="02/06/25: Two posts filled; two readvertised after no suitable applicants.\n15/07/25: Agency cover extended to December.",
                    ),
                    A(
                        "2.2",
                        "Introduce a monthly multi-agency audit of new EHC plans, using the regional quality standards.",
                        (
                            "Designated Clinical Officer / Principal Educational Psychologist",
                            ["Designated Clinical Officer", "Principal Educational Psychologist"],
                        ),
                        "Monthly from June 2025",
                        "o:2025-06-01",
                        "On track",
                        "p",
                        progress="30/06/25: First audit of 20 plans: 55% good or better.\n31/07/25: Second audit: 60% good or better.",
                    ),
                    A(
                        "2.3",
                        "Agree a six-week standard for social care advice and report compliance to the SEND board.",
                        "Head of Children's Social Care",
                        "Q3 2025/26",
                        "q:2025-10-01:2025-12-31",
                        "On track",
                        "p",
                        progress="10/07/25: Standard drafted with team managers.",
                    ),
                ],
            ),
            Area(
                "3",
                "Preparation for adulthood from the earliest years",
                [
                    A(
                        "3.1",
                        "Co-produce a preparing for adulthood pathway with young people, colleges and adult services.",
                        (
                            "PfA Lead\nHead of Adult Social Care",
                            ["PfA Lead", "Head of Adult Social Care"],
                        ),
                        "Dec 2025",
                        "m:2025-12",
                        "On track",
                        "p",
                        progress="21/05/25: Young people's reference group met twice.\n09/07/25: Draft pathway shared with colleges.",
                    ),
                    A(
                        "3.2",
                        "Ensure every EHC plan from Year 9 includes outcomes for employment, independent living, community and health.",
                        "SEND Quality Assurance Manager",
                        "Ongoing",
                        "o",
                        "At risk",
                        "o",
                        progress="30/06/25: Audit found PfA outcomes in 38% of Year 9 plans.\n28/07/25: Training booked for co-ordinators in September.",
                    ),
                    A(
                        "3.3",
                        "Expand supported internships from 12 to 30 places a year with local employers.",
                        "Employment and Skills Manager",
                        "Sept 2026",
                        "m:2026-09",
                        "On track",
                        "p",
                        progress="16/06/25: Two new employers signed up, giving 18 places from September.",
                    ),
                ],
            ),
            Area(
                "4",
                "Access to therapies and mental health support",
                [
                    A(
                        "4.1",
                        "Reduce waits for speech and language therapy assessment to 18 weeks.",
                        (
                            "Head of Children's Therapies, Alderby Community Health",
                            ["Head of Children's Therapies"],
                        ),
                        "31 March 2026",
                        "d:2026-03-31",
                        "Delayed",
                        "o",
                        progress="01/07/25: Longest wait 41 weeks; two therapists recruited, start October.",
                    ),
                    A(
                        "4.2",
                        "Place a mental health support team practitioner in every special school.",
                        "ICB Children's Commissioner",
                        "Summer term 2026",
                        "r:2026-04-01:2026-07-31",
                        "Not started",
                        "n",
                        progress="18/07/25: Bid submitted to NHS England for wave 12 funding.",
                    ),
                ],
            ),
        ],
    )
]


def alderby(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("No.", "ref", 0.5),
        Col("Action", "action", 3.2),
        Col("Responsible", "lead", 1.6),
        Col("Deadline", "due", 1.1),
        Col("Status", "status", 0.9),
        Col("Progress notes", "progress", 3.6),
    ]
    style = Style(area_mode="row", area_fmt="Priority {ref} – {text}", area_fill=None)
    table = grid(plan.sections, cols, style, rules="hlines", size=9)
    blocks: list[Block] = [
        Heading("Alderby Local Area Partnership"),
        Heading("SEND Priority Action Plan 2025–2027", 2),
        Para(
            "Following the local area SEND inspection in February 2025, the partnership agreed "
            "four priorities. Progress notes are dated and added at each monthly meeting of the "
            "SEND Improvement Board."
        ),
        table,
    ]
    return blocks, Page(landscape=True, footer="Alderby Local Area Partnership – SEND")


# --- 2. School improvement plan: an actions table and a separate completed-actions table ---

BRACKEN_OPEN = Section(
    "Part 1: Actions in progress",
    [
        Area(
            "1",
            "Improve attendance of disadvantaged pupils",
            [
                A(
                    "1a",
                    "Attendance officer to meet weekly with families of pupils below 90% attendance.",
                    ("Mrs K Holloway (Attendance Officer)", ["Mrs K Holloway"]),
                    "Weekly",
                    "o",
                    "G",
                    "p",
                    outcome="Persistent absence of disadvantaged pupils below 15%.",
                ),
                A(
                    "1b",
                    "Introduce a breakfast club place for every pupil on the attendance support list.",
                    "Deputy Headteacher",
                    "Spring term 2026",
                    "r:2026-01-01:2026-03-31",
                    "A",
                    "o",
                    outcome="Punctuality of pupils on the list improves each half term.",
                ),
            ],
        ),
        Area(
            "2",
            "Raise standards in reading in Key Stage 2",
            [
                A(
                    "2a",
                    "Daily guided reading sessions for all Year 5 and 6 pupils, using the new scheme.",
                    ("English Lead & Year 6 Teachers", ["English Lead", "Year 6 Teachers"]),
                    "From Oct 2025",
                    "o:2025-10-01",
                    "G",
                    "p",
                    outcome="75% of pupils at the expected standard in the 2026 reading test.",
                ),
                A(
                    "2b",
                    "Train teaching assistants to run reading fluency interventions.",
                    "SENCo",
                    "Oct 2025",
                    "m:2025-10",
                    "R",
                    "o",
                    outcome="Fluency scores of intervention pupils improve by 20 words a minute.",
                ),
            ],
        ),
    ],
)

BRACKEN_DONE = Section(
    "Part 2: Completed actions",
    [
        Area(
            "1",
            "Improve attendance of disadvantaged pupils",
            [
                A(
                    "1c",
                    "Update the attendance policy and share it with all parents.",
                    "Headteacher",
                    "July 2025",
                    "m:2025-07",
                    None,
                    "c",
                    outcome="Parents know the school's attendance expectations.",
                ),
            ],
        ),
        Area(
            "2",
            "Raise standards in reading in Key Stage 2",
            [
                A(
                    "2c",
                    "Audit the reading books in each class and replace those below pupils' reading ages.",
                    "English Lead",
                    "Sept 2025",
                    "m:2025-09",
                    None,
                    "c",
                    outcome="Every class has books matched to pupils' reading ages.",
                ),
            ],
        ),
    ],
)


def bracken(plan: Plan) -> tuple[list[Block], Page]:
    open_cols = [
        Col("Priority", "aref_area", 1.5),
        Col("Ref", "ref", 0.45),
        Col("Action", "action", 2.8),
        Col("Who", "lead", 1.4),
        Col("By when", "due", 1.0),
        Col("RAG", "status", 0.5),
        Col("Success criteria", "outcome", 2.0),
    ]
    done_cols = [c for c in open_cols if c.field != "status"]
    fills = {"g": GREEN, "a": AMBER, "r": RED}
    style = Style(area_mode="merge", area_fmt="{ref}. {text}", section_mode="none", rag=fills)
    key = Grid(
        [
            [Cell("G", fill=GREEN), Cell("On track")],
            [Cell("A", fill=AMBER), Cell("Some slippage")],
            [Cell("R", fill=RED), Cell("Not on track – action needed")],
        ],
        [0.3, 2],
        header_rows=0,
        size=8,
    )
    blocks: list[Block] = [
        Heading("Bracken Hill Primary School"),
        Heading("School Improvement Plan 2025–26: Review, December 2025", 2),
        Para("Key to RAG ratings:", bold=True),
        key,
        Heading(BRACKEN_OPEN.title or "", 3),
        grid([BRACKEN_OPEN], open_cols, style, header_fill="D9E2F3", size=8),
        Heading(BRACKEN_DONE.title or "", 3),
        Para("These actions were completed in the autumn term and are kept here for governors."),
        grid([BRACKEN_DONE], done_cols, style, header_fill="D9E2F3", size=8),
    ]
    return blocks, Page(footer="Bracken Hill Primary – SIP review")


# --- 3. NHS trust CQC plan: merged must-do column, named leads with posts, fill-only RAG ----

CALDER = [
    Section(
        None,
        [
            Area(
                "MD1",
                "The trust must ensure that staff complete mandatory safeguarding training.",
                [
                    A(
                        None,
                        "Release ward staff for two protected training days each month until compliance reaches 90%.",
                        ("Dr Helen Marsh (Director of Nursing)", ["Dr Helen Marsh"]),
                        "30 Nov 2025",
                        "d:2025-11-30",
                        None,
                        "p",
                        progress="Compliance 78% at end of August, up from 64%.",
                        fill=AMBER,
                    ),
                    A(
                        None,
                        "Report training compliance by ward to the Quality Committee every month.",
                        "Head of Workforce Information",
                        "Monthly",
                        "o",
                        None,
                        "c",
                        progress="Reporting in place since July.",
                        fill=GREEN,
                    ),
                ],
            ),
            Area(
                "MD2",
                "The trust must ensure that patients' risk assessments are completed and reviewed.",
                [
                    A(
                        None,
                        "Replace the paper falls and pressure ulcer risk assessments with electronic forms with prompts.",
                        (
                            "Mark Odell, Chief Nursing Information Officer\nIT Programme Manager",
                            ["Mark Odell", "IT Programme Manager"],
                        ),
                        "Jan-26",
                        "m:2026-01",
                        None,
                        "p",
                        progress="Forms built and in testing on two wards.",
                        fill=AMBER,
                    ),
                    A(
                        None,
                        "Weekly matron audit of ten sets of notes on each ward.",
                        "Matrons",
                        "w/c 6 October 2025",
                        "r:2025-10-06:2025-10-12",
                        None,
                        "o",
                        progress="Audits started late on three wards because of matron vacancies.",
                        fill=RED,
                    ),
                ],
            ),
            Area(
                "SD1",
                "The trust should review the provision of interpreters in the emergency department.",
                [
                    A(
                        None,
                        "Install video interpreting on every cubicle tablet in the emergency department.",
                        "ED Matron",
                        "Achieved",
                        "n",
                        None,
                        "c",
                        progress="Live since 1 September 2025.",
                        fill=GREEN,
                    ),
                ],
            ),
        ],
    )
]


def calder(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Must / should do", "aref_area", 1.7),
        Col("Action", "action", 2.6),
        Col("Executive / accountable lead", "lead", 1.6),
        Col("Target", "due", 0.9),
        Col("Assurance / progress", "progress", 1.9),
        Col("RAG", "status", 0.45),
    ]
    style = Style(area_mode="merge", area_fmt="{ref}: {text}", fill_only=True)
    key = Grid(
        [
            [Cell("Key", bold=True, span=2), None],
            [Cell("", fill=GREEN), Cell("Completed and embedded")],
            [Cell("", fill=AMBER), Cell("In progress, on track")],
            [Cell("", fill=RED), Cell("Behind plan")],
        ],
        [0.4, 2],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Calder Valley Hospitals NHS Foundation Trust"),
        Heading("CQC Inspection Action Plan – Medical Care and Urgent Care", 2),
        Para(
            "Board of Directors, 30 September 2025. Agenda item 9.2. The plan responds to the "
            "must-do (MD) and should-do (SD) actions in the CQC report published in June 2025."
        ),
        key,
        grid(plan.sections, cols, style, header_fill="1F4E79", size=8),
    ]
    return blocks, Page(header="Public Board", footer="Calder Valley Hospitals NHS FT")


# --- 4. Multi-agency safeguarding partnership plan (Word): agencies as leads, banner rows ----

DUNSTAN = [
    Section(
        None,
        [
            Area(
                "1",
                "Neglect",
                [
                    A(
                        "N1",
                        "Launch the graded care profile tool across all agencies, with training for practitioners.",
                        (
                            "Police; ICB; Children's Social Care",
                            ["Police", "ICB", "Children's Social Care"],
                        ),
                        "Sept 2025 then termly",
                        "o:2025-09-01",
                        "In progress",
                        "p",
                        progress="180 practitioners trained by July 2025.",
                    ),
                    A(
                        "N2",
                        "Audit the use of the tool in 30 cases through a multi-agency case audit.",
                        "Quality Assurance Subgroup",
                        "31/03/26",
                        "d:2026-03-31",
                        "Not started",
                        "n",
                        progress="Audit tool agreed; cases to be selected in January.",
                    ),
                ],
            ),
            Area(
                "2",
                "Child exploitation",
                [
                    A(
                        "E1",
                        "Map contextual safeguarding hotspots with community safety partners and share the map monthly.",
                        (
                            "Community Safety Partnership and Police",
                            ["Community Safety Partnership", "Police"],
                        ),
                        "complete",
                        "n",
                        "Complete",
                        "c",
                        progress="Map shared monthly since April 2025.",
                    ),
                    A(
                        "E2",
                        "Deliver exploitation awareness sessions to taxi drivers, hotel staff and fast food outlets.",
                        "Licensing Team / Youth Offending Service",
                        "End of Dec 2025",
                        "d:2025-12-31",
                        "In progress",
                        "p",
                        progress="Taxi drivers done; hotels booked for November.",
                    ),
                    A(
                        "E3",
                        "Agree a single return home interview process for children missing from education settings.",
                        "Education Safeguarding Lead",
                        "TBC",
                        "t",
                        "Delayed",
                        "o",
                        progress="Awaiting the new children missing education guidance.",
                    ),
                ],
            ),
        ],
    ),
]

DUNSTAN_LEADS = {"E2": ["Licensing Team", "Youth Offending Service"]}


def dunstan(plan: Plan) -> tuple[list[Block], Page]:
    for _, _, act in plan.walk():
        if act.ref in DUNSTAN_LEADS and isinstance(act.lead, str):
            act.lead = (act.lead, DUNSTAN_LEADS[act.ref])
    cols = [
        Col("Ref", "ref", 0.5),
        Col("What we will do", "action", 3.0),
        Col("Lead agency", "lead", 1.6),
        Col("When", "due", 1.1),
        Col("Status", "status", 0.9),
        Col("Update", "progress", 2.2),
    ]
    style = Style(area_mode="row", area_fmt="Priority {ref}: {text}", area_fill="C6E0B4")
    blocks: list[Block] = [
        Heading("Dunstan Safeguarding Children Partnership"),
        Heading("Business Plan 2025–26", 2),
        Para(
            "The three safeguarding partners (the council, the ICB and the police) agreed two "
            "priorities for 2025–26. The business plan is reviewed at each Executive meeting."
        ),
        grid(plan.sections, cols, style, header_fill="A9D08E", size=9),
        Para("Glossary: ICB – Integrated Care Board.", italic=True),
    ]
    return blocks, Page(footer="DSCP Business Plan")


# --- 5. School development plan (Word): nested numbering 1 / 1.1 / 1.1.1 in the action cells --

ELMHURST = [
    Section(
        "1. Quality of education",
        [
            Area(
                "1.1",
                "Pupils build knowledge in the foundation subjects over time",
                [
                    A(
                        "1.1.1",
                        "Subject leaders rewrite the history and geography long-term plans with clear end points for each year.",
                        "Curriculum Deputy",
                        "20/10/2025",
                        "d:2025-10-20",
                        "Achieved",
                        "c",
                        progress="Plans written and shared with governors in October.",
                    ),
                    A(
                        "1.1.2",
                        "Introduce low-stakes quizzes at the start of every foundation subject lesson.",
                        "All teachers",
                        "From Nov 2025",
                        "o:2025-11-01",
                        "Partially achieved",
                        "p",
                        progress="Seen in 8 of 12 lessons in the December learning walk.",
                    ),
                ],
            ),
            Area(
                "1.2",
                "Teaching of phonics is consistent in Reception and Year 1",
                [
                    A(
                        "1.2.1",
                        "All staff in Reception and Year 1 complete the phonics scheme's refresher training.",
                        "Phonics Lead",
                        "Autumn term 2025",
                        "r:2025-09-01:2025-12-31",
                        "Achieved",
                        "c",
                        progress="Training completed on 3 September INSET day.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "2. Behaviour and attitudes",
        [
            Area(
                "2.1",
                "Fewer pupils are persistently absent",
                [
                    A(
                        "2.1.1",
                        "Daily first-day calling and a home visit on the third day of absence.",
                        (
                            "Office Manager + Family Support Worker",
                            ["Office Manager", "Family Support Worker"],
                        ),
                        "Daily",
                        "o",
                        "Partially achieved",
                        "p",
                        progress="Home visits made in 70% of eligible cases.",
                    ),
                    A(
                        "2.1.2",
                        "Reward termly attendance above 97% with a class trip.",
                        "Headteacher",
                        "Summer 2026",
                        "r:2026-06-01:2026-08-31",
                        "Not yet started",
                        "n",
                        progress="",
                    ),
                ],
            ),
        ],
    ),
]


def elmhurst(plan: Plan) -> tuple[list[Block], Page]:
    heads = ["Objective / action", "Who", "Timescale", "Evaluation (Dec 2025)", "Judgement"]
    rows: list[list[Cell | None]] = [[Cell(h, bold=True, fill="FCE4D6") for h in heads]]
    for section in plan.sections:
        rows.append(_banner(section.title or "", len(heads), "F8CBAD"))
        for area in section.areas:
            rows.append(
                [Cell(f"{area.ref} {area.line}", bold=True), *[Cell("") for _ in heads[1:]]]
            )
            for act in area.acts:
                rows.append(
                    [
                        Cell(f"{act.ref} {act.paragraphs[0]}"),
                        Cell(act.lead_cell or ""),
                        Cell(act.due or ""),
                        Cell(act.progress or ""),
                        Cell(act.status or ""),
                    ]
                )
    table = Grid(rows, [3.2, 1.3, 1.1, 2.2, 1.0], header_rows=1, size=9)
    blocks: list[Block] = [
        Heading("Elmhurst Church of England Primary School"),
        Heading("School Development Plan 2025–2026", 2),
        Para("Judgement: Achieved / Partially achieved / Not yet started."),
        table,
        Para("Approved by the Full Governing Board, 9 October 2025."),
    ]
    return blocks, Page(landscape=True)


# --- 6. Council post-inspection plan (Word): numbered paragraphs and headings per area -------

FARLEIGH_AREAS = [
    Area(
        "1",
        "Strengthen the oversight of children on child protection plans so that plans are reviewed within timescales.",
        [
            A(
                "1.1",
                "Child protection chairs to check at every conference that the previous plan's actions were completed.",
                "Safeguarding and Quality Assurance Manager",
                "01/11/2025",
                "d:2025-11-01",
                "Green",
                "p",
                progress="04/11/25 – Checklist added to the conference template.\n02/12/25 – Dip sample of 15 conferences: checklist used in 13.",
            ),
            A(
                "1.2",
                "Team managers to review every child protection plan over nine months old.",
                "Service Manager – Safeguarding",
                "Jan 2026",
                "m:2026-01",
                "Amber",
                "o",
                progress="02/12/25 – 41 of 63 plans reviewed; sickness in one team.",
            ),
        ],
    ),
    Area(
        "2",
        "Improve the quality and timeliness of private fostering assessments.",
        [
            A(
                "2.1",
                "Run a private fostering awareness campaign with schools, GPs and faith groups.",
                "Fostering Service Manager",
                "Autumn 2025",
                "r:2025-09-01:2025-11-30",
                "Blue",
                "c",
                progress="10/10/25 – Campaign launched; leaflets sent to all schools and GP practices.",
            ),
            A(
                "2.2",
                "Complete all private fostering assessments within 42 working days.",
                "Fostering Team Manager",
                "Ongoing",
                "o",
                "Red",
                "o",
                progress="02/12/25 – Two of five assessments out of timescale.",
            ),
            A(
                "2.3",
                "Report private fostering notifications and assessments to the corporate parenting panel each quarter.",
                "Head of Service – Children in Care",
                "Quarterly from Q3 2025/26",
                "o:2025-10-01",
                "Green",
                "p",
                progress="First report due to panel in January 2026.",
            ),
        ],
    ),
]


def farleigh(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 2.8),
        Col("Responsible officer", "lead", 1.7),
        Col("Target date", "due", 1.0),
        Col("RAG", "status", 0.6),
        Col("Progress", "progress", 2.6),
    ]
    rag = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE}
    style = Style(area_mode="none", section_mode="none", rag=rag)
    blocks: list[Block] = [
        Heading("Farleigh County Council"),
        Heading("Action plan following the focused visit to children's services, July 2025", 2),
        Para(
            "1. Introduction. Inspectors visited the council's arrangements for children in "
            "need and children subject to child protection plans on 8 and 9 July 2025."
        ),
        Para(
            "2. Inspectors identified two areas for improvement. This plan sets out the actions "
            "agreed by the Children's Services Leadership Team."
        ),
        Para("3. RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track."),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"Area for improvement {area.ref}", 3))
        blocks.append(Para(area.line))
        blocks.append(grid([Section(None, [area])], cols, style, header_fill="DEEAF6", size=9))
    return blocks, Page(header="OFFICIAL – SENSITIVE", footer="Farleigh CC")


# --- 7. Web page: areas as headings above tables, status as symbols with a key ---------------

GLENMORE = [
    Section(
        None,
        [
            Area(
                "A",
                "Make council buildings and services physically accessible",
                [
                    A(
                        "A1",
                        "Complete access audits of the ten most-used council buildings.",
                        "Facilities Manager",
                        "June 2025",
                        "m:2025-06",
                        "✔",
                        "c",
                        progress="All ten audits complete; report to Cabinet in July.",
                    ),
                    A(
                        "A2",
                        "Install hearing loops at all customer service points.",
                        "Customer Services Manager",
                        "by end Q2 2025/26",
                        "d:2025-09-30",
                        "◐",
                        "p",
                        progress="Loops fitted at four of six points.",
                    ),
                ],
            ),
            Area(
                "B",
                "Make information and communication accessible",
                [
                    A(
                        "B1",
                        "Bring the council website up to WCAG 2.2 AA and publish an accessibility statement.",
                        ("Digital Services Lead", ["Digital Services Lead"]),
                        "31/03/26",
                        "d:2026-03-31",
                        "◐",
                        "p",
                        progress="Audit found 142 issues; 96 fixed.",
                    ),
                    A(
                        "B2",
                        "Offer British Sign Language video relay on all council phone lines.",
                        "Head of Customer Experience",
                        "2025/26",
                        "y:2025-04-01:2026-03-31",
                        "✘",
                        "o",
                        progress="Procurement paused pending budget decision.",
                    ),
                    A(
                        "B3",
                        "Produce Easy Read versions of the council tax and housing application guides.",
                        "Communications Team",
                        "complete",
                        "n",
                        "✔",
                        "c",
                        progress="Published in May 2025.",
                    ),
                ],
            ),
        ],
    )
]


def glenmore(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Owner", "lead", 1.5),
        Col("Due", "due", 1.0),
        Col("Progress", "status", 0.6),
        Col("Comments", "progress", 2.0),
    ]
    style = Style(area_mode="none", section_mode="none")
    parts = [
        "<h1>Glenmore District Council</h1>",
        "<h2>Accessibility Action Plan 2025/26 – six-month update</h2>",
        "<p>This page reports progress on the actions agreed by the Equality and Inclusion "
        "Group. Key: ✔ done &nbsp; ◐ under way &nbsp; ✘ not on track</p>",
    ]
    for area in plan.sections[0].areas:
        parts.append(f"<h3>{area.ref}. {area.line}</h3>")
        parts.append(html_table(grid([Section(None, [area])], cols, style)))
    parts.append("<p>Last updated 14 October 2025.</p>")
    chrome = {
        "top": '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li>'
        '<li><a href="/equality">Equality and diversity</a></li></ul></nav></header>',
        "bottom": "<footer><p>© Glenmore District Council</p></footer>",
    }
    return "\n".join(parts), Page(html_chrome=chrome, title="Accessibility Action Plan")  # type: ignore[return-value]


# --- 8. Web page: health inequalities plan with a theme column and a lead column merged down --

HARBURY = [
    Section(
        None,
        [
            Area(
                None,
                "Healthy weight",
                [
                    A(
                        None,
                        "Offer a family weight management programme in the three most deprived wards.",
                        ("Public Health Principal (Healthy Weight)", ["Public Health Principal"]),
                        "Jan 2026",
                        "m:2026-01",
                        "On track",
                        "p",
                    ),
                    A(
                        None,
                        "Restrict new hot food takeaways within 400 metres of secondary schools in the Local Plan.",
                        ("Public Health Principal (Healthy Weight)", ["Public Health Principal"]),
                        "Dec 2026",
                        "m:2026-12",
                        "On track",
                        "p",
                    ),
                ],
            ),
            Area(
                None,
                "Smoking in pregnancy",
                [
                    A(
                        None,
                        "Carbon monoxide screening at every antenatal appointment, with opt-out referral to the stop smoking service.",
                        ("Director of Midwifery, Harbury NHS Trust", ["Director of Midwifery"]),
                        "Complete",
                        "n",
                        "Complete",
                        "c",
                    ),
                    A(
                        None,
                        "Offer financial incentives to pregnant smokers who quit, verified at 4 and 12 weeks.",
                        ("Director of Midwifery, Harbury NHS Trust", ["Director of Midwifery"]),
                        "From April 2025",
                        "o:2025-04-01",
                        "Off track",
                        "o",
                    ),
                    A(
                        None,
                        "Train maternity support workers to deliver very brief advice on smoking.",
                        ("Director of Midwifery, Harbury NHS Trust", ["Director of Midwifery"]),
                        "Mar-26",
                        "m:2026-03",
                        "Not started",
                        "n",
                    ),
                ],
            ),
        ],
    )
]


def harbury(plan: Plan) -> tuple[list[Block], Page]:
    rows: list[list[Cell | None]] = [
        [Cell(h, bold=True) for h in ["Theme", "Action", "Lead", "Timescale", "Status"]]
    ]
    for area in plan.sections[0].areas:
        acts = area.acts
        for i, act in enumerate(acts):
            row: list[Cell | None] = []
            row.append(Cell(area.line, rowspan=len(acts)) if i == 0 else None)
            row.append(Cell(act.paragraphs[0]))
            row.append(Cell(act.lead_cell or "", rowspan=len(acts)) if i == 0 else None)
            row.append(Cell(act.due or ""))
            row.append(Cell(act.status or ""))
            rows.append(row)
    table = Grid(rows, [1.2, 3.0, 1.6, 1.2, 0.8], header_rows=1)
    parts = [
        "<h1>Harbury Health and Wellbeing Board</h1>",
        "<h2>Item 6: Health Inequalities Action Plan – update</h2>",
        "<p>The board is asked to note progress on the actions below.</p>",
        html_table(table),
        "<h3>Members present</h3>",
        html_table(
            Grid(
                [
                    [Cell("Name", bold=True), Cell("Role", bold=True)],
                    [Cell("Cllr J. Payne"), Cell("Chair")],
                    [Cell("Dr R. Ahmed"), Cell("Director of Public Health")],
                ],
                [1, 1],
            )
        ),
    ]
    return "\n".join(parts), Page(title="Health Inequalities Action Plan")  # type: ignore[return-value]


PLANS = [
    Plan("alderby-send-priority-plan", "pdf", "dev", "SEND improvement plan", ALDERBY, alderby),
    Plan(
        "bracken-hill-sip-review",
        "pdf",
        "dev",
        "school improvement plan",
        [BRACKEN_OPEN, BRACKEN_DONE],
        bracken,
    ),
    Plan(
        "calder-valley-cqc-plan",
        "pdf",
        "dev",
        "NHS trust CQC plan",
        CALDER,
        calder,
        status_is_fill_only=True,
    ),
    Plan(
        "dunstan-scp-business-plan",
        "docx",
        "dev",
        "safeguarding partnership plan",
        DUNSTAN,
        dunstan,
    ),
    Plan("elmhurst-ce-primary-sdp", "docx", "dev", "school development plan", ELMHURST, elmhurst),
    Plan(
        "farleigh-focused-visit-plan",
        "docx",
        "dev",
        "council post-Ofsted focused visit",
        [Section(None, FARLEIGH_AREAS)],
        farleigh,
    ),
    Plan(
        "glenmore-accessibility-plan",
        "html",
        "dev",
        "council accessibility plan",
        GLENMORE,
        glenmore,
    ),
    Plan(
        "harbury-hwb-inequalities-plan",
        "html",
        "dev",
        "health and wellbeing board plan",
        HARBURY,
        harbury,
    ),
]
