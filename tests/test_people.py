"""Lead cells split into people and roles; people given stable ids across a run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.normalizers.people import PeopleIndex, read_glossary, split_leads, stacked_leads
from actionplan.schemas.models import Person

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "seeds"


def _labels(raw: str | None) -> list[str]:
    return [p.label for p in split_leads(raw)]


def _people(raw: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.organisation) for p in split_leads(raw)]


def test_a_single_name_is_one_person() -> None:
    assert _people("Heather Flinders") == [("Heather Flinders", None, None)]


@pytest.mark.parametrize(
    "raw, labels",
    [
        ("JH SMcL", ["JH", "SMcL"]),
        ("RB / KS / MG", ["RB", "KS", "MG"]),
        ("RB / MG", ["RB", "MG"]),
        ("MG.", ["MG"]),
        ("SMcL", ["SMcL"]),
    ],
)
def test_initials_are_split_and_cleaned(raw: str, labels: list[str]) -> None:
    assert _labels(raw) == labels


@pytest.mark.parametrize(
    "raw, labels",
    [
        ("Maureen Grieveson/Kath Vasey/Diane Richardson",
         ["Maureen Grieveson", "Kath Vasey", "Diane Richardson"]),
        ("Kath Vasey and Anne Holt", ["Kath Vasey", "Anne Holt"]),
        ("Maureen Grieveson & Anne Brock", ["Maureen Grieveson", "Anne Brock"]),
        ("Sue Williams, Ruth Baker; Joy Edwards", ["Sue Williams", "Ruth Baker", "Joy Edwards"]),
        ("Carole Atherton\nLorrae Rose", ["Carole Atherton", "Lorrae Rose"]),
    ],
)  # fmt: skip
def test_names_are_split_on_every_separator(raw: str, labels: list[str]) -> None:
    assert _labels(raw) == labels


def test_an_agency_prefix_is_the_organisation_and_a_bracket_the_role() -> None:
    assert _people("DBC – Nik Flavell (Service Manager)") == [
        ("Nik Flavell", "Service Manager", "DBC")
    ]
    assert _people("DBC- Lisa Summers(Head of safeguarding adult and children)") == [
        ("Lisa Summers", "Head of safeguarding adult and children", "DBC")
    ]


def test_an_agency_prefix_applies_to_every_name_after_it() -> None:
    assert _people("CT - Jenni Cooke/Mel Brown") == [
        ("Jenni Cooke", None, "CT"),
        ("Mel Brown", None, "CT"),
    ]


def test_a_bracketed_acronym_or_body_is_an_organisation() -> None:
    assert _people("Rosemary Stephenson (NHCFT)") == [("Rosemary Stephenson", None, "NHCFT")]
    assert _people("DCI Max Black (Northumbria Police)") == [
        ("DCI Max Black", None, "Northumbria Police")
    ]


def test_roles_in_brackets_keep_their_and() -> None:
    assert _people("DBC – David Mason (Head of Children &YP and YOS)") == [
        ("David Mason", "Head of Children &YP and YOS", "DBC")
    ]


def test_people_run_together_after_brackets_are_split() -> None:
    raw = "Sue Burns (LSCB Manager) Angela Glenn (Fieldwork Manager) Mark Longstaff (Head of X)"
    assert _labels(raw) == ["Sue Burns", "Angela Glenn", "Mark Longstaff"]


def test_a_role_wrapped_onto_the_next_line_joins_its_person() -> None:
    assert _people("Cath McEvoy\n(Safeguarding Operations Manager)") == [
        ("Cath McEvoy", "Safeguarding Operations Manager", None)
    ]


def test_an_unclosed_bracket_is_still_the_role() -> None:
    assert _people("Paula Gibbons (Manager :Fostering and Adoption Service") == [
        ("Paula Gibbons", "Manager: Fostering and Adoption Service", None)
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "All managers",
        "Relevant HoS",
        "All Case File Auditors",
        "Director of Nursing and Transformation",
        "designated Doctor for safeguarding until appointment made",
        "Head of Safeguarding and Quality",
    ],
)
def test_role_only_leads_stay_whole_as_roles(raw: str) -> None:
    assert _people(raw) == [(None, raw, None)]


@pytest.mark.parametrize(
    "raw, person",
    [
        ("Jane Smith, Head of Service", ("Jane Smith", "Head of Service", None)),
        ("Head of Safeguarding – Jane Smith", ("Jane Smith", "Head of Safeguarding", None)),
        ("NHS England - Jane Smith", ("Jane Smith", None, "NHS England")),
    ],
)
def test_a_name_beside_a_role_or_body_is_paired_with_it(
    raw: str, person: tuple[str, str | None, str | None]
) -> None:
    assert _people(raw) == [person]


@pytest.mark.parametrize("raw", ["Dr Jane O'Brien", "Cllr Bob Smith", "Mrs Sarah St Pierre"])
def test_titles_stay_with_the_name(raw: str) -> None:
    assert _labels(raw) == [raw]


def test_people_repeated_in_a_cell_are_kept_once() -> None:
    raw = "<p>Sandra Martin/ Designated Doctor for LAC</p> <p>Sandra Martin</p>"
    assert _labels(raw) == ["Sandra Martin", "Designated Doctor for LAC"]


def test_raw_is_the_fragment() -> None:
    people = split_leads("Kath Vasey and Anne Holt")
    assert [p.raw for p in people] == ["Kath Vasey", "Anne Holt"]


@pytest.mark.parametrize("raw", [None, "", "  \n "])
def test_an_empty_cell_has_no_people(raw: str | None) -> None:
    assert split_leads(raw) == []


# --------------------------------------------------------------------------- PeopleIndex


def test_spelling_variants_share_one_id_in_first_seen_order() -> None:
    index = PeopleIndex()
    first = index.assign(split_leads("Maureen Grieveson/Kath Vasey"), doc="a")
    again = index.assign(split_leads("Maureen Grievson (Associate Director)"), doc="b")
    titled = index.assign(split_leads("Mrs Kath Vasey"), doc="b")
    assert [p.person_id for p in first] == ["p0001", "p0002"]
    assert again[0].person_id == "p0001"
    assert titled[0].person_id == "p0002"
    rows = index.rows()
    assert rows[0]["variants"] == "Maureen Grieveson; Maureen Grievson"
    assert rows[0]["docs"] == "a; b"
    assert rows[0]["role"] == "Associate Director"
    assert set(rows[0]) == {"person_id", "name", "role", "organisation", "variants", "docs"}


def test_initials_match_only_exactly_and_within_one_document() -> None:
    index = PeopleIndex()
    ids = [p.person_id for p in index.assign(split_leads("MG / MB / MG."), doc="a")]
    other = index.assign(split_leads("MG"), doc="b")[0].person_id
    assert ids[0] != ids[1]
    assert other not in ids


def test_assign_returns_copies() -> None:
    people = [Person(raw="Anne Holt", name="Anne Holt")]
    assigned = PeopleIndex().assign(people, doc="a")
    assert people[0].person_id is None
    assert assigned[0].person_id == "p0001"


# --------------------------------------------------------------------------- gold

# Raw lead cells of the seed documents, typed from the seed texts, one per gold action
# in document order (None where the cell is empty). Paragraph tags are kept as printed.
SEED_LEAD_CELLS: dict[str, list[str | None]] = {
    "000": [
        "Heather Flinders", "Heather Flinders", "Sue Williams", "Maria Gilbert", None,
        "Darren McAughtrie", "Darren McAughtrie", "Darren McAughtrie", "Darren McAughtrie",
        "Ruth Baker", "Sue Williams", "All managers", "Mark Churchill", "Hilary Turner",
        "Helen Wilson", "Sharon Connell", "Gina Quantrill",
        "Heather Flinders", "Maria Gilbert", "Ruth Baker", "Maria Gilbert", "Heather Flinders",
        "Darren McAughtrie", "Darren McAughtrie", "Darren McAughtrie", "Darren McAughtrie",
        "Relevant HoS", "Darren McAughtrie", None, "Lucy Bissell", "Sue Williams",
        "Heather Flinders", "Heather Flinders", "Heather Flinders", "Heather Flinders",
        "Heather Flinders", "Jane Theadom", "Jane Theadom", "Sarah Beales", "Ruth Baker",
        "Diana Cattermole", "Sarah St Pierre", "Maria Gilbert", "Joy Edwards",
        "Heather Flinders",
    ],
    "001": [
        "SMcL", "SMcL", "SMcL", "SMcL", "SMcL", "JH SMcL", "SMcL",
        "SW", "SW", "JH", "LK",
        "SMcL", "KS", "MG", "SW",
        "SMcL", "SMcL",
        "RB", "KS", "KS", "RB", "All Case File Auditors",
        "CM", "PB", "CM", "CM",
        "SMcL", "KS", "All Service Managers", "All Service Managers", "All Case File Auditors",
        "SMcL", "SMcL", "RB", "RB", "All Case File Auditors",
        "MG", "MG", "MG", "MG.",
        "MG", "MG", "RB / KS / MG", "KS",
        "RB / MG", "MG", "MG", "MG", "MG",
        "MG", "MG", "JH",
        "PK", "PK",
        "SW", "PK", "SW", "JH",
    ],
    "002": [
        "DBC – NF (Service Manager)",
        "Maureen Grieveson",
        "<p>Kath Vasey</p>",
        "<p>Maureen Grieveson/Kath Vasey</p>",
        "<p>Barbara Potter</p>",
        "Jenni Cooke (Assistant Director)",
        "Lisa Summers (Head of Review and Development)",
        "DBC – David Mason (Head of Children &amp;YP and YOS)",
        "<p>Kath Vasey and Anne Holt</p>",
        "<p>Anne Holt</p>",
        "<p>Maureen Grieveson/Kath Vasey/Diane Richardson</p>",
        "<p>Director of Nursing and Transformation</p> <p>Maureen Grieveson</p>",
        "<p>Maureen Grieveson and Anne Brock</p>",
        "Anne Holt",
        "Nik Flavell (Service Manager)",
        "CT – Mel Brown/Jenni Cooke",
        "DBC – Mary Sweeney",
        "<p>Sandra Martin/ Designated Doctor for LAC</p> <p>Sandra Martin</p> <p>Sandra Martin</p>",
        "Sandra Martin", "Sandra Martin", "Sandra Martin", "Sandra Martin", "Sandra Martin",
        "<p>Sandra Martin</p>",
        "Carole Atherton/Lorrae Rose",
        "Designated Doctor for LAC/ designated Doctor for safeguarding until appointment made",
        "DBC – Mary Sweeney (Service manager)",
        "DBC – Nik Flavell (Service Manager)",
        "DBC- Lisa Summers(Head of safeguarding adult and children)",
        "DBC – Lisa Summers (Head of Safeguarding Children and adult)",
        "DBC – Nik Flavell (Service Manager)",
    ],
    "003": [
        None, "Karen Baggaley", "Marion Wheeler", "Marion Wheeler", "Chris Chalmers",
        "Phil Di Leo", "Phil Di Leo", "Alison Botham", "Chris Chalmers", "Debbie Haith",
        "Chris Chalmers", None, None, "Debbie Haith (Chair QA Sub Group)", "Rachel Oakley",
        "Alison Botham", "Sarah Parker", "Sarah Parker", "Rachel Oakley",
    ],
    "004": [
        "DCI Max Black (Northumbria Police)",
        "DCI Max Black (Northumbria Police)",
        "Cath McEvoy (Safeguarding Operations)",
        "Sue Burns (LSCB Manager) Angela Glenn (Fieldwork Manager) Mark Longstaff "
        "(Head of Commissioning resources and Support)",
        "Rosemary Stephenson (NHCFT)",
        "Rosemary Stephenson (NHCFT)",
        "Sue Burns (LSCB Manager) Angela Glenn (Fieldwork Manager)",
        "Paul Cook (Head of Preventative and Safeguarding Services)",
        "Sue Burns (LSCB Manager)",
        "Rosemary Stephenson (NHCFT)",
        "Paula Clough (Corporate Parenting Manager)",
        "Paula Clough (Corporate Parenting Manager)",
        "Cath McEvoy\n(Safeguarding Operations Manager)",
        "Cath McEvoy (Safeguarding Operations Manager)",
        "Paula Gibbons (Manager: Fostering and Adoption Service)",
        "Rosemary Stephenson (NHCFT)",
        "Paula Gibbons (Manager :Fostering and Adoption Service",
        "Cath McEvoy (Safeguarding Operations Manager)",
    ],
}  # fmt: skip


def _fold(text: str) -> str:
    """The scorer's folding: case, spacing and surrounding punctuation ignored."""
    return re.sub(r"\s+", " ", text.lower()).strip(" .;:,-–")


def test_every_gold_lead_list_comes_from_its_raw_cell() -> None:
    if not GOLD.is_dir():
        pytest.skip(f"../shared not found: {GOLD} holds the gold labels")
    total = 0
    misses = []
    for doc, cells in SEED_LEAD_CELLS.items():
        (path,) = GOLD.glob(f"{doc}_*[0-9a-f].jsonl")
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        assert len(rows) == len(cells), f"{doc}: {len(rows)} gold actions, {len(cells)} cells"
        for row, cell in zip(rows, cells, strict=True):
            total += 1
            want = {_fold(x) for x in row["leads"] or []}
            got = {_fold(x) for x in _labels(cell)}
            if got != want:
                misses.append((doc, row["action_ref"], cell, sorted(got), sorted(want)))
    accuracy = 1 - len(misses) / total
    assert accuracy >= 0.98, misses
    assert not misses, f"accuracy {accuracy:.3f}; disagreements: {misses}"


# --------------------------------------------------------------------------- properties


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=80), key=st.text(max_size=6), meaning=st.text(max_size=40))
def test_arbitrary_text_never_raises(text: str, key: str, meaning: str) -> None:
    people = split_leads(text, glossary={key: meaning, text[:3]: text})
    PeopleIndex().assign(people, doc="x")


_LEADISH = st.lists(
    st.sampled_from(["Anne Holt", "MG", "JH", " / ", " and ", "&", ",", "(", ")", "\n",
                     "DBC – ", "Head of Service", "Dr ", "<p>", "</p>", "SMcL", "All staff",
                     " – ", "Family Hubs", "IRO", "SLT", "Team Manager", "Police", "JS",
                     "Principal Social Worker", ".", "Head of Fostering (Ana Reyes)"]),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=_LEADISH)
def test_lead_like_noise_gives_distinct_labels(text: str) -> None:
    glossary = {"JS": "Jo Smith, Head of Safeguarding", "MG": "JS"}
    for people in (split_leads(text), split_leads(text, glossary=glossary)):
        labels = [_fold(p.label) for p in people]
        assert len(labels) == len(set(labels))
        assert all(p.label.strip() for p in people)


@pytest.mark.parametrize(
    ("raw", "labels"),
    [
        (
            "Participation Lead and Leaving Care Service Manager",
            ["Participation Lead", "Leaving Care Service Manager"],
        ),
        (
            "Daniel Osei (Head of Service, Children in Care) and Legal Services Manager",
            ["Daniel Osei", "Legal Services Manager"],
        ),
        ("Head of Service & Team Managers", ["Head of Service", "Team Managers"]),
        ("Director of Nursing and Transformation", ["Director of Nursing and Transformation"]),
        ("Health and Wellbeing Board", ["Health and Wellbeing Board"]),
        ("LADO and Safeguarding Partnership Manager", ["LADO", "Safeguarding Partnership Manager"]),
        (
            "Named GP for Safeguarding and ICB Head of Safeguarding",
            ["Named GP for Safeguarding", "ICB Head of Safeguarding"],
        ),
        ("Children and Families Service Manager", ["Children and Families Service Manager"]),
    ],
)
def test_two_role_titles_joined_by_and_are_two_leads(raw: str, labels: list[str]) -> None:
    assert [p.label for p in split_leads(raw)] == labels


def test_a_job_title_under_a_bare_name_is_its_role() -> None:
    (person,) = split_leads("Jane Smith\nHead of Service")
    assert (person.name, person.role) == ("Jane Smith", "Head of Service")
    assert [p.label for p in split_leads("Jane Smith\nTom Baker")] == ["Jane Smith", "Tom Baker"]


def test_dashes_are_kept_as_printed() -> None:
    assert [p.label for p in split_leads("Commissioning Manager – Carers")] == [
        "Commissioning Manager – Carers"
    ]


def test_a_body_of_several_words_before_a_name_is_its_organisation() -> None:
    people = split_leads("ICB – Sarah Cole\nParent Carer Forum – Jo Reid")
    assert [(p.name, p.organisation) for p in people] == [
        ("Sarah Cole", "ICB"),
        ("Jo Reid", "Parent Carer Forum"),
    ]


def test_a_post_under_a_name_from_another_body_is_a_second_lead() -> None:
    people = split_leads("NHS – Helen Ward\nDirector of Adult Social Care")
    assert [p.label for p in people] == ["Helen Ward", "Director of Adult Social Care"]


# --------------------------------------------------------------------------- as plans write them


def _parts(raw: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(label, name, post, organisation) for each lead of a cell."""
    return [(p.label, p.name, p.role, p.organisation) for p in split_leads(raw)]


@pytest.mark.parametrize(
    "raw",
    ["Head of Inclusion & SEN", "YOT & Edge of Care Manager", "Early Years & Childcare Lead"],
)
def test_an_ampersand_inside_one_post_or_service_is_not_a_split(raw: str) -> None:
    assert _parts(raw) == [(raw, None, raw, None)]


def test_an_ampersand_between_two_posts_is_two_leads() -> None:
    assert _labels("Head of Early Help & Principal Social Worker") == [
        "Head of Early Help",
        "Principal Social Worker",
    ]


@pytest.mark.parametrize("raw", ["Head of Service – Family Hubs", "Service Manager - Fostering"])
def test_a_dash_joining_a_post_and_its_service_is_one_lead(raw: str) -> None:
    assert _parts(raw) == [(raw, None, raw, None)]


def test_a_comma_list_of_posts_is_several_leads() -> None:
    assert _labels("Head of Youth Services, Head of Fostering") == [
        "Head of Youth Services",
        "Head of Fostering",
    ]


@pytest.mark.parametrize(
    "raw, labels",
    [
        ("Head of Safeguarding, Detective Chief Inspector",
         ["Head of Safeguarding", "Detective Chief Inspector"]),
        ("Chief Superintendent, Head of Service", ["Chief Superintendent", "Head of Service"]),
        ("Headteacher, SENCO and Business Manager", ["Headteacher", "SENCO", "Business Manager"]),
        ("Headteacher and Chair of Governors", ["Headteacher", "Chair of Governors"]),
    ],
)  # fmt: skip
def test_police_and_school_posts_are_posts_in_a_list(raw: str, labels: list[str]) -> None:
    assert _labels(raw) == labels


def test_a_surname_that_is_also_a_job_stays_a_name() -> None:
    assert _parts("Ann Clerk") == [("Ann Clerk", "Ann Clerk", None, None)]


@pytest.mark.parametrize(
    "raw", ["Team Manager, Disabled Children", "Manager, Disabled Children's Team"]
)
def test_a_post_whose_name_holds_a_comma_stays_one_lead(raw: str) -> None:
    assert _parts(raw) == [(raw, None, raw, None)]


def test_the_label_drops_an_agency_prefix_and_a_post_after_a_name() -> None:
    assert _parts("DBC – Head of Fostering") == [
        ("Head of Fostering", None, "Head of Fostering", "DBC")
    ]
    assert _parts("Nik Flavell (Service Manager)") == [
        ("Nik Flavell", "Nik Flavell", "Service Manager", None)
    ]


@pytest.mark.parametrize(
    ("raw", "name", "post", "organisation"),
    [
        ("DS Missing Persons (Police)", None, "DS Missing Persons", "Police"),
        ("Independent Reviewing Officer (IRO)", None, "Independent Reviewing Officer", None),
        ("Head of Fostering (Ana Reyes)", "Ana Reyes", "Head of Fostering", None),
    ],
)
def test_a_bracket_after_a_post_stays_in_the_label(
    raw: str, name: str | None, post: str, organisation: str | None
) -> None:
    assert _parts(raw) == [(raw, name, post, organisation)]


def test_leads_on_separate_lines_without_separators_are_several() -> None:
    assert _parts("SENDCo\nDyslexia Specialist Teacher\nSLT") == [
        ("SENDCo", None, "SENDCo", None),
        ("Dyslexia Specialist Teacher", None, "Dyslexia Specialist Teacher", None),
        ("SLT", None, "SLT", None),
    ]


def test_initials_are_expanded_through_the_documents_key() -> None:
    glossary = {"JS": "Jo Smith, Head of Safeguarding", "TB": "Tom Baker"}
    people = split_leads("JS / TB / KL", glossary=glossary)
    assert [(p.raw, p.label, p.name, p.role) for p in people] == [
        ("JS", "Jo Smith", "Jo Smith", "Head of Safeguarding"),
        ("TB", "Tom Baker", "Tom Baker", None),
        ("KL", "KL", "KL", None),
    ]


def test_expanded_initials_join_the_same_person_written_out_elsewhere() -> None:
    index = PeopleIndex()
    first = index.assign(split_leads("JS.", glossary={"JS": "Jo Smith"}), doc="a")
    second = index.assign(split_leads("Jo Smith"), doc="a")
    assert first[0].person_id == second[0].person_id


@pytest.mark.parametrize("raw", ["Family Hubs", "Edge of Care", "Early Years"])
def test_a_plain_service_is_not_a_person(raw: str) -> None:
    assert _parts(raw) == [(raw, None, raw, None)]


def test_names_and_posts_still_split_as_before() -> None:
    assert _labels("Jane Smith, Head of Service") == ["Jane Smith"]
    assert _parts("Jane Smith, Head of Service") == [
        ("Jane Smith", "Jane Smith", "Head of Service", None)
    ]
    assert _labels("Ann Lee, Bob Roe and Cy Dee") == ["Ann Lee", "Bob Roe", "Cy Dee"]
    assert _labels("JS & TB") == ["JS", "TB"]


def test_a_documents_key_lines_and_rows_give_its_glossary() -> None:
    lines = [
        "Key to leads",
        "JS – Jo Smith, Head of Safeguarding",
        "SMcL: Sarah McLean (Service Manager)",
        "SLT – Senior Leadership Team",
        "Q3 - October to December",
    ]
    rows = [("TB", "Tom Baker"), ("G", "On track"), ("•", "Not achieved")]
    assert read_glossary(lines, rows) == {
        "JS": "Jo Smith, Head of Safeguarding",
        "SMcL": "Sarah McLean (Service Manager)",
        "TB": "Tom Baker",
    }


def test_expanded_initials_keep_a_post_bracketed_after_them() -> None:
    (person,) = split_leads("JS (Chair)", glossary={"JS": "Jo Smith, Head of Safeguarding"})
    assert (person.raw, person.label, person.name, person.role) == (
        "JS (Chair)",
        "Jo Smith",
        "Jo Smith",
        "Chair",
    )


@pytest.mark.parametrize(
    ("raw", "labels"),
    [
        ("Head of Service –\nFamily Hubs", ["Head of Service – Family Hubs"]),
        ("Designated Doctor for\nSafeguarding", ["Designated Doctor for Safeguarding"]),
        ("Head of Service for\nchildren in care", ["Head of Service for children in care"]),
        ("DBC –\nMary Sweeney", ["Mary Sweeney"]),
    ],
)
def test_a_lead_wrapped_over_two_lines_is_one_lead(raw: str, labels: list[str]) -> None:
    assert _labels(raw) == labels


@pytest.mark.parametrize(
    ("lines", "starts"),
    [
        (["Headteacher", "SENCO"], [0, 1]),
        (["SENDCo", "Dyslexia", "Specialist", "Teacher", "SLT"], [0, 1, 4]),
        (["Dyslexia", "Specialist", "Teacher", "SENDCo"], [0, 3]),
        (["SENDCo", "SLCN", "Champion"], [0, 1]),
        (["Leaving Care", "Manager", "Personal", "Advisers"], [0, 2]),
        (["Ann Lee", "Bob Roe"], [0, 1]),
        (["JS", "TB"], [0, 1]),
    ],
)
def test_stacked_lines_that_are_each_a_whole_lead_start_new_leads(
    lines: list[str], starts: list[int]
) -> None:
    assert stacked_leads(lines) == starts


@pytest.mark.parametrize(
    "lines",
    [
        ["Head of School", "Improvement"],  # one post wrapped: "Improvement" is no lead
        ["PE", "Coordinator"],  # a bare post noun ends the post above
        ["Deputy", "Headteacher"],  # a lone qualifier opens the post below
        ["Partnership", "Training Lead"],  # a word that is no lead joins its post
        ["Ann Lee", "Head of Service"],  # a person and their post, not two leads
        ["Mary Holt (Principal", "Social Worker)"],  # a bracket spans the lines
        ["Autumn", "Term"],  # not leads at all
        ["Headteacher"],
    ],
)
def test_stacked_lines_that_are_not_all_whole_leads_stay_one(lines: list[str]) -> None:
    assert stacked_leads(lines) is None


def test_a_list_of_single_word_posts_ending_in_and_is_split() -> None:
    assert _labels("Head, Deputy and SENDCo") == ["Head", "Deputy", "SENDCo"]
    assert _labels("Children, Young People and Families") == ["Children, Young People and Families"]


@pytest.mark.parametrize(
    ("cell", "leads"),
    [
        ("Police, Community Safety Team", ["Police", "Community Safety Team"]),
        ("Acute Trust, Community Trust and Council", ["Acute Trust", "Community Trust", "Council"]),
        ("Community Safety Partnership and Police", ["Community Safety Partnership", "Police"]),
        ("Head of Inclusion & SEN", ["Head of Inclusion & SEN"]),
        ("Team Manager, Disabled Children", ["Team Manager, Disabled Children"]),
    ],
)
def test_a_list_of_lead_agencies_names_each_agency(cell: str, leads: list[str]) -> None:
    assert [p.label for p in split_leads(cell)] == leads


def test_a_post_after_a_job_share_is_the_post_both_people_hold() -> None:
    people = split_leads("Anna Clarke and Tom Reid (job share), Deputy Headteacher")
    assert [p.label for p in people] == ["Anna Clarke", "Tom Reid"]
    assert people[0].role == "Deputy Headteacher"
