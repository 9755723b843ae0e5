# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The second held-out set's PDF plans: invented bodies, content, expectations and layouts."""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Block, Heading, Page, Para

GREEN, AMBER, RED, BLUE = "92D050", "FFC000", "FF0000", "00B0F0"


def quarters(*updates: str) -> dict[str, str]:
    """Q1..Q4 progress cells as printed; later quarters not yet reported stay empty."""
    return {f"q{i}": text for i, text in enumerate(updates, start=1) if text}


def joined(*updates: str) -> str:
    """What a reader records as progress from quarterly cells: the filled ones, in order."""
    return " ".join(u for u in updates if u)


# --- 1. Fire and rescue service HMICFRS plan: borderless, AFI rows, sub-actions "2.3a" -----

ASHCOMBE = [
    Section(
        None,
        [
            Area(
                "1",
                "The service should make sure its risk-based inspection programme targets the "
                "premises most at risk from fire.",
                [
                    A(
                        "1.1",
                        "Review the risk-based inspection programme methodology using national "
                        "guidance and local incident data.",
                        "Head of Protection",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "Complete",
                        "c",
                        progress="New methodology approved by the Service Leadership Team in "
                        "November.",
                    ),
                    A(
                        "1.2",
                        "Train all fire safety inspecting officers in the revised methodology.",
                        "Protection Group Manager",
                        "March 2025",
                        "m:2025-03",
                        "In progress",
                        "p",
                        progress="18 of 26 officers trained.",
                    ),
                ],
            ),
            Area(
                "2",
                "The service should evaluate its prevention activity so that it understands "
                "what works for the communities it serves.",
                [
                    A(
                        "2.1",
                        "Adopt the NFCC prevention evaluation framework.",
                        "Head of Prevention",
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "In progress",
                        "p",
                        progress="Framework adopted; first evaluation plan drafted.",
                    ),
                    A(
                        "2.2",
                        "Record every home fire safety visit outcome on the community risk system.",
                        "Prevention Manager",
                        "Ongoing",
                        "o",
                        "In progress",
                        "p",
                        progress="Recording rate 94% in quarter 3.",
                    ),
                    A(
                        "2.3a",
                        "Evaluate the partnership referral scheme with adult social care.",
                        "Prevention Manager",
                        "30 June 2025",
                        "d:2025-06-30",
                        "Not started",
                        "n",
                        progress="Waiting for data sharing agreement.",
                    ),
                    A(
                        "2.3b",
                        "Evaluate the schools education programme and report the findings to "
                        "the Fire Authority.",
                        "Community Safety Education Lead",
                        "Q1 2025/26",
                        "q:2025-04-01:2025-06-30",
                        "Overdue",
                        "o",
                        progress="Survey of schools delayed by staff absence.",
                    ),
                ],
            ),
            Area(
                "3",
                "The service should make sure all staff understand how to raise concerns "
                "and are confident to do so.",
                [
                    A(
                        "3.1",
                        "Launch a confidential reporting line run by an independent provider.",
                        "Head of People",
                        "Complete",
                        "n",
                        "Complete",
                        "c",
                        progress="Line launched 2 September 2024.",
                    ),
                    A(
                        "3.2",
                        "Run 'speak up' workshops for every watch and station.",
                        "Equality, Diversity and Inclusion Manager",
                        "Dec-24",
                        "m:2024-12",
                        "In progress",
                        "p",
                        progress="Workshops held on 31 of 40 watches.",
                    ),
                ],
            ),
        ],
    )
]


def ashcombe(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("No.", "ref", 0.6),
        Col("Action", "action", 3.6),
        Col("Owner", "lead", 1.8),
        Col("Due", "due", 1.1),
        Col("Status", "status", 1.1),
        Col("Update", "progress", 3.0),
    ]
    style = Style(area_mode="row", area_fmt="AFI {ref} – {text}", area_fill=None)
    blocks: list[Block] = [
        Heading("Ashcombe Fire and Rescue Service"),
        Heading("HMICFRS inspection 2023–25: areas for improvement action plan", 2),
        Para(
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services found three "
            "areas for improvement (AFIs). Each AFI below is followed by the actions the service "
            "has agreed. Progress is reported to the Fire Authority's Audit and Performance "
            "Committee each quarter."
        ),
        grid(plan.sections, cols, style, rules="none", size=9),
        Para("Document owner: Area Manager, Service Assurance. Version 3, January 2025."),
    ]
    return blocks, Page(
        landscape=True, header="OFFICIAL", footer="Ashcombe FRS – HMICFRS action plan"
    )


# --- 2. SEND written statement of action: what will be different, rows over pages ---------

KINGSBRIDGE = [
    Section(
        None,
        [
            Area(
                "1",
                "Leaders across education, health and care do not have an accurate, shared "
                "understanding of the needs of children and young people with SEND.",
                [
                    A(
                        "1.1",
                        [
                            "Build a SEND data dashboard that brings together education, health "
                            "and social care information for every locality.",
                            "The dashboard will include waiting times for therapies and "
                            "neurodevelopmental assessments, the timeliness of EHC needs "
                            "assessments, attendance and exclusions of pupils with SEND, and the "
                            "outcomes of annual reviews, so that the SEND Partnership Board sees "
                            "one picture each month.",
                        ],
                        (
                            "Head of Business Intelligence\nICB Head of Children's Commissioning",
                            [
                                "Head of Business Intelligence",
                                "ICB Head of Children's Commissioning",
                            ],
                        ),
                        "Spring term 2025",
                        "r:2025-01-01:2025-03-31",
                        start="Autumn term 2024",
                        outcome="Children and young people get help that is planned around what "
                        "they actually need, because leaders can see where needs are rising and "
                        "move resources there. Families tell us that services know about their "
                        "child before they arrive and that they do not have to repeat their "
                        "story to every professional they meet.",
                    ),
                    A(
                        "1.2",
                        "Publish a joint strategic needs assessment chapter on SEND, written with "
                        "the parent carer forum.",
                        (
                            "Director of Public Health\nParent Carer Forum Chair",
                            ["Director of Public Health", "Parent Carer Forum Chair"],
                        ),
                        "Summer term 2025",
                        "r:2025-04-01:2025-07-31",
                        start="Spring term 2025",
                        outcome="Commissioning decisions are based on what children and families "
                        "say they need.",
                    ),
                ],
            ),
            Area(
                "2",
                "Children and young people wait too long for assessment by the "
                "neurodevelopmental pathway and for speech and language therapy.",
                [
                    A(
                        "2.1",
                        [
                            "Commission additional assessment capacity from an independent "
                            "provider to reduce the neurodevelopmental waiting list.",
                            "The contract will set a standard that no child waits more than "
                            "eighteen weeks from referral to first appointment, with monthly "
                            "reports to the Integrated Care Board's quality committee and to the "
                            "SEND Partnership Board. Children already waiting will be contacted "
                            "and offered support while they wait, including parent workshops "
                            "and access to the sleep and behaviour advice line.",
                        ],
                        "ICB Head of Children's Commissioning",
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        start="Q2 2024/25",
                        outcome="Children are assessed sooner and get the right support at "
                        "school and at home while they wait.\nParents feel listened to and know "
                        "what is happening next, because they receive a call every eight weeks "
                        "from a named worker who can explain where their child is on the pathway "
                        "and what help is available now.",
                    ),
                    A(
                        "2.2",
                        "Train early years practitioners and school staff to use the speech, "
                        "language and communication toolkit.",
                        (
                            "Speech and Language Therapy Service Manager\nEarly Years SEND Lead",
                            [
                                "Speech and Language Therapy Service Manager",
                                "Early Years SEND Lead",
                            ],
                        ),
                        "Ongoing",
                        "o",
                        start="September 2024",
                        outcome="Young children's language needs are met in their setting "
                        "without waiting for a referral.",
                    ),
                ],
            ),
            Area(
                "3",
                "Too few young people with SEND are well prepared for adulthood, including "
                "for employment and independent living.",
                [
                    A(
                        "3.1",
                        "Set up supported internships with three large local employers.",
                        "Preparing for Adulthood Manager",
                        "July 2025",
                        "m:2025-07",
                        start="January 2025",
                        outcome="More young people with EHC plans move into paid work; at least "
                        "twenty start an internship in 2025.",
                    ),
                    A(
                        "3.2",
                        [
                            "Make sure every annual review from Year 9 onwards includes a "
                            "preparing for adulthood discussion.",
                            "SEND case officers will check each review report and return any "
                            "without a preparing for adulthood section to the school. The "
                            "quality assurance panel will sample ten reviews each term and "
                            "share what it finds with SENCOs at the termly network meeting.",
                        ],
                        "Head of SEND Assessment and Review",
                        "Autumn term 2025",
                        "r:2025-09-01:2025-12-31",
                        start="Autumn term 2024",
                        outcome="Young people say their plans talk about the future they want, "
                        "including where they will live, what they will do during the day and "
                        "who their friends are.",
                    ),
                ],
            ),
        ],
    )
]


def kingsbridge(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("No.", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Lead(s)", "lead", 1.6),
        Col("Start", "start", 1.35),
        Col("Complete by", "due", 1.35),
        Col("What will be different for children and young people", "outcome", 2.8),
    ]
    style = Style(
        area_mode="row",
        area_fmt="Area of significant weakness {ref}: {text}",
        area_fill="E4DFEC",
    )
    table = grid(plan.sections, cols, style, header_fill="B4A7D6", size=9)
    table.split_in_row = True
    blocks: list[Block] = [
        Heading("Kingsbridge Local Area SEND Partnership"),
        Heading("Written Statement of Action", 2),
        Para(
            "This written statement of action responds to the three areas of significant "
            "weakness found by Ofsted and the Care Quality Commission in their joint "
            "inspection of the Kingsbridge local area in June 2024. It has been written by "
            "Kingsbridge City Council and NHS Kingsbridge and District Integrated Care Board "
            "with the Kingsbridge Parent Carer Forum. The Department for Education and NHS "
            "England will monitor our progress every six months."
        ),
        Para(
            "For each action we say who leads it, when it starts and finishes, and what will be "
            "different for children and young people when it is done. Progress is reported to "
            "the SEND Partnership Board every month."
        ),
        table,
    ]
    return blocks, Page(footer="Kingsbridge WSoA – October 2024")


# --- 3. Safeguarding partnership business plan: priority column, Q1–Q4 progress ----------

_Q = [
    "Multi-agency neglect training delivered to 140 staff.",
    "Neglect toolkit launched in September.",
]

NORTHGATE = [
    Section(
        None,
        [
            Area(
                "1",
                "Neglect – children living with neglect are identified early and get help "
                "that makes a difference.",
                [
                    A(
                        None,
                        "Refresh the multi-agency neglect strategy and toolkit.",
                        "Neglect Subgroup Chair",
                        "Sept 2024",
                        "m:2024-09",
                        "G",
                        "p",
                        outcome="Toolkit used in 80% of neglect cases audited.",
                        extra=quarters(_Q[0], _Q[1]),
                        progress=joined(_Q[0], _Q[1]),
                    ),
                    A(
                        None,
                        "Audit the quality of child in need plans where neglect is the main "
                        "concern.",
                        "Quality Assurance Subgroup",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "A",
                        "o",
                        outcome="Audit findings reported to the Executive with an improvement plan.",
                        extra=quarters(
                            "Audit tool agreed.", "Audit postponed to Q3 because of the JTAI."
                        ),
                        progress=joined(
                            "Audit tool agreed.", "Audit postponed to Q3 because of the JTAI."
                        ),
                    ),
                ],
            ),
            Area(
                "2",
                "Exploitation – children at risk of exploitation outside the home are safer.",
                [
                    A(
                        None,
                        "Introduce a contextual safeguarding panel for peer groups and places.",
                        (
                            "Detective Inspector, Exploitation Hub\nHead of Early Help",
                            ["Detective Inspector, Exploitation Hub", "Head of Early Help"],
                        ),
                        "June 2024",
                        "m:2024-06",
                        "B",
                        "c",
                        outcome="Panel meets monthly; every location referred has a safety plan.",
                        extra=quarters("Panel launched in May; four locations reviewed."),
                        progress="Panel launched in May; four locations reviewed.",
                    ),
                    A(
                        None,
                        "Deliver exploitation awareness sessions to taxi drivers, hotel staff and "
                        "takeaway owners.",
                        "Community Safety Partnership Manager",
                        "Ongoing",
                        "o",
                        "G",
                        "p",
                        outcome="500 licence holders and night-time economy staff trained.",
                        extra=quarters("210 attended.", "355 attended."),
                        progress=joined("210 attended.", "355 attended."),
                    ),
                ],
            ),
            Area(
                "3",
                "Voice of the child – what children tell us shapes the partnership's work.",
                [
                    A(
                        None,
                        "Recruit young safeguarding ambassadors from secondary schools.",
                        "Partnership Business Manager",
                        "Spring term 2025",
                        "r:2025-01-01:2025-03-31",
                        "R",
                        "o",
                        outcome="Ambassadors present to the Executive twice a year.",
                        extra=quarters("", "No applications received; relaunch planned."),
                        progress="No applications received; relaunch planned.",
                    ),
                ],
            ),
        ],
    )
]


def northgate(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Priority", "aref_area", 2.0),
        Col("Action", "action", 2.6),
        Col("Owner", "lead", 1.5),
        Col("By", "due", 0.9),
        Col("Measure", "outcome", 1.9),
        Col("Q1", "x:q1", 1.4, "Progress 2024/25"),
        Col("Q2", "x:q2", 1.4, "Progress 2024/25"),
        Col("Q3", "x:q3", 0.8, "Progress 2024/25"),
        Col("Q4", "x:q4", 0.8, "Progress 2024/25"),
        Col("RAG", "status", 0.6),
    ]
    style = Style(
        area_mode="merge",
        area_fmt="Priority {ref}: {text}",
        rag={"g": GREEN, "a": AMBER, "r": RED, "b": BLUE},
    )
    blocks: list[Block] = [
        Heading("Northgate Safeguarding Children Partnership"),
        Heading("Business Plan 2024–25: progress report at the end of quarter 2", 2),
        Para(
            "The partnership's three statutory partners – Northgate Borough Council, NHS "
            "Northgate Integrated Care Board and Northgate Constabulary – agreed three priorities "
            "for 2024–25. Each subgroup reports progress to the Executive Group every quarter."
        ),
        Para("RAG: B – achieved; G – on track; A – some slippage; R – not on track.", italic=True),
        grid(plan.sections, cols, style, header_fill="D9D9D9", rules="hlines", size=8),
    ]
    return blocks, Page(landscape=True, footer="NSCP Business Plan 2024-25 – Q2 report")


# --- 4. NHS trust must-do / should-do plan: a table per heading, labelled leads ---------


def _req(ref: str, reg: str, text: str, acts: list[A]) -> Area:
    return Area(ref, text, list(acts), extra={"reg": reg})


def _leads(exec_: str, lead: str) -> tuple[str, list[str]]:
    return f"Exec: {exec_}\nLead: {lead}", [exec_, lead]


SANDOWN = [
    Section(
        "Must do",
        [
            _req(
                "M1",
                "Reg 12 Safe care and treatment",
                "The trust must ensure that medicines are stored at the correct temperature in "
                "all clinical areas.",
                [
                    A(
                        None,
                        "Install remote fridge temperature monitoring on every ward.",
                        _leads("Chief Pharmacist", "Medicines Safety Officer"),
                        "31 October 2024",
                        "d:2024-10-31",
                        "Closed",
                        "c",
                    ),
                    A(
                        None,
                        "Add room temperature checks for medicines stores to the ward "
                        "assurance audit.",
                        _leads("Chief Nurse", "Deputy Chief Nurse"),
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "Open – on track",
                        "p",
                    ),
                ],
            ),
            _req(
                "M2",
                "Reg 18 Staffing",
                "The trust must ensure that there are enough registered children's nurses in "
                "the emergency department at all times.",
                [
                    A(
                        None,
                        "Recruit six registered children's nurses to the paediatric emergency "
                        "department.",
                        _leads("Chief Nurse", "Head of Nursing, Children's Services"),
                        "March 2025",
                        "m:2025-03",
                        "Open – overdue",
                        "o",
                    ),
                    A(
                        None,
                        "Report paediatric nurse staffing in the emergency department to the "
                        "daily staffing huddle.",
                        _leads("Chief Operating Officer", "Emergency Department Matron"),
                        "Ongoing",
                        "o",
                        "Open – on track",
                        "p",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Should do",
        [
            _req(
                "S1",
                "Reg 17 Good governance",
                "The trust should ensure that learning from incidents is shared with staff on "
                "all wards.",
                [
                    A(
                        None,
                        "Publish a monthly 'learning from incidents' bulletin and discuss it at "
                        "ward safety huddles.",
                        _leads("Medical Director", "Head of Patient Safety"),
                        "From November 2024",
                        "o:2024-11-01",
                        "Closed",
                        "c",
                    ),
                ],
            ),
            _req(
                "S2",
                "Reg 9 Person-centred care",
                "The trust should ensure that patients living with dementia have a completed "
                "'This is me' document.",
                [
                    A(
                        None,
                        "Relaunch the 'This is me' document with the dementia champions on each "
                        "ward.",
                        _leads("Chief Nurse", "Dementia Lead Nurse"),
                        "TBC",
                        "t",
                        "Open – on track",
                        "p",
                    ),
                ],
            ),
        ],
    ),
]


def sandown(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "aref", 0.5),
        Col("Regulation", "ax:reg", 1.45),
        Col("Requirement", "area", 2.2),
        Col("Action", "action", 2.6),
        Col("Leads", "lead", 1.9),
        Col("Due", "due", 1.0),
        Col("Status", "status", 0.9),
    ]
    style = Style(area_mode="merge", section_mode="none")
    blocks: list[Block] = [
        Heading("Sandown and District Hospitals NHS Trust"),
        Heading("CQC improvement plan – core services inspection, July 2024", 2),
        Para(
            "The CQC report set out two actions the trust must take to comply with its legal "
            "obligations and two actions it should take to improve. This plan is reviewed by "
            "the Quality and Safety Committee each month. Status: Closed – complete and "
            "evidence accepted; Open – on track; Open – overdue."
        ),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 3))
        blocks.append(grid([section], cols, style, header_fill="C5D9F1", size=7.5))
    return blocks, Page(header="Quality and Safety Committee – Part 1", footer="Sandown NHS Trust")


# --- 5. Housing damp and mould plan: theme headings, owner and date stacked in one cell ---


def _own(lead: str, due: str) -> dict[str, str]:
    return {"ow": f"{lead}\n{due}"}


GREENWAY = [
    Section(
        "Theme 1: Finding damp and mould early",
        [
            Area(
                None,
                None,
                [
                    A(
                        "1.1",
                        "Ask about damp and mould at every repair visit and record the answer on "
                        "the housing management system.",
                        "Head of Repairs",
                        "December 2024",
                        "m:2024-12",
                        "Done",
                        "c",
                        progress="Question added to operatives' handheld devices in November.",
                        extra=_own("Head of Repairs", "December 2024"),
                    ),
                    A(
                        "1.2",
                        "Carry out a stock condition survey of every home built before 1960.",
                        "Asset Manager",
                        "2025/26",
                        "y:2025-04-01:2026-03-31",
                        "On track",
                        "p",
                        progress="Surveyor appointed; 1,200 of 3,400 homes surveyed.",
                        extra=_own("Asset Manager", "2025/26"),
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2: Putting things right quickly",
        [
            Area(
                None,
                None,
                [
                    A(
                        "2.1",
                        "Inspect every new damp and mould report within 10 working days and "
                        "complete the works within 28 days.",
                        "Repairs Manager",
                        "Ongoing",
                        "o",
                        "Behind",
                        "o",
                        progress="Inspections within 10 days: 71% in September against a target "
                        "of 95%.",
                        extra=_own("Repairs Manager", "Ongoing"),
                    ),
                    A(
                        "2.2",
                        "Appoint a second specialist damp contractor for the northern patch.",
                        "Procurement Lead",
                        "31 January 2025",
                        "d:2025-01-31",
                        "On track",
                        "p",
                        progress="Tender returns being evaluated.",
                        extra=_own("Procurement Lead", "31 January 2025"),
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 3: Listening to residents",
        [
            Area(
                None,
                None,
                [
                    A(
                        "3.1",
                        "Call every resident two weeks after damp and mould works are finished "
                        "to check the problem has not come back.",
                        "Customer Insight Manager",
                        "From February 2025",
                        "o:2025-02-01",
                        "Not started",
                        "n",
                        progress="Script being written with the Resident Scrutiny Panel.",
                        extra=_own("Customer Insight Manager", "From February 2025"),
                    ),
                ],
            ),
        ],
    ),
]


def greenway(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("#", "ref", 0.5),
        Col("What we will do", "action", 3.4),
        Col("Owner / by when", "x:ow", 1.6),
        Col("Progress at 30 September 2024", "progress", 2.8),
        Col("Status", "status", 0.9),
    ]
    style = Style(area_mode="none", section_mode="none")
    blocks: list[Block] = [
        Heading("Greenway Homes"),
        Heading("Damp and mould action plan 2024–26", 2),
        Para(
            "We own and manage 9,800 homes. After the Housing Ombudsman's spotlight report we "
            "reviewed how we deal with damp and mould, and our Board agreed this plan in June "
            "2024. The Resident Scrutiny Panel checks our progress every quarter."
        ),
    ]
    for section in plan.sections:
        blocks.append(Para(section.title or "", bold=True))
        blocks.append(grid([section], cols, style, header_fill="E2EFDA", size=9))
    return blocks, Page(footer="Greenway Homes – damp and mould action plan")


PLANS = [
    Plan(
        "ashcombe-fire-hmicfrs-plan",
        "pdf",
        "heldout2",
        "fire and rescue HMICFRS plan",
        ASHCOMBE,
        ashcombe,
    ),
    Plan(
        "kingsbridge-send-wsoa",
        "pdf",
        "heldout2",
        "SEND written statement of action",
        KINGSBRIDGE,
        kingsbridge,
    ),
    Plan(
        "northgate-safeguarding-business-plan",
        "pdf",
        "heldout2",
        "safeguarding children partnership plan",
        NORTHGATE,
        northgate,
    ),
    Plan(
        "sandown-trust-cqc-must-should",
        "pdf",
        "heldout2",
        "NHS trust CQC must-do/should-do",
        SANDOWN,
        sandown,
    ),
    Plan(
        "greenway-homes-damp-mould-plan",
        "pdf",
        "heldout2",
        "housing damp and mould plan",
        GREENWAY,
        greenway,
    ),
]
