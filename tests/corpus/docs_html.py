# ruff: noqa: E501  (plan text is data: its strings are kept whole)
"""The corpus's web-page plans: invented authorities, content and expectations, and layouts."""

from __future__ import annotations

import html

from layouts import Col, Style, grid
from model import Act as A
from model import Area, Plan, Section
from render import Cell, Grid, Page, html_table


def chrome(site: str, crumbs: list[str]) -> dict[str, str]:
    """The header, navigation, breadcrumbs and footer a council website wraps a page in."""
    nav = "".join(
        f'<li><a href="/{x.lower()}">{x}</a></li>'
        for x in ("Home", "Services", "Council and democracy", "News", "Contact us")
    )
    trail = " &gt; ".join(f'<a href="#">{html.escape(c)}</a>' for c in crumbs)
    top = (
        f'<header><a class="logo" href="/">{html.escape(site)}</a>'
        '<form role="search"><input name="q" placeholder="Search"></form></header>'
        f'<nav aria-label="Main"><ul>{nav}</ul></nav>'
        f'<nav aria-label="Breadcrumb" class="breadcrumbs">{trail}</nav>'
    )
    bottom = (
        "<footer><ul><li>Accessibility statement</li><li>Privacy</li><li>Cookies</li></ul>"
        f"<p>&copy; {html.escape(site)} 2024</p></footer>"
    )
    return {"top": top, "bottom": bottom}


def esc(text: str) -> str:
    return html.escape(text)


# --- 1. Committee report page: attendance table, prose, plan, glossary ----------------

REDCLIFFE = [
    Section(
        None,
        [
            Area(
                "1",
                "Education, health and care plans are completed on time and are of good quality.",
                [
                    A(
                        "1.1",
                        "Recruit two permanent EHC co-ordinators to replace agency staff.",
                        "HoS SEND",
                        "Jan 2024",
                        "m:2024-01",
                        "G",
                        "p",
                        progress="One appointed; second post re-advertised.",
                    ),
                    A(
                        "1.2",
                        "Introduce a fortnightly multi-agency EHC plan quality panel.",
                        ("HoS SEND, DCO", ["HoS SEND", "DCO"]),
                        "Nov 2023",
                        "m:2023-11",
                        "B",
                        "c",
                        progress="Panel running since 6 November.",
                    ),
                ],
            ),
            Area(
                "2",
                "Children with SEND get the health support they need without long waits.",
                [
                    A(
                        "2.1",
                        "Agree a recovery plan for the neurodevelopmental assessment waiting list.",
                        ("DCO / ICB Commissioner", ["DCO", "ICB Commissioner"]),
                        "Q4 2023/24",
                        "q:2024-01-01:2024-03-31",
                        "A",
                        "o",
                        progress="Plan agreed; extra capacity not yet funded.",
                    ),
                    A(
                        "2.2",
                        "Publish waiting times for therapy services on the local offer.",
                        "LO Officer",
                        "TBC",
                        "t",
                        "R",
                        "o",
                        progress="Data quality issues with the provider's system.",
                    ),
                ],
            ),
            Area(
                "3",
                "Young people are well prepared for adulthood.",
                [
                    A(
                        "3.1",
                        "Create a preparing-for-adulthood team for young people aged 14 to 25.",
                        "AD Inclusion",
                        "April 2024",
                        "m:2024-04",
                        "G",
                        "p",
                        progress="Team manager appointed; team launches 1 April.",
                    ),
                ],
            ),
        ],
    ),
]


def redcliffe(plan: Plan) -> tuple[str, Page]:
    attendance = Grid(
        [
            [Cell("Councillor"), Cell("Role"), Cell("Attendance")],
            [Cell("Cllr Margaret Ellison"), Cell("Chair"), Cell("Present")],
            [Cell("Cllr David Okafor"), Cell("Vice-Chair"), Cell("Present")],
            [Cell("Cllr Priya Shah"), Cell("Member"), Cell("Apologies")],
            [Cell("Cllr Tom Hughes"), Cell("Member"), Cell("Present")],
            [Cell("Cllr Helen Marsh"), Cell("Member"), Cell("Present as substitute")],
        ],
        [2, 1, 1],
    )
    cols = [
        Col("Ref", "ref"),
        Col("Action", "action"),
        Col("Owner", "lead"),
        Col("By when", "due"),
        Col("RAG", "status"),
        Col("Update", "progress"),
    ]
    style = Style(area_mode="row", area_fmt="Priority {ref}: {text}", area_fill="EEEEEE")
    glossary = Grid(
        [
            [Cell("Abbreviation"), Cell("Meaning")],
            [Cell("AD"), Cell("Assistant Director")],
            [Cell("DCO"), Cell("Designated Clinical Officer")],
            [Cell("HoS"), Cell("Head of Service")],
            [Cell("ICB"), Cell("Integrated Care Board")],
            [Cell("LO"), Cell("Local Offer")],
        ],
        [1, 3],
    )
    body = "\n".join(
        [
            "<h1>Children and Young People Scrutiny Committee</h1>",
            "<p class='meeting'>Tuesday, 12th December, 2023 6.30 pm, Committee Room 2, "
            "Redcliffe Town Hall</p>",
            "<h2>Attendance</h2>",
            html_table(attendance, css="attendance"),
            "<h2>Item 6: SEND Improvement Plan – progress update</h2>",
            "<p>The Assistant Director for Inclusion introduced the report. She explained that "
            "the plan responds to the local area SEND inspection of June 2023 and that progress "
            "is reviewed monthly by the SEND Improvement Board.</p>",
            "<p>Members asked about the waiting list for autism assessments. The Designated "
            "Clinical Officer said the recovery plan had been agreed but that funding for extra "
            "capacity was still being discussed with the ICB.</p>",
            "<p><strong>RESOLVED:</strong> That the Committee notes the progress set out in "
            "Appendix 1 and asks for a further update in six months.</p>",
            "<h3>Appendix 1: SEND Improvement Plan progress (RAG: B complete, G on track, "
            "A at risk, R off track)</h3>",
            html_table(grid(plan.sections, cols, style)),
            "<h3>Glossary</h3>",
            html_table(glossary, css="glossary"),
            "<h2>Documents</h2><ul><li><a href='#'>Report – SEND Improvement Plan PDF 210 KB"
            "</a></li><li><a href='#'>Minutes of previous meeting</a></li></ul>",
        ]
    )
    page = Page(
        title="Agenda item - SEND Improvement Plan - progress update",
        html_chrome=chrome(
            "Redcliffe Borough Council",
            [
                "Home",
                "Council and democracy",
                "Meetings",
                "Children and Young People Scrutiny Committee",
            ],
        ),
    )
    return body, page


# --- 2. Post-inspection plan with a two-row header and rowspan areas ------------------

RAVENSWORTH = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the quality of assessments for disabled children so that they "
                "reflect the child's wishes and feelings.",
                [
                    A(
                        "1.1",
                        "Adopt a disabled children's assessment framework with communication "
                        "tools for non-verbal children.",
                        "Head of Disabled Children's Service",
                        "31 January 2024",
                        "d:2024-01-31",
                        "Green",
                        "p",
                        progress="Framework drafted with the parent carer forum.",
                    ),
                    A(
                        "1.2",
                        "Audit ten assessments each month against the new framework.",
                        "QA Manager",
                        "Monthly",
                        "o",
                        "Amber",
                        "o",
                        progress="Only four audits completed in December owing to sickness.",
                    ),
                ],
            ),
            Area(
                "2",
                "Strengthen the oversight of children placed in unregistered children's homes.",
                [
                    A(
                        "2.1",
                        "Director to approve and review every unregistered placement weekly.",
                        "Director of Children's Services",
                        "Immediate and ongoing",
                        "o",
                        "Complete",
                        "c",
                        progress="Weekly review in place since October 2023.",
                    ),
                    A(
                        "2.2",
                        "Increase in-house residential capacity by opening two new homes.",
                        (
                            "Assistant Director – Resources; Head of Residential Care",
                            ["Assistant Director – Resources", "Head of Residential Care"],
                        ),
                        "Mar-25",
                        "m:2025-03",
                        "Red",
                        "o",
                        progress="Planning permission for the second home refused.",
                    ),
                ],
            ),
        ],
    ),
]


def ravensworth(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Area for improvement", "aref_area", 2),
        Col("Ref", "ref", 0.5, "Actions"),
        Col("Description", "action", 3, "Actions"),
        Col("Owner", "lead", 1.2, "Actions"),
        Col("Deadline", "due", 1, "Progress"),
        Col("Commentary", "progress", 2, "Progress"),
        Col("Rating", "status", 0.6, "Progress"),
    ]
    style = Style(area_mode="merge", area_fmt="{ref}. {text}")
    body = "\n".join(
        [
            "<h1>Ravensworth Children's Services: Improvement Plan</h1>",
            "<p>Last updated: 8 January 2024</p>",
            "<p>This page shows our plan in response to the areas for improvement in Ofsted's "
            "report. Ratings are Complete, Green (on track), Amber (at risk) and Red (off "
            "track).</p>",
            html_table(grid(plan.sections, cols, style)),
            "<p>If you need this information in another format, please contact us.</p>",
        ]
    )
    page = Page(
        title="Improvement plan | Ravensworth Council",
        html_chrome=chrome(
            "Ravensworth Council", ["Home", "Children and families", "Improvement plan"]
        ),
    )
    return body, page


# --- 3. SEND plan: recommendation headings with bracketed timescales, small tables -------

COLDHARBOUR = [
    Section(
        "Theme 1 – Help at the earliest point",
        [
            Area(
                "1",
                "Improve how quickly children's needs are identified in early years settings.",
                [
                    A(
                        None,
                        "Fund a SEND outreach teacher for private and voluntary nurseries.",
                        "Early Years Inclusion Manager",
                        "September 2024",
                        "m:2024-09",
                        "Green",
                        "p",
                    ),
                    A(
                        None,
                        "Add SEND questions to the two-year-old integrated review.",
                        "Health Visiting Lead",
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "Amber",
                        "o",
                    ),
                ],
                timescale="within three months",
            ),
            Area(
                "2",
                "Make sure families know where to go for help before a formal assessment.",
                [
                    A(
                        None,
                        "Launch a SEND advice line staffed by the Information, Advice and Support "
                        "Service.",
                        "IASS Manager",
                        "End of July 2024",
                        "d:2024-07-31",
                        "Green",
                        "p",
                    ),
                ],
                timescale="within two months",
            ),
        ],
    ),
    Section(
        "Theme 2 – The right support in school",
        [
            Area(
                "3",
                "Reduce suspensions and exclusions of pupils with SEND.",
                [
                    A(
                        None,
                        "Create an inclusion support team to work with schools with the highest "
                        "rates.",
                        (
                            "Head of Inclusion\nPrincipal Educational Psychologist",
                            ["Head of Inclusion", "Principal Educational Psychologist"],
                        ),
                        "Sept 2024 – July 2025",
                        "r:2024-09-01:2025-07-31",
                        "Green",
                        "p",
                    ),
                    A(
                        None,
                        "Report suspension data for pupils with SEND to the Schools Forum each "
                        "term.",
                        "Performance Manager",
                        "Termly",
                        "o",
                        "Red",
                        "o",
                    ),
                ],
                timescale="within six months",
            ),
        ],
    ),
]


def coldharbour(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("What", "action", 3),
        Col("Who", "lead", 1.4),
        Col("When", "due", 1.2),
        Col("RAG", "status", 0.6),
    ]
    style = Style(area_mode="none", section_mode="none")
    parts = [
        "<h1>Coldharbour SEND and Alternative Provision Improvement Plan</h1>",
        "<p>Following the area SEND inspection in March 2024, Coldharbour Council and NHS "
        "Coldharbour ICB agreed this plan. Each recommendation from the inspection report is "
        "shown with its timescale and the actions we are taking.</p>",
    ]
    for section in plan.sections:
        parts.append(f"<h2>{esc(section.title or '')}</h2>")
        for area in section.areas:
            parts.append(f"<h3>Recommendation {area.ref} ({area.timescale}): {esc(area.line)}</h3>")
            parts.append(html_table(grid([Section(None, [area])], cols, style)))
    page = Page(
        title="SEND improvement plan – Coldharbour Council",
        html_chrome=chrome("Coldharbour Council", ["Home", "Education", "SEND"]),
    )
    return "\n".join(parts), page


# --- 4. Peer challenge plan with one key-value table per action ------------------------

ASHBY = [
    Section(
        None,
        [
            Area(
                "1",
                "A clear and shared vision for the place",
                [
                    A(
                        "1.1",
                        "Agree a new Council Plan with residents, partners and staff.",
                        "Chief Executive",
                        "March 2025",
                        "m:2025-03",
                        "In progress",
                        "p",
                        progress="Resident survey closed with 2,400 responses; draft plan in January.",
                    ),
                    A(
                        "1.2",
                        "Set up a quarterly partnership summit with health, police and business.",
                        (
                            "Leader of the Council and Chief Executive",
                            ["Leader of the Council", "Chief Executive"],
                        ),
                        "Quarterly",
                        "o",
                        "Complete",
                        "c",
                        progress="First summit held 18 October 2024.",
                    ),
                ],
            ),
            Area(
                "2",
                "Financial sustainability",
                [
                    A(
                        "2.1",
                        "Close the medium-term budget gap through a savings programme agreed by "
                        "Cabinet.",
                        "Section 151 Officer",
                        "February 2025",
                        "m:2025-02",
                        "At risk",
                        "o",
                        progress="£3.1m of the £4.5m gap identified so far.",
                    ),
                    A(
                        "2.2",
                        "Review the capital programme and pause schemes that are not yet "
                        "contracted.",
                        "Director of Finance",
                        "31 December 2024",
                        "d:2024-12-31",
                        "Not started",
                        "n",
                    ),
                ],
            ),
        ],
    ),
]


def ashby(plan: Plan) -> tuple[str, Page]:
    parts = [
        "<h1>LGA Corporate Peer Challenge – Ashby District Council Action Plan</h1>",
        "<p>The peer challenge team made recommendations under two headings. For each one we "
        "have set out the actions we will take.</p>",
    ]
    for _, area in ((s, a) for s in plan.sections for a in s.areas):
        parts.append(f"<h2>Recommendation {area.ref}: {esc(area.line)}</h2>")
        for act in area.acts:
            rows = [
                ("What we will do", act.paragraphs[0]),
                ("Lead officer", act.lead_cell or ""),
                ("Completion date", act.due or ""),
                ("Status", act.status or ""),
                ("Progress", act.progress or ""),
            ]
            body = "".join(
                f"<tr><th scope='row'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows
            )
            parts.append(
                f"<table class='action'><caption>Action {act.ref}</caption>"
                f"<tbody>{body}</tbody></table>"
            )
    page = Page(
        title="Peer challenge action plan",
        html_chrome=chrome(
            "Ashby District Council", ["Home", "Your council", "Performance", "Peer challenge"]
        ),
    )
    return "\n".join(parts), page


# --- 5. NHS board paper: flat list, must/should column, two lead columns ---------------

MOORGATE = [
    Section(
        None,
        [
            Area(
                None,
                None,
                [
                    A(
                        "M1",
                        "Ensure all patients in the emergency department have a documented pain "
                        "score within 30 minutes of arrival.",
                        ("ED Matron", ["ED Matron", "Chief Nurse"]),
                        "30/09/2024",
                        "d:2024-09-30",
                        "Closed",
                        "c",
                        extra={"ms": "Must", "exec": "Chief Nurse"},
                    ),
                    A(
                        "M2",
                        "Ensure mental capacity assessments are completed and recorded for patients "
                        "who lack capacity.",
                        ("MCA Lead", ["MCA Lead", "Medical Director"]),
                        "31/12/2024",
                        "d:2024-12-31",
                        "Open – on track",
                        "p",
                        extra={"ms": "Must", "exec": "Medical Director"},
                    ),
                    A(
                        "S1",
                        "Improve the completion of venous thromboembolism risk assessments on "
                        "surgical wards.",
                        (
                            "Surgical Clinical Director",
                            ["Surgical Clinical Director", "Medical Director"],
                        ),
                        "30/11/2024",
                        "d:2024-11-30",
                        "Open – overdue",
                        "o",
                        extra={"ms": "Should", "exec": "Medical Director"},
                    ),
                    A(
                        "S2",
                        "Make sure translated discharge information is available in the five most "
                        "common languages.",
                        ("Patient Experience Lead", ["Patient Experience Lead", "Chief Nurse"]),
                        "Q4 2024/25",
                        "q:2025-01-01:2025-03-31",
                        "Open – on track",
                        "p",
                        extra={"ms": "Should", "exec": "Chief Nurse"},
                    ),
                ],
            ),
        ],
    ),
]


def moorgate(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("ID", "ref"),
        Col("Must / Should", "x:ms"),
        Col("Action required", "action"),
        Col("Action owner", "lead"),
        Col("Executive lead", "x:exec"),
        Col("Target date", "due"),
        Col("Status", "status"),
    ]
    body = "\n".join(
        [
            "<h1>Trust Board – 7 November 2024</h1>",
            "<h2>Paper 11: CQC action plan – medical care and urgent and emergency care</h2>",
            "<table class='cover'><tr><th>Executive sponsor</th><td>Chief Nurse</td></tr>"
            "<tr><th>Purpose</th><td>For assurance</td></tr>"
            "<tr><th>Previously considered by</th><td>Quality Committee, 24 October 2024</td></tr>"
            "</table>",
            "<p>The Board is asked to note progress against the four actions arising from the "
            "CQC inspection. One action is overdue and has a recovery plan.</p>",
            html_table(grid(plan.sections, cols, Style(area_mode="none", section_mode="none"))),
        ]
    )
    page = Page(
        title="Trust Board papers – Moorgate Community and Acute NHS Trust",
        html_chrome=chrome(
            "Moorgate Community and Acute NHS Trust", ["Home", "About us", "Board meetings"]
        ),
    )
    return body, page


# --- 6. Recovery premium plan: row headers for the barrier, impact column --------------

KINGSMEAD = [
    Section(
        None,
        [
            Area(
                None,
                "Gaps in early reading after the pandemic",
                [
                    A(
                        None,
                        "Daily small-group phonics catch-up for Year 2 pupils.",
                        "Reading Lead",
                        "December 2022",
                        "m:2022-12",
                        "Completed: 18 of 22 pupils passed the phonics re-check.",
                        "c",
                        progress="Completed: 18 of 22 pupils passed the phonics re-check.",
                    ),
                    A(
                        None,
                        "Reading volunteers hear disadvantaged pupils read three times a week.",
                        "Family Liaison Officer",
                        "Ongoing",
                        "o",
                        "Under way: nine volunteers trained.",
                        "p",
                        progress="Under way: nine volunteers trained.",
                    ),
                ],
            ),
            Area(
                None,
                "Pupils' social and emotional needs",
                [
                    A(
                        None,
                        "Train two ELSAs (emotional literacy support assistants).",
                        "SENDCo",
                        "Spring term 2023",
                        "r:2023-01-01:2023-03-31",
                        "Not yet started: training course moved to March.",
                        "n",
                        progress="Not yet started: training course moved to March.",
                    ),
                ],
            ),
        ],
    ),
]


def kingsmead(plan: Plan) -> tuple[str, Page]:
    rows = [
        "<tr><th>Barrier</th><th>Action</th><th>Staff lead</th><th>Review point</th>"
        "<th>Impact so far</th></tr>"
    ]
    for _, area, act in plan.walk():
        first = area.acts[0] is act
        head = (
            f"<th scope='rowgroup' rowspan='{len(area.acts)}'>{esc(area.line)}</th>"
            if first
            else ""
        )
        rows.append(
            f"<tr>{head}<td>{esc(act.paragraphs[0])}</td><td>{esc(act.lead_cell or '')}"
            f"</td><td>{esc(act.due or '')}</td><td>{esc(act.progress or '')}</td></tr>"
        )
    body = "\n".join(
        [
            "<h1>Recovery Premium Plan 2022–23</h1>",
            "<p>Kingsmead Primary received £14,210 recovery premium this year. Below is how we "
            "are spending it and what difference it is making.</p>",
            "<table><caption>Recovery premium: planned actions and impact</caption><thead>"
            + rows[0]
            + "</thead><tbody>"
            + "".join(rows[1:])
            + "</tbody></table>",
        ]
    )
    page = Page(
        title="Recovery premium – Kingsmead Primary School",
        html_chrome=chrome(
            "Kingsmead Primary School", ["Home", "Key information", "Recovery premium"]
        ),
    )
    return body, page


# --- 7. Disability Confident plan: status by symbol with its key -----------------------

ELMBRIDGE = [
    Section(
        None,
        [
            Area(
                None,
                "Getting the right people",
                [
                    A(
                        None,
                        "Guarantee an interview to disabled applicants who meet the essential "
                        "criteria.",
                        "Recruitment Team",
                        "In place",
                        "n",
                        "✔",
                        "c",
                    ),
                    A(
                        None,
                        "Offer application forms in large print, easy read and by phone.",
                        "Recruitment Team",
                        "June 2024",
                        "m:2024-06",
                        "◐",
                        "p",
                    ),
                ],
            ),
            Area(
                None,
                "Keeping and developing people",
                [
                    A(
                        None,
                        "Publish a reasonable adjustments passport for all staff.",
                        (
                            "HR Policy Lead; Disabled Staff Network",
                            ["HR Policy Lead", "Disabled Staff Network"],
                        ),
                        "Sept 2024",
                        "m:2024-09",
                        "◐",
                        "p",
                    ),
                    A(
                        None,
                        "Train all line managers in supporting mental health at work.",
                        "Learning and Development",
                        "2024/25",
                        "y:2024-04-01:2025-03-31",
                        "✘",
                        "n",
                    ),
                ],
            ),
        ],
    ),
]


def elmbridge(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Theme", "area"),
        Col("Action", "action"),
        Col("Responsible", "lead"),
        Col("Target date", "due"),
        Col("Status", "status"),
    ]
    body = "\n".join(
        [
            "<h1>Disability Confident Leader: our action plan</h1>",
            "<p>Elmbridge Housing Group became a Disability Confident Employer in 2022. To reach "
            "Leader level we have committed to the actions below.</p>",
            "<p><strong>Key:</strong> ✔ complete &nbsp; ◐ in progress &nbsp; ✘ not started</p>",
            html_table(grid(plan.sections, cols, Style(area_mode="merge"))),
        ]
    )
    page = Page(
        title="Disability Confident action plan",
        html_chrome=chrome("Elmbridge Housing Group", ["Home", "About us", "Careers"]),
    )
    return body, page


# --- 8. Partnership plan: parallel bullet lists in cells, a multi-paragraph action -------

WHITCOMBE = [
    Section(
        None,
        [
            Area(
                "1",
                "Early help",
                [
                    A(
                        None,
                        "Publish a single early help assessment form for all agencies",
                        "Early Help Manager",
                        "June 2024",
                        "m:2024-06",
                        "Complete",
                        "c",
                        group=1,
                    ),
                    A(
                        None,
                        "Train 200 practitioners as lead professionals",
                        "Partnership Training Lead",
                        "March 2025",
                        "m:2025-03",
                        "In progress",
                        "p",
                        group=1,
                    ),
                    A(
                        None,
                        "Set up family hubs in the three most deprived wards",
                        "Director of Children's Services",
                        "TBC",
                        "t",
                        "Not started",
                        "n",
                        group=1,
                    ),
                ],
            ),
            Area(
                "2",
                "Contextual safeguarding",
                [
                    A(
                        None,
                        [
                            "Develop a contextual safeguarding approach to extra-familial harm.",
                            "This will include a new assessment of places and peer groups, a "
                            "partnership panel and training for practitioners.",
                        ],
                        (
                            "Head of Safeguarding, Detective Chief Inspector",
                            ["Head of Safeguarding", "Detective Chief Inspector"],
                        ),
                        "Dec 2024",
                        "m:2024-12",
                        "In progress",
                        "p",
                    ),
                    A(
                        None,
                        "Audit the response to children missing from education",
                        "Head of Education Welfare",
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "In progress",
                        "p",
                        group=2,
                    ),
                    A(
                        None,
                        "Report themes from return home interviews to the Partnership",
                        "Head of Education Welfare",
                        "Q2 2024/25",
                        "q:2024-07-01:2024-09-30",
                        "In progress",
                        "p",
                        group=2,
                    ),
                ],
            ),
        ],
    ),
]


def whitcombe(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Priority", "aref_area"),
        Col("What we will do", "action"),
        Col("Lead", "lead"),
        Col("By when", "due"),
        Col("Status", "status"),
    ]
    body = "\n".join(
        [
            "<h1>Whitcombe Safeguarding Children Partnership – Annual Plan 2024–25</h1>",
            "<p>The plan below shows what the partnership will do this year under its two "
            "priorities.</p>",
            html_table(
                grid(plan.sections, cols, Style(area_mode="merge", area_fmt="{ref}. {text}"))
            ),
        ]
    )
    page = Page(
        title="Annual plan – Whitcombe Safeguarding Children Partnership",
        html_chrome=chrome(
            "Whitcombe Safeguarding Children Partnership",
            ["Home", "About the partnership", "Annual plan"],
        ),
    )
    return body, page


# --- 9. Adult social care plan: area rows as th colspan, RAG by CSS class --------------

FELSHAM = [
    Section(
        None,
        [
            Area(
                "A",
                "Safe discharge from hospital",
                [
                    A(
                        "A1",
                        "Create a seven-day hospital discharge team with health colleagues.",
                        "Head of Integrated Care",
                        "Q2 2025/26",
                        "q:2025-07-01:2025-09-30",
                        "G",
                        "p",
                        progress="Business case approved.",
                    ),
                    A(
                        "A2",
                        "Review every person receiving reablement at day 5.",
                        "Reablement Manager",
                        "From 1 May 2025",
                        "o:2025-05-01",
                        "A",
                        "o",
                        progress="Started in one locality only.",
                    ),
                ],
            ),
            Area(
                "B",
                "Safeguarding enquiries",
                [
                    A(
                        "B1",
                        "Clear the backlog of safeguarding concerns awaiting triage.",
                        "Principal Social Worker",
                        "Within 8 weeks",
                        "rel",
                        "R",
                        "o",
                        progress="Backlog has grown from 80 to 95.",
                    ),
                    A(
                        "B2",
                        "Introduce a safeguarding quality audit tool.",
                        "Head of Safeguarding Adults",
                        "Done",
                        "n",
                        "B",
                        "c",
                        progress="Tool in use from April.",
                    ),
                ],
            ),
        ],
    ),
]


def felsham(plan: Plan) -> tuple[str, Page]:
    css = {"G": "rag-green", "A": "rag-amber", "R": "rag-red", "B": "rag-blue"}
    rows = [
        "<tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Progress</th><th>RAG</th></tr>"
    ]
    for section in plan.sections:
        for area in section.areas:
            rows.append(
                f"<tr><th colspan='6' scope='colgroup'>{area.ref}. {esc(area.line)}</th></tr>"
            )
            for act in area.acts:
                rows.append(
                    f"<tr><td>{act.ref}</td><td>{esc(act.paragraphs[0])}</td>"
                    f"<td>{esc(act.lead_cell or '')}</td><td>{esc(act.due or '')}</td>"
                    f"<td>{esc(act.progress or '')}</td>"
                    f"<td class='{css[act.status or '']}'>{act.status}</td></tr>"
                )
    body = "\n".join(
        [
            "<style>.rag-green{background:#00b050}.rag-amber{background:#ffc000}"
            ".rag-red{background:#ff0000}.rag-blue{background:#00b0f0}</style>",
            "<h1>Adult Social Care Improvement Plan</h1>",
            "<p>Felsham County Council – progress at June 2025. RAG: B = complete, G = on track, "
            "A = at risk, R = off track.</p>",
            "<table><thead>" + rows[0] + "</thead><tbody>" + "".join(rows[1:]) + "</tbody></table>",
        ]
    )
    page = Page(
        title="Adult social care improvement plan – Felsham County Council",
        html_chrome=chrome("Felsham County Council", ["Home", "Adult social care", "Improvement"]),
    )
    return body, page


# --- 10. Youth justice plan: recommendation only on its first row, no merge ------------

HARTWELL = [
    Section(
        None,
        [
            Area(
                "1",
                "Improve the quality of out-of-court disposal assessments.",
                [
                    A(
                        None,
                        "Use the same assessment tool for every out-of-court disposal.",
                        "YJS Operations Manager",
                        "31st January 2025",
                        "d:2025-01-31",
                        "Green",
                        "p",
                        progress="Tool in use; 70% of cases so far.",
                    ),
                    A(
                        None,
                        "Quality assure a sample of disposals each month at the joint decision "
                        "panel.",
                        (
                            "YJS Police Sergeant / YJS Operations Manager",
                            ["YJS Police Sergeant", "YJS Operations Manager"],
                        ),
                        "Jan-25",
                        "m:2025-01",
                        "Amber",
                        "o",
                        progress="Panel has met twice; QA not yet recorded.",
                    ),
                ],
            ),
            Area(
                "2",
                "Make sure children's education, training and employment needs are met.",
                [
                    A(
                        None,
                        "Second an education officer to the YJS two days a week.",
                        "Head of Virtual School",
                        "Summer 2025",
                        "r:2025-06-01:2025-08-31",
                        "Green",
                        "p",
                        progress="Secondment agreed from June.",
                    ),
                    A(
                        None,
                        "Track the education hours of every child open to the YJS.",
                        "YJS Data Officer",
                        "Within 3 months of the report",
                        "rel",
                        "Red",
                        "o",
                        progress="Not started.",
                    ),
                ],
            ),
        ],
    ),
]


def hartwell(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Recommendation", "aref_area"),
        Col("Action", "action"),
        Col("Owner", "lead"),
        Col("Timescale", "due"),
        Col("Progress", "progress"),
        Col("RAG", "status"),
    ]
    body = "\n".join(
        [
            "<h1>Hartwell Youth Justice Service – HMIP inspection action plan</h1>",
            "<p>HM Inspectorate of Probation inspected Hartwell YJS in October 2024 and made two "
            "recommendations to the service.</p>",
            html_table(
                grid(plan.sections, cols, Style(area_mode="first", area_fmt="{ref}. {text}"))
            ),
            "<dl><dt>Green</dt><dd>On track</dd><dt>Amber</dt><dd>Some risk</dd><dt>Red</dt>"
            "<dd>Off track</dd></dl>",
        ]
    )
    page = Page(
        title="Youth justice inspection action plan",
        html_chrome=chrome("Hartwell Council", ["Home", "Community safety", "Youth justice"]),
    )
    return body, page


PLANS = [
    Plan(
        "redcliffe-scrutiny-send-update",
        "html",
        "dev",
        "committee report page (SEND plan)",
        REDCLIFFE,
        redcliffe,
    ),
    Plan(
        "ravensworth-improvement-plan",
        "html",
        "heldout",
        "council post-Ofsted plan",
        RAVENSWORTH,
        ravensworth,
    ),
    Plan(
        "coldharbour-send-ap-plan", "html", "dev", "SEND improvement plan", COLDHARBOUR, coldharbour
    ),
    Plan(
        "ashby-peer-challenge-plan", "html", "heldout", "council peer challenge plan", ASHBY, ashby
    ),
    Plan(
        "moorgate-trust-board-cqc",
        "html",
        "heldout",
        "NHS trust board CQC plan",
        MOORGATE,
        moorgate,
    ),
    Plan(
        "kingsmead-recovery-premium",
        "html",
        "heldout",
        "recovery premium plan",
        KINGSMEAD,
        kingsmead,
    ),
    Plan(
        "elmbridge-disability-confident",
        "html",
        "heldout",
        "charter-mark (Disability Confident) plan",
        ELMBRIDGE,
        elmbridge,
    ),
    Plan(
        "whitcombe-lscp-annual-plan",
        "html",
        "dev",
        "safeguarding partnership plan",
        WHITCOMBE,
        whitcombe,
    ),
    Plan(
        "felsham-asc-improvement",
        "html",
        "heldout",
        "council adult social care plan",
        FELSHAM,
        felsham,
    ),
    Plan(
        "hartwell-yjs-inspection-plan",
        "html",
        "heldout",
        "youth justice inspection plan",
        HARTWELL,
        hartwell,
    ),
]
