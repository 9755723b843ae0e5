"""Layout profiles: what a family of plans calls its columns and how it nests.

A profile is data (TOML), not code, so a user can describe a council layout
nobody has seen without writing Python. Profiles extend `generic` and may add
synonyms or rules; lists are merged, never replaced, so a user profile can
only teach the engine more.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

ROLES = (
    "ref",
    "area",
    "action",
    "milestone",
    "lead",
    "start",
    "due",
    "status",
    "progress",
    "outcome",
    "monitoring",
    "agency",
)
_HIERARCHY_KEYS = {
    "section_prefixes",
    "area_headings",
    "outcome_labels",
    "measure_labels",
    "timescale_phrases",
    "milestone_labels",
    "not_sections",
    "title_asides",
    "impact_headings",
}
_TOP_KEYS = {"name", "description", "extends", "roles", "hierarchy", "headers"}


class ProfileError(Exception):
    """A profile file that cannot be used; the message names the key."""


@dataclass(frozen=True, eq=False)
class Profile:
    """Hashed by identity, so matching results can be cached per profile."""

    name: str
    description: str = ""
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    section_prefixes: tuple[str, ...] = ()
    area_headings: tuple[re.Pattern[str], ...] = ()
    outcome_labels: tuple[re.Pattern[str], ...] = ()
    measure_labels: tuple[re.Pattern[str], ...] = ()
    timescale_phrases: tuple[str, ...] = ()
    milestone_labels: tuple[str, ...] = ()
    not_sections: tuple[re.Pattern[str], ...] = ()
    title_asides: tuple[re.Pattern[str], ...] = ()
    impact_headings: tuple[str, ...] = ()


def load_profile(path: Path) -> Profile:
    """A user's profile file, merged over `generic`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from exc
    return _build(data, str(path), base=builtin_profile("generic"))


@cache
def builtin_profile(name: str) -> Profile:
    source = resources.files("actionplan.profiles") / f"{name}.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    base = None if name == "generic" else builtin_profile(data.get("extends", "generic"))
    return _build(data, name, base=base)


def _build(data: dict, origin: str, base: Profile | None) -> Profile:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise ProfileError(f"{origin}: unknown key '{sorted(unknown)[0]}'")
    roles = _table(data, "roles", origin)
    for role, words in roles.items():
        if role not in ROLES:
            raise ProfileError(f"{origin}: roles.{role}: unknown role (one of {', '.join(ROLES)})")
        _strings(words, f"roles.{role}", origin)
    headers = _table(data, "headers", origin)
    for header, role in headers.items():
        if role not in ROLES and role != "ignore":
            raise ProfileError(f"{origin}: headers.{header}: unknown role '{role}'")
    hierarchy = _table(data, "hierarchy", origin)
    for key, value in hierarchy.items():
        if key not in _HIERARCHY_KEYS:
            raise ProfileError(f"{origin}: hierarchy.{key}: unknown key")
        _strings(value, f"hierarchy.{key}", origin)
    base = base or Profile(name="")
    synonyms = {role: base.synonyms.get(role, ()) for role in ROLES}
    for role, words in roles.items():
        synonyms[role] = synonyms[role] + tuple(words)

    def merged(key: str, old: tuple) -> tuple:
        return old + tuple(hierarchy.get(key, ()))

    def patterns(key: str, old: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
        compiled = []
        for text in hierarchy.get(key, ()):
            try:
                compiled.append(re.compile(text, re.I))
            except re.error as exc:
                raise ProfileError(
                    f"{origin}: hierarchy.{key}: bad pattern {text!r}: {exc}"
                ) from exc
        return old + tuple(compiled)

    return Profile(
        name=str(data.get("name", origin)),
        description=str(data.get("description", base.description)),
        synonyms=synonyms,
        headers={**base.headers, **{_norm_key(k): v for k, v in headers.items()}},
        section_prefixes=merged("section_prefixes", base.section_prefixes),
        area_headings=patterns("area_headings", base.area_headings),
        outcome_labels=patterns("outcome_labels", base.outcome_labels),
        measure_labels=patterns("measure_labels", base.measure_labels),
        timescale_phrases=merged("timescale_phrases", base.timescale_phrases),
        milestone_labels=merged("milestone_labels", base.milestone_labels),
        not_sections=patterns("not_sections", base.not_sections),
        title_asides=patterns("title_asides", base.title_asides),
        impact_headings=merged("impact_headings", base.impact_headings),
    )


def _table(data: dict, key: str, origin: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ProfileError(f"{origin}: {key}: expected a table")
    return value


def _strings(value: object, key: str, origin: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{origin}: {key}: expected a list of strings")


def _norm_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())
