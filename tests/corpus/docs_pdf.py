# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The corpus's PDF plans: invented authorities, content and expectations, and layouts."""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Note, Plan, Section
from render import Block, Break, Bullets, Cell, Grid, Heading, Page, Para

GREEN, AMBER, RED, BLUE = "92D050", "FFC000", "FF0000", "00B0F0"
RAG_WORDS = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE}


# --- 1. Post-Ofsted ILACS plan: area rows, RAG words on fills, runs over pages -----------

NORTHMOOR = [
    Section(
        None,
        [
            Area(
                "1",
                "Management oversight and supervision of frontline practice is not consistently "
                "effective in ensuring that plans progress for children.",
                [
                    A(
                        "1.1",
                        "Revise the supervision policy to set out expectations for reflective "
                        "supervision, recording and frequency.",
                        "Principal Social Worker",
                        "End of April 2024",
                        "d:2024-04-30",
                        "Blue",
                        "c",
                        progress="Revised policy approved at Practice Standards Board on 18 April "
                        "2024 and published on the practice hub.",
                    ),
                    A(
                        "1.2",
                        "Deliver reflective supervision training to all team managers and "
                        "advanced practitioners.",
                        (
                            "Principal Social Worker / Workforce Development Lead",
                            ["Principal Social Worker", "Workforce Development Lead"],
                        ),
                        "Q1 2024/25",
                        "q:2024-04-01:2024-06-30",
                        "Green",
                        "p",
                        progress="Two of three cohorts complete (24 managers). Final cohort booked "
                        "for June.",
                    ),
                    A(
                        "1.3",
                        "Introduce a monthly audit of supervision records, with findings "
                        "reported to the Children's Services Leadership Team.",
                        "Head of Quality Assurance",
                        "Monthly from May 2024",
                        "o:2024-05-01",
                        "Green",
                        "p",
                        progress="First audit completed in May: 62% of records met the standard.",
                    ),
                    A(
                        "1.4",
                        "Review caseloads in the Assessment and Child in Need teams and agree "
                        "a maximum caseload of 18 children.",
                        "Head of Service – Children in Need",
                        "June 2024",
                        "m:2024-06",
                        "Amber",
                        "o",
                        progress="Average caseload reduced from 24 to 21. Recruitment of four agency "
                        "social workers delayed; revised date September 2024.",
                    ),
                ],
            ),
            Area(
                "2",
                "The response to children who go missing from home and care, including the "
                "quality and timeliness of return home interviews.",
                [
                    A(
                        "2.1",
                        "Commission a single return home interview service for all children "
                        "missing from home or care.",
                        "Commissioning Manager",
                        "Sept 23 – Mar 24",
                        "r:2023-09-01:2024-03-31",
                        "Blue",
                        "c",
                        progress="Contract awarded to a voluntary sector provider; service live "
                        "from 1 March 2024.",
                    ),
                    A(
                        "2.2",
                        "Set up a weekly missing children panel chaired by the Head of "
                        "Service for Exploitation.",
                        "Head of Service – Exploitation and Missing",
                        "Ongoing",
                        "o",
                        "Green",
                        "p",
                        progress="Panel meeting weekly since February 2024; attended by police "
                        "and health.",
                    ),
                    A(
                        "2.3",
                        "Ensure information from return home interviews is recorded on the "
                        "child's file within 72 hours and informs their plan.",
                        "Children in Care Team Managers",
                        "31 July 2024",
                        "d:2024-07-31",
                        "Red",
                        "o",
                        progress="Only 41% of interviews recorded within 72 hours in May. "
                        "Recording form being simplified with IT.",
                    ),
                ],
            ),
            Area(
                "3",
                "The sufficiency of placements and the quality of pathway plans for care leavers.",
                [
                    A(
                        "3.1",
                        "Refresh the sufficiency strategy with a clear plan for increasing "
                        "the number of in-house foster carers.",
                        "Assistant Director – Corporate Parenting",
                        "TBC",
                        "t",
                        "Amber",
                        "o",
                        progress="Draft strategy written; timing depends on the regional "
                        "fostering hub decision.",
                    ),
                    A(
                        "3.2",
                        "Audit every pathway plan for young people aged 17 and over and "
                        "ensure each has an up-to-date plan written with the young person.",
                        (
                            "Leaving Care Manager\nPersonal Advisers",
                            ["Leaving Care Manager", "Personal Advisers"],
                        ),
                        "Within three months",
                        "rel",
                        "Green",
                        "p",
                        progress="112 of 140 plans audited; 87% now up to date.",
                    ),
                    A(
                        "3.3",
                        "Launch the care leavers' local offer website and app.",
                        "Participation Officer",
                        "Completed",
                        "n",
                        "Blue",
                        "c",
                        progress="Launched at the Care Leavers' Celebration event on 12 December "
                        "2023.",
                    ),
                ],
            ),
        ],
    )
]


def northmoor(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.75),
        Col("Action", "action", 3.5),
        Col("Lead officer", "lead", 2.2),
        Col("Target date", "due", 1.8),
        Col("RAG", "status", 1.0),
        Col("Progress update (as at 31 May 2024)", "progress", 3.4),
    ]
    style = Style(
        area_mode="row",
        area_fmt="Area for improvement {ref}: {text}",
        area_fill="DDEBF7",
        rag=RAG_WORDS,
    )
    blocks: list[Block] = [
        Heading("Northmoor Borough Council"),
        Heading(
            "Children's Services Improvement Plan following the Ofsted inspection of local "
            "authority children's services (ILACS), November 2023",
            2,
        ),
        Para(
            "Ofsted judged the overall effectiveness of children's services in Northmoor to "
            "require improvement to be good. This plan sets out how we will respond to the three "
            "areas for improvement identified in the inspection report. It is monitored monthly "
            "by the Improvement Board, chaired by the Chief Executive."
        ),
        Para(
            "RAG key: Blue – complete; Green – on track; Amber – some delay, mitigation in "
            "place; Red – off track, escalated to the Improvement Board.",
            italic=True,
        ),
        grid(plan.sections, cols, style, header_fill="BFBFBF", size=10),
        Para("Version 4. Next review: Improvement Board, 27 June 2024."),
    ]
    return blocks, Page(header="OFFICIAL", footer="Northmoor Borough Council")


# --- 2. SEND written statement of action: area paragraphs, two-row header, RAG letters ---

EASTBURY_AREAS = [
    Area(
        "1",
        "The quality of education, health and care (EHC) plans is too variable and plans "
        "do not reflect the contributions of health and social care.",
        [
            A(
                "1.1",
                "Introduce a multi-agency quality assurance framework for new and reviewed "
                "EHC plans.",
                (
                    "Head of SEND / Designated Clinical Officer",
                    ["Head of SEND", "Designated Clinical Officer"],
                ),
                "End of March 2023",
                "d:2023-03-31",
                "B",
                "c",
                outcome="80% of new plans audited as good or better by March 2024.",
            ),
            A(
                "1.2",
                "Train SEND case officers and health and social care advice writers in "
                "outcome-focused plan writing.",
                "SEND Service Manager",
                "Jan–Mar 2023",
                "r:2023-01-01:2023-03-31",
                "G",
                "p",
                outcome="All case officers trained; audits show outcomes are specific and "
                "measurable.",
            ),
            A(
                "1.3",
                "Publish a health advice template and agree a six-week return standard "
                "with health providers.",
                "Designated Clinical Officer",
                "Q1 2023/24",
                "q:2023-04-01:2023-06-30",
                "A",
                "o",
                outcome="95% of health advice returned within six weeks.",
            ),
        ],
    ),
    Area(
        "2",
        "Too many EHC needs assessments are not completed within 20 weeks.",
        [
            A(
                "2.1",
                "Recruit three additional SEND case officers and an assessment co-ordinator.",
                "Head of SEND",
                "December 2022",
                "m:2022-12",
                "B",
                "c",
                outcome="Caseloads at or below 1:180.",
            ),
            A(
                "2.2",
                "Track every open assessment weekly at the SEND performance meeting.",
                "SEND Service Manager",
                "Weekly",
                "o",
                "G",
                "p",
                outcome="Timeliness above the national average by September 2023.",
            ),
            A(
                "2.3",
                "Agree with the educational psychology service a plan to clear the backlog of "
                "advice requests.",
                (
                    "Principal Educational Psychologist\nHead of SEND",
                    ["Principal Educational Psychologist", "Head of SEND"],
                ),
                "Sept 2023",
                "m:2023-09",
                "R",
                "o",
                outcome="No advice request older than six weeks.",
            ),
        ],
    ),
    Area(
        "3",
        "Parents and carers do not feel well informed, and the local offer is hard to use.",
        [
            A(
                "3.1",
                "Co-produce a new local offer website with the parent carer forum.",
                (
                    "Local Offer Officer, Parent Carer Forum",
                    ["Local Offer Officer", "Parent Carer Forum"],
                ),
                "Summer 2023",
                "r:2023-06-01:2023-08-31",
                "A",
                "o",
                outcome="Annual survey shows 60% of parents find the local offer helpful.",
            ),
            A(
                "3.2",
                "Hold 'Ask the SEND team' drop-in sessions in each locality every term.",
                "SEND Engagement Lead",
                "Termly from January 2023",
                "o:2023-01-01",
                "G",
                "p",
                outcome="Attendance records and parent feedback.",
            ),
        ],
    ),
]


def eastbury(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.5, "Actions"),
        Col("What we will do", "action", 3.5, "Actions"),
        Col("Who", "lead", 1.5, "Accountability"),
        Col("By when", "due", 1.0, "Accountability"),
        Col("How we will know", "outcome", 2.6, "Impact"),
        Col("RAG", "status", 0.5, "Impact"),
    ]
    style = Style(area_mode="none", rag={"b": BLUE, "g": GREEN, "a": AMBER, "r": RED})
    blocks: list[Block] = [
        Heading("Eastbury Local Area Partnership"),
        Heading("Written Statement of Action: special educational needs and disabilities", 2),
        Para(
            "Following the joint Ofsted and Care Quality Commission inspection of the local "
            "area in September 2022, Eastbury County Council and NHS Eastbury Integrated Care "
            "Board are required to produce a written statement of action setting out how they "
            "will tackle the three areas of significant weakness identified by inspectors."
        ),
        Para("RAG key: B = completed; G = on track; A = at risk of slipping; R = off track."),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"Area of weakness {area.ref}", 3))
        blocks.append(Para(area.line, bold=True))
        blocks.append(grid([Section(None, [area])], cols, style, header_fill="D9E1F2"))
    return blocks, Page(footer="Eastbury WSoA – version 2, March 2023")


# --- 3. NHS trust CQC must-do / should-do plan -----------------------------------------


def _md(ref: str, reg: str, text: str, acts: list[A]) -> Area:
    return Area(ref, text, list(acts), extra={"reg": reg})


RIVERSIDE = [
    Section(
        "Must-do actions",
        [
            _md(
                "MD1",
                "Regulation 12",
                "The trust must ensure that patients in the emergency "
                "department are screened for sepsis in a timely way.",
                [
                    A(
                        "MD1.1",
                        "Relaunch the adult sepsis screening tool in ED with bedside prompts.",
                        (
                            "Matron – Emergency Department",
                            ["Chief Nurse", "Matron – Emergency Department"],
                        ),
                        "31/05/2024",
                        "d:2024-05-31",
                        "Complete",
                        "c",
                        outcome="Sepsis screening within one hour above 90% for three months.",
                        extra={"exec": "Chief Nurse"},
                    ),
                    A(
                        "MD1.2",
                        "Audit compliance with sepsis screening weekly and report to the Urgent "
                        "Care Quality Board.",
                        ("ED Clinical Lead", ["Chief Nurse", "ED Clinical Lead"]),
                        "Weekly from June 2024",
                        "o:2024-06-01",
                        "On track",
                        "p",
                        outcome="Weekly audit results reported; actions taken on any dip.",
                        extra={"exec": "Chief Nurse"},
                    ),
                ],
            ),
            _md(
                "MD2",
                "Regulation 18",
                "The trust must ensure that staff in maternity services "
                "complete mandatory safeguarding training.",
                [
                    A(
                        "MD2.1",
                        "Provide additional training dates, including evening sessions for "
                        "night staff.",
                        (
                            "Practice Development Midwife",
                            ["Director of Midwifery", "Practice Development Midwife"],
                        ),
                        "30.06.24",
                        "d:2024-06-30",
                        "Complete",
                        "c",
                        outcome="Training compliance at or above 90%.",
                        extra={"exec": "Director of Midwifery"},
                    ),
                    A(
                        "MD2.2",
                        "Report individual compliance to ward managers monthly and follow up "
                        "staff below 90%.",
                        (
                            "Maternity Ward Managers",
                            ["Director of Midwifery", "Maternity Ward Managers"],
                        ),
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "At risk",
                        "o",
                        outcome="No ward below 85% compliance.",
                        extra={"exec": "Director of Midwifery"},
                    ),
                ],
            ),
            _md(
                "MD3",
                "Regulation 17",
                "The trust must ensure that risks on the surgical division "
                "risk register are reviewed and mitigated in a timely way.",
                [
                    A(
                        "MD3.1",
                        "Review every risk on the divisional register that is older than six "
                        "months and close or re-score it.",
                        (
                            "Surgical Division Director of Operations",
                            ["Chief Operating Officer", "Surgical Division Director of Operations"],
                        ),
                        "Completed March 2024",
                        "m:2024-03",
                        "Complete",
                        "c",
                        outcome="No risk without a review in the last three months.",
                        extra={"exec": "Chief Operating Officer"},
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Should-do actions",
        [
            _md(
                "SD1",
                "Regulation 14",
                "The trust should ensure that patients' nutrition and "
                "hydration needs are recorded on medical wards.",
                [
                    A(
                        "SD1.1",
                        "Introduce electronic fluid balance charts on all medical wards.",
                        (
                            "Digital Nursing Lead",
                            ["Chief Nursing Information Officer", "Digital Nursing Lead"],
                        ),
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "Not started",
                        "n",
                        outcome="Monthly audit shows 95% of charts completed.",
                        extra={"exec": "Chief Nursing Information Officer"},
                    ),
                ],
            ),
            _md(
                "SD2",
                "Regulation 12",
                "The trust should ensure that controlled drugs checks are "
                "completed and recorded daily.",
                [
                    A(
                        "SD2.1",
                        "Add a daily controlled drugs check to the ward safety huddle checklist.",
                        ("Ward Sisters", ["Chief Pharmacist", "Ward Sisters"]),
                        "Ongoing",
                        "o",
                        "On track",
                        "p",
                        outcome="Pharmacy spot checks find no missed daily checks.",
                        extra={"exec": "Chief Pharmacist"},
                    ),
                ],
            ),
        ],
    ),
]


def riverside(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "aref", 0.6),
        Col("Regulation", "ax:reg", 0.9),
        Col("CQC finding", "area", 2.4),
        Col("Action", "ref_action", 3.0),
        Col("Executive lead", "x:exec", 1.2),
        Col("Operational lead", "lead", 1.4),
        Col("Completion date", "due", 1.0),
        Col("Measure of success", "outcome", 2.0),
        Col("Status", "status", 0.9),
    ]
    style = Style(
        area_mode="merge",
        section_fill="BDD7EE",
        rag={
            "complete": "C6EFCE",
            "on track": "C6EFCE",
            "at risk": "FFEB9C",
            "not started": "F2F2F2",
        },
    )
    blocks: list[Block] = [
        Heading("Riverside Hospitals NHS Foundation Trust"),
        Heading(
            "CQC Inspection Improvement Plan – Urgent and Emergency Care, Maternity and Surgery", 2
        ),
        Para(
            "This plan responds to the Care Quality Commission's report published in February "
            "2024. Progress is reported to the Quality Committee every month and to the Board "
            "of Directors every quarter."
        ),
        grid(plan.sections, cols, style, header_fill="9BC2E6", size=7),
    ]
    return blocks, Page(
        landscape=True,
        header="Quality Committee – 22 May 2024 – Item 7",
        footer="Riverside Hospitals NHS FT",
    )


# --- 4. Primary school improvement plan: priority headings, borderless tables -------------

OAKFIELD = [
    Section(
        "Priority 1: Quality of education – early reading and phonics",
        [
            Area(
                None,
                "All pupils in Reception and Year 1 keep up with the phonics programme.",
                [
                    A(
                        None,
                        "Train all EYFS and KS1 staff, including teaching assistants, in the new "
                        "validated phonics programme.",
                        ("JP / RS", ["JP", "RS"]),
                        "Autumn term 2023",
                        "r:2023-09-01:2023-12-31",
                        monitoring="HT learning walks each half term",
                        outcome="100% of staff trained; consistent delivery seen in learning walks.",
                    ),
                    A(
                        None,
                        "Run daily 'keep-up' sessions for pupils identified in the weekly phonics "
                        "assessments.",
                        "Teaching assistants",
                        "Daily from October 2023",
                        "o:2023-10-01",
                        monitoring="Phonics lead – weekly tracker",
                        outcome="Year 1 phonics screening check at or above 85% in June 2024.",
                    ),
                ],
            ),
            Area(
                None,
                "Reading for pleasure is promoted across the school.",
                [
                    A(
                        None,
                        "Refurbish the school library and introduce a reading spine for each class.",
                        "English lead",
                        "Spring term 2024",
                        "r:2024-01-01:2024-03-31",
                        monitoring="Governors' curriculum committee",
                        outcome="Pupil voice shows more pupils reading at home.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Priority 2: Behaviour and attitudes – attendance",
        [
            Area(
                None,
                "Reduce persistent absence to below 12%.",
                [
                    A(
                        None,
                        "Make first-day calls and home visits for every unexplained absence.",
                        ("Attendance officer / DSL", ["Attendance officer", "DSL"]),
                        "Ongoing",
                        "o",
                        monitoring="Weekly attendance meeting",
                        outcome="Persistent absence below 12% by July 2024.",
                    ),
                    A(
                        None,
                        "Agree attendance support plans with the families of pupils whose attendance "
                        "is below 90%.",
                        "Family support worker",
                        "Sept 2023 – July 2024",
                        "r:2023-09-01:2024-07-31",
                        monitoring="DHT – half-termly review",
                        outcome="Attendance of pupils with plans improves by 3 percentage points.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Priority 3: Leadership and management – SEND",
        [
            Area(
                None,
                "Provision for pupils with SEND is consistently well matched to their needs.",
                [
                    A(
                        None,
                        "Introduce pupil passports written with pupils and parents.",
                        "SENCo",
                        "Summer term 2024",
                        "r:2024-04-01:2024-07-31",
                        monitoring="SEND governor visit",
                        outcome="All pupils on the SEND register have a passport, reviewed termly.",
                    ),
                ],
            ),
        ],
    ),
]


def oakfield(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Objective", "area", 2.2),
        Col("Actions", "action", 3.0),
        Col("Who", "lead", 1.1),
        Col("When", "due", 1.1),
        Col("Monitoring", "monitoring", 1.6),
        Col("Success criteria", "outcome", 2.2),
    ]
    style = Style(area_mode="first", section_mode="none")
    blocks: list[Block] = [
        Heading("Oakfield Primary School"),
        Heading("School Improvement Plan 2023–24", 2),
        Para(
            "Our vision: every child a reader, every child included. This plan was agreed by "
            "the full governing body on 19 September 2023 and is reviewed at each meeting of "
            "the Standards and Curriculum Committee."
        ),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 3))
        blocks.append(grid([section], cols, style, header_fill="E2EFDA", rules="none", size=8))
    return blocks, Page(landscape=True, footer="Oakfield Primary School – SIP 2023-24")


# --- 5. School accessibility plan: aim rows, bullets in cells --------------------------

HOLMWOOD = [
    Section(
        "Aim 1: Increase the extent to which disabled pupils can participate in the school "
        "curriculum",
        [
            Area(
                None,
                "Staff are confident in adapting teaching for pupils with SEND and disabilities.",
                [
                    A(
                        None,
                        "Whole-staff training on adaptive teaching",
                        "SENCo",
                        "By July 2024",
                        "m:2024-07",
                        group=1,
                        outcome="Pupils with SEND make progress in line with their peers.",
                        progress="Training delivered in September; drop-ins under way.",
                        status="Training delivered in September; drop-ins under way.",
                        st="p",
                    ),
                    A(
                        None,
                        "Termly SENCo drop-ins for class teachers",
                        "SENCo",
                        "By July 2024",
                        "m:2024-07",
                        group=1,
                        outcome="Pupils with SEND make progress in line with their peers.",
                        progress="Training delivered in September; drop-ins under way.",
                        status="Training delivered in September; drop-ins under way.",
                        st="p",
                    ),
                    A(
                        None,
                        "Share pupil passports with all adults working with the pupil",
                        "SENCo",
                        "By July 2024",
                        "m:2024-07",
                        group=1,
                        outcome="Pupils with SEND make progress in line with their peers.",
                        progress="Training delivered in September; drop-ins under way.",
                        status="Training delivered in September; drop-ins under way.",
                        st="p",
                    ),
                ],
            ),
            Area(
                None,
                "After-school clubs and trips are accessible to all pupils.",
                [
                    A(
                        None,
                        "Review every club and trip for accessibility before booking, using a "
                        "checklist.",
                        "Educational Visits Co-ordinator",
                        "Ongoing",
                        "o",
                        outcome="All disabled pupils take part in the Year 6 residential.",
                        progress="Checklist in use since January; Year 6 residential fully "
                        "accessible.",
                        status="Checklist in use since January; Year 6 "
                        "residential fully accessible.",
                        st="p",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Aim 2: Improve the physical environment of the school",
        [
            Area(
                None,
                "The school site is accessible to wheelchair users.",
                [
                    A(
                        None,
                        "Install a ramp to the Key Stage 2 entrance and widen the door to the hall.",
                        ("Business Manager and Site Manager", ["Business Manager", "Site Manager"]),
                        "August 2024",
                        "m:2024-08",
                        outcome="Step-free access to all teaching areas.",
                        progress="Completed August 2024.",
                        status="Completed August 2024.",
                        st="c",
                    ),
                    A(
                        None,
                        "Create an accessible toilet with a changing bench.",
                        "Business Manager",
                        "2025/26",
                        "y:2025-04-01:2026-03-31",
                        outcome="Pupils with physical disabilities can use a toilet near their classroom.",
                        progress="Depends on the capital funding bid – not yet started.",
                        status="Depends on the capital funding bid – not yet started.",
                        st="n",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Aim 3: Improve the delivery of written information to disabled pupils and parents",
        [
            Area(
                None,
                "Information is available in formats that pupils and parents can use.",
                [
                    A(
                        None,
                        "Provide enlarged print and coloured overlays on request",
                        "Class teachers",
                        "Ongoing",
                        "o",
                        "Achieved",
                        "c",
                        group=2,
                        progress="Achieved",
                        outcome="Pupils and parents report that information is accessible.",
                    ),
                    A(
                        None,
                        "Publish the school newsletter in an accessible digital format",
                        "Office Manager",
                        "From September 2024",
                        "o:2024-09-01",
                        "Not started",
                        "n",
                        group=2,
                        progress="Not started",
                        outcome="Pupils and parents report that information is accessible.",
                    ),
                    A(
                        None,
                        "Use symbol-supported timetables in every classroom",
                        "SENCo",
                        "Spring term 2025",
                        "r:2025-01-01:2025-03-31",
                        "Planned for January 2025",
                        "n",
                        group=2,
                        progress="Planned for January 2025",
                        outcome="Pupils and parents report that information is accessible.",
                    ),
                ],
            ),
        ],
    ),
]


def holmwood(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Target", "area", 2.0),
        Col("Strategies", "action", 3.0),
        Col("Lead", "lead", 1.2),
        Col("Timeframe", "due", 1.3),
        Col("Outcome", "outcome", 2.0),
        Col("Progress", "progress", 2.0),
    ]
    style = Style(area_mode="merge", section_fill="FCE4D6")
    blocks: list[Block] = [
        Heading("Holmwood Church of England Primary School"),
        Heading("Accessibility Plan 2023–2026", 2),
        Para(
            "Schools must have an accessibility plan under the Equality Act 2010. This plan "
            "sets out how Holmwood will increase access to the curriculum, improve the physical "
            "environment and improve the delivery of information to disabled pupils."
        ),
        Bullets(
            [
                "Aim 1: increase access to the curriculum",
                "Aim 2: improve the physical environment",
                "Aim 3: improve the delivery of written information",
            ]
        ),
        Para("Approved by governors: October 2023. Review date: October 2024."),
        grid(plan.sections, cols, style, header_fill="F8CBAD", size=9.5),
    ]
    return blocks, Page(landscape=True)


# --- 6. Pupil premium strategy (old DfE template): desired outcome column -----------------

BROOKSIDE = [
    Section(
        "i. Quality of teaching for all",
        [
            Area(
                "A",
                "Improved oral language skills for pupils in Reception and Key Stage 1.",
                [
                    A(
                        None,
                        "Whole-school training in the talk-rich classroom approach, with follow-up "
                        "coaching.",
                        "Deputy Headteacher",
                        "February 2022",
                        "m:2022-02",
                        monitoring="Lesson visits and pupil voice each half term.",
                        extra={
                            "why": "EEF toolkit: oral language interventions have a high impact "
                            "(+6 months) for low cost."
                        },
                    ),
                ],
            ),
            Area(
                "B",
                "Higher attainment in maths for disadvantaged pupils in Key Stage 2.",
                [
                    A(
                        None,
                        "Introduce a mastery maths programme with daily fluency sessions.",
                        "Maths Lead",
                        "Feb 2022 and July 2022",
                        "r:2022-02-01:2022-07-31",
                        monitoring="Maths lead book scrutiny; termly data review.",
                        extra={
                            "why": "EEF guidance report: Improving Mathematics in Key Stages 2 and 3."
                        },
                    ),
                ],
            ),
        ],
    ),
    Section(
        "ii. Targeted support",
        [
            Area(
                "A",
                "Improved oral language skills for pupils in Reception and Key Stage 1.",
                [
                    A(
                        None,
                        "NELI language programme for identified Reception pupils, delivered by "
                        "trained teaching assistants.",
                        ("Reception Lead / SENCo", ["Reception Lead", "SENCo"]),
                        "April 2022",
                        "m:2022-04",
                        monitoring="Pre- and post-programme language assessments.",
                        extra={"why": "Randomised trials show +3 months' progress in language."},
                    ),
                ],
            ),
            Area(
                "C",
                "Pupils eligible for pupil premium who are behind in reading catch up with "
                "their peers.",
                [
                    A(
                        None,
                        "One-to-one tutoring through the National Tutoring Programme for 30 "
                        "pupils in Years 5 and 6.",
                        "Assistant Headteacher",
                        "Each half term",
                        "o",
                        monitoring="Tutor reports checked by the Assistant Headteacher.",
                        extra={"why": "One-to-one tuition: +5 months (EEF)."},
                    ),
                ],
            ),
        ],
    ),
    Section(
        "iii. Other approaches",
        [
            Area(
                "D",
                "Attendance of disadvantaged pupils improves to at least 95%.",
                [
                    A(
                        None,
                        "Part-fund a family support worker to work with families where attendance "
                        "is a concern.",
                        "Headteacher",
                        "Termly",
                        "o",
                        monitoring="Weekly attendance review with the family support worker.",
                        extra={
                            "why": "Pupils cannot benefit from teaching if they are not in school."
                        },
                    ),
                    A(
                        None,
                        "Subsidise breakfast club places for pupils eligible for pupil premium.",
                        "School Business Manager",
                        "July 2022",
                        "m:2022-07",
                        monitoring="Breakfast club registers compared with attendance data.",
                        extra={"why": "EEF evaluation of Magic Breakfast: +2 months in KS1."},
                    ),
                ],
            ),
        ],
    ),
]


def brookside(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Desired outcome", "aref_area", 1.8),
        Col("Chosen action / approach", "action", 2.2),
        Col("What is the evidence and rationale for this choice?", "x:why", 2.2),
        Col("How will you ensure it is implemented well?", "monitoring", 2.0),
        Col("Staff lead", "lead", 1.1),
        Col("When will you review implementation?", "due", 1.2),
    ]
    style = Style(area_mode="repeat", area_fmt="{ref}. {text}", section_fill="DEEAF6")
    summary = Grid(
        [
            [Cell("1. Summary information", bold=True, span=4), None, None, None],
            [Cell("School"), Cell("Brookside Primary School", span=3), None, None],
            [Cell("Academic year"), Cell("2021/22"), Cell("Total PP budget"), Cell("£98,400")],
            [
                Cell("Total number of pupils"),
                Cell("412"),
                Cell("Number of pupils eligible for PP"),
                Cell("118"),
            ],
        ],
        [2, 2, 2, 1],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Pupil Premium Strategy Statement 2021–22"),
        summary,
        Heading("2. Barriers to future attainment", 3),
        Bullets(
            [
                "A. Low oral language skills on entry to Reception",
                "B. Gaps in maths fluency widened during school closures",
                "C. Lower attendance of disadvantaged pupils",
            ]
        ),
        Heading("3. Planned expenditure", 3),
        grid(plan.sections, cols, style, header_fill="BDD7EE", size=7.5),
        Para("Total budgeted cost: £98,400"),
    ]
    return blocks, Page(landscape=True, page_numbers=False)


# --- 7. Safeguarding partnership business plan: ruled by lines, key table, letters ------

KESTREL = [
    Section(
        None,
        [
            Area(
                "1",
                "Neglect – children living with neglect are identified and helped early.",
                [
                    A(
                        "1.1",
                        "Relaunch the Graded Care Profile 2 tool with multi-agency training.",
                        "Partnership Training Lead",
                        "March 2024",
                        "m:2024-03",
                        "G",
                        "p",
                        outcome="More GCP2 assessments completed by early help and health practitioners.",
                        progress="Six sessions delivered to 140 staff; more sessions booked for January.",
                    ),
                    A(
                        "1.2",
                        "Carry out a multi-agency audit of neglect cases open to early help.",
                        (
                            "QA Sub-group Chair & Head of Early Help",
                            ["QA Sub-group Chair", "Head of Early Help"],
                        ),
                        "Q3 2023/24",
                        "q:2023-10-01:2023-12-31",
                        "C",
                        "c",
                        outcome="Audit findings shared and a learning briefing published.",
                        progress="Audit completed in November; report to the Executive in January.",
                    ),
                ],
            ),
            Area(
                "2",
                "Child exploitation – children at risk of criminal and sexual exploitation are "
                "safer.",
                [
                    A(
                        "2.1",
                        "Review the exploitation screening tool with children and young people.",
                        "Exploitation Sub-group",
                        "Sept 23 – Jan 24",
                        "r:2023-09-01:2024-01-31",
                        "A",
                        "o",
                        outcome="Young people say the tool asks the right questions.",
                        progress="Consultation with young people delayed to December because of "
                        "exams.",
                    ),
                    A(
                        "2.2",
                        "Map locations of concern with Community Safety and share the map with "
                        "partners every month.",
                        (
                            "Police Detective Inspector, Community Safety Manager",
                            ["Police Detective Inspector", "Community Safety Manager"],
                        ),
                        "Monthly",
                        "o",
                        "G",
                        "p",
                        outcome="Disruption activity recorded at mapped locations.",
                        progress="Maps shared in October and November.",
                    ),
                    A(
                        "2.3",
                        "Develop a transitional safeguarding protocol for young people aged 17 "
                        "to 25.",
                        "Adults and Children's Boards",
                        "TBC",
                        "t",
                        "R",
                        "o",
                        outcome="Protocol agreed by both boards.",
                        progress="Not yet started – awaiting agreement of the adults board.",
                    ),
                ],
            ),
            Area(
                "3",
                "Learning from reviews – practice improves as a result of child safeguarding "
                "practice reviews.",
                [
                    A(
                        "3.1",
                        "Publish a seven-minute briefing for each local review within one "
                        "month of sign-off.",
                        "Business Manager",
                        "Ongoing",
                        "o",
                        "G",
                        "p",
                        outcome="Briefings downloaded and used in team meetings.",
                        progress="Two briefings published this quarter.",
                    ),
                    A(
                        "3.2",
                        "Test the impact of learning through a practitioner survey.",
                        "Business Manager",
                        "End of June 2024",
                        "d:2024-06-30",
                        None,
                        "u",
                        outcome="Survey shows practitioners can name a change from review learning.",
                    ),
                ],
            ),
        ],
    ),
]


def kestrel(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Priority", "aref_area", 1.8),
        Col("Ref", "ref", 0.4),
        Col("What will we do?", "action", 2.6),
        Col("How will we know it has made a difference?", "outcome", 2.2),
        Col("Who", "lead", 1.3),
        Col("By when", "due", 0.9),
        Col("RAG", "status", 0.45),
        Col("Progress (Q2)", "progress", 2.2),
    ]
    style = Style(area_mode="first", area_fmt="{ref}. {text}")
    key = Grid(
        [
            [Cell("Key", bold=True), Cell("Meaning", bold=True)],
            [Cell("C"), Cell("Complete")],
            [Cell("G"), Cell("On track")],
            [Cell("A"), Cell("Some slippage – recoverable")],
            [Cell("R"), Cell("Off track")],
        ],
        [0.6, 3],
        header_rows=1,
        rules="hlines",
    )
    blocks: list[Block] = [
        Heading("Kestrel Vale Safeguarding Children Partnership"),
        Heading("Business Plan 2023–25: progress at the end of Quarter 2", 2),
        Para(
            "The three safeguarding partners – Kestrel Vale Council, Kestrel Vale Police and "
            "NHS Kestrel Integrated Care Board – agreed three priorities for 2023–25. Each "
            "priority has a sub-group that owns the actions below."
        ),
        key,
        grid(plan.sections, cols, style, header_fill="D9D9D9", rules="hlines", size=9.5),
    ]
    return blocks, Page(landscape=True, footer="KVSCP Business Plan")


# --- 8. Council equality objectives: fill-only RAG with its own key ---------------------

HARTON = [
    Section(
        None,
        [
            Area(
                "1",
                "Know our communities and use data to plan services",
                [
                    A(
                        None,
                        "Publish ward profiles using 2021 Census equality data.",
                        "Policy and Insight",
                        "April 2024",
                        "m:2024-04",
                        "green",
                        "c",
                        outcome="Profiles used in all service plans for 2024/25.",
                        progress="Ward profiles published on the data hub on 2 April.",
                    ),
                    A(
                        None,
                        "Require an equality impact assessment for every budget proposal.",
                        ("Finance / Policy and Insight", ["Finance", "Policy and Insight"]),
                        "Annually from 2024/25",
                        "o:2024-04-01",
                        "amber",
                        "p",
                        outcome="Every budget proposal has a published assessment.",
                        progress="Assessments completed for 31 of 34 proposals.",
                    ),
                ],
            ),
            Area(
                "2",
                "A workforce that reflects the borough",
                [
                    A(
                        None,
                        "Introduce anonymised shortlisting for all vacancies.",
                        "HR and Organisational Development",
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "red",
                        "o",
                        outcome="More applicants from ethnic minority backgrounds are shortlisted.",
                        progress="Recruitment system upgrade delayed by the supplier.",
                    ),
                    A(
                        None,
                        "Set up staff networks for disabled, LGBT+ and ethnic minority staff, each "
                        "with an executive sponsor.",
                        "Chief Executive's Office",
                        "Complete",
                        "n",
                        "green",
                        "c",
                        outcome="Networks meet regularly and report to the EDI Board.",
                        progress="All three networks meet monthly.",
                    ),
                ],
            ),
            Area(
                "3",
                "Accessible services",
                [
                    A(
                        None,
                        "Audit the council website against WCAG 2.2 AA and fix priority issues.",
                        "Digital Services",
                        "Dec 2024",
                        "m:2024-12",
                        "amber",
                        "p",
                        outcome="No priority accessibility issues outstanding.",
                        progress="Audit done; 60% of priority issues fixed.",
                    ),
                    A(
                        None,
                        "Offer British Sign Language video interpreting at all customer service "
                        "points.",
                        "Customer Services",
                        "Within six months",
                        "rel",
                        "red",
                        "o",
                        outcome="BSL users can get help without booking in advance.",
                        progress="Procurement paused pending a budget decision.",
                    ),
                ],
            ),
        ],
    ),
]


def harton(plan: Plan) -> tuple[list[Block], Page]:
    for _, _, act in plan.walk():
        act.fill = {"green": GREEN, "amber": AMBER, "red": RED}[act.status or ""]
    cols = [
        Col("Objective", "aref_area", 1.6),
        Col("Action", "action", 2.6),
        Col("Lead service", "lead", 1.45),
        Col("Timescale", "due", 1.15),
        Col("Measure of success", "outcome", 1.8),
        Col("Update April 2024", "progress", 1.9),
        Col("RAG", "status", 0.55),
    ]
    style = Style(area_mode="merge", area_fmt="Objective {ref}: {text}", fill_only=True)
    key = Grid(
        [
            [Cell("Status key", bold=True, span=2), None],
            [Cell("", fill=GREEN), Cell("Complete")],
            [Cell("", fill=AMBER), Cell("On track")],
            [Cell("", fill=RED), Cell("Behind schedule")],
        ],
        [0.4, 2],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Harton Metropolitan Borough Council"),
        Heading("Equality Objectives 2023–2027: Action Plan and Annual Update", 2),
        Para(
            "The Public Sector Equality Duty requires us to publish equality objectives at "
            "least every four years. This annual update shows progress against each action."
        ),
        key,
        grid(plan.sections, cols, style, header_fill="D9D9D9", size=7.5),
    ]
    return blocks, Page(footer="Harton MBC – Equality Objectives update")


# --- 9. Athena Swan departmental plan: start and end columns under one group ------------

EASTMOOR = [
    Section(
        None,
        [
            Area(
                None,
                [
                    "Increase the proportion of women applying for lectureships.",
                    "Rationale: women are 38% of our postdoctoral researchers but 21% of "
                    "applicants for lectureships.",
                ],
                [
                    A(
                        "1.1",
                        "Run a career development programme for postdoctoral researchers, with "
                        "mock interviews and fellowship writing retreats.",
                        ("Head of Department; EDI Lead", ["Head of Department", "EDI Lead"]),
                        "Sep 2025",
                        "m:2025-09",
                        start="Oct 2024",
                        outcome="Women are at least 35% of lectureship applicants by 2026.",
                    ),
                    A(
                        "1.2",
                        "Publish every lectureship advertisement with a statement on flexible "
                        "working and a named contact.",
                        "Recruitment Panel Chairs",
                        "Annually (each autumn)",
                        "o",
                        start="Oct 2024",
                        outcome="All adverts checked against the checklist.",
                    ),
                ],
            ),
            Area(
                None,
                [
                    "Make promotion criteria and processes transparent.",
                    "Rationale: staff survey 2023 – only 44% of women understand the promotion "
                    "process.",
                ],
                [
                    A(
                        "2.1",
                        "Hold an annual promotions briefing and publish anonymised case studies.",
                        "Director of Research",
                        "Jan 2026",
                        "m:2026-01",
                        start="Jan 2025",
                        outcome="Staff survey: 75% of women understand the promotion process.",
                    ),
                    A(
                        "2.2",
                        "Introduce promotion mentoring for all grade 8 staff.",
                        "Athena Swan SAT",
                        "Jul 2026",
                        "m:2026-07",
                        start="Jan 2025",
                        outcome="Mentors matched to all eligible staff who ask for one.",
                    ),
                ],
            ),
            Area(
                None,
                [
                    "Support staff returning from family leave.",
                    "Rationale: three of four returners in 2022 had no phased return.",
                ],
                [
                    A(
                        "3.1",
                        "Offer a term free of teaching to academic staff returning from maternity, "
                        "adoption or shared parental leave.",
                        "Head of Department",
                        "Ongoing",
                        "o",
                        start="Apr 2024",
                        outcome="All returners offered a term free of teaching; uptake monitored.",
                    ),
                ],
            ),
        ],
    ),
]


def eastmoor(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.4),
        Col("Objective and rationale", "area", 2.2),
        Col("Action", "action", 2.8),
        Col("Start", "start", 0.7, "Timeframe"),
        Col("End", "due", 0.7, "Timeframe"),
        Col("Responsibility", "lead", 1.3),
        Col("Success measure", "outcome", 2.0),
    ]
    style = Style(area_mode="merge")
    blocks: list[Block] = [
        Heading("University of Eastmoor – Department of Chemistry"),
        Heading("Athena Swan Silver Award Application: Action Plan 2024–2029", 2),
        Para(
            "Actions are grouped by objective. Each objective shows the evidence from our "
            "self-assessment that led to it. The Self-Assessment Team (SAT) reviews the plan "
            "every six months."
        ),
        grid(plan.sections, cols, style, header_fill="E4DFEC", size=7.5),
    ]
    return blocks, Page(landscape=True)


# --- 10. Youth justice progress report appendix: RAG first, numbered prose before ------

WEXFORD = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the quality of assessment and planning for keeping other people safe.",
                [
                    A(
                        "1a",
                        "Deliver risk and safety training to all case managers.",
                        "JB",
                        "31 Oct 2023",
                        "d:2023-10-31",
                        "Blue",
                        "c",
                        progress="All 14 case managers trained.",
                    ),
                    A(
                        "1b",
                        "Introduce a management oversight checklist on AssetPlus.",
                        ("JB/KT", ["JB", "KT"]),
                        "Dec-23",
                        "m:2023-12",
                        "Green",
                        "p",
                        progress="Checklist drafted; live from December.",
                    ),
                ],
            ),
            Area(
                "2",
                "Ensure the Board receives regular reports on disproportionality.",
                [
                    A(
                        "2a",
                        "Produce a quarterly disproportionality dashboard.",
                        ("AM (Performance Officer)", ["AM"]),
                        "Quarterly",
                        "o",
                        "Amber",
                        "o",
                        progress="First dashboard delayed: the police data sharing agreement is not yet "
                        "signed.",
                    ),
                    A(
                        "2b",
                        "Hold a Board development session on racial disparity in youth justice.",
                        "Board Chair",
                        "March 2024",
                        "m:2024-03",
                        "Green",
                        "p",
                        progress="Session booked for 14 March.",
                    ),
                ],
            ),
            Area(
                "3",
                "Improve the resettlement offer for children leaving custody.",
                [
                    A(
                        "3a",
                        "Agree a resettlement policy with the secure estate and housing.",
                        ("KT / Housing Options Manager", ["KT", "Housing Options Manager"]),
                        "Q4 2023/24",
                        "q:2024-01-01:2024-03-31",
                        "Red",
                        "o",
                        progress="Housing partner capacity issues; escalated to the Board.",
                    ),
                ],
            ),
        ],
    ),
]


def wexford(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("RAG", "status", 0.6),
        Col("No.", "aref", 0.4),
        Col("Recommendation", "area", 2.2),
        Col("Action", "ref_action", 2.6),
        Col("Responsible officer", "lead", 1.1),
        Col("Deadline", "due", 0.8),
        Col("Commentary", "progress", 2.4),
    ]
    style = Style(area_mode="merge", rag=RAG_WORDS, ref_action_fmt="{ref}) {text}")
    blocks: list[Block] = [
        Heading("Wexford Youth Justice Partnership Board – 6 February 2024"),
        Heading("Report of the Head of Youth Justice: HMIP inspection improvement plan", 2),
        Para("1. Purpose of the report", bold=True),
        Para(
            "1.1 To update the Board on progress against the improvement plan agreed after "
            "the HM Inspectorate of Probation inspection of Wexford Youth Justice Service."
        ),
        Para(
            "1.2 To ask the Board to note the actions that are off track and agree the "
            "escalation set out in section 3."
        ),
        Para("2. Recommendations", bold=True),
        Para(
            "2.1 The Board is recommended to note the progress made and agree the revised "
            "timescale for recommendation 3."
        ),
        Heading("Appendix 2: Improvement plan progress report", 3),
        Para("Key: Blue – complete; Green – on track; Amber – at risk; Red – off track."),
        grid(plan.sections, cols, style, header_fill="D0CECE", rules="hlines", size=7.5),
    ]
    return blocks, Page(landscape=True, header="Appendix 2", footer="Wexford YJS")


# --- 11. Adult social care plan: improvement areas as paragraphs above small tables ------

FERNLEY = [
    Section(
        "Theme 1: Working with people",
        [
            Area(
                "1",
                "Reduce waiting times for Care Act assessments so that no one waits more than "
                "28 days.",
                [
                    A(
                        None,
                        "Set up a dedicated assessment hub to clear the waiting list, using "
                        "short-term agency capacity.",
                        "Head of Adult Social Care Operations",
                        "End of September 2024",
                        "d:2024-09-30",
                        "In progress",
                        "p",
                    ),
                    A(
                        None,
                        "Contact everyone on the waiting list every four weeks and record a "
                        "risk rating.",
                        "Team Managers",
                        "Ongoing",
                        "o",
                        "In progress",
                        "p",
                    ),
                ],
                timescale="within six months",
            ),
            Area(
                "2",
                "Improve the experience of unpaid carers.",
                [
                    A(
                        None,
                        "Co-produce a new carers' strategy with the Carers' Partnership Board.",
                        (
                            "Commissioning Manager, Carers' Centre",
                            ["Commissioning Manager", "Carers' Centre"],
                        ),
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "Not started",
                        "n",
                    ),
                    A(
                        None,
                        "Offer every carer a carer's assessment at the same time as the cared-for "
                        "person's assessment.",
                        "Principal Social Worker",
                        "November 2024",
                        "m:2024-11",
                        "Delayed",
                        "o",
                    ),
                ],
                timescale="within twelve months",
            ),
        ],
    ),
    Section(
        "Theme 2: Providing support",
        [
            Area(
                "3",
                "Increase the supply of home care in rural areas.",
                [
                    A(
                        None,
                        "Pilot a rural home care framework with enhanced travel payments.",
                        "Head of Commissioning",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "In progress",
                        "p",
                    ),
                    A(
                        None,
                        "Recruit 20 personal assistants through the 'Care for Fernley' campaign.",
                        "Workforce Lead",
                        "March 2025",
                        "m:2025-03",
                        "Complete",
                        "c",
                    ),
                ],
                timescale="within nine months",
            ),
        ],
    ),
]


def fernley(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Action", "action", 4),
        Col("Owner", "lead", 1.8),
        Col("By when", "due", 1.2),
        Col("Status", "status", 1.0),
    ]
    style = Style(area_mode="none", section_mode="none")
    blocks: list[Block] = [
        Heading("Fernley County Council – Adult Social Care"),
        Heading("Improvement plan following the CQC local authority assessment", 2),
        Para(
            "CQC rated Fernley's adult social care as 'requires improvement'. The plan below "
            "follows the CQC themes. Each improvement area is followed by the actions we will "
            "take."
        ),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 2))
        for area in section.areas:
            blocks.append(Para(f"Improvement area {area.ref}: {area.text}", bold=True))
            blocks.append(Para(f"Timescale: {area.timescale}"))
            blocks.append(grid([Section(None, [area])], cols, style, header_fill="E7E6E6"))
    return blocks, Page(footer="Fernley County Council")


# --- 12. Secondary school post-Ofsted plan: banner rows with bracketed timescales --------

MARLOW = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the consistency of checking pupils' understanding in lessons, so "
                "that misconceptions are addressed quickly.",
                [
                    A(
                        None,
                        "Whole-staff CPD on assessment for learning, led by the trust's lead "
                        "practitioner.",
                        "Deputy Headteacher",
                        "Sept 23 – Mar 24",
                        "r:2023-09-01:2024-03-31",
                        "Green",
                        "p",
                        monitoring="SLT – half-termly learning walks",
                        outcome="Learning walks show 90% of lessons check understanding well.",
                        extra={"res": "Trust CPD days"},
                    ),
                    A(
                        None,
                        "Introduce mini-whiteboards and hinge questions in every classroom.",
                        "Heads of Department",
                        "From Sept 2023",
                        "o:2023-09-01",
                        "Green",
                        "p",
                        monitoring="Heads of Department – weekly drop-ins",
                        outcome="Pupils can explain what they got wrong and why.",
                        extra={"res": "£1,200"},
                    ),
                ],
                timescale="by July 2024",
            ),
            Area(
                "2",
                "Ensure that the curriculum in key stage 3 humanities is sequenced so that "
                "pupils build knowledge over time.",
                [
                    A(
                        None,
                        "Rewrite the Year 7 and 8 history and geography schemes of work.",
                        (
                            "Head of Humanities; Trust subject leads",
                            ["Head of Humanities", "Trust subject leads"],
                        ),
                        "Jan 2024",
                        "m:2024-01",
                        "Amber",
                        "o",
                        monitoring="Curriculum Deputy – review in February",
                        outcome="Schemes of work show clear sequencing from Year 7 to Year 9.",
                        extra={"res": "Two days' release per teacher"},
                    ),
                    A(
                        None,
                        "Governor visit to review the new curriculum with pupils.",
                        "Chair of Standards Committee",
                        "w/c 8 January 2024",
                        "r:2024-01-08:2024-01-14",
                        "Amber",
                        "o",
                        monitoring="Standards Committee",
                        outcome="Visit report to governors.",
                        extra={"res": "None"},
                    ),
                ],
                timescale="by December 2023",
            ),
            Area(
                "3",
                "Improve attendance, particularly for disadvantaged pupils.",
                [
                    A(
                        None,
                        "Appoint an attendance and welfare officer.",
                        "Business Manager",
                        "Complete",
                        "n",
                        "Blue",
                        "c",
                        monitoring="Headteacher",
                        outcome="Officer in post and casework under way.",
                        extra={"res": "£28,000 from pupil premium"},
                    ),
                ],
                timescale="ongoing",
            ),
        ],
    ),
]


def marlow(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Action", "action", 2.8),
        Col("Lead", "lead", 1.3),
        Col("Timescale", "due", 1.0),
        Col("Resources", "x:res", 1.1),
        Col("Monitoring (who / when)", "monitoring", 1.5),
        Col("Success criteria", "outcome", 2.0),
        Col("RAG", "status", 0.6),
    ]
    style = Style(
        area_mode="row",
        area_fmt="Key issue {ref} ({timescale}): {text}",
        area_fill="FFF2CC",
        rag=RAG_WORDS,
    )
    blocks: list[Block] = [
        Heading("Marlow Park High School"),
        Heading("Post-Ofsted Action Plan (inspection 4–5 July 2023)", 2),
        Para(
            "The key issues below are taken from the 'What does the school need to do to "
            "improve?' section of the inspection report."
        ),
        grid(plan.sections, cols, style, header_fill="D9D9D9", size=7.5),
        Para(
            "RAG: Blue – complete; Green – on track; Amber – behind but recoverable; Red – at risk."
        ),
    ]
    return blocks, Page(landscape=True, footer="Marlow Park High School")


# --- 13. SEND inclusion strategy plan: contents page, bullets in cells, evidence rows ----

SOUTHWOLD = [
    Section(
        "Theme 1 – Identifying needs early",
        [
            Area(
                "1",
                "Children's needs are identified in the early years.",
                [
                    Note(
                        "What families told us: 'We waited over a year for anyone to tell us what help "
                        "was available.'"
                    ),
                    A(
                        None,
                        "Roll out the early years SEND toolkit to all nurseries",
                        "Early Years SEND Lead",
                        "Dec 2024",
                        "m:2024-12",
                        "In progress",
                        "p",
                        group=1,
                    ),
                    A(
                        None,
                        "Train health visitors in the WellComm screening tool",
                        "0–19 Service Manager",
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "Not started",
                        "n",
                        group=1,
                    ),
                    A(
                        None,
                        "Publish the early years inclusion funding guidance",
                        "Early Years SEND Lead",
                        "September 2024",
                        "m:2024-09",
                        "Complete",
                        "c",
                        group=1,
                    ),
                    A(
                        "1.2",
                        "Set up a monthly multi-agency early years panel.",
                        "Head of Inclusion",
                        "Monthly",
                        "o",
                        "In progress",
                        "p",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2 – Preparing for adulthood",
        [
            Area(
                "2",
                "Young people with SEND are prepared for adult life.",
                [
                    Note(
                        "Evidence: only 4% of young people with an EHC plan are in paid employment "
                        "(local data, 2023)."
                    ),
                    A(
                        "2.1",
                        "Commission a supported internship programme with two local employers.",
                        (
                            "Post-16 Lead\nEconomic Development",
                            ["Post-16 Lead", "Economic Development"],
                        ),
                        "Sept 2025",
                        "m:2025-09",
                        "Not started",
                        "n",
                    ),
                    A(
                        "2.2",
                        "Include preparing-for-adulthood outcomes in every Year 9 annual review.",
                        "SEND Casework Manager",
                        "Ongoing",
                        "o",
                        "In progress",
                        "p",
                    ),
                ],
            ),
        ],
    ),
]


def southwold(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Priority", "aref_area", 1.5),
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 3.0),
        Col("Owner", "lead", 1.5),
        Col("By when", "due", 1.3),
        Col("Status", "status", 1.3),
    ]
    style = Style(area_mode="first", area_fmt="{ref}. {text}", section_fill="C9E2B3")
    blocks: list[Block] = [
        Heading("Southwold Local Area SEND and Inclusion Strategy 2024–2027"),
        Para("Contents", bold=True),
        Para("1. Introduction .......... 2"),
        Para("2. What families told us .......... 2"),
        Para("3. Our priorities .......... 3"),
        Para("4. Action plan .......... 3"),
        Break(),
        Heading("1. Introduction", 2),
        Para(
            "This strategy was written with families, schools, health and social care. It "
            "sets out two themes. Under each theme we list the evidence that shaped it and the "
            "actions we will take."
        ),
        Heading("4. Action plan", 2),
        grid(plan.sections, cols, style, header_fill="A9D08E", size=9),
    ]
    return blocks, Page(footer="Southwold SEND and Inclusion Strategy")


PLANS = [
    Plan(
        "northmoor-ilacs-improvement-plan",
        "pdf",
        "dev",
        "council post-Ofsted (ILACS)",
        NORTHMOOR,
        northmoor,
    ),
    Plan(
        "eastbury-send-written-statement",
        "pdf",
        "heldout",
        "SEND written statement of action",
        [Section(None, EASTBURY_AREAS)],
        eastbury,
    ),
    Plan(
        "riverside-trust-cqc-plan",
        "pdf",
        "heldout",
        "NHS trust CQC must-do/should-do",
        RIVERSIDE,
        riverside,
    ),
    Plan("oakfield-primary-sip", "pdf", "dev", "school improvement plan", OAKFIELD, oakfield),
    Plan(
        "holmwood-accessibility-plan",
        "pdf",
        "heldout",
        "school accessibility plan",
        HOLMWOOD,
        holmwood,
    ),
    Plan(
        "brookside-pupil-premium-strategy",
        "pdf",
        "heldout",
        "pupil premium strategy",
        BROOKSIDE,
        brookside,
    ),
    Plan(
        "kestrel-safeguarding-business-plan",
        "pdf",
        "dev",
        "safeguarding partnership plan",
        KESTREL,
        kestrel,
    ),
    Plan(
        "harton-equality-objectives",
        "pdf",
        "heldout",
        "council equality objectives plan",
        HARTON,
        harton,
        status_is_fill_only=True,
    ),
    Plan(
        "eastmoor-athena-swan-plan",
        "pdf",
        "heldout",
        "charter-mark (Athena Swan) plan",
        EASTMOOR,
        eastmoor,
    ),
    Plan(
        "wexford-yjs-board-appendix",
        "pdf",
        "heldout",
        "committee-report appendix (youth justice)",
        WEXFORD,
        wexford,
    ),
    Plan(
        "fernley-asc-cqc-plan",
        "pdf",
        "heldout",
        "council post-CQC adult social care plan",
        FERNLEY,
        fernley,
    ),
    Plan("marlow-park-post-ofsted-plan", "pdf", "dev", "school post-Ofsted plan", MARLOW, marlow),
    Plan(
        "southwold-send-inclusion-plan",
        "pdf",
        "heldout",
        "SEND strategy action plan",
        SOUTHWOLD,
        southwold,
    ),
]
