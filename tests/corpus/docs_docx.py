# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The corpus's Word plans: invented authorities, content and expectations, and layouts."""

from __future__ import annotations

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Note, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"


# --- 1. Ofsted focused visit plan: merged area column, BRAG letters, key at the end ------

THORNBURY = [
    Section(
        None,
        [
            Area(
                None,
                "Management oversight of children in need plans",
                [
                    A(
                        "1",
                        "Introduce a CIN plan review template that records the manager's reflective "
                        "analysis at every review.",
                        "Service Manager – Safeguarding",
                        "30/11/2023",
                        "d:2023-11-30",
                        "B",
                        "c",
                    ),
                    A(
                        "2",
                        "Team managers to review every CIN plan open longer than nine months and "
                        "agree step-down or escalation.",
                        (
                            "Team Managers\nService Manager – Safeguarding",
                            ["Team Managers", "Service Manager – Safeguarding"],
                        ),
                        "Feb 2024",
                        "m:2024-02",
                        "G",
                        "p",
                    ),
                ],
            ),
            Area(
                None,
                "Timeliness of initial child protection conferences",
                [
                    A(
                        "3",
                        "Daily tracker of strategy discussions that may lead to a conference, shared "
                        "with the conference service.",
                        "Conference and Review Manager",
                        "Ongoing",
                        "o",
                        "G",
                        "p",
                    ),
                    A(
                        "4",
                        "Recruit an additional child protection chair.",
                        "Head of Quality Assurance",
                        "Jan–Mar 2024",
                        "r:2024-01-01:2024-03-31",
                        "A",
                        "o",
                    ),
                ],
            ),
            Area(
                None,
                "Consistency of direct work with children",
                [
                    A(
                        "5",
                        "Issue a direct work toolkit and run practice workshops in every team.",
                        (
                            "Principal Social Worker & Practice Educators",
                            ["Principal Social Worker", "Practice Educators"],
                        ),
                        "Q4 2023/24",
                        "q:2024-01-01:2024-03-31",
                        "R",
                        "o",
                    ),
                    A(
                        "6",
                        "Include evidence of direct work in the monthly case audit.",
                        "Head of Quality Assurance",
                        "From April 2024",
                        "o:2024-04-01",
                        "",
                        "u",
                    ),
                ],
            ),
        ],
    ),
]


def thornbury(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Area for development", "area", 2.0),
        Col("No.", "ref", 0.4),
        Col("Action", "action", 3.2),
        Col("Accountable", "lead", 1.6),
        Col("Deadline", "due", 1.0),
        Col("BRAG", "status", 0.6),
    ]
    style = Style(area_mode="merge", rag={"b": BLUE, "g": GREEN, "a": AMBER, "r": RED})
    key = Grid(
        [
            [Cell("BRAG key", bold=True, span=2), None],
            [Cell("B", fill=BLUE), Cell("Complete and evidenced")],
            [Cell("G", fill=GREEN), Cell("On track")],
            [Cell("A", fill=AMBER), Cell("Some slippage")],
            [Cell("R", fill=RED), Cell("Significantly off track")],
        ],
        [0.5, 3],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Thornbury Council – Children's Services", 1),
        Para(
            "Action plan following the Ofsted focused visit to the front door and child "
            "protection services, 12–13 September 2023",
            bold=True,
        ),
        Para(
            "The focused visit letter identified three areas for development. This plan is "
            "owned by the Director of Children's Services and reviewed fortnightly at the "
            "Practice Improvement Group."
        ),
        grid(plan.sections, cols, style, header_fill="D9D9D9"),
        key,
    ]
    return blocks, Page(landscape=True, footer="Thornbury Council – OFFICIAL")


# --- 2. School development plan: Intent / Implementation / Impact groups ----------------

ASHDOWN = [
    Section(
        "Key Priority 1 – Quality of education: writing",
        [
            Area(
                None,
                "Pupils write at length with accurate grammar and punctuation in all subjects.",
                [
                    A(
                        None,
                        "Adopt a whole-school writing sequence and model it in staff meetings.",
                        "English Lead",
                        "Sept–Oct 2023",
                        "r:2023-09-01:2023-10-31",
                        "Achieved – sequence used in every class by October.",
                        "c",
                        outcome="Book looks show extended writing every week.",
                        progress="Achieved – sequence used in every class by October.",
                    ),
                    A(
                        None,
                        "Weekly grammar retrieval starters from Year 2 to Year 6.",
                        "Class teachers",
                        "Weekly",
                        "o",
                        "Partly achieved – not yet consistent in Year 3.",
                        "p",
                        outcome="End of KS2 GPS results above national.",
                        progress="Partly achieved – not yet consistent in Year 3.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Key Priority 2 – Behaviour and attitudes",
        [
            Area(
                None,
                "Pupils show positive attitudes and low-level disruption is rare.",
                [
                    A(
                        None,
                        "Relaunch the behaviour policy with pupils, parents and staff.",
                        ("Headteacher, Deputy Headteacher", ["Headteacher", "Deputy Headteacher"]),
                        "Autumn term 2023",
                        "r:2023-09-01:2023-12-31",
                        "Achieved.",
                        "c",
                        outcome="Fewer behaviour incidents logged each half term.",
                        progress="Achieved.",
                    ),
                    A(
                        None,
                        "Train lunchtime supervisors in positive play.",
                        "Deputy Headteacher",
                        "TBC",
                        "t",
                        "Not yet started – trainer to be booked.",
                        "n",
                        outcome="Incidents at lunchtime fall by half.",
                        progress="Not yet started – trainer to be booked.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Key Priority 3 – Personal development",
        [
            Area(
                None,
                "Pupils know how to keep themselves safe online.",
                [
                    A(
                        None,
                        "Deliver the new online safety curriculum, with a parents' workshop each "
                        "term.",
                        "Computing Lead",
                        "Termly",
                        "o",
                        "On track – two parent workshops held.",
                        "p",
                        outcome="Pupil survey: 90% know how to report a concern online.",
                        progress="On track – two parent workshops held.",
                    ),
                ],
            ),
        ],
    ),
]


def ashdown(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Intent", "area", 2.0),
        Col("Actions", "action", 2.8, "Implementation"),
        Col("Lead", "lead", 1.2, "Implementation"),
        Col("Timescale", "due", 1.0, "Implementation"),
        Col("Success criteria", "outcome", 1.8, "Impact"),
        Col("Evaluation (July 2024)", "progress", 1.8, "Impact"),
    ]
    style = Style(area_mode="merge", section_fill="DDEBF7")
    blocks: list[Block] = [
        Heading("Ashdown Junior School – School Development Plan 2023/24", 1),
        Para(
            "Our plan follows the three Is: what we intend, how we will implement it and the "
            "impact we expect. Governors evaluate each priority at the summer term meeting."
        ),
        grid(plan.sections, cols, style, header_fill="BDD7EE"),
    ]
    return blocks, Page(landscape=True)


# --- 3. NHS trust CQC plan: must-do as merged numbered area, several leads per cell -------

MILLBROOK = [
    Section(
        None,
        [
            Area(
                "1",
                "The trust must ensure that medicines are stored securely and at the right "
                "temperature on all wards.",
                [
                    A(
                        "1.1",
                        "Install remote temperature monitoring in every medicines room.",
                        (
                            "Chief Pharmacist\nHead of Estates",
                            ["Chief Pharmacist", "Head of Estates"],
                        ),
                        "31.08.2024",
                        "d:2024-08-31",
                        "Green",
                        "p",
                        outcome="No temperature excursions without action recorded.",
                        fill=GREEN,
                    ),
                    A(
                        "1.2",
                        "Monthly pharmacy audit of medicines storage, reported to the "
                        "Medicines Optimisation Group.",
                        "Ward Pharmacists",
                        "Monthly",
                        "o",
                        "Complete",
                        "c",
                        outcome="Audit results on the ward dashboards.",
                        fill=BLUE,
                    ),
                ],
            ),
            Area(
                "2",
                "The trust must ensure that there are enough suitably qualified nursing staff "
                "on the children's ward at night.",
                [
                    A(
                        "2.1",
                        "Recruit four registered children's nurses and review the night rota.",
                        (
                            "Head of Nursing – Children\nRecruitment Lead",
                            ["Head of Nursing – Children", "Recruitment Lead"],
                        ),
                        "October 2024",
                        "m:2024-10",
                        "Amber",
                        "o",
                        outcome="Two registered children's nurses on every night shift.",
                        fill=AMBER,
                    ),
                    A(
                        "2.2",
                        "Report night staffing fill rates to the Board every month.",
                        "Director of Nursing",
                        "Monthly from July 2024",
                        "o:2024-07-01",
                        "Green",
                        "p",
                        outcome="Fill rate above 95% for three consecutive months.",
                        fill=GREEN,
                    ),
                ],
            ),
            Area(
                "3",
                "The trust should ensure that patients are given information about how to "
                "complain.",
                [
                    A(
                        "3.1",
                        "Display updated PALS and complaints posters in all outpatient areas.",
                        "Head of Patient Experience",
                        "Completed June 2024",
                        "m:2024-06",
                        "Complete",
                        "c",
                        outcome="Spot checks find posters in every area.",
                        fill=BLUE,
                    ),
                ],
            ),
        ],
    ),
]


def millbrook(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Must do / should do", "aref_area", 2.2),
        Col("Action", "ref_action", 2.8),
        Col("Lead", "lead", 1.4),
        Col("Due date", "due", 1.0),
        Col("RAG", "status", 0.7),
        Col("Evidence of impact", "outcome", 1.9),
    ]
    style = Style(area_mode="merge", area_fmt="{ref}. {text}")
    blocks: list[Block] = [
        Heading("Millbrook University Hospitals NHS Trust", 1),
        Heading("CQC inspection (March 2024): Trust improvement plan", 2),
        Para(
            "RAG status: Blue – complete; Green – on track to deliver by the due date; Amber – "
            "risk to delivery; Red – will not deliver by the due date."
        ),
        grid(plan.sections, cols, style, header_fill="D9E1F2"),
        Para(
            "Owner of the plan: Director of Nursing. Assurance route: Quality and Safety Committee."
        ),
    ]
    return blocks, Page(landscape=True, header="Millbrook UHT – Trust Board Part 1")


# --- 4. Accessibility plan: headings by area, issue column, small tables ----------------

WESTFIELD = [
    Section(
        "Physical environment",
        [
            Area(
                None,
                "The upper floor science labs can only be reached by stairs.",
                [
                    A(
                        None,
                        "Timetable science lessons for classes with a wheelchair user in the "
                        "ground floor lab.",
                        "Deputy Head – Curriculum",
                        "September 2024",
                        "m:2024-09",
                        outcome="All pupils can attend practical science lessons.",
                    ),
                    A(
                        None,
                        "Bid to the trust capital fund for a platform lift.",
                        "Business Manager",
                        "Bid by December 2024",
                        "m:2024-12",
                        outcome="Lift installed by summer 2026.",
                    ),
                ],
            ),
            Area(
                None,
                "Signage is small and hard to read for pupils with visual impairment.",
                [
                    A(
                        None,
                        "Replace room signs with high-contrast signs in large print and Braille.",
                        "Site Manager",
                        "Summer term 2025",
                        "r:2025-04-01:2025-07-31",
                        outcome="Visually impaired pupils move around the site independently.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Curriculum",
        [
            Area(
                None,
                "Some pupils with SEND cannot access exam-style assessments.",
                [
                    A(
                        None,
                        "Assess all Year 10 pupils for access arrangements by the end of the autumn "
                        "term.",
                        "SENCo",
                        "By 20 December 2024",
                        "d:2024-12-20",
                        outcome="Every eligible pupil has access arrangements in place for mocks.",
                    ),
                    A(
                        None,
                        "Train subject staff in writing accessible assessments.",
                        ("SENCo, Heads of Faculty", ["SENCo", "Heads of Faculty"]),
                        "Spring term 2025",
                        "r:2025-01-01:2025-03-31",
                        outcome="Assessments reviewed show accessible layout and language.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Information",
        [
            Area(
                None,
                "Letters home are not available in accessible formats.",
                [
                    A(
                        None,
                        "Offer all letters in large print, by email and in translated versions on "
                        "request.",
                        "Office Manager",
                        "Ongoing",
                        "o",
                        outcome="Parents report they receive information in a format they can use.",
                    ),
                ],
            ),
        ],
    ),
]


def westfield(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Issue", "area", 2.2),
        Col("What we will do", "action", 3.0),
        Col("Who", "lead", 1.3),
        Col("When", "due", 1.2),
        Col("Outcome", "outcome", 2.2),
    ]
    style = Style(area_mode="merge", section_mode="none")
    blocks: list[Block] = [
        Heading("Westfield Academy – Accessibility Plan 2024–2027", 1),
        Para(
            "This plan is reviewed every year by the Local Governing Body. It covers the three "
            "areas required by Schedule 10 of the Equality Act 2010."
        ),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 2))
        blocks.append(grid([section], cols, style))
    return blocks, Page()


# --- 5. Catch-up premium plan: focus merged, cost column, empty impact column -------------

GREYSTONE = [
    Section(
        None,
        [
            Area(
                None,
                "Teaching and whole-school strategies",
                [
                    A(
                        None,
                        "Buy a phonics assessment and tracking package so gaps are identified "
                        "every six weeks.",
                        "Phonics Lead",
                        "October 2020",
                        "m:2020-10",
                        extra={"cost": "£1,450"},
                    ),
                    A(
                        None,
                        "Two INSET sessions on retrieval practice for all teaching staff.",
                        "Deputy Headteacher",
                        "Nov 2020 & Jan 2021",
                        "r:2020-11-01:2021-01-31",
                        extra={"cost": "£600"},
                    ),
                ],
            ),
            Area(
                None,
                "Targeted approaches",
                [
                    A(
                        None,
                        "Small-group tuition in reading and maths for Year 6 pupils who fell behind "
                        "during school closure.",
                        ("Year 6 teachers / Tutor", ["Year 6 teachers", "Tutor"]),
                        "Jan – Jul 2021",
                        "r:2021-01-01:2021-07-31",
                        extra={"cost": "£9,800"},
                    ),
                    A(
                        None,
                        "Speech and language sessions for Reception pupils (NELI).",
                        "Reception teaching assistant",
                        "Spring 2021",
                        "r:2021-03-01:2021-05-31",
                        extra={"cost": "£0 (funded programme)"},
                    ),
                ],
            ),
            Area(
                None,
                "Wider strategies",
                [
                    A(
                        None,
                        "Provide laptops and data for families without devices.",
                        "School Business Manager",
                        "September 2020",
                        "m:2020-09",
                        extra={"cost": "£3,200"},
                    ),
                ],
            ),
        ],
    ),
]


def greystone(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Focus", "area", 1.4),
        Col("Action", "action", 3.2),
        Col("Cost", "x:cost", 0.9),
        Col("Lead", "lead", 1.3),
        Col("Review date", "due", 1.1),
        Col("Impact (to be completed July 2021)", "progress", 2.0),
    ]
    style = Style(area_mode="merge")
    summary = Grid(
        [
            [Cell("Summary information", bold=True, span=2), None],
            [Cell("School"), Cell("Greystone Primary School")],
            [Cell("Catch-up premium received"), Cell("£15,050")],
            [Cell("Number of pupils"), Cell("188")],
        ],
        [1.5, 2],
        header_rows=0,
    )
    blocks: list[Block] = [
        Heading("Catch-up Premium Plan 2020–21", 1),
        summary,
        Para(
            "The government allocated £80 per pupil to help schools support pupils to catch "
            "up on lost learning. We have used the EEF's school planning guide to decide how "
            "to spend it."
        ),
        grid(plan.sections, cols, style, header_fill="E2EFDA"),
        Para("Total planned expenditure: £15,050"),
    ]
    return blocks, Page(landscape=True)


# --- 6. Safeguarding Adults Board plan: borderless, lead agencies, priority rows ---------

LOWFIELD = [
    Section(
        "Priority 1: Prevention and early intervention",
        [
            Area(
                None,
                "People know how to recognise and report abuse and neglect.",
                [
                    A(
                        None,
                        "Run a public awareness campaign on financial abuse and scams with Trading "
                        "Standards.",
                        ("Council; Police", ["Council", "Police"]),
                        "2024/25",
                        "y:2024-04-01:2025-03-31",
                        outcome="More safeguarding concerns raised by members of the public.",
                    ),
                    A(
                        None,
                        "Publish easy-read information on what happens after a concern is raised.",
                        "SAB Business Unit",
                        "March 2025",
                        "m:2025-03",
                        outcome="People who raise concerns say they understood what would happen.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Priority 2: Making Safeguarding Personal",
        [
            Area(
                None,
                "Adults are asked what outcomes they want and their views shape the response.",
                [
                    A(
                        None,
                        "Audit 50 section 42 enquiries a year for evidence of the person's "
                        "desired outcomes.",
                        "Council Adult Social Care",
                        "Q1 2025/26",
                        "q:2025-04-01:2025-06-30",
                        outcome="Audit shows desired outcomes recorded in 90% of enquiries.",
                    ),
                    A(
                        None,
                        "Include adults with lived experience in the Board's Quality and "
                        "Performance sub-group.",
                        ("ICB & Healthwatch", ["ICB", "Healthwatch"]),
                        "Ongoing",
                        "o",
                        outcome="Two people with lived experience attend every meeting.",
                    ),
                ],
            ),
        ],
    ),
]


def lowfield(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Objective", "area", 2.0),
        Col("How will we achieve this?", "action", 3.0),
        Col("Lead agency", "lead", 1.2),
        Col("Timescale", "due", 0.9),
        Col("What difference will it make?", "outcome", 2.2),
    ]
    style = Style(area_mode="first", section_fill=None)
    blocks: list[Block] = [
        Heading("Lowfield Safeguarding Adults Board", 1),
        Heading("Strategic Plan 2024–2026", 2),
        Para(
            "The Board's members are Lowfield Council, Lowfield Police and NHS Lowfield "
            "Integrated Care Board (ICB). This plan sets out what the Board will do in its "
            "two priority areas."
        ),
        grid(plan.sections, cols, style, rules="none"),
        Para("Approved by the Board on 14 March 2024."),
    ]
    return blocks, Page(footer="LSAB Strategic Plan")


# --- 7. Council EDI plan: theme rows, RAG letters and an update column ------------------

BRAYFORD = [
    Section(
        "Theme 1 – Knowing our communities",
        [
            Area(
                None,
                None,
                [
                    A(
                        "1.1",
                        "Improve the equality data we collect about service users, starting with "
                        "housing and adult social care.",
                        "Head of Insight",
                        "Dec 2024",
                        "m:2024-12",
                        "A",
                        "o",
                        progress="Housing system updated; adult social care change delayed to "
                        "January.",
                    ),
                    A(
                        "1.2",
                        "Hold a yearly community conversation with each of the borough's faith "
                        "and community forums.",
                        "Communities Manager",
                        "Annually",
                        "o",
                        "G",
                        "p",
                        progress="First round held in September 2024.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2 – An inclusive employer",
        [
            Area(
                None,
                None,
                [
                    A(
                        "2.1",
                        "Publish ethnicity and disability pay gap reports alongside the gender "
                        "pay gap report.",
                        ("Director of HR", ["Director of HR"]),
                        "31 March 2025",
                        "d:2025-03-31",
                        "G",
                        "p",
                        progress="Data collected; report drafted.",
                    ),
                    A(
                        "2.2",
                        "Achieve Disability Confident Leader status.",
                        "Director of HR",
                        "Achieved Nov 2024",
                        "m:2024-11",
                        "C",
                        "c",
                        progress="Leader status confirmed by DWP on 5 November 2024.",
                    ),
                    A(
                        "2.3",
                        "Introduce reverse mentoring for the senior leadership team.",
                        ("Chief Executive / Staff Networks", ["Chief Executive", "Staff Networks"]),
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "R",
                        "o",
                        progress="Not started – network chairs' capacity.",
                    ),
                ],
            ),
        ],
    ),
]


def brayford(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.5),
        Col("Action", "action", 3.4),
        Col("Owner", "lead", 1.4),
        Col("By when", "due", 1.0),
        Col("Update (December 2024)", "progress", 2.4),
        Col("RAG", "status", 0.5),
    ]
    style = Style(section_fill=None, rag={"g": GREEN, "a": AMBER, "r": RED, "c": BLUE})
    blocks: list[Block] = [
        Heading("Brayford City Council", 1),
        Heading("Equality, Diversity and Inclusion Action Plan 2024–25", 2),
        Para("RAG: C – complete; G – on track; A – at risk; R – not on track."),
        grid(plan.sections, cols, style, header_fill="FFE699"),
    ]
    return blocks, Page(footer="Brayford City Council – EDI Action Plan")


# --- 8. Care leavers plan: recommendation repeated on every row, response column --------

PENNINGTON = [
    Section(
        None,
        [
            Area(
                None,
                "Care leavers' access to suitable accommodation.",
                [
                    A(
                        None,
                        "Open a 12-bed supported lodgings scheme with a local housing association.",
                        "Head of Corporate Parenting",
                        "April 2025",
                        "m:2025-04",
                        "Partially achieved",
                        "p",
                        extra={
                            "resp": "We will increase the range of homes available to care leavers."
                        },
                    ),
                    A(
                        None,
                        "Give care leavers priority banding on the housing register up to age 25.",
                        "Housing Needs Manager",
                        "Achieved",
                        "n",
                        "Achieved",
                        "c",
                        extra={
                            "resp": "We will increase the range of homes available to care leavers."
                        },
                    ),
                ],
            ),
            Area(
                None,
                "The quality and timeliness of pathway plans.",
                [
                    A(
                        None,
                        "Replace the pathway plan form with a shorter, young-person-friendly "
                        "version.",
                        (
                            "Participation Lead, Leaving Care Team Manager",
                            ["Participation Lead", "Leaving Care Team Manager"],
                        ),
                        "Jan 2025",
                        "m:2025-01",
                        "Not achieved",
                        "o",
                        extra={"resp": "Young people will own their pathway plans."},
                    ),
                    A(
                        None,
                        "Track pathway plan timeliness weekly in the leaving care team meeting.",
                        "Leaving Care Team Manager",
                        "Weekly",
                        "o",
                        "Achieved",
                        "c",
                        extra={"resp": "Young people will own their pathway plans."},
                    ),
                ],
            ),
        ],
    ),
]


def pennington(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Recommendation from Ofsted", "area", 1.8),
        Col("Our response", "x:resp", 1.8),
        Col("Actions", "action", 2.8),
        Col("Lead", "lead", 1.4),
        Col("Target", "due", 0.9),
        Col("Status", "status", 1.1),
    ]
    style = Style(area_mode="repeat")
    blocks: list[Block] = [
        Heading("Pennington Borough Council", 1),
        Para(
            "Corporate Parenting Board – Care Leavers Improvement Plan (Ofsted ILACS "
            "recommendations 3 and 4)",
            bold=True,
        ),
        grid(plan.sections, cols, style, header_fill="D9D9D9"),
    ]
    return blocks, Page(landscape=True)


# --- 9. Internal audit recommendations: priority column, revised dates -----------------

CASTLEFORD = [
    Section(
        None,
        [
            Area(
                "1",
                "Supplier bank detail changes are not always verified by a call-back to a "
                "known contact.",
                [
                    A(
                        None,
                        "Make call-back verification mandatory in the finance system workflow "
                        "and record who made the check.",
                        "Head of Exchequer Services",
                        "31/03/2024",
                        "d:2024-03-31",
                        "Implemented",
                        "c",
                        extra={"prio": "High"},
                    ),
                ],
            ),
            Area(
                "2",
                "Leavers are not removed from the payroll system promptly.",
                [
                    A(
                        None,
                        "Managers to complete the leaver form in the HR system at least five "
                        "working days before the leaving date.",
                        "HR Business Partners",
                        "30/06/2024 (revised from 31/03/2024)",
                        "d:2024-06-30",
                        "Partly implemented",
                        "p",
                        extra={"prio": "High"},
                    ),
                    A(
                        None,
                        "Monthly exception report of leavers paid after their leaving date.",
                        "Payroll Manager",
                        "30/04/2024",
                        "d:2024-04-30",
                        "Implemented",
                        "c",
                        extra={"prio": "Medium"},
                    ),
                ],
            ),
            Area(
                "3",
                "The contracts register is incomplete.",
                [
                    A(
                        None,
                        "Issue a reminder to all budget holders and reconcile the register with "
                        "payments over £25,000.",
                        (
                            "Procurement Manager / Head of Finance",
                            ["Procurement Manager", "Head of Finance"],
                        ),
                        "30/09/2024",
                        "d:2024-09-30",
                        "Not implemented",
                        "n",
                        extra={"prio": "Low"},
                    ),
                ],
            ),
        ],
    ),
]


def castleford(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "aref", 0.4),
        Col("Finding", "area", 2.4),
        Col("Priority", "x:prio", 0.7),
        Col("Agreed action", "action", 2.8),
        Col("Responsible officer", "lead", 1.4),
        Col("Implementation date", "due", 1.2),
        Col("Status at 31 May 2024", "status", 1.1),
    ]
    style = Style(area_mode="merge")
    blocks: list[Block] = [
        Heading("Castleford District Council – Audit and Governance Committee", 1),
        Para(
            "Appendix A: Follow-up of internal audit recommendations – Creditors and Payroll "
            "2023/24",
            bold=True,
        ),
        Para(
            "The table shows each agreed action and its status as reported by management. "
            "Internal Audit will test implementation of high priority actions in Quarter 2."
        ),
        grid(plan.sections, cols, style, header_fill="C9C9C9"),
    ]
    return blocks, Page(landscape=True, footer="Castleford DC – Audit and Governance Committee")


# --- 10. Joint targeted area inspection plan: agency column, finding rows --------------

HALEWOOD = [
    Section(
        None,
        [
            Area(
                "1",
                "Information sharing between agencies at the front door is not always timely "
                "for children at risk of domestic abuse.",
                [
                    A(
                        "1.1",
                        "Share all domestic abuse notifications with schools by 9am the next "
                        "working day (Operation Encompass).",
                        "DI Sarah Penn",
                        "Sept 2024",
                        "m:2024-09",
                        "Complete",
                        "c",
                        extra={"agency": "Police"},
                        progress="In place since 2 September 2024.",
                    ),
                    A(
                        "1.2",
                        "Health visitors and school nurses to attend the daily domestic abuse "
                        "triage.",
                        "Named Nurse Safeguarding",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "On track",
                        "p",
                        extra={"agency": "Health"},
                        progress="Attending three days a week; full cover from November.",
                    ),
                ],
            ),
            Area(
                "2",
                "Plans for children living with domestic abuse do not address the impact on "
                "the child.",
                [
                    Note(
                        "Inspectors found that 6 of the 10 plans they sampled did not say how the "
                        "child's experience would improve."
                    ),
                    A(
                        "2.1",
                        "Deliver Safe and Together training to social workers and early help "
                        "practitioners.",
                        (
                            "Principal Social Worker / Early Help Manager",
                            ["Principal Social Worker", "Early Help Manager"],
                        ),
                        "Sept 24 – Mar 25",
                        "r:2024-09-01:2025-03-31",
                        "On track",
                        "p",
                        extra={"agency": "Council"},
                        progress="Cohorts 1 and 2 complete.",
                    ),
                    A(
                        "2.2",
                        "Multi-agency audit of 20 child protection plans for domestic abuse.",
                        "Partnership QA Lead",
                        "January 2025",
                        "m:2025-01",
                        "Delayed",
                        "o",
                        extra={"agency": "Partnership"},
                        progress="Moved to February because of audit capacity.",
                    ),
                ],
            ),
        ],
    ),
]


def halewood(plan: Plan) -> tuple[list[Block], Page]:
    cols = [
        Col("Ref", "ref", 0.4),
        Col("Agency", "x:agency", 0.8),
        Col("Action", "action", 3.0),
        Col("Lead", "lead", 1.4),
        Col("By when", "due", 1.0),
        Col("Status", "status", 0.8),
        Col("Progress", "progress", 2.0),
    ]
    style = Style(area_mode="row", area_fmt="Finding {ref} – {text}", area_fill="F2F2F2")
    blocks: list[Block] = [
        Heading("Halewood Safeguarding Partnership", 1),
        Heading("Joint targeted area inspection (domestic abuse): multi-agency action plan", 2),
        Para(
            "Inspectors from Ofsted, CQC, HMICFRS and HMI Probation visited Halewood in June "
            "2024. Their letter set out two areas for improvement, shown below as findings."
        ),
        grid(plan.sections, cols, style, header_fill="D9D9D9"),
    ]
    return blocks, Page(landscape=True, footer="Halewood Safeguarding Partnership")


PLANS = [
    Plan(
        "thornbury-focused-visit-plan",
        "docx",
        "dev",
        "council post-Ofsted focused visit",
        THORNBURY,
        thornbury,
    ),
    Plan("ashdown-junior-sdp", "docx", "heldout", "school development plan", ASHDOWN, ashdown),
    Plan(
        "millbrook-trust-cqc-plan",
        "docx",
        "dev",
        "NHS trust CQC improvement plan",
        MILLBROOK,
        millbrook,
    ),
    Plan(
        "westfield-academy-accessibility-plan",
        "docx",
        "heldout",
        "school accessibility plan",
        WESTFIELD,
        westfield,
    ),
    Plan(
        "greystone-catch-up-premium-plan",
        "docx",
        "heldout",
        "catch-up premium plan",
        GREYSTONE,
        greystone,
    ),
    Plan(
        "lowfield-sab-strategic-plan",
        "docx",
        "heldout",
        "safeguarding adults board plan",
        LOWFIELD,
        lowfield,
    ),
    Plan(
        "brayford-edi-action-plan",
        "docx",
        "heldout",
        "council equality (EDI) plan",
        BRAYFORD,
        brayford,
    ),
    Plan(
        "pennington-care-leavers-plan",
        "docx",
        "heldout",
        "council post-Ofsted care leavers plan",
        PENNINGTON,
        pennington,
    ),
    Plan(
        "castleford-audit-follow-up",
        "docx",
        "heldout",
        "committee appendix (internal audit actions)",
        CASTLEFORD,
        castleford,
    ),
    Plan("halewood-jtai-action-plan", "docx", "dev", "multi-agency JTAI plan", HALEWOOD, halewood),
]
