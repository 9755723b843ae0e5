"""Lead cells split into people and roles, and people given stable ids across a run.

A lead cell may name one person ("Jane Smith"), several ("Jane Smith/Tom Baker",
"Ann Lee and Bob Roe", "JS TB"), a person with an agency prefix or a bracketed
role ("NHS – Ann Lee (Service Manager)"), or only a role ("All managers",
"Director of Nursing and Transformation"). " and ", "&" and "," split people;
" and " splits two whole role titles too, never a title that contains "and".
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from actionplan.schemas.models import Person

__all__ = ["PeopleIndex", "split_leads"]

_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|li|div|tr)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")  # [^<>]: linear on a line of unclosed "<"
_DASH = r"[-\u2010-\u2015\u2212]"
"""Hyphens and dashes: cells keep the ones they print, splitting treats them alike."""
_TITLES = {"dci", "di", "ds", "dc", "supt", "ch", "dr", "cllr", "councillor", "mr", "mrs",
           "ms", "miss", "prof", "professor", "sir", "dame", "rev", "revd"}  # fmt: skip
"""Titles kept with a name ("DCI Ann Lee") and ignored when matching people."""
_ROLE_WORDS = {
    "all", "relevant", "each", "every", "any", "head", "heads", "director", "directors",
    "manager", "managers", "lead", "leads", "officer", "officers", "team", "teams", "service",
    "services", "designated", "named", "chair", "chairs", "board", "group", "panel", "auditors",
    "auditor", "coordinator", "co-ordinator", "advisor", "adviser", "advisers", "advisors",
    "commissioners", "commissioner", "practitioner", "practitioners", "workers", "worker",
    "staff", "partnership", "council", "trust", "police", "nurse", "nurses", "doctor",
    "doctors", "consultant", "principal", "assistant", "deputy", "chief", "executive",
    "senior", "interim", "strategic", "corporate", "administrator", "analyst", "governors",
    "schools", "partners", "agencies", "members", "member", "safeguarding", "lscb", "nhs",
    "ccg", "pct", "trustees", "leader", "leaders", "supervisors", "matron", "midwife",
    "paediatrician", "clinical", "business", "performance", "children", "social", "quality",
    "improvement", "commissioning", "operations", "operational", "head,", "hos", "dcs",
    "iro", "iros", "lado", "dass", "ceo", "hr", "it", "ict", "unit", "committee",
}  # fmt: skip
"""Words that make a lead a role or body rather than a person's name."""
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


# --------------------------------------------------------------------------- cell to fragments


def _clean_cell(raw: str) -> str:
    """Paragraph and line-break tags as newlines, other tags gone, entities decoded."""
    text = _BLOCK_TAG.sub("\n", raw)
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    return text


def _split_top(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split on a pattern only outside brackets (roles hold "/" and "&" too)."""
    parts: list[str] = []
    depth = 0
    last = 0
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = separators.match(text, pos)
            if match and match.end() > pos:
                parts.append(text[last:pos])
                last = pos = match.end()
                continue
        pos += 1
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


_HARD = re.compile(r"\n|/|;|\s+\|\s+")
_SOFT = re.compile(r"\s+and\s+|\s*&\s*|\s*,\s*|\s*\+\s*")
_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:,|\band\b|&)?\s*(?=[A-Z])")
_AND = re.compile(r"\s+and\s+|\s*&\s*")
_ROLE_NOUNS = {
    "manager", "lead", "director", "officer", "head", "chair", "coordinator", "co-ordinator",
    "adviser", "advisor", "commissioner", "practitioner", "worker", "nurse", "doctor",
    "consultant", "principal", "administrator", "analyst", "leader", "supervisor", "matron",
    "midwife", "paediatrician", "executive", "auditor", "partner", "governor", "team",
    "psychologist", "therapist", "psychiatrist", "solicitor", "specialist", "clinician",
    "champion", "representative", "planner", "navigator", "mentor", "trainer", "gp",
}  # fmt: skip
"""Nouns a role title ends with ("Leaving Care Service Manager")."""


def _is_initials(token: str) -> bool:
    """ "JS", "TMcB", "AL." - a person written as initials."""
    bare = token.rstrip(".")
    return 2 <= len(bare) <= 5 and bool(_INITIALS.match(token)) and bare.lower() not in _ROLE_WORDS


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words (after a title), none of them a role word."""
    tokens = text.replace(",", " ").split()
    while tokens and tokens[0].lower().rstrip(".") in _TITLES:
        tokens = tokens[1:]
    if not 1 <= len(tokens) <= 4:
        return False
    if len(tokens) == 1:
        return _is_initials(tokens[0])
    for token in tokens:
        if token.lower() in _ROLE_WORDS:
            return False
        if not _NAME_TOKEN.match(token) and token.lower() not in _PARTICLES:
            return False
    return True


def _looks_like_person(fragment: str) -> bool:
    """A name or initials, with or without a bracketed role or agency prefix."""
    head = _strip_prefix(fragment)[1].split("(", 1)[0].strip().rstrip(".")
    return _looks_like_name(head) or (all(_is_initials(t) for t in head.split()) and bool(head))


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


def _looks_like_role(fragment: str) -> bool:
    """A capitalised role title: it holds a role noun ("... Service Manager", "Named GP
    for Safeguarding"), opens a "Head of ..." phrase, or is an acronym ("LADO")."""
    head = fragment.split("(", 1)[0].strip().rstrip(".")
    words = head.split()
    if not words or not words[0][:1].isupper():
        return False
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return True
    lowered = [w.lower().rstrip("s") for w in words]
    if any(w in _ROLE_NOUNS for w in lowered):
        return True
    return any(
        a in {"head", "director", "chair", "chief"} and b == "of"
        for a, b in itertools.pairwise(lowered)
    )


def _fragments(line: str) -> list[str]:
    """One line of a lead cell cut into one fragment per person or role.

    " and ", "&" and "," split people; " and " and "&" also split two whole
    role titles ("Participation Lead and Leaving Care Service Manager"), but
    never a title that merely contains "and" ("Director of Nursing and
    Transformation").
    """
    out: list[str] = []
    for hard in _split_top(line, _HARD):
        for piece in _AFTER_BRACKET.split(hard):
            soft = _split_top(piece, _SOFT)
            if len(soft) > 1 and all(_looks_like_person(s) for s in soft):
                out.extend(soft)
                continue
            joined = _split_top(piece, _AND)
            if len(joined) > 1 and all(
                _looks_like_person(s) or _looks_like_role(s) for s in joined
            ):
                out.extend(joined)
            else:
                out.append(piece.strip())
    return out


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


def _person(fragment: str, org: str | None) -> Person | None:
    """One fragment as a Person: a name with role/organisation, or a role alone."""
    raw = fragment.strip()
    prefix, body = _strip_prefix(raw)
    org = prefix or org
    head, inner = _bracket(body)
    head = head.strip(" .,;:-")
    role = None
    if inner:
        if _is_org(inner):
            org = inner
        else:
            role = inner
    if not head:
        return None
    tokens = head.split()
    if all(_is_initials(t) for t in tokens) and len(tokens) == 1:
        return Person(raw=raw, name=tokens[0].rstrip("."), role=role, organisation=org)
    if _looks_like_name(head):
        return Person(raw=raw, name=head, role=role, organisation=org)
    paired = _name_beside_role(head)
    if paired is not None:
        name, other = paired
        if _is_org(other):
            return Person(raw=raw, name=name, role=role, organisation=org or other)
        return Person(raw=raw, name=name, role=role or other, organisation=org)
    text = head if not inner else f"{head} ({inner})"
    return Person(raw=raw, role=text, organisation=org)


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


def split_leads(raw: str | None) -> list[Person]:
    """The people and roles a lead cell names, in order, each once."""
    if not raw or not raw.strip():
        return []
    try:
        return _split_leads(raw)
    except Exception:  # a lead cell must never lose the row
        return [Person(raw=raw.strip(), role=raw.strip())]


def _split_leads(raw: str) -> list[Person]:
    people: list[Person] = []
    seen: set[str] = set()
    last_line_named = False
    for line in _clean_cell(raw).split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
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
            for fragment in _fragments(body)
            for piece in _initials_run(fragment)
            if (person := _person(piece, line_org)) is not None
        ]
        last = people[-1] if people else None
        if (
            len(found) == 1
            and found[0].name is None
            and found[0].organisation is None
            and last is not None
            and last.name
            and last.role is None
            and last.organisation is None
            and last_line_named
        ):
            # a job title printed on the line under a bare name is that person's role
            people[-1] = last.model_copy(
                update={"raw": f"{last.raw}\n{found[0].raw}", "role": found[0].role}
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


def _initials_run(fragment: str) -> list[str]:
    """ "JS TMcB" -> ["JS", "TMcB"]; anything else unchanged."""
    tokens = fragment.split()
    if len(tokens) > 1 and all(_is_initials(t) for t in tokens):
        return tokens
    return [fragment]


# --------------------------------------------------------------------------- ids across a run


def _name_key(name: str) -> str:
    """Lower case, no punctuation, no titles: the form two spellings are compared in."""
    tokens = [t for t in _fold(name).split() if t not in _TITLES]
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
