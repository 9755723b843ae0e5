# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""A third set of dev plans (3 PDF, 3 Word, 2 web pages) that vary how status, leads,
areas and sections are printed.

Invented authorities, content and expectations. These may be studied by engine developers
like the rest of the dev half.
"""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para, html_table

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "C00000", "0070C0"


def _banner(text: str, width: int, fill: str | None = None) -> list[Cell | None]:
    return [Cell(text, bold=True, span=width, fill=fill), *[None] * (width - 1)]


# --- 1. Adult social care assessment plan (PDF): theme banners, merged unlabelled area
# column, refs "R2.1" whose first part is the area, named leads with posts, % complete ---

ASHLEIGH = [
    Section(
        "Theme 1: Working with people",
        [
            Area(
                "R1",
                "People wait too long for a Care Act assessment.",
                [
                    A(
                        "R1.1",
                        "Set up a duty triage team to screen every new contact within two working days.",
                        ("Jo Baxter, Head of Assessment", ["Jo Baxter"]),
                        "31/05/2024",
                        "d:2024-05-31",
                        "100%",
                        "c",
                        progress="Team live since 2 April; 94% of contacts screened within two days.",
                    ),
                    A(
                        "R1.2",
                        "Commission an independent provider to clear the backlog of 400 reviews.",
                        ("Imran Qureshi, Commissioning Manager", ["Imran Qureshi"]),
                        "Sept 2024",
                        "m:2024-09",
                        "60%",
                        "p",
                        progress="250 reviews completed by the provider.",
                    ),
                ],
            ),
            Area(
                "R2",
                "Carers are not always offered an assessment of their own needs.",
                [
                    A(
                        "R2.1",
                        "Add a carer's assessment prompt to every adult assessment form.",
                        ("Lucy Fenn, Principal Social Worker", ["Lucy Fenn"]),
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "0%",
                        "n",
                        progress="Form change requested from the systems team.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2: Providing support",
        [
            Area(
                "R3",
                "Too few people are supported to live at home after a hospital stay.",
                [
                    A(
                        "R3.1",
                        "Extend the reablement service to seven days a week.",
                        ("Dan Morley, Reablement Service Manager", ["Dan Morley"]),
                        "Oct-24",
                        "m:2024-10",
                        "25%",
                        "p",
                        progress="Weekend rota agreed; recruitment of eight carers under way.",
                    ),
                    A(
                        "R3.2",
                        "Agree a joint discharge-to-assess pathway with the hospital trust.",
                        ("Priya Nair, Director of Adult Social Care", ["Priya Nair"]),
                        "30 June 2024",
                        "d:2024-06-30",
                        "100%",
                        "c",
                        progress="Pathway signed off by both boards in June.",
                    ),
                ],
            ),
        ],
    ),
]


def ashleigh(plan: Plan) -> tuple[list[Block], Page]:
    heads = ["Area for development", "Ref", "Action", "Lead", "Deadline", "% complete", "Update"]
    width = len(heads)
    rows: list[list[Cell | None]] = [[Cell(h, bold=True, fill="DDEBF7") for h in heads]]
    for section in plan.sections:
        rows.append(_banner(section.title or "", width, "BDD7EE"))
        for area in section.areas:
            for i, act in enumerate(area.acts):
                first = Cell(area.line, rowspan=len(area.acts)) if i == 0 else None
                rows.append(
                    [
                        first,
                        Cell(act.ref or ""),
                        Cell(act.paragraphs),
                        Cell(act.lead_cell or ""),
                        Cell(act.due or ""),
                        Cell(act.status or ""),
                        Cell(act.progress or ""),
                    ]
                )
    table = Grid(rows, [1.6, 0.5, 2.4, 1.5, 0.9, 0.7, 2.2], header_rows=1, size=8)
    blocks: list[Block] = [
        Heading("Ashleigh Borough Council"),
        Heading("Adult Social Care: CQC Local Authority Assessment – Improvement Plan", 2),
        Para(
            "The plan answers the areas for development in the CQC assessment report. Each "
            "action's reference begins with the number of the area it serves. Progress is "
            "shown as the share of the action completed."
        ),
        table,
    ]
    return blocks, Page(landscape=True, footer="Ashleigh BC – ASC improvement plan")


# --- 2. School improvement plan (PDF): "Priority n:" headings above borderless tables,
# initials with a staff glossary, statuses with dates and qualifiers -----------------

BROCKWELL_AREAS = [
    Area(
        "1",
        "Raise attainment in mathematics at the end of Key Stage 2",
        [
            A(
                "1.1",
                "Introduce daily ten-minute arithmetic practice in Years 3 to 6.",
                ("RT", ["RT"]),
                "Sept 23",
                "m:2023-09",
                "Complete (Sept 23)",
                "c",
            ),
            A(
                "1.2",
                "Maths lead to coach each Year 5 and 6 teacher in modelling and worked examples.",
                ("RT / SJ", ["RT", "SJ"]),
                "Spring term 2024",
                "r:2024-01-01:2024-03-31",
                "In progress – on track",
                "p",
            ),
            A(
                "1.3",
                "Run same-day catch-up sessions for pupils who did not grasp the lesson.",
                ("Class teachers", ["Class teachers"]),
                "Ongoing",
                "o",
                "In progress – behind schedule",
                "o",
            ),
        ],
    ),
    Area(
        "2",
        "Improve the attendance of pupils with SEND",
        [
            A(
                "2.1",
                "Meet the family of every pupil with SEND whose attendance is below 90% within two weeks.",
                ("KM (SENCo) & EW", ["KM", "EW"]),
                "Half-termly",
                "o",
                "Complete (Mar 24)",
                "c",
            ),
            A(
                "2.2",
                "Agree a reduced timetable review date for every pupil on a part-time timetable.",
                ("KM", ["KM"]),
                "End of April 2024",
                "d:2024-04-30",
                "Not yet started",
                "n",
            ),
        ],
    ),
]


def brockwell(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("No.", "ref", 0.45),
        Col("Action", "action", 3.2),
        Col("Lead", "lead", 0.9),
        Col("Timescale", "due", 1.2),
        Col("Status (March 2024)", "status", 1.6),
    ]
    style = Style(area_mode="none", section_mode="none")
    blocks: list[Block] = [
        Heading("Brockwell Park Primary School"),
        Heading("School Improvement Plan 2023–24: spring review", 2),
        Para(
            "Governors reviewed this plan on 21 March 2024. Leads are shown by their initials; "
            "the staff key is at the end of the plan."
        ),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"Priority {area.ref}: {area.line}", 3))
        blocks.append(grid([Section(None, [area])], cols, style, rules="none", size=9))
    blocks.append(Heading("Staff key", 3))
    blocks.append(
        Grid(
            [
                [Cell("Initials", bold=True), Cell("Name and role", bold=True)],
                [Cell("RT"), Cell("Rachel Turner, Maths Lead")],
                [Cell("SJ"), Cell("Sam Jordan, Deputy Headteacher")],
                [Cell("KM"), Cell("Kate Moss, SENCo")],
                [Cell("EW"), Cell("Ellen Watts, Attendance Officer")],
            ],
            [0.8, 3.0],
            header_rows=1,
            size=9,
        )
    )
    return blocks, Page(footer="Brockwell Park Primary – SIP 2023–24")


# --- 3. Integrated care winter plan (PDF): horizontal rules, agencies as leads, "All",
# RAG letters whose key is a footnote under the table ---------------------------------

CARROW = [
    Section(
        None,
        [
            Area(
                "1",
                "Keep people well at home",
                [
                    A(
                        "1a",
                        "Offer flu and COVID-19 vaccination to every care home resident by the end of October.",
                        ("ICB / Council / Care providers", ["ICB", "Council", "Care providers"]),
                        "31 Oct 2024",
                        "d:2024-10-31",
                        "G",
                        "p",
                        progress="82% of residents vaccinated by 18 October.",
                    ),
                    A(
                        "1b",
                        "Publish one winter advice leaflet for the whole system, in five community languages.",
                        ("All", ["All"]),
                        "Nov 2024",
                        "m:2024-11",
                        "B",
                        "c",
                        progress="Leaflet published on 4 November.",
                    ),
                ],
            ),
            Area(
                "2",
                "Get people home from hospital without delay",
                [
                    A(
                        "2a",
                        "Open 20 step-down beds in two care homes from December to March.",
                        ("Council (Adult Social Care); ICB", ["Council", "ICB"]),
                        "Dec 2024 – Mar 2025",
                        "r:2024-12-01:2025-03-31",
                        "A",
                        "o",
                        progress="12 beds contracted; second home still negotiating.",
                    ),
                    A(
                        "2b",
                        "Daily system call at 10am to agree discharges from the acute trust.",
                        (
                            "Acute Trust, Community Trust and Council",
                            ["Acute Trust", "Community Trust", "Council"],
                        ),
                        "Daily from 1 Dec 2024",
                        "o:2024-12-01",
                        "R",
                        "o",
                        progress="Call started but attendance from community services is poor.",
                    ),
                ],
            ),
        ],
    )
]


def carrow(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.45),
        Col("What we will do", "action", 3.0),
        Col("Lead organisation(s)", "lead", 1.7),
        Col("When", "due", 1.3),
        Col("RAG*", "status", 0.5),
        Col("Latest position", "progress", 2.4),
    ]
    style = Style(
        area_mode="row", area_fmt="Goal {ref}: {text}", area_fill="E7E6E6", section_mode="none"
    )
    blocks: list[Block] = [
        Heading("Carrow and District Integrated Care Partnership"),
        Heading("Winter Resilience Plan 2024/25", 2),
        Para("The plan is owned jointly by the partners of the Urgent and Emergency Care Board."),
        grid(plan.sections, cols, style, rules="hlines", size=8),
        Para(
            "* RAG: B = complete; G = on track; A = behind plan; R = off track. "
            "'All' means every partner of the board."
        ),
    ]
    return blocks, Page(landscape=True, footer="Carrow ICP – Winter plan")


# --- 4. Virtual school plan (Word): recommendation text merged down the first column,
# job-share leads, ticks and crosses with a key table before the plan ----------------

DENHOLME = [
    Section(
        None,
        [
            Area(
                None,
                "The virtual school should ensure that personal education plans set precise, measurable targets.",
                [
                    A(
                        None,
                        "Rewrite the PEP template so that every target has a measure and a review date.",
                        (
                            "Anna Clarke and Tom Reid (job share), Deputy Headteacher",
                            ["Anna Clarke", "Tom Reid"],
                        ),
                        "Dec 2023",
                        "m:2023-12",
                        "✓",
                        "c",
                        progress="New template in use since January.",
                    ),
                    A(
                        None,
                        "Quality assure 20 PEPs each term and feed back to designated teachers.",
                        "PEP Quality Officer",
                        "Termly",
                        "o",
                        "→",
                        "p",
                        progress="Autumn sample: 14 of 20 PEPs good.",
                    ),
                ],
            ),
            Area(
                None,
                "The virtual school should improve the attendance of children in care placed out of the area.",
                [
                    A(
                        None,
                        "Track the daily attendance of every child placed out of the area through a commissioned service.",
                        "Virtual School Headteacher",
                        "From Feb 2024",
                        "o:2024-02-01",
                        "✗",
                        "o",
                        progress="Contract not yet signed; weekly phone checks continue.",
                    ),
                    A(
                        None,
                        "Agree attendance protocols with the five neighbouring virtual schools.",
                        "Virtual School Headteacher",
                        "July 2024",
                        "m:2024-07",
                        "→",
                        "p",
                        progress="Three of five protocols signed.",
                    ),
                ],
            ),
        ],
    )
]


def denholme(plan: Plan) -> tuple[list[Block], Page]:
    heads = ["Recommendation", "Action", "Responsible", "By", "Progress", "Commentary"]
    rows: list[list[Cell | None]] = [[Cell(h, bold=True, fill="E2EFDA") for h in heads]]
    for area in plan.sections[0].areas:
        for i, act in enumerate(area.acts):
            first = Cell(area.line, rowspan=len(area.acts)) if i == 0 else None
            rows.append(
                [
                    first,
                    Cell(act.paragraphs),
                    Cell(act.lead_cell or ""),
                    Cell(act.due or ""),
                    Cell(act.status or ""),
                    Cell(act.progress or ""),
                ]
            )
    key = Grid(
        [
            [Cell("✓"), Cell("Action complete")],
            [Cell("→"), Cell("Action under way and on course")],
            [Cell("✗"), Cell("Action not on course")],
        ],
        [0.4, 2.5],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Denholme Virtual School for Children in Care"),
        Heading("Action plan following the annual review, 2023–24", 2),
        Para("Progress key:", bold=True),
        key,
        Grid(rows, [2.0, 2.6, 1.6, 0.9, 0.7, 1.8], header_rows=1),
    ]
    return blocks, Page(landscape=True)


# --- 5. Housing strategy delivery plan (Word): themes as headings, priority banner rows,
# posts with their organisation, status only in the progress text -------------------

EASTLEIGH = [
    Section(
        "Theme A: More homes people can afford",
        [
            Area(
                "1",
                "Increase the supply of social rented homes",
                [
                    A(
                        "1.1",
                        "Bring forward three council-owned sites for social rented homes.",
                        (
                            "Head of Housing Delivery (Borough Council)",
                            ["Head of Housing Delivery"],
                        ),
                        "March 2025",
                        "m:2025-03",
                        None,
                        "c",
                        progress="Completed: all three sites have planning consent.",
                    ),
                    A(
                        "1.2",
                        "Agree a nominations agreement with each registered provider building in the borough.",
                        ("Housing Options Manager (Borough Council)", ["Housing Options Manager"]),
                        "2024/25",
                        "y:2024-04-01:2025-03-31",
                        None,
                        "p",
                        progress="Agreements signed with two of four providers; talks continue with the others.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme B: Safe and healthy homes",
        [
            Area(
                "2",
                "Improve standards in the private rented sector",
                [
                    A(
                        "2.1",
                        "Introduce a selective licensing scheme in the two wards with most complaints.",
                        (
                            "Private Sector Housing Manager (Borough Council)",
                            ["Private Sector Housing Manager"],
                        ),
                        "Oct 2025",
                        "m:2025-10",
                        None,
                        "o",
                        progress="Delayed: the consultation had to be rerun and the scheme will start late.",
                    ),
                    A(
                        "2.2",
                        "Run a damp and mould awareness campaign with tenants and landlords.",
                        (
                            "Environmental Health Manager (Borough Council)",
                            ["Environmental Health Manager"],
                        ),
                        "Jan 2025",
                        "m:2025-01",
                        None,
                        "n",
                        progress="Not yet started; materials will be designed in the autumn.",
                    ),
                ],
            ),
            Area(
                "3",
                "Help older and disabled people to live safely at home",
                [
                    A(
                        "3.1",
                        "Cut the average time to deliver a disabled facilities grant adaptation to 20 weeks.",
                        (
                            "Home Improvement Agency Manager (Eastleigh Care and Repair)",
                            ["Home Improvement Agency Manager"],
                        ),
                        "Ongoing",
                        "o",
                        None,
                        "p",
                        progress="On track: average now 24 weeks, down from 31.",
                    ),
                ],
            ),
        ],
    ),
]


def eastleigh(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Lead officer", "lead", 2.0),
        Col("Target date", "due", 1.0),
        Col("Progress to date", "progress", 2.6),
    ]
    style = Style(
        area_mode="row", area_fmt="Priority {ref}: {text}", area_fill="FFF2CC", section_mode="none"
    )
    blocks: list[Block] = [
        Heading("Eastleigh Vale Borough Council"),
        Heading("Housing Strategy 2024–2029: Delivery Plan, Year 1 update", 2),
        Para("The delivery plan is grouped by the strategy's two themes and five priorities."),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 3))
        blocks.append(grid([section], cols, style, header_fill="D9D9D9", size=9))
    return blocks, Page(landscape=True, footer="Housing Strategy Delivery Plan")


# --- 6. Youth justice plan (Word): numbered headings above each table, status by cell
# colour alone, key as a footnote paragraph after the tables ------------------------

FENBY = [
    Section(
        None,
        [
            Area(
                "1",
                "Reduce first-time entrants to the youth justice system",
                [
                    A(
                        "1.1",
                        "Offer every child given a community resolution a voluntary support plan.",
                        "Prevention Team Manager",
                        "June 2024",
                        "m:2024-06",
                        None,
                        "c",
                        progress="All 46 children offered a plan; 39 took it up.",
                        fill=BLUE,
                    ),
                    A(
                        "1.2",
                        "Train school staff to refer children at risk of exclusion to the prevention team.",
                        "Education Inclusion Officer",
                        "Mar 2025",
                        "m:2025-03",
                        None,
                        "p",
                        progress="Training delivered in 11 of 14 secondary schools.",
                        fill=GREEN,
                    ),
                ],
            ),
            Area(
                "2",
                "Reduce reoffending",
                [
                    A(
                        "2.1",
                        "Review the case of every child who reoffends within three months at the monthly panel.",
                        "Head of Youth Justice",
                        "Monthly",
                        "o",
                        None,
                        "p",
                        progress="Panel meeting monthly since May.",
                        fill=GREEN,
                    ),
                    A(
                        "2.2",
                        "Commission a mentoring service for children leaving custody.",
                        "Commissioning Officer",
                        "Dec 2024",
                        "m:2024-12",
                        None,
                        "o",
                        progress="Tender received no bids; scope being revised.",
                        fill=RED,
                    ),
                    A(
                        "2.3",
                        "Agree a protocol with the police for children's first appearance at court.",
                        "Court Officer",
                        "Sept 2024",
                        "m:2024-09",
                        None,
                        "o",
                        progress="Draft protocol with the police legal team.",
                        fill=AMBER,
                    ),
                ],
            ),
        ],
    )
]


def fenby(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("", "status", 0.35),
        Col("No.", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Owner", "lead", 1.6),
        Col("Target", "due", 0.9),
        Col("Update", "progress", 2.4),
    ]
    style = Style(area_mode="none", section_mode="none", fill_only=True)
    blocks: list[Block] = [
        Heading("Fenby Youth Justice Partnership"),
        Heading("Youth Justice Plan 2024–25: Action Plan", 2),
        Para(
            "Progress against the plan's two national priorities, reported to the management board."
        ),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"{area.ref}. {area.line}", 3))
        blocks.append(grid([Section(None, [area])], cols, style, size=9))
    blocks.append(
        Para(
            "Colour of the first column: blue – complete; green – on track; amber – at risk; "
            "red – off track.",
            italic=True,
        )
    )
    return blocks, Page(footer="Fenby YJP")


# --- 7. Community safety partnership page (HTML): area banner rows inside one table,
# BRAG words with qualifiers, several agencies and "All partners" as leads ----------

GLYNDE = [
    Section(
        None,
        [
            Area(
                "1",
                "Tackling serious violence",
                [
                    A(
                        "SV1",
                        "Map the places where knife crime happens and share the map with schools each term.",
                        ("Police, Community Safety Team", ["Police", "Community Safety Team"]),
                        "Termly",
                        "o",
                        "Green – on track",
                        "p",
                        progress="Second map shared in April.",
                    ),
                    A(
                        "SV2",
                        "Fund youth workers in the emergency department at weekends.",
                        ("Health; Youth Service", ["Health", "Youth Service"]),
                        "Apr 2024",
                        "m:2024-04",
                        "Blue – completed",
                        "c",
                        progress="Youth workers in post since March.",
                    ),
                ],
            ),
            Area(
                "2",
                "Reducing anti-social behaviour",
                [
                    A(
                        "ASB1",
                        "Hold a problem-solving meeting for every neighbourhood with repeated reports each month.",
                        ("All partners", ["All partners"]),
                        "Monthly",
                        "o",
                        "Amber – behind schedule",
                        "o",
                        progress="Meetings held in four of six neighbourhoods.",
                    ),
                    A(
                        "ASB2",
                        "Introduce a single online form for reporting anti-social behaviour to the council or police.",
                        ("Council Digital Team / Police", ["Council Digital Team", "Police"]),
                        "Sept 2024",
                        "m:2024-09",
                        "Red – off track",
                        "o",
                        progress="Launch date missed; awaiting funding decision.",
                    ),
                ],
            ),
        ],
    )
]


def glynde(plan: Plan) -> str:
    heads = ["Ref", "Action", "Lead agency", "Timescale", "BRAG status", "Update"]
    width = len(heads)
    rows: list[list[Cell | None]] = [[Cell(h, bold=True) for h in heads]]
    for area in plan.sections[0].areas:
        rows.append(_banner(f"Priority area {area.ref}: {area.line}", width, "D9D9D9"))
        for act in area.acts:
            rows.append(
                [
                    Cell(act.ref or ""),
                    Cell(act.paragraphs),
                    Cell(act.lead_cell or ""),
                    Cell(act.due or ""),
                    Cell(act.status or ""),
                    Cell(act.progress or ""),
                ]
            )
    parts = [
        "<h1>Glynde Community Safety Partnership</h1>",
        "<h2>Partnership Plan 2024–25: progress report to the Overview and Scrutiny Committee</h2>",
        "<p>The partnership's statutory members are the council, police, fire and rescue service, "
        "probation service and the integrated care board.</p>",
        html_table(Grid(rows, [0.5, 3.0, 1.6, 1.0, 1.2, 2.0], header_rows=1)),
        "<p>Contact: Community Safety Team, Glynde District Council.</p>",
    ]
    return "\n".join(parts)


# --- 8. Public health plan (HTML): themes as h2, priorities as h3, initials expanded by a
# glossary list, status by cell colour with the key in a separate table -------------

HOLBECK = [
    Section(
        "Theme 1: Starting well",
        [
            Area(
                "1.1",
                "Every child ready for school",
                [
                    A(
                        None,
                        "Offer a two-year health and development review to every child, with a targeted follow-up.",
                        ("HV Lead", ["HV Lead"]),
                        "Mar 2025",
                        "m:2025-03",
                        None,
                        "p",
                        progress="Coverage 79%, up from 71%.",
                        fill=GREEN,
                    ),
                    A(
                        None,
                        "Launch a speech and language drop-in at every family hub.",
                        ("FH Mgr / SLT", ["FH Mgr", "SLT"]),
                        "Sept 2024",
                        "m:2024-09",
                        None,
                        "c",
                        progress="Drop-ins running in all six hubs.",
                        fill=BLUE,
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2: Living well",
        [
            Area(
                "2.1",
                "Fewer people smoke",
                [
                    A(
                        None,
                        "Offer stop smoking support to every smoker admitted to hospital.",
                        ("TDS Lead", ["TDS Lead"]),
                        "Dec 2024",
                        "m:2024-12",
                        None,
                        "o",
                        progress="Service running on two of eight wards.",
                        fill=RED,
                    ),
                ],
            ),
            Area(
                "2.2",
                "More people are physically active",
                [
                    A(
                        None,
                        "Pilot social prescribing of walking groups through GP practices in the east of the city.",
                        ("PCN Dir; PA Officer", ["PCN Dir", "PA Officer"]),
                        "2024/25",
                        "y:2024-04-01:2025-03-31",
                        None,
                        "o",
                        progress="Pilot started late in four practices.",
                        fill=AMBER,
                    ),
                ],
            ),
        ],
    ),
]


def holbeck(plan: Plan) -> str:
    cols = [
        Col("Action", "action", 3.0),
        Col("Lead", "lead", 1.3),
        Col("Due", "due", 0.9),
        Col("RAG", "status", 0.5),
        Col("Commentary", "progress", 2.5),
    ]
    style = Style(area_mode="none", section_mode="none", fill_only=True)
    parts = [
        "<h1>Holbeck City Council – Health and Wellbeing Strategy Action Plan 2024/25</h1>",
        "<p>The table under each priority lists the actions agreed by the Health and "
        "Wellbeing Board. The key to the RAG colours and the abbreviations used for leads are "
        "at the foot of the page.</p>",
    ]
    for section in plan.sections:
        parts.append(f"<h2>{section.title}</h2>")
        for area in section.areas:
            parts.append(f"<h3>Priority {area.ref} {area.line}</h3>")
            parts.append(html_table(grid([Section(None, [area])], cols, style)))
    parts.append("<h2>Key</h2>")
    parts.append(
        html_table(
            Grid(
                [
                    [Cell("Colour", bold=True), Cell("Meaning", bold=True)],
                    [Cell("Blue", fill=BLUE), Cell("Complete")],
                    [Cell("Green", fill=GREEN), Cell("On track")],
                    [Cell("Amber", fill=AMBER), Cell("At risk")],
                    [Cell("Red", fill=RED), Cell("Off track")],
                ],
                [1, 2],
            ),
            css="key",
        )
    )
    parts.append("<h2>Abbreviations</h2>")
    parts.append(
        "<dl><dt>HV Lead</dt><dd>Health Visiting Service Lead</dd>"
        "<dt>FH Mgr</dt><dd>Family Hubs Manager</dd>"
        "<dt>SLT</dt><dd>Speech and Language Therapy Service</dd>"
        "<dt>TDS Lead</dt><dd>Tobacco Dependency Service Lead</dd>"
        "<dt>PCN Dir</dt><dd>Primary Care Network Clinical Director</dd>"
        "<dt>PA Officer</dt><dd>Physical Activity Officer</dd></dl>"
    )
    return "\n".join(parts)


def _html(layout):  # type: ignore[no-untyped-def]
    """An HTML layout's body with a plain page around it."""

    def build(plan: Plan) -> tuple[str, Page]:
        return layout(plan), Page(title=plan.kind)

    return build


PLANS = [
    Plan(
        "ashleigh-asc-assessment-plan",
        "pdf",
        "dev",
        "adult social care assessment plan",
        ASHLEIGH,
        ashleigh,
    ),
    Plan(
        "brockwell-park-sip-review",
        "pdf",
        "dev",
        "school improvement plan",
        [Section(None, BROCKWELL_AREAS)],
        brockwell,
    ),
    Plan("carrow-icp-winter-plan", "pdf", "dev", "integrated care winter plan", CARROW, carrow),
    Plan(
        "denholme-virtual-school-plan",
        "docx",
        "dev",
        "virtual school action plan",
        DENHOLME,
        denholme,
    ),
    Plan(
        "eastleigh-vale-housing-delivery-plan",
        "docx",
        "dev",
        "housing strategy delivery plan",
        EASTLEIGH,
        eastleigh,
    ),
    Plan(
        "fenby-youth-justice-plan",
        "docx",
        "dev",
        "youth justice plan",
        FENBY,
        fenby,
        status_is_fill_only=True,
    ),
    Plan(
        "glynde-csp-scrutiny-update",
        "html",
        "dev",
        "community safety partnership plan",
        GLYNDE,
        _html(glynde),
    ),
    Plan(
        "holbeck-hwb-strategy-plan",
        "html",
        "dev",
        "health and wellbeing strategy plan",
        HOLBECK,
        _html(holbeck),
        status_is_fill_only=True,
    ),
]
