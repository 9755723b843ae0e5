"""Leads joined by a plus sign are two leads, whatever they are."""

from __future__ import annotations

from actionplan.normalizers.people import split_leads


def test_a_plus_sign_between_posts_makes_two_leads() -> None:
    people = split_leads("Office Manager + Family Support Worker")
    assert [p.role for p in people] == ["Office Manager", "Family Support Worker"]


def test_a_post_wrapped_after_its_opening_word_stays_whole() -> None:
    """A narrow cell wraps "... / Principal Educational Psychologist" after "Principal"."""
    people = split_leads("Designated Clinical Officer / Principal\nEducational Psychologist")
    assert [p.role for p in people] == [
        "Designated Clinical Officer",
        "Principal Educational Psychologist",
    ]


def test_posts_listed_one_a_line_stay_apart() -> None:
    people = split_leads("Principal\nVice Principal")
    assert [p.role for p in people] == ["Principal", "Vice Principal"]
