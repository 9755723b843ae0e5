"""Lead cells split into people and posts, and people given stable ids across a run.

A lead cell may name one person ("Jane Smith"), several ("Jane Smith/Tom Baker",
"Ann Lee and Bob Roe", "JS TB"), a person with an agency prefix or a bracketed
post ("NHS – Ann Lee (Service Manager)"), a post ("Head of Service – Family
Hubs", "Independent Reviewing Officer (IRO)") or a service ("Family Hubs").

"/", ";" and line breaks always separate leads. " and ", "&" and "," separate
people, and separate posts only when every part is a whole post: "Head of
Early Help & Principal Social Worker" is two leads, "Head of Inclusion & SEN",
"YOT & Edge of Care Manager" and "Team Manager, Disabled Children" are one.

A lead's label is its text as printed, less an agency prefix and less a post
bracketed after a personal name; its person, post and organisation are kept
apart. Initials are expanded through the document's own key when it has one.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from actionplan.normalizers.lead_words import (
    BODY_ACRONYMS,
    POST_ACRONYMS,
    POST_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SERVICE_WORDS,
    TITLES,
)
from actionplan.schemas.models import Person

__all__ = ["PeopleIndex", "read_glossary", "split_leads", "stacked_leads"]

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|li|div|tr)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")  # [^<>]: linear on a line of unclosed "<"
_DASH = r"[-\u2010-\u2015\u2212]"
"""Hyphens and dashes: cells keep the ones they print, splitting treats them alike."""
_ORG_WORDS = re.compile(
    r"\b(?:police|constabulary|trust|nhs|council|ccg|pct|hospital|university|foundation"
    r"|authority|partnership|board|college|academy|school|cafcass|probation|forum|icb)\b",
    re.I,
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
_UNIT_WORDS = re.compile(r"\b(?:service|services|directorate|agency|team|department)$", re.I)
"""Words that end the name of a body a lead belongs to ("Children and Families Service")."""
_BODY_PREFIX = re.compile(
    rf"^(?P<org>[A-Z][\w&'’]*(?:\s+[A-Z][\w&'’]*){{1,4}})\s+{_DASH}\s+(?P<rest>\S.*)$"
)
_PREFIX = re.compile(
    rf"^(?P<org>[A-Z][A-Za-z&]{{0,2}}[A-Z&]{{1,8}})\s*(?:{_DASH}|:)\s*(?P<rest>\S.*)$"
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|(?:Mc|Mac|O[’'])[A-Z][a-z]+|[A-Z][a-z]?[A-Z][a-z]+"
    r"|[A-Z]\.?|St\.?|Di|De|Da|Van|Von|Le|La|Du)$"
)
_PARTICLES = {"st", "st.", "di", "de", "da", "van", "von", "le", "la", "du", "der", "den"}
_INITIALS = re.compile(r"^(?:[A-Z]|Mc|Mac|O')(?:[A-Z]|Mc|Mac)*[A-Z]?\.?$")


# --------------------------------------------------------------------------- what a text is


def _is_initials(token: str) -> bool:
    """ "JS", "TMcB", "AL." - a person written as initials, not a known body ("SLT")."""
    bare = token.rstrip(".")
    lowered = bare.lower()
    return (
        2 <= len(bare) <= 5
        and bool(_INITIALS.match(token))
        and lowered not in ROLE_WORDS
        and lowered not in BODY_ACRONYMS
        and lowered not in POST_ACRONYMS
    )


def _not_a_name_word(token: str) -> bool:
    lowered = token.lower()
    return (
        lowered in ROLE_WORDS
        or lowered in SERVICE_WORDS
        or lowered.rstrip("s") in ROLE_NOUNS
        or lowered in BODY_ACRONYMS
    )


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words (after a title), none a post, body or service word."""
    tokens = text.replace(",", " ").split()
    while tokens and tokens[0].lower().rstrip(".") in TITLES:
        tokens = tokens[1:]
    if not 1 <= len(tokens) <= 4:
        return False
    if len(tokens) == 1:
        return _is_initials(tokens[0])
    for token in tokens:
        if _not_a_name_word(token):
            return False
        if not _NAME_TOKEN.match(token) and token.lower() not in _PARTICLES:
            return False
    return True


def _is_full_name(text: str) -> bool:
    """A name of two or more words ("Ann Lee", "DCI Max Black"), not bare initials."""
    return len(text.split()) >= 2 and _looks_like_name(text)


def _strip_prefix(fragment: str) -> tuple[str | None, str]:
    """("NHS", "Ann Lee (Service Manager)") for "NHS – Ann Lee (Service Manager)"; also a
    body of a few words before a name ("Parent Carer Forum – Jo Reid")."""
    match = _PREFIX.match(fragment)
    if (match and not _looks_like_name(match["org"])) or (match and _ACRONYM.match(match["org"])):
        return match["org"], match["rest"].strip()
    match = _BODY_PREFIX.match(fragment)
    body = match["org"] if match else ""
    if (
        match
        and (_ORG_WORDS.search(body) or _UNIT_WORDS.search(body))
        and _looks_like_person(match["rest"])
    ):
        return match["org"], match["rest"].strip()
    return None, fragment


def _head(fragment: str) -> str:
    """The fragment before any bracket, less an agency prefix and a closing full stop."""
    return _strip_prefix(fragment)[1].split("(", 1)[0].strip().rstrip(".")


def _looks_like_person(fragment: str) -> bool:
    """A name or initials, with or without a bracketed role or agency prefix."""
    head = _head(fragment)
    return _looks_like_name(head) or (all(_is_initials(t) for t in head.split()) and bool(head))


def _is_post(fragment: str) -> bool:
    """A whole post title: it holds a post noun ("... Service Manager", "Named GP for
    Safeguarding"), is one word ending in one ("Headteacher", "Caseworker"), opens a
    "Head of ..." phrase, or is a post's acronym ("LADO")."""
    words = _head(fragment).split()
    if not words or not words[0][:1].isupper():
        return False
    lowered = [w.lower().rstrip(",") for w in words]
    if len(words) == 1:
        word = lowered[0].rstrip("s")
        return lowered[0] in POST_ACRONYMS or any(word.endswith(n) for n in ROLE_NOUNS)
    if any(w.rstrip("s") in ROLE_NOUNS or w in POST_ACRONYMS for w in lowered):
        return True
    return _heads_something(lowered)


def _heads_something(lowered: list[str]) -> bool:
    """ "head of ...", "director of ...": a post named by what it heads."""
    return any(
        a in {"head", "director", "chair", "chief"} and b == "of"
        for a, b in itertools.pairwise(lowered)
    )


def _is_whole_lead(fragment: str, glossary: Mapping[str, str]) -> bool:
    """A part that can stand as a lead beside others: a full name, a post, known initials."""
    head = _head(fragment)
    return _is_full_name(head) or _is_post(fragment) or head in glossary


def _is_body(fragment: str) -> bool:
    """An organisation or a unit of one ("Acute Trust", "Community Safety Team", "Police"),
    which a list of lead agencies names beside others."""
    head = _head(fragment)
    return head[:1].isupper() and bool(_UNIT_WORDS.search(head) or _is_org(head))


# --------------------------------------------------------------------------- cell to fragments


def _clean_cell(raw: str) -> str:
    """Paragraph and line-break tags as newlines, other tags gone, entities decoded."""
    text = _BLOCK_TAG.sub("\n", raw)
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    return text


_DANGLING = re.compile(rf"(?:\b(?:of|for|and|the|to|in|with)|[&,]|{_DASH})$", re.I)
"""A line ending mid-phrase ("Head of Service for"): the cell wrapped it, the lead goes on."""
_OPENED_POST = re.compile(rf"[/;,&]\s*(?:{'|'.join(sorted(POST_MODIFIERS))})$", re.I)
"""A line ending in a separator and a post's opening word ("Officer / Principal"): the
next lead begins there and the cell wrapped it."""


def _logical_lines(text: str) -> list[str]:
    """The cell's lines, a line that ends mid-phrase or one that opens in lower case
    joined to the line before, as a narrow column wraps one lead over two lines."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        last = lines[-1] if lines else ""
        ends_open = _DANGLING.search(last) or _OPENED_POST.search(last)
        if lines and (ends_open or line[0].islower()):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _split_top(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split on a pattern only outside brackets (roles hold "/" and "&" too)."""
    if "(" not in text:
        pieces = separators.split(text)
    else:
        pieces = []
        last = scanned = depth = 0
        for match in separators.finditer(text):
            for ch in text[scanned : match.start()]:
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth = max(0, depth - 1)
            scanned = match.start()
            if depth == 0:
                pieces.append(text[last : match.start()])
                last = match.end()
        pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]


_HARD = re.compile(r"\n|/|;|\s+\|\s+|\s+\+\s+")
_SOFT = re.compile(r"\s+and\s+|\s*&\s*|\s*,\s*|\s*\+\s*")
_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:,|\band\b|&)?\s*(?=[A-Z])")
_AND = re.compile(r"\s+and\s+|\s*&\s*")
_COMMA = re.compile(r"\s*,\s*")


def _joined_leads(piece: str, glossary: Mapping[str, str]) -> list[str]:
    """ "A and B" / "A & B" as two leads when both are whole leads, else one."""
    parts = _split_top(piece, _AND)
    if len(parts) > 1 and (
        all(_is_whole_lead(p, glossary) for p in parts)
        or all(_is_body(p) and not _ACRONYM.match(_head(p)) for p in parts)
    ):
        return parts
    return [piece.strip()]


def _listed_posts(piece: str, glossary: Mapping[str, str]) -> list[str] | None:
    """ "Head, Deputy and SENDCo": a list of three or more, its last item after "and"
    or "&", each item a whole lead or an acronym; None for anything else."""
    commas = _split_top(piece, _COMMA)
    if len(commas) < 2:
        return None
    last = _split_top(commas[-1], _AND)
    items = [*commas[:-1], *last]
    if len(last) != 2:
        return None
    if all(
        _is_whole_lead(item, glossary) or _ACRONYM.match(item) or _is_body(item) for item in items
    ):
        return items
    return None


def _fragments(line: str, glossary: Mapping[str, str]) -> list[str]:
    """One line of a lead cell cut into one fragment per person, post or service.

    A list of people splits on every separator; a list of posts splits on
    commas only when every part is a post of several words ("Head of Youth
    Services, Head of Fostering", never "Team Manager, Disabled Children" nor
    "Manager, Disabled Children's Team"), and on " and " or "&"
    only when every part is a whole lead ("Head of Early Help & Principal
    Social Worker", never "Head of Inclusion & SEN"); a list of three or more
    ending "... and X" splits when every item is a post ("Head, Deputy and SENDCo").
    """
    out: list[str] = []
    for hard in _split_top(line, _HARD):
        for piece in _AFTER_BRACKET.split(hard):
            soft = _split_top(piece, _SOFT)
            if len(soft) > 1 and all(_looks_like_person(s) for s in soft):
                out.extend(soft)
                continue
            listed = _listed_posts(piece, glossary)
            if listed is not None:
                out.extend(listed)
                continue
            commas = _split_top(piece, _COMMA)
            if len(commas) > 1 and (
                all(_is_post(c) and " " in c for c in commas) or all(map(_is_body, commas))
            ):
                out.extend(lead for c in commas for lead in _joined_leads(c, glossary))
            else:
                out.extend(_joined_leads(piece, glossary))
    return out


def stacked_leads(lines: Sequence[str]) -> list[int] | None:
    """Where a cell's short lines, printed one under another, start a new lead.

    A narrow column wraps a long post at every word ("Dyslexia" / "Specialist" /
    "Teacher") just as it prints a list one lead a line ("Headteacher" / "SENCO"),
    and nothing in the print tells the two apart. The lines are cut into as many
    groups as can each stand as a whole lead: a post ending in its post noun
    ("Dyslexia Specialist Teacher", "SENDCo"), an acronym ("SLT") or, in a list of
    people only, a full name. A bare post noun ("Teacher") ends the post above it
    and a lone qualifier ("Deputy") opens the one below. Returns the indexes of the
    lines opening a lead, or None when the lines are not two or more whole leads.
    """
    count = len(lines)
    if not 2 <= count <= _MAX_STACK:
        return None
    kinds: dict[tuple[int, int], str | None] = {}
    best: list[int] | None = None
    for cuts in itertools.product((False, True), repeat=count - 1):
        starts = [0, *(i + 1 for i, cut in enumerate(cuts) if cut)]
        if len(starts) < 2 or (best is not None and len(starts) <= len(best)):
            continue
        found: set[str | None] = set()
        for span in itertools.pairwise([*starts, count]):
            if span not in kinds:
                kinds[span] = _lead_kind(" ".join(lines[span[0] : span[1]]), span[1] == count)
            found.add(kinds[span])
        if None not in found and not {"name", "post"} <= found:
            best = starts
    return best


_MAX_STACK = 8
"""More lines than this are running text, never a stack of leads."""
_STACK_WORDS = ROLE_NOUNS | POST_MODIFIERS
"""A word that alone on a line only finishes or opens a post ("Teacher", "Deputy")."""


def _lead_kind(text: str, last: bool) -> str | None:
    """ "name", "post" or "either" (an acronym or initials) for a whole lead; else None."""
    words = text.split()
    if text.count("(") != text.count(")"):
        return None  # a bracket opened on one line and closed on another
    if all(_ACRONYM.match(w) for w in words):
        return "either"
    lowered = [w.lower().strip(".,;:()") for w in words]
    if len(words) == 1 and lowered[0].rstrip("s") in _STACK_WORDS:
        if lowered[0] in POST_ACRONYMS or (last and lowered[0] in POST_MODIFIERS):
            return "post"
        return None  # "Teacher" ends the post above; "Deputy" opens the one below
    if _is_full_name(text):
        return "name"
    ends_in_post = any(lowered[-1].rstrip("s").endswith(noun) for noun in ROLE_NOUNS)
    return "post" if ends_in_post or _heads_something(lowered) else None


# --------------------------------------------------------------------------- fragment to person


def _bracket(fragment: str) -> tuple[str, str | None]:
    """ "Ann Lee (Safeguarding Operations)" -> ("Ann Lee", "Safeguarding Operations")."""
    if "(" not in fragment:
        return fragment.strip(), None
    head, _, tail = fragment.partition("(")
    inner = tail.rsplit(")", 1)[0] if ")" in tail else tail
    inner = re.sub(r"\s*:\s*", ": ", inner.strip(" )")).strip()
    return head.strip(), inner or None


def _is_org(text: str) -> bool:
    return bool(_ACRONYM.match(text) or _ORG_WORDS.search(text)) and not text.lower().startswith(
        ("head", "manager", "director", "lead", "chair")
    )


def _abbreviates(acronym: str, words: str) -> bool:
    """ "IRO" for "Independent Reviewing Officer": the bracket is the post's own acronym."""
    letters = "".join(w[0] for w in words.split() if w[:1].isupper())
    return acronym.upper() == letters.upper() or acronym.lower() in POST_ACRONYMS


def _person(fragment: str, org: str | None, glossary: Mapping[str, str]) -> Person | None:
    """One fragment as a Person: a name with post/organisation, or a post or service alone."""
    raw = fragment.strip()
    prefix, body = _strip_prefix(raw)
    org = prefix or org
    head, inner = _bracket(body)
    head = head.strip(" .,;:-")
    if not head:
        return None
    # a bracket after a name holds the person's post or organisation
    role, organisation = (None, inner) if inner and _is_org(inner) else (inner, org)
    known = glossary.get(head)
    if known is not None:
        expanded = _person(known, org, {})
        if expanded is not None and expanded.name:
            return expanded.model_copy(
                update={
                    "raw": raw,
                    "role": role or expanded.role,
                    "organisation": organisation or expanded.organisation,
                }
            )
    if _looks_like_name(head) and (len(head.split()) > 1 or _is_initials(head)):
        return Person(raw=raw, name=head, role=role, organisation=organisation)
    printed = head if inner is None else f"{head} ({inner})"
    if inner and _is_full_name(inner):
        # "Head of Fostering (Ana Reyes)": the post as printed, the person within
        return Person(raw=raw, name=inner, role=head, organisation=org, printed=printed)
    paired = _name_beside_role(head)
    if paired is not None:
        name, other = paired
        if _is_org(other):
            return Person(raw=raw, name=name, role=role, organisation=organisation or other)
        return Person(raw=raw, name=name, role=role or other, organisation=organisation)
    if inner and _is_org(inner) and not _abbreviates(inner, head):
        return Person(raw=raw, role=head, organisation=inner, printed=printed)
    return Person(raw=raw, role=head, organisation=org, printed=printed if inner else None)


_NAME_ROLE_SEP = re.compile(rf"\s+{_DASH}\s+|\s*,\s*|\s*:\s*")


def _name_beside_role(text: str) -> tuple[str, str] | None:
    """ "Jane Smith, Head of Service" or "Head of Service - Jane Smith" -> (name, role)."""
    match = _NAME_ROLE_SEP.search(text)
    if not match:
        return None
    left, right = text[: match.start()].strip(), text[match.end() :].strip()
    if not left or not right:
        return None
    if _looks_like_name(left) and not _looks_like_name(right):
        return left, right
    if _looks_like_name(right) and not _looks_like_name(left):
        return right, left
    return None


def _fold(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def split_leads(raw: str | None, *, glossary: Mapping[str, str] | None = None) -> list[Person]:
    """The people, posts and services a lead cell names, in order, each once.

    `glossary` maps initials to what the document's own key says they stand
    for ("JS" -> "Jo Smith, Head of Safeguarding"); initials found there become
    that person, the initials staying in `raw`.
    """
    if not raw or not raw.strip():
        return []
    known = {k.strip().rstrip("."): v for k, v in (glossary or {}).items() if k.strip()}
    people: list[Person] = []
    seen: set[str] = set()
    last_line_named = False
    for line in _logical_lines(_clean_cell(raw)):
        line_org, body = _strip_prefix(line)
        if line_org and not body:
            continue
        if body.startswith("(") and people and people[-1].role is None:
            # a role wrapped onto its own line belongs to the person above
            _, inner = _bracket(body)
            if inner:
                last = people[-1]
                people[-1] = last.model_copy(
                    update={"raw": f"{last.raw} {body}", "role": inner}
                    if not _is_org(inner)
                    else {"raw": f"{last.raw} {body}", "organisation": inner}
                )
                continue
        found = [
            person
            for fragment in _fragments(body, known)
            for piece in _initials_run(fragment)
            if (person := _person(piece, line_org, known)) is not None
        ]
        found = _shared_post(found, body)
        previous = people[-1] if people else None
        if (
            len(found) == 1
            and found[0].name is None
            and found[0].organisation is None
            and _is_post(found[0].raw)
            and previous is not None
            and previous.name
            and previous.role is None
            and previous.organisation is None
            and last_line_named
        ):
            # a job title printed on the line under a bare name is that person's role
            people[-1] = previous.model_copy(
                update={"raw": f"{previous.raw}\n{found[0].raw}", "role": found[0].role}
            )
            last_line_named = False
            continue
        last_line_named = len(found) == 1 and found[0].name is not None and found[0].role is None
        for person in found:
            key = _fold(person.label)
            if key and key not in seen:
                seen.add(key)
                people.append(person)
    return people


def _shared_post(found: list[Person], line: str) -> list[Person]:
    """ "Ann Lee and Tom Reid (job share), Deputy Head": a post after a comma that closes
    a list of two or more named people is the post they share, not another lead."""
    if len(found) < 3 or found[-1].name is not None or not _is_post(found[-1].raw):
        return found
    if not all(p.name for p in found[:-1]) or not line.rstrip().endswith(f", {found[-1].raw}"):
        return found
    post = found[-1].role
    return [p if p.role else p.model_copy(update={"role": post}) for p in found[:-1]]


def _initials_run(fragment: str) -> list[str]:
    """ "JS TMcB" -> ["JS", "TMcB"]; anything else unchanged."""
    tokens = fragment.split()
    if len(tokens) > 1 and all(_is_initials(t) for t in tokens):
        return tokens
    return [fragment]


# --------------------------------------------------------------------------- a document's key

_KEY_LINE = re.compile(
    rf"^\s*(?P<key>[A-Z][\w'’]{{1,5}}\.?)\s*(?:{_DASH}|:|=)\s*(?P<meaning>\S.*)$"
)
_MEANING_HEAD = re.compile(rf"\s*(?:,|\(|\s{_DASH}\s)")


def read_glossary(lines: Iterable[str], pairs: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Initials a document spells out, from key lines ("JS – Jo Smith, Head of
    Safeguarding") and two-column key rows: initials -> the text they stand for.

    Only initials whose meaning opens with a person's full name count, so a key
    of status symbols or a list of acronyms is never read as people.
    """
    found: dict[str, str] = {}
    candidates = [(m["key"], m["meaning"]) for m in map(_KEY_LINE.match, lines) if m]
    for key, meaning in [*candidates, *pairs]:
        key = key.strip().rstrip(".")
        meaning = " ".join(meaning.split())
        head = _MEANING_HEAD.split(meaning, maxsplit=1)[0]
        if _is_initials(key) and " " not in key and _is_full_name(head):
            found.setdefault(key, meaning)
    return found


# --------------------------------------------------------------------------- ids across a run


def _name_key(name: str) -> str:
    """Lower case, no punctuation, no titles: the form two spellings are compared in."""
    tokens = [t for t in _fold(name).split() if t not in TITLES]
    return " ".join(tokens)


@dataclass
class _Entry:
    person_id: str
    name: str | None
    role: str | None
    organisation: str | None
    variants: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)


class PeopleIndex:
    """Stable ids for the people of one run, spelling variants sharing one id.

    Full names are matched across documents (exactly after folding, else
    token_sort_ratio >= 90); initials and roles only exactly and within one
    document, since "MG" or "All managers" in two councils are different people.
    """

    def __init__(self, threshold: float = 90.0) -> None:
        self._threshold = threshold
        self._entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._names: list[str] = []
        self._name_entries: list[_Entry] = []

    def _key(self, person: Person, doc: str) -> tuple[str, bool]:
        """(lookup key, whether it may be fuzzy-matched)."""
        if person.name and " " not in person.name and _is_initials(person.name):
            return f"initials:{doc}:{person.name.rstrip('.')}", False
        if person.name:
            return "name:" + _name_key(person.name), True
        return f"role:{doc}:{_fold(person.role or person.raw)}", False

    def _find(self, key: str, fuzzy: bool) -> _Entry | None:
        if key in self._by_key:
            return self._by_key[key]
        if not fuzzy or not self._names:
            return None
        best = process.extractOne(
            key, self._names, scorer=fuzz.token_sort_ratio, score_cutoff=self._threshold
        )
        return self._name_entries[best[2]] if best else None

    def assign(self, people: list[Person], *, doc: str) -> list[Person]:
        """Copies of `people` with `person_id` set, registering any new person."""
        out: list[Person] = []
        for person in people:
            key, fuzzy = self._key(person, doc)
            entry = self._find(key, fuzzy)
            if entry is None:
                entry = _Entry(
                    f"p{len(self._entries) + 1:04d}", person.name, person.role, person.organisation
                )
                self._entries.append(entry)
                if fuzzy:
                    self._names.append(key)
                    self._name_entries.append(entry)
            self._by_key.setdefault(key, entry)
            entry.role = entry.role or person.role
            entry.organisation = entry.organisation or person.organisation
            if person.label not in entry.variants:
                entry.variants.append(person.label)
            if doc not in entry.docs:
                entry.docs.append(doc)
            out.append(person.model_copy(update={"person_id": entry.person_id}))
        return out

    def rows(self) -> list[dict[str, str]]:
        """One row per person for people.csv."""
        return [
            {
                "person_id": e.person_id,
                "name": e.name or "",
                "role": e.role or "",
                "organisation": e.organisation or "",
                "variants": "; ".join(e.variants),
                "docs": "; ".join(e.docs),
            }
            for e in self._entries
        ]
