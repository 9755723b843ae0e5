# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The corpus's key-value plans: one small label | value table per action or recommendation,
or one table with the labels down its first column and one action per further column."""

from __future__ import annotations

import html
from collections.abc import Sequence

from docs_html import chrome
from model import Act as A
from model import Area, Plan, Section
from render import Block, Cell, Grid, Heading, Page, Para

LABEL_FILL = "DEEAF6"


def kv_grid(pairs: Sequence[tuple[str, str | Sequence[str]]], *, label_width: float = 1.0) -> Grid:
    """A two-column table: a bold shaded label, then the value as printed."""
    rows: list[list[Cell | None]] = [
        [Cell(label, bold=True, fill=LABEL_FILL), Cell(value)] for label, value in pairs
    ]
    return Grid(rows, [label_width, 3.2], header_rows=0)


def _lines(text: str | None) -> list[str]:
    return [t for t in (text or "").split("\n") if t]


# --- 1. Post-ILACS plan: a recommendation table, then one table per action --------------

TARNSIDE = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the quality and timeliness of strategy discussions for children at risk of significant harm.",
                [
                    A(
                        None,
                        "Introduce a daily multi-agency strategy meeting in the front door service.",
                        "Head of MASH",
                        "March 2024",
                        "m:2024-03",
                        "Blue",
                        "c",
                        progress="Daily meetings running since 12 February 2024 with police and health present.",
                    ),
                    A(
                        None,
                        "Audit twenty strategy discussions each month and report the findings to the Practice Board.",
                        (
                            "Principal Social Worker / Head of Quality Assurance",
                            ["Principal Social Worker", "Head of Quality Assurance"],
                        ),
                        "End of June 2024",
                        "d:2024-06-30",
                        "Green",
                        "p",
                        progress="April and May audits complete; 70% of discussions rated good.",
                    ),
                ],
                timescale="Within three months",
            ),
            Area(
                "2",
                "Make sure that care leavers have up-to-date pathway plans that they have helped to write.",
                [
                    A(
                        None,
                        "Review every pathway plan older than six months with the young person.",
                        "Leaving Care Service Manager",
                        "September 2024",
                        "m:2024-09",
                        "Amber",
                        "o",
                        progress="62% reviewed; turnover of agency staff has slowed progress.",
                    ),
                    A(
                        None,
                        "Co-produce a new pathway plan template with the Children in Care Council.",
                        "Participation Lead",
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "Green",
                        "p",
                        progress="Two workshops held; draft template agreed.",
                    ),
                    A(
                        None,
                        "Train all personal advisers to use the new template.",
                        "Workforce Development Manager",
                        "TBC",
                        "t",
                        "Red",
                        "o",
                        progress="Waiting for the template to be signed off.",
                    ),
                ],
                timescale="Within six months",
            ),
            Area(
                "3",
                "Strengthen management oversight of children living in private fostering arrangements.",
                [
                    A(
                        None,
                        "Add private fostering to the monthly performance scorecard.",
                        "Head of Performance",
                        "April 2024",
                        "m:2024-04",
                        "Blue",
                        "c",
                        progress="Included from the April 2024 scorecard.",
                    ),
                ],
                timescale="Within two months",
            ),
        ],
    ),
]


def tarnside(plan: Plan) -> tuple[list[Block], Page]:
    blocks: list[Block] = [
        Heading("Tarnside Council"),
        Heading("Children's services improvement plan: ILACS inspection, January 2024", 2),
        Para(
            "Each recommendation from the inspection report is shown with its timescale, "
            "followed by the actions we are taking to meet it."
        ),
    ]
    for area in plan.sections[0].areas:
        blocks.append(
            kv_grid(
                [(f"Recommendation {area.ref}", area.line), ("Timescale", area.timescale or "")]
            )
        )
        for act in area.acts:
            blocks.append(
                kv_grid(
                    [
                        ("Action", act.paragraphs),
                        ("Lead officer", act.lead_cell or ""),
                        ("Target date", act.due or ""),
                        ("RAG status", act.status or ""),
                        ("Progress update", act.progress or ""),
                    ]
                )
            )
    return blocks, Page(footer="Tarnside Council – Children's Services")


# --- 2. SEND plan: one Word table per action, its area repeated in each ------------------

BECKFORD = [
    Section(
        "Theme 1 – Identifying needs early",
        [
            Area(
                None,
                "Children's special educational needs are identified before they start school.",
                [
                    A(
                        "1",
                        "Train early years practitioners to use the new SEND identification toolkit.",
                        "Early Years SEND Lead",
                        "July 2024",
                        "m:2024-07",
                        "Complete",
                        "c",
                        outcome="90% of settings have a trained practitioner.",
                    ),
                    A(
                        "2",
                        "Share two-year-old check results with settings, with parents' consent.",
                        (
                            "Health Visiting Manager; Early Years SEND Lead",
                            ["Health Visiting Manager", "Early Years SEND Lead"],
                        ),
                        "December 2024",
                        "m:2024-12",
                        "On track",
                        "p",
                        outcome="Settings receive results for every consenting family.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2 – Timely assessment",
        [
            Area(
                None,
                "Education, health and care needs assessments are completed within 20 weeks.",
                [
                    A(
                        "3",
                        "Recruit three additional educational psychologists.",
                        "Principal Educational Psychologist",
                        "31 March 2025",
                        "d:2025-03-31",
                        "Delayed",
                        "o",
                        outcome="No assessment waits more than six weeks for psychological advice.",
                    ),
                    A(
                        "4",
                        "Publish a monthly timeliness report on the local offer website.",
                        "SEND Performance Officer",
                        "Monthly from January 2025",
                        "o:2025-01-01",
                        "Not started",
                        "n",
                        outcome="Families can see the timeliness figures each month.",
                    ),
                ],
            ),
        ],
    ),
]


def beckford(plan: Plan) -> tuple[list[Block], Page]:
    blocks: list[Block] = [
        Heading("Beckford County Council and Beckford ICB", 1),
        Heading("Written statement of action: SEND local area inspection", 2),
        Para(
            "This statement sets out what the local area partnership will do about each area for improvement."
        ),
    ]
    for section in plan.sections:
        blocks.append(Heading(section.title or "", 2))
        for area in section.areas:
            for act in area.acts:
                blocks.append(
                    kv_grid(
                        [
                            ("Ref", act.ref or ""),
                            ("Area for improvement", area.line),
                            ("What we will do", act.paragraphs),
                            ("Responsible officer", act.lead_cell or ""),
                            ("By when", act.due or ""),
                            ("Status", act.status or ""),
                            ("Success measure", act.outcome or ""),
                        ],
                        label_width=1.3,
                    )
                )
    return blocks, Page(header="Beckford Local Area Partnership")


# --- 3. Safeguarding partnership page: one table per recommendation, action blocks inside -

QUARRYDALE = [
    Section(
        "Theme 1 – Sharing information",
        [
            Area(
                None,
                "Improve how schools and children's social care share information about children at risk of exploitation.",
                [
                    A(
                        None,
                        "Give every secondary school a named contact in the exploitation team.",
                        "Exploitation Team Manager",
                        "June 2024",
                        "m:2024-06",
                        "Green",
                        "p",
                        progress="Contacts named for 14 of 16 schools.",
                    ),
                    A(
                        None,
                        "Add a section on exploitation to the termly designated safeguarding leads' briefing.",
                        ("Education Safeguarding Adviser", ["Education Safeguarding Adviser"]),
                        "Termly",
                        "o",
                        "Green",
                        "p",
                        progress="First briefing held in April 2024.",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Theme 2 – Learning from reviews",
        [
            Area(
                None,
                "Make sure learning from local child safeguarding practice reviews changes practice.",
                [
                    A(
                        None,
                        "Publish a seven-minute briefing for every review within a month of sign-off.",
                        "Partnership Business Manager",
                        "Ongoing",
                        "o",
                        "Green",
                        "p",
                        progress="Briefings published for both reviews signed off this year.",
                    ),
                    A(
                        None,
                        "Audit whether agencies have acted on the recommendations of the last three reviews.",
                        (
                            "Quality Assurance Subgroup Chair and Partnership Business Manager",
                            ["Quality Assurance Subgroup Chair", "Partnership Business Manager"],
                        ),
                        "November 2024",
                        "m:2024-11",
                        "Amber",
                        "o",
                        progress="Audit tool agreed; two agencies have not yet returned evidence.",
                    ),
                    A(
                        None,
                        "Hold a practitioner learning event on neglect.",
                        "Training Coordinator",
                        "February 2024",
                        "m:2024-02",
                        "Blue",
                        "c",
                        progress="Held on 8 February 2024; 120 practitioners attended.",
                    ),
                ],
            ),
        ],
    ),
]


def _th_row(label: str, value: str | Sequence[str] | None) -> str:
    paras = [value] if isinstance(value, str) else list(value or [])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras if p)
    return f'<tr><th scope="row">{html.escape(label)}</th><td>{body}</td></tr>'


def quarrydale(plan: Plan) -> tuple[str, Page]:
    parts = [
        "<h1>Quarrydale Safeguarding Children Partnership: business plan 2024 to 2025</h1>",
        "<p>The partnership agreed these recommendations after its annual review. Under each "
        "recommendation are the actions partners will take, who owns them and how far they have got.</p>",
    ]
    for section in plan.sections:
        parts.append(f"<h2>{html.escape(section.title or '')}</h2>")
        for area in section.areas:
            rows = [_th_row("Recommendation", area.line)]
            for act in area.acts:
                rows += [
                    _th_row("Action", act.paragraphs),
                    _th_row("Owner", _lines(act.lead_cell)),
                    _th_row("Deadline", act.due),
                    _th_row("Rating", act.status),
                    _th_row("Commentary", act.progress),
                ]
            parts.append(f'<table class="plan"><tbody>{"".join(rows)}</tbody></table>')
    page = Page(
        title="Business plan – Quarrydale Safeguarding Children Partnership",
        html_chrome=chrome(
            "Quarrydale Safeguarding Children Partnership", ["Home", "About us", "Business plan"]
        ),
    )
    return "\n".join(parts), page


# --- 4. School post-Ofsted plan: labels down the first column, one action per column -----

SELBOURNE = [
    Section(
        None,
        [
            Area(
                "1",
                "Make sure that the reading curriculum helps the weakest readers to catch up quickly.",
                [
                    A(
                        "1.1",
                        "Assess every pupil in Years 2 to 6 against the phonics programme.",
                        "Reading Lead",
                        "October 2023",
                        "m:2023-10",
                        "Complete",
                        "c",
                        progress="All pupils assessed; 38 need daily catch-up.",
                    ),
                    A(
                        "1.2",
                        "Run daily catch-up sessions for pupils below the expected phonics phase.",
                        (
                            "Reading Lead / Teaching Assistants",
                            ["Reading Lead", "Teaching Assistants"],
                        ),
                        "Spring term 2024",
                        "r:2024-01-01:2024-03-31",
                        "On track",
                        "p",
                        progress="Sessions running in every class; half of the pupils have moved up a phase.",
                    ),
                    A(
                        "1.3",
                        "Buy decodable reading books matched to the programme.",
                        "School Business Manager",
                        "December 2023",
                        "m:2023-12",
                        "Complete",
                        "c",
                        progress="Books bought and in use.",
                    ),
                ],
            ),
            Area(
                "2",
                "Make sure that leaders check how well the curriculum is taught in the foundation subjects.",
                [
                    A(
                        "2.1",
                        "Give each subject leader half a day each half term to visit lessons.",
                        "Deputy Headteacher",
                        "From January 2024",
                        "o:2024-01-01",
                        "On track",
                        "p",
                        progress="Subject leaders have visited history, geography and art lessons.",
                    ),
                    A(
                        "2.2",
                        "Report subject leaders' findings to the governors' curriculum committee.",
                        "Headteacher",
                        "Summer term 2024",
                        "r:2024-04-01:2024-07-31",
                        "Not started",
                        "n",
                        progress="First report due at the June meeting.",
                    ),
                ],
            ),
        ],
    ),
]


def selbourne(plan: Plan) -> tuple[list[Block], Page]:
    blocks: list[Block] = [
        Heading("Selbourne Church of England Primary School"),
        Heading("Post-inspection action plan (inspection 19–20 September 2023)", 2),
    ]
    for area in plan.sections[0].areas:
        acts = area.acts
        labels: list[tuple[str, list[Cell]]] = [
            ("Action no.", [Cell(a.ref or "") for a in acts]),
            ("Action", [Cell(a.paragraphs) for a in acts]),
            ("Who", [Cell(_lines(a.lead_cell)) for a in acts]),
            ("When", [Cell(a.due or "") for a in acts]),
            ("Progress", [Cell(a.progress or "") for a in acts]),
            ("RAG", [Cell(a.status or "") for a in acts]),
        ]
        rows: list[list[Cell | None]] = [
            [Cell(label, bold=True, fill=LABEL_FILL), *cells] for label, cells in labels
        ]
        blocks.append(Para(f"Area for improvement {area.ref}: {area.line}", bold=True))
        blocks.append(Grid(rows, [1.0] + [2.4] * len(acts), header_rows=0))
    return blocks, Page(landscape=True, footer="Selbourne CE Primary School")


# --- 5. Peer review plan in Word: each action a block of "Label: value" paragraphs -------

HOLLINSBROOK = [
    Section(
        None,
        [
            Area(
                "1",
                "Develop a shared understanding of what good practice looks like across early help.",
                [
                    A(
                        None,
                        "Publish an early help practice standard agreed with partners.",
                        "Head of Early Help",
                        "January 2025",
                        "m:2025-01",
                        "Complete",
                        "c",
                        progress="Standard published on 14 January 2025 and launched at the partnership forum.",
                    ),
                    A(
                        None,
                        "Audit a sample of early help assessments against the standard each quarter.",
                        (
                            "Quality Assurance Manager / Early Help Team Managers",
                            ["Quality Assurance Manager", "Early Help Team Managers"],
                        ),
                        "Quarterly from April 2025",
                        "o:2025-04-01",
                        "On track",
                        "p",
                        progress="First audit of 30 assessments completed in April 2025.",
                    ),
                ],
            ),
            Area(
                "2",
                "Make sure families' views shape how services are designed.",
                [
                    A(
                        None,
                        "Set up a parent and carer reference group for early help.",
                        "Participation Officer",
                        "June 2025",
                        "m:2025-06",
                        "Delayed",
                        "o",
                        progress="Recruitment of members has been slower than planned.",
                    ),
                ],
            ),
        ],
    ),
]


def hollinsbrook(plan: Plan) -> tuple[list[Block], Page]:
    blocks: list[Block] = [
        Heading("Hollinsbrook Borough Council", 1),
        Heading("Early help peer review: action plan", 2),
        Para(
            "The peer review team made two recommendations. The actions we are taking in "
            "response to each are set out below."
        ),
    ]
    for area in plan.sections[0].areas:
        blocks.append(Heading(f"Recommendation {area.ref}: {area.line}", 2))
        for act in area.acts:
            blocks += [
                Para(f"Action: {act.paragraphs[0]}"),
                Para(f"Lead officer: {(act.lead_cell or '').replace(chr(10), ' / ')}"),
                Para(f"Timescale: {act.due or ''}"),
                Para(f"Status: {act.status or ''}"),
                Para(f"Progress: {act.progress or ''}"),
            ]
    return blocks, Page(footer="Hollinsbrook Borough Council")


PLANS = [
    Plan(
        "tarnside-ilacs-action-plan",
        "pdf",
        "dev",
        "council post-Ofsted (ILACS) plan",
        TARNSIDE,
        tarnside,
    ),
    Plan(
        "beckford-send-written-statement",
        "docx",
        "dev",
        "SEND written statement of action",
        BECKFORD,
        beckford,
    ),
    Plan(
        "quarrydale-lscp-business-plan",
        "html",
        "dev",
        "safeguarding partnership plan",
        QUARRYDALE,
        quarrydale,
    ),
    Plan(
        "hollinsbrook-early-help-peer-review",
        "docx",
        "dev",
        "council peer review plan",
        HOLLINSBROOK,
        hollinsbrook,
    ),
    Plan(
        "selbourne-primary-post-ofsted-plan",
        "pdf",
        "dev",
        "school post-Ofsted plan",
        SELBOURNE,
        selbourne,
    ),
]
