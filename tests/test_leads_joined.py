"""Leads joined by a plus sign are two leads, whatever they are."""

from __future__ import annotations

from actionplan.normalizers.people import split_leads


def test_a_plus_sign_between_posts_makes_two_leads() -> None:
    people = split_leads("Office Manager + Family Support Worker")
    assert [p.role for p in people] == ["Office Manager", "Family Support Worker"]
