"""The second held-out set's web-page plans: invented bodies, content, expectations, layouts."""

from __future__ import annotations

import html

from docs_html import chrome
from layouts import Col, Style, grid, plan_rows
from model import Act as A
from model import Area, Plan, Section
from render import Page, html_table

# --- 1. Committee appendix: two tables under part headings, a footnote key -------------

_KEY = "¹ C – complete; IP – in progress; NS – not started; O – overdue."

WESTBROOK = [
    Section(
        "Part A – Recommendations for the Safeguarding Adults Board",
        [
            Area(
                "1",
                "The Board should seek assurance that partners understand and use the "
                "multi-agency self-neglect protocol.",
                [
                    A(
                        None,
                        "Relaunch the self-neglect protocol with a briefing for frontline staff in "
                        "every partner agency.",
                        "SAB Business Manager",
                        "March 2025",
                        "m:2025-03",
                        "C",
                        "c",
                    ),
                    A(
                        None,
                        "Audit ten self-neglect cases across agencies and report to the Board.",
                        "Quality and Performance Subgroup",
                        "Q1 2025/26",
                        "q:2025-04-01:2025-06-30",
                        "NS",
                        "n",
                    ),
                ],
            ),
            Area(
                "2",
                "The Board should promote professional curiosity when adults decline care and "
                "support.",
                [
                    A(
                        None,
                        "Add a professional curiosity module to the Board's training offer.",
                        "SAB Training Lead",
                        "December 2024",
                        "m:2024-12",
                        "C",
                        "c",
                    ),
                ],
            ),
        ],
    ),
    Section(
        "Part B – Recommendations for partner agencies",
        [
            Area(
                "3",
                "Adult social care should make sure that care act assessments consider "
                "a person's capacity to make decisions about their own care.",
                [
                    A(
                        None,
                        "Update the assessment template to prompt a mental capacity assessment "
                        "when a person refuses care.",
                        "Principal Social Worker for Adults",
                        "30/11/2024",
                        "d:2024-11-30",
                        "O",
                        "o",
                    ),
                    A(
                        None,
                        "Deliver Mental Capacity Act refresher training to all social workers.",
                        "Adult Social Care Workforce Lead",
                        "Ongoing",
                        "o",
                        "IP",
                        "p",
                    ),
                ],
            ),
            Area(
                "4",
                "The GP practice and community nursing service should agree how they share "
                "concerns about patients who miss appointments.",
                [
                    A(
                        None,
                        "Agree a missed-appointment escalation pathway between primary care and "
                        "community nursing.",
                        (
                            "ICB Designated Nurse – Adult Safeguarding; Community Nursing Manager",
                            [
                                "ICB Designated Nurse – Adult Safeguarding",
                                "Community Nursing Manager",
                            ],
                        ),
                        "TBC",
                        "t",
                        "IP",
                        "p",
                    ),
                ],
            ),
        ],
    ),
]


def westbrook(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Rec", "aref"),
        Col("Recommendation", "area"),
        Col("Action", "action"),
        Col("Lead", "lead"),
        Col("Target date", "due"),
        Col("Status¹", "status"),
    ]
    style = Style(area_mode="merge", section_mode="none")
    parts = [
        "<h1>Adult Social Care and Health Scrutiny Committee – 4 March 2025</h1>",
        "<h2>Item 6: Safeguarding Adults Review ‘Adult D’ – progress on the action plan</h2>",
        "<p><strong>1. Purpose of the report</strong></p>",
        "<p>1.1 To update the committee on the actions agreed after the Safeguarding Adults "
        "Review into the death of Adult D, published in July 2024.</p>",
        "<p><strong>2. Recommendation</strong></p>",
        "<p>2.1 That the committee notes the progress set out in Appendix B.</p>",
        "<h2>Appendix B – Action plan</h2>",
    ]
    for section in plan.sections:
        parts.append(f"<h3>{html.escape(section.title or '')}</h3>")
        parts.append(html_table(grid([section], cols, style)))
        parts.append(f'<p class="footnote"><small>{html.escape(_KEY)}</small></p>')
    parts.append("<p>Contact officer: SAB Business Manager, telephone 01632 960123.</p>")
    page = Page(
        title="Item 6 – SAR Adult D action plan – Westbrook Council",
        html_chrome=chrome("Westbrook Council", ["Home", "Council and democracy", "Meetings"]),
    )
    return "\n".join(parts), page


# --- 2. NHS trust WRES plan: a table per indicator with the indicator as its caption -------

HILLCREST = [
    Section(
        None,
        [
            Area(
                "2",
                "Relative likelihood of white applicants being appointed from shortlisting "
                "compared with Black and minority ethnic applicants",
                [
                    A(
                        None,
                        "Put a trained inclusion ambassador on every interview panel for posts "
                        "at band 7 and above.",
                        ("Chief People Officer", ["Chief People Officer", "Head of Recruitment"]),
                        "Q3 2024/25",
                        "q:2024-10-01:2024-12-31",
                        "🟢",
                        "p",
                        extra={"lead2": "Head of Recruitment"},
                    ),
                    A(
                        None,
                        "Publish shortlisting and appointment data by ethnicity for each division "
                        "every six months.",
                        (
                            "Chief People Officer",
                            ["Chief People Officer", "Workforce Information Manager"],
                        ),
                        "June 2025",
                        "m:2025-06",
                        "🟠",
                        "o",
                        extra={"lead2": "Workforce Information Manager"},
                    ),
                ],
            ),
            Area(
                "5",
                "Percentage of staff experiencing harassment, bullying or abuse from patients, "
                "relatives or the public",
                [
                    A(
                        None,
                        "Introduce a zero-tolerance statement and a process for warning patients "
                        "who abuse staff.",
                        ("Chief Nurse", ["Chief Nurse", "Head of Security"]),
                        "Complete",
                        "n",
                        "✅",
                        "c",
                        extra={"lead2": "Head of Security"},
                    ),
                    A(
                        None,
                        "Offer a debrief by a trained peer supporter to every member of staff "
                        "who reports racist abuse.",
                        ("Chief Nurse", ["Chief Nurse", "Freedom to Speak Up Guardian"]),
                        "Summer 2025",
                        "r:2025-06-01:2025-08-31",
                        "🔴",
                        "o",
                        extra={"lead2": "Freedom to Speak Up Guardian"},
                    ),
                ],
            ),
            Area(
                "9",
                "Difference between the Board's voting membership and its overall workforce "
                "by ethnicity",
                [
                    A(
                        None,
                        "Run a reverse mentoring programme pairing Board members with staff from "
                        "ethnic minority backgrounds.",
                        ("Chair", ["Chair", "Head of Equality, Diversity and Inclusion"]),
                        "2025/26",
                        "y:2025-04-01:2026-03-31",
                        "🟢",
                        "p",
                        extra={"lead2": "Head of Equality, Diversity and Inclusion"},
                    ),
                ],
            ),
        ],
    )
]


def hillcrest(plan: Plan) -> tuple[str, Page]:
    cols = [
        Col("Action", "action"),
        Col("Executive sponsor", "lead"),
        Col("Lead", "x:lead2"),
        Col("Timescale", "due"),
        Col("Status", "status"),
    ]
    style = Style(area_mode="none", section_mode="none")
    parts = [
        "<h1>Workforce Race Equality Standard (WRES) action plan 2024–26</h1>",
        "<p>Every NHS trust reports on nine WRES indicators each year. Our 2024 data showed we "
        "need to act on three of them. The People Committee reviews this plan twice a year.</p>",
        "<p><strong>Status key</strong></p>",
        "<ul class='key'><li>✅ Complete</li><li>🟢 On track</li><li>🟠 At risk</li>"
        "<li>🔴 Off track</li></ul>",
    ]
    for area in plan.sections[0].areas:
        caption = f"Indicator {area.ref}: {area.line}"
        table = grid([Section(None, [area])], cols, style)
        parts.append(html_table(table, caption=caption, css="wres"))
    page = Page(
        title="WRES action plan – Hillcrest University Hospitals NHS Foundation Trust",
        html_chrome=chrome(
            "Hillcrest University Hospitals NHS Foundation Trust",
            ["Home", "Working for us", "Equality, diversity and inclusion"],
        ),
    )
    return "\n".join(parts), page


# --- 3. Community safety partnership plan: design-system tables, row headers, tags -------

_TAG = {"Complete": "green", "On track": "blue", "Delayed": "orange", "Not started": "grey"}

OLDBURY = [
    Section(
        None,
        [
            Area(
                "1",
                "Reduce serious violence",
                [
                    A(
                        "SV1",
                        "Map where and when knife crime happens, with police, hospital and "
                        "youth service data.",
                        "Oldbury Police",
                        "September 2024",
                        "m:2024-09",
                        "Complete",
                        "c",
                        progress="Strategic needs assessment published.",
                    ),
                    A(
                        "SV2",
                        "Fund youth workers in the emergency department to talk to young people "
                        "admitted with violent injuries.",
                        (
                            "Violence Reduction Unit / NHS Oldbury ICB",
                            ["Violence Reduction Unit", "NHS Oldbury ICB"],
                        ),
                        "Q2 2025/26",
                        "q:2025-07-01:2025-09-30",
                        "On track",
                        "p",
                        progress="Provider chosen; service starts in April.",
                    ),
                ],
            ),
            Area(
                "2",
                "Tackle anti-social behaviour in town centres",
                [
                    A(
                        "ASB1",
                        "Extend public space CCTV to the Market Street and bus station areas.",
                        "Community Safety Manager",
                        "Spring 2025",
                        "r:2025-03-01:2025-05-31",
                        "Delayed",
                        "o",
                        progress="Planning permission for two cameras still awaited.",
                    ),
                    A(
                        "ASB2",
                        "Hold monthly multi-agency problem-solving meetings for the three "
                        "hotspot wards.",
                        (
                            "Neighbourhood Policing Inspector\nAnti-social Behaviour Officer",
                            ["Neighbourhood Policing Inspector", "Anti-social Behaviour Officer"],
                        ),
                        "Monthly",
                        "o",
                        "On track",
                        "p",
                        progress="Meetings held since June.",
                    ),
                ],
            ),
            Area(
                "3",
                "Protect people from domestic abuse",
                [
                    A(
                        "DA1",
                        "Recommission the independent domestic violence advisers service.",
                        "Domestic Abuse Co-ordinator",
                        "1 April 2025",
                        "d:2025-04-01",
                        "Not started",
                        "n",
                        progress="",
                    ),
                ],
            ),
        ],
    )
]


def _cell(texts: list[str]) -> str:
    return "<br>".join(html.escape(t) for t in texts)


def _oldbury_table(area: Area) -> str:
    cols = [
        Col("Ref", "ref"),
        Col("What we will do", "action"),
        Col("Lead partner", "lead"),
        Col("When", "due"),
        Col("Status", "status"),
        Col("Latest update", "progress"),
    ]
    head = "".join(
        f'<th scope="col" class="govuk-table__header">{html.escape(c.heading)}</th>' for c in cols
    )
    rows = []
    for row in plan_rows(
        [Section(None, [area])], cols, Style(area_mode="none", section_mode="none")
    ):
        ref, action, lead, due, status, update = (c.paragraphs if c else [] for c in row)
        word = " ".join(status)
        tag = f'<strong class="govuk-tag govuk-tag--{_TAG[word]}">{html.escape(word)}</strong>'
        rows.append(
            '<tr class="govuk-table__row">'
            f'<th scope="row" class="govuk-table__header">{_cell(ref)}</th>'
            f'<td class="govuk-table__cell">{_cell(action)}</td>'
            f'<td class="govuk-table__cell">{_cell(lead)}</td>'
            f'<td class="govuk-table__cell">{_cell(due)}</td>'
            f'<td class="govuk-table__cell">{tag}</td>'
            f'<td class="govuk-table__cell">{_cell(update)}</td></tr>'
        )
    return (
        '<table class="govuk-table"><thead class="govuk-table__head">'
        f'<tr class="govuk-table__row">{head}</tr></thead>'
        f'<tbody class="govuk-table__body">{"".join(rows)}</tbody></table>'
    )


def oldbury(plan: Plan) -> tuple[str, Page]:
    parts = [
        '<h1 class="govuk-heading-xl">Safer Oldbury Partnership: community safety plan '
        "2024 to 2027</h1>",
        '<p class="govuk-body-l">The Safer Oldbury Partnership brings together the council, '
        "police, fire service, probation and health to reduce crime and make people feel "
        "safer.</p>",
        '<details class="govuk-details"><summary>How we report progress</summary>'
        '<div class="govuk-details__text">The partnership board reviews every action each '
        "quarter. Statuses are complete, on track, delayed or not started.</div></details>",
    ]
    for area in plan.sections[0].areas:
        parts.append(
            f'<h2 class="govuk-heading-l">Priority {area.ref}: {html.escape(area.line)}</h2>'
        )
        parts.append(_oldbury_table(area))
    page = Page(
        title="Community safety plan 2024 to 2027 – Oldbury Borough Council",
        html_chrome=chrome("Oldbury Borough Council", ["Home", "Community safety"]),
    )
    return "\n".join(parts), page


PLANS = [
    Plan(
        "westbrook-sar-committee-appendix",
        "html",
        "heldout2",
        "committee appendix (safeguarding adults review)",
        WESTBROOK,
        westbrook,
    ),
    Plan(
        "hillcrest-trust-wres-plan",
        "html",
        "heldout2",
        "NHS trust WRES plan",
        HILLCREST,
        hillcrest,
    ),
    Plan(
        "oldbury-community-safety-plan",
        "html",
        "heldout2",
        "community safety partnership plan",
        OLDBURY,
        oldbury,
    ),
]
