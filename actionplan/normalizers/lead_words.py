"""The words lead cells are read with: titles, posts, services and bodies.

Kept apart from the splitting rules in `people` so the vocabulary can grow
without touching them. All entries are lower case.
"""

from __future__ import annotations

TITLES = {"dci", "di", "ds", "dc", "supt", "ch", "dr", "cllr", "councillor", "mr", "mrs",
          "ms", "miss", "prof", "professor", "sir", "dame", "rev", "revd"}  # fmt: skip
"""Titles kept with a name ("DCI Ann Lee") and ignored when matching people."""

ROLE_WORDS = {
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
    "improvement", "commissioning", "operations", "operational", "hos", "dcs",
    "iro", "iros", "lado", "dass", "ceo", "hr", "it", "ict", "unit", "committee",
}  # fmt: skip
"""Words that make a lead a role or body rather than a person's name."""

SERVICE_WORDS = {
    "hub", "hubs", "care", "help", "years", "edge", "fostering", "adoption", "youth",
    "inclusion", "missing", "persons", "childcare", "disabled", "disability", "disabilities",
    "family", "families", "health", "education", "housing", "early", "offending", "justice",
    "protection", "looked", "leaving", "participation", "residential", "virtual", "support",
    "learning", "skills", "wellbeing", "mental", "public", "placements", "permanence",
    "sufficiency", "transitions", "needs", "special", "educational", "specialist", "teacher",
    "teachers", "dyslexia", "sendco", "senco", "tutor", "pastoral", "attendance", "exclusions",
}  # fmt: skip
"""Words of services and school posts: a lead holding one is not a person's name
("Family Hubs", "Dyslexia Specialist Teacher")."""

POST_ACRONYMS = {"lado", "iro", "iros", "dcs", "dass", "ceo", "hos", "sendco", "senco", "dsl",
                 "gp", "dph", "sro", "cno", "cmo"}  # fmt: skip
"""Acronyms that name a post ("LADO"), so they join with other posts as a lead of their own."""

BODY_ACRONYMS = {"slt", "smt", "dmt", "cmt", "yot", "yos", "sen", "send", "mash", "icb", "ccg",
                 "nhs", "lscb", "lsab", "scp", "camhs", "cafcass", "qa", "dfe", "edt", "cin",
                 "lac", "cla", "ehcp", "mat", "la"}  # fmt: skip
"""Acronyms of teams, services and bodies: never a person's initials."""

ROLE_NOUNS = {
    "manager", "lead", "director", "officer", "head", "chair", "coordinator", "co-ordinator",
    "adviser", "advisor", "commissioner", "practitioner", "worker", "nurse", "doctor",
    "consultant", "principal", "administrator", "analyst", "leader", "supervisor", "matron",
    "midwife", "paediatrician", "executive", "auditor", "partner", "governor", "team",
    "psychologist", "therapist", "psychiatrist", "solicitor", "specialist", "clinician",
    "champion", "representative", "planner", "navigator", "mentor", "trainer", "gp",
    "teacher", "sendco", "senco", "tutor", "dsl", "deputy", "inspector",
    "superintendent", "secretary", "registrar",
}  # fmt: skip
"""Nouns a post title ends with ("Leaving Care Service Manager")."""

POST_MODIFIERS = {"deputy", "assistant", "acting", "interim", "senior", "associate", "chief",
                  "principal", "executive"}  # fmt: skip
"""Words that open a post ("Deputy Headteacher", "Assistant Director") and alone qualify it."""
