"""The council a document is about, as one place name, and a title without markup."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from actionplan.cli import app
from actionplan.extract.api import extract_file
from actionplan.extract.engine.authority import authorities, plain_title
from actionplan.extract.engine.meta import read_facts
from tests.conftest import shared_file

runner = CliRunner()
TABLE = (
    "Ref\tRecommendation\tAction\tResponsible Officer\tTarget Date\n"
    "1\tImprove the front door.\t1.1 Recruit staff.\tAnn Lee\t31/07/2024\n"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("London Borough of Barking and Dagenham: improvement plan", "Barking and Dagenham"),
        ("Royal Borough of Kensington and Chelsea Action Plan", "Kensington and Chelsea"),
        ("Wigan Metropolitan Borough Council", "Wigan"),
        ("Example Borough Council: Children's Services Improvement Plan", "Example"),
        ("Birmingham City Council", "Birmingham"),
        ("Response: Riverside Council action plan", "Riverside"),
        ("Hackney Children's Services", "Hackney"),
        ("Hackney Children’s Services", "Hackney"),
        ("City of York Council", "York"),
        ("Brighton & Hove City Council", "Brighton and Hove"),
        ("Kingston upon Hull City Council", "Kingston upon Hull"),
        ("Southend-on-Sea Borough Council", "Southend-on-Sea"),
        ("NORTH TYNESIDE COUNCIL", "North Tyneside"),
        ("Bedford Borough", "Bedford"),
        ("Inspection of Isles of Scilly local authority children's services", "Isles of Scilly"),
    ],
)
def test_the_usual_forms_give_the_place(text: str, place: str) -> None:
    assert authorities(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The Council will review the policy.",
        "Full Council approved the plan.",
        "the Children in Care Council met in May",
        "a meeting of CiC Council with members",
        "Action Plan in response to the January 2013 Ofsted Inspection",
        "Bedford Borough officers attended",
    ],
)
def test_words_that_name_no_council_give_none(text: str) -> None:
    assert authorities(text) == []


def test_a_council_named_beside_a_health_body_is_the_council() -> None:
    facts = read_facts(
        ["Safeguarding Action Plan"],
        [
            "NHS North Shire and Eastwick Borough Council to ensure referrers get feedback.",
            "Eastwick Borough Council and NHS North Shire should ensure care leavers ...",
        ],
    )
    assert facts.authority == "Eastwick"


def test_titles_lose_markdown_and_labels() -> None:
    assert plain_title(["**APPENDIX 1**", "## Riverside Plan"]) == "Riverside Plan"
    lines = ["**OFSTED AND CARE QUALITY COMMISSION INSPECTION", "ACTION PLAN**", "Purpose"]
    assert plain_title(lines) == "OFSTED AND CARE QUALITY COMMISSION INSPECTION ACTION PLAN"
    assert plain_title(["Progress as at 22<sup>nd</sup> October"]) == "Progress as at 22nd October"


def test_plans_in_every_form_give_one_name(tmp_path: pytest.TempPathFactory) -> None:
    heads = {
        "a.txt": "# London Borough of Eastwick\n\n## Ofsted action plan\n\n",
        "b.txt": "# Eastwick Council: Ofsted action plan\n\n",
        "c.txt": "# EASTWICK CHILDREN'S SERVICES IMPROVEMENT PLAN\n\n",
    }
    names = set()
    for name, head in heads.items():
        path = tmp_path / name  # type: ignore[operator]
        path.write_text(head + TABLE, encoding="utf-8")
        names.add(extract_file(path).authority)
    assert names == {"Eastwick"}


def test_a_logo_alt_text_names_the_council_of_an_html_plan(
    tmp_path: pytest.TempPathFactory,
) -> None:
    page = tmp_path / "plan.html"  # type: ignore[operator]
    page.write_text(
        '<html><body><img src="logo.png" alt="Riverside Council logo">'
        "<h1>Improvement plan</h1><table>"
        "<tr><th>Action</th><th>Lead</th><th>Deadline</th></tr>"
        "<tr><td>1.1 Do A.</td><td>Ann Lee</td><td>May 2024</td></tr></table></body></html>",
        encoding="utf-8",
    )
    plan = extract_file(page)
    assert (plan.authority, plan.title) == ("Riverside", "Improvement plan")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_with_a_bom_is_read(tmp_path: pytest.TempPathFactory, encoding: str) -> None:
    text = "# Riverside Council: Improvement Plan\n\n" + TABLE
    path = tmp_path / "plan.txt"  # type: ignore[operator]
    data = text.encode(encoding)
    path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    plan = extract_file(path)
    assert plan.authority == "Riverside"
    (action,) = [a for _, _, a in plan.actions()]
    assert (action.ref, action.text, action.leads[0].name) == ("1.1", "Recruit staff.", "Ann Lee")


def test_ofsted_reports_name_their_council_as_plans_do() -> None:
    import pdfplumber

    expected = {
        "barking-and-dagenham-children-s-services-inspection-07-july-2014.pdf": (
            "Barking and Dagenham"
        ),
        "bedford-children-s-services-inspection-07-april-2017.pdf": "Bedford",
        "birmingham-children-s-services-inspection-23-may-2014.pdf": "Birmingham",
        "blackpool-children-s-services-inspection-08-september-2014.pdf": "Blackpool",
        "brighton-and-hove-children-s-services-inspection-16-may-2024.pdf": "Brighton and Hove",
        "bradford-children-s-services-inspection-29-october-2018.pdf": "Bradford",
        "islington-children-s-services-inspection-14-july-2017.pdf": "Islington",
    }
    for name, place in expected.items():
        with pdfplumber.open(shared_file("real", "ofsted-reports", name)) as pdf:
            lines = (pdf.pages[0].extract_text() or "").splitlines()
        assert read_facts(lines[:12], lines).authority == place, name
