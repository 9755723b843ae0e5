# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The second held-out set's Word plans: invented bodies, content, expectations and layouts."""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"


# --- 1. Post-ILACS plan: landscape, merged recommendation column, RAG by fill only -------

MARSHFIELD = [
    Section(
        None,
        [
            Area(
                "1",
                "Leaders should improve the quality and impact of management oversight and "
                "supervision for children in need of help and protection.",
                [
                    A(
                        "1.1",
                        "Introduce a practice standard for supervision with a recording template "
                        "that shows the manager's analysis and the next steps for the child.",
                        "Principal Social Worker",
                        "Dec-24",
                        "m:2024-12",
                        st="c",
                        fill=BLUE,
                        progress="Standard and template launched at the practice week in "
                        "November 2024.",
                    ),
                    A(
                        "1.2",
                        "Audit a sample of 30 supervision records each month and feed back to "
                        "team managers.",
                        (
                            "Head of Quality Assurance\nTeam Managers",
                            ["Head of Quality Assurance", "Team Managers"],
                        ),
                        "Monthly",
                        "o",
                        st="p",
                        fill=GREEN,
                        progress="Audits since December show 58% of records good or better, up "
                        "from 31%.",
                    ),
                ],
            ),
            Area(
                "2",
                "Leaders should make sure that disabled children receive timely assessments "
                "and plans that reflect their needs.",
                [
                    A(
                        "2.1",
                        "Move the disabled children's team into the children's social care "
                        "front door so that referrals are screened on the same day.",
                        "Head of Service – Children with Disabilities",
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        st="o",
                        fill=AMBER,
                        progress="Staff consultation extended by six weeks.",
                    ),
                    A(
                        "2.2",
                        "Train all social workers in the team in communicating with non-verbal "
                        "children.",
                        "Workforce Development Manager",
                        "31/03/2025",
                        "d:2025-03-31",
                        st="p",
                        fill=GREEN,
                        progress="Two of three sessions delivered.",
                    ),
                    A(
                        "2.3",
                        "Review every open child and family assessment for disabled children "
                        "older than 45 working days.",
                        "Team Manager – Children with Disabilities",
                        "Within 3 months",
                        "rel",
                        st="o",
                        fill=RED,
                        progress="Review not yet started: team manager post vacant.",
                    ),
                ],
            ),
            Area(
                "3",
                "Leaders should strengthen the quality of pathway planning for care leavers "
                "so that plans are written with young people.",
                [
                    A(
                        "3.1",
                        "Co-produce a new pathway plan with the Children in Care Council.",
                        (
                            "Participation Lead / Leaving Care Team Manager",
                            ["Participation Lead", "Leaving Care Team Manager"],
                        ),
                        "Summer term 2025",
                        "r:2025-04-01:2025-07-31",
                        st="p",
                        fill=GREEN,
                        progress="Three workshops held with care leavers.",
                    ),
                ],
            ),
        ],
    )
]


def marshfield(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Recommendation", "aref_area", 2.4),
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Lead officer", "lead", 1.5),
        Col("Timescale", "due", 1.0),
        Col("Progress update", "progress", 2.4),
        Col("RAG", "status", 0.5),
    ]
    style = Style(area_mode="merge", area_fmt="{ref}. {text}", fill_only=True)
    blocks: list[Block] = [
        Heading("Marshfield County Council – Children's Services"),
        Para(
            "Improvement plan following the inspection of local authority children's services (ILACS), October 2024",
            bold=True,
        ),
        Para(
            "Ofsted made three recommendations. This plan is overseen by the Children's "
            "Improvement Board and was last updated on 14 February 2025."
        ),
        Para(
            "RAG rating key: blue – complete; green – on track; amber – at risk; red – off track."
        ),
        grid(plan.sections, cols, style, header_fill="D9E2F3", size=9),
    ]
    return blocks, Page(landscape=True, footer="Marshfield ILACS improvement plan v5")


# --- 2. Care home CQC plan: key question rows, regulation column, Met / Not met ----------


def _found(reg: str, text: str, acts: list[A]) -> Area:
    return Area(None, text, list(acts), extra={"reg": reg})


LARKFIELD = [
    Section(
        "Safe",
        [
            _found(
                "Regulation 12: Safe care and treatment",
                "Risk assessments for people at risk of falls were not always reviewed after "
                "a fall.",
                [
                    A(
                        None,
                        "Review the falls risk assessment of every resident after any fall, "
                        "within 24 hours.",
                        "Deputy Manager",
                        "30/09/2024",
                        "d:2024-09-30",
                        "Met",
                        "c",
                        extra={"done": "27/09/2024"},
                    ),
                    A(
                        None,
                        "Add falls reviews to the monthly clinical governance audit.",
                        "Registered Manager",
                        "October 2024",
                        "m:2024-10",
                        "Partially met",
                        "p",
                    ),
                ],
            ),
            _found(
                "Regulation 19: Fit and proper persons employed",
                "Recruitment checks were incomplete for two agency staff.",
                [
                    A(
                        None,
                        "Obtain agency staff profiles, including DBS checks, before every first "
                        "shift.",
                        ("Administrator\nNurse in charge", ["Administrator", "Nurse in charge"]),
                        "Immediate",
                        "rel",
                        "Met",
                        "c",
                        extra={"done": "12/08/2024"},
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Effective",
        [
            _found(
                "Regulation 11: Need for consent",
                "Mental capacity assessments were not decision-specific.",
                [
                    A(
                        None,
                        "Book Mental Capacity Act training for all nurses and senior carers.",
                        "Training Co-ordinator",
                        "December 2024",
                        "m:2024-12",
                        "Not met",
                        "n",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Well-led",
        [
            _found(
                "Regulation 17: Good governance",
                "Audits did not identify the shortfalls found at this inspection.",
                [
                    A(
                        None,
                        "Introduce a provider-level quality visit every month with a written "
                        "report and action log.",
                        ("Operations Director", ["Operations Director"]),
                        "Ongoing",
                        "o",
                        "Partially met",
                        "p",
                    ),
                    A(
                        None,
                        "Review all audit tools against the CQC quality statements.",
                        "Quality Lead",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "Not met",
                        "n",
                    ),
                ],
            ),
        ],
    ),
]


def larkfield(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Regulation", "ax:reg", 1.3),
        Col("What CQC found", "area", 2.0),
        Col("Action we will take", "action", 2.8),
        Col("Who", "lead", 1.2),
        Col("By when", "due", 0.9),
        Col("Date completed", "x:done", 0.9),
        Col("Met / not met", "status", 0.9),
    ]
    style = Style(area_mode="merge", section_fill="FBE4D5")
    blocks: list[Block] = [
        Heading("Larkfield House Care Home"),
        Heading("Action plan following CQC inspection on 2 and 3 July 2024", 2),
        Para(
            "Overall rating: Requires improvement. The registered manager sends this plan to "
            "the CQC and updates it each month. Met – completed and evidenced; Partially met – "
            "work under way; Not met – not yet started."
        ),
        grid(plan.sections, cols, style, header_fill="F4B183", size=8),
        Para("Signed: Registered Manager. Date: 1 October 2024."),
    ]
    return blocks, Page(header="Larkfield House – CQC action plan")


# --- 3. Academy post-Ofsted plan: priority headings, inspectors' words, terms -------------

PINEWOOD = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the teaching of writing in key stage 2",
                [
                    A(
                        None,
                        "Adopt a whole-school writing sequence with modelled writing in every "
                        "unit.",
                        "English Lead",
                        "Autumn term 2024",
                        "r:2024-09-01:2024-12-31",
                        outcome="Books show pupils writing at length in every unit.",
                        monitoring="Headteacher book looks each half term",
                        extra={"cost": "£1,500 (training)"},
                    ),
                    A(
                        None,
                        "Weekly spelling and handwriting practice for Years 3 and 4.",
                        ("Year 3 and 4 teachers", ["Year 3 and 4 teachers"]),
                        "Ongoing",
                        "o",
                        outcome="Fewer spelling errors in independent writing.",
                        monitoring="English Lead termly review",
                        extra={"cost": "None"},
                    ),
                ],
            ),
            Area(
                "2",
                "Make sure that the curriculum in foundation subjects sets out the knowledge "
                "pupils should learn",
                [
                    A(
                        None,
                        "Subject leaders rewrite the history and geography curriculum maps with "
                        "key knowledge for each year group.",
                        ("DHT / subject leaders", ["DHT", "subject leaders"]),
                        "Spring term 2025",
                        "r:2025-01-01:2025-03-31",
                        outcome="Pupils can recall key knowledge from previous units.",
                        monitoring="Trust curriculum adviser visit",
                        extra={"cost": "Two release days per leader"},
                    ),
                    A(
                        None,
                        "Introduce low-stakes quizzes at the start of every foundation lesson.",
                        "Class teachers",
                        "Summer term 2025",
                        "r:2025-04-01:2025-07-31",
                        outcome="Pupil voice shows pupils remember more.",
                        monitoring="SLT learning walks",
                        extra={"cost": "None"},
                    ),
                ],
            ),
            Area(
                "3",
                "Improve attendance, especially for disadvantaged pupils",
                [
                    A(
                        None,
                        "Meet every family whose child's attendance falls below 90% and agree "
                        "an attendance plan.",
                        (
                            "Attendance Officer & Family Support Worker",
                            ["Attendance Officer", "Family Support Worker"],
                        ),
                        "Weekly",
                        "o",
                        outcome="Persistent absence of disadvantaged pupils below 15%.",
                        monitoring="Local governing body each term",
                        extra={"cost": "£4,200 (pupil premium)"},
                    ),
                ],
            ),
        ],
    )
]

_SAID = {
    "1": "Pupils do not write at length often enough, and weaknesses in spelling and "
    "handwriting hold back older pupils.",
    "2": "In some subjects, leaders have not identified the important knowledge they want "
    "pupils to learn.",
    "3": "Too many disadvantaged pupils are persistently absent.",
}


def pinewood(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Action", "action", 3.0),
        Col("Lead", "lead", 1.3),
        Col("Timescale", "due", 1.1),
        Col("Cost", "x:cost", 1.0),
        Col("Success criteria", "outcome", 2.0),
        Col("Monitored by", "monitoring", 1.4),
    ]
    style = Style(area_mode="none", section_mode="none")
    blocks: list[Block] = [
        Heading("Pinewood Academy"),
        Para("Post-inspection action plan – Ofsted inspection 11–12 June 2024", bold=True),
        Para(
            "The school was judged to require improvement. Inspectors identified three things "
            "the school needs to do to improve. This plan was agreed with the Trust's Director "
            "of Education."
        ),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"Priority {area.ref}: {area.line}", 2))
        blocks.append(
            Para(f"What the inspection report said: “{_SAID[area.ref or '']}”", italic=True)
        )
        blocks.append(grid([Section(None, [area])], cols, style, header_fill="C9E7F5", size=9))
    return blocks, Page(footer="Pinewood Academy – part of the Heathland Learning Trust")


# --- 4. Complaints improvement plan: key first, theme rows, status as symbols ------------

RIVERBANK = [
    Section(
        "Complaint handling",
        [
            Area(
                None,
                None,
                [
                    A(
                        "CH01",
                        "Respond to stage 1 complaints within 10 working days, as the Housing "
                        "Ombudsman's code requires.",
                        (
                            "Head of Customer Experience\nComplaints Manager",
                            ["Head of Customer Experience", "Complaints Manager"],
                        ),
                        "Ongoing",
                        "o",
                        "◐",
                        "p",
                        progress="84% on time in December.",
                    ),
                    A(
                        "CH02",
                        "Publish the complaints policy in plain English and easy read.",
                        "Complaints Manager",
                        "31 January 2025",
                        "d:2025-01-31",
                        "✓",
                        "c",
                        progress="Published on the website on 20 January.",
                    ),
                    A(
                        "CH03",
                        "Give residents the choice of making a complaint by phone, web chat or "
                        "in person at the local office.",
                        "Customer Services Manager",
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "✗",
                        "o",
                        progress="Web chat supplier contract delayed.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Learning from complaints",
        [
            Area(
                None,
                None,
                [
                    A(
                        "LC01",
                        "Report themes from complaints to the Board every quarter.",
                        "Director of Housing",
                        "Quarterly",
                        "o",
                        "✓",
                        "c",
                        progress="First report to the Board in November.",
                    ),
                    A(
                        "LC02",
                        "Hold a learning review with staff for every complaint upheld by the "
                        "Ombudsman.",
                        (
                            "Complaints Manager\nService managers",
                            ["Complaints Manager", "Service managers"],
                        ),
                        "From April 2025",
                        "o:2025-04-01",
                        "○",
                        "n",
                        progress="",
                    ),
                ],
            ),
        ],
    ),
]


def riverbank(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.6),
        Col("Action", "action", 3.0),
        Col("Responsible", "lead", 1.6),
        Col("Target", "due", 1.0),
        Col("Status", "status", 0.6),
        Col("Comments", "progress", 2.0),
    ]
    key = Grid(
        [
            [Cell("Key", bold=True, span=2), None],
            [Cell("✓"), Cell("Complete")],
            [Cell("◐"), Cell("In progress")],
            [Cell("✗"), Cell("Not on track")],
            [Cell("○"), Cell("Not started")],
        ],
        [0.5, 2.0],
        header_rows=1,
    )
    style = Style(area_mode="none", section_fill="DDEBF7")
    blocks: list[Block] = [
        Heading("Riverbank District Council – Housing Services"),
        Heading("Complaint handling improvement plan", 2),
        Para(
            "This plan follows our self-assessment against the Housing Ombudsman's Complaint "
            "Handling Code. It was approved by the Housing Portfolio Holder in October 2024."
        ),
        key,
        grid(plan.sections, cols, style, header_fill="BDD7EE", size=9),
    ]
    return blocks, Page(footer="Riverbank DC – complaint handling improvement plan")


PLANS = [
    Plan(
        "marshfield-ilacs-improvement-plan",
        "docx",
        "heldout2",
        "council post-Ofsted (ILACS)",
        MARSHFIELD,
        marshfield,
        status_is_fill_only=True,
    ),
    Plan(
        "larkfield-care-home-cqc-plan",
        "docx",
        "heldout2",
        "care home CQC plan",
        LARKFIELD,
        larkfield,
    ),
    Plan(
        "pinewood-academy-post-ofsted-plan",
        "docx",
        "heldout2",
        "academy post-Ofsted plan",
        PINEWOOD,
        pinewood,
    ),
    Plan(
        "riverbank-complaints-improvement-plan",
        "docx",
        "heldout2",
        "housing complaints improvement plan",
        RIVERBANK,
        riverbank,
    ),
]
