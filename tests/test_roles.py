"""Column headings councils use, mapped to roles by the generic profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan.extract.engine.profile import ProfileError, builtin_profile, load_profile
from actionplan.extract.engine.roles import header_roles, match_role


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Responsible Officer", "lead"),
        ("Owner", "lead"),
        ("Lead officer(s)", "lead"),
        ("Target Date", "due"),
        ("Deadline", "due"),
        ("By when", "due"),
        ("RAG", "status"),
        ("Progress update", "progress"),
        ("Comments", "progress"),
        ("How we will measure success", "outcome"),
        ("Update September 2013", "progress"),
        ("What we will do (5b)", "action"),
        ("Monitoring/ Status Notes", "progress"),
        ("Action No.", "ref"),
        ("Recommendation No.", "ref"),
        ("Ofsted Recommendation", "area"),
        ("Reported to", "monitoring"),
        ("Milestone Lead", "lead"),
        ("Responsibel Oficer", "lead"),
        ("Priority", None),
    ],
)
def test_common_headings_map_to_their_roles(heading: str, role: str | None) -> None:
    assert match_role(heading, builtin_profile("generic")).role == role


def test_a_title_row_is_not_a_header() -> None:
    profile = builtin_profile("generic")
    assert (
        header_roles(["Action Plan: Announced Inspection 2011", "", "Date/Version: July"], profile)
        is None
    )
    assert header_roles(["Action", "Lead", "Timescale"], profile) is not None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('name = "x"\n[roles]\nowner = ["boss"]\n', "roles.owner"),
        ('name = "x"\n[headers]\n"Boss" = "chief"\n', "headers.Boss"),
        ('name = "x"\n[hierarchy]\narea_headings = ["(unclosed"]\n', "hierarchy.area_headings"),
        ('name = "x"\n[hierarchy]\nrows = ["a"]\n', "hierarchy.rows"),
        ('name = "x"\ncolours = 1\n', "colours"),
        ('name = "x"\n[roles]\nlead = "boss"\n', "roles.lead"),
    ],
)
def test_bad_profiles_name_the_key(tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert key in str(caught.value) and str(path) in str(caught.value)
