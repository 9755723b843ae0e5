"""A spreadsheet value as the spreadsheet shows it, under the cell's number format.

openpyxl hands over typed values (numbers, datetimes) and the format code; what
the plan printed is the value rendered by that code. Only the parts action
trackers use are rendered: date codes (d, m, y, h, s, AM/PM), fixed decimals,
thousands separators, percentages and literal text. Excel's built-in short date
(format 14, which openpyxl names "mm-dd-yy") follows the machine's locale; it
is shown day first, as in the UK plans this tool reads.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

_LOCALE_SHORT_DATE = {"mm-dd-yy", "m/d/yy", "m/d/yyyy"}
_SHORT_DATE = "dd/mm/yyyy"
_SECTION = re.compile(r'"[^"]*"|\\.|;|[^;"\\]')
_BRACKET = re.compile(r"\[[^\]]*\]")
_QUOTED = re.compile(r'"([^"]*)"|\\(.)')
_DATE_TOKEN = re.compile(
    r'"[^"]*"|\\.|am/pm|a/p|y{1,4}|m{1,5}|d{1,4}|h{1,2}|s{1,2}|[^ymdhs"\\]+', re.I
)
_NUMBER_CORE = re.compile(r"[0#?,.]+")
_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def display_text(value: object, number_format: str | None) -> str:
    """The text a spreadsheet cell shows; "" for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    code = _first_section(number_format or "General")
    if isinstance(value, datetime | date | time):
        return format_date(value, code)
    if isinstance(value, int | float):
        return format_number(float(value), code)
    return str(value)


def _first_section(code: str) -> str:
    """The format section for positive values, colours and conditions removed."""
    sections, current = [], ""
    for token in _SECTION.findall(code):
        if token == ";":
            sections.append(current)
            current = ""
        else:
            current += token
    sections.append(current)
    return _BRACKET.sub("", sections[0]).strip()


def format_date(value: datetime | date | time, code: str) -> str:
    """Render a date or time value with an Excel date code (day-first when unspecified)."""
    if code.lower() in _LOCALE_SHORT_DATE or not re.search(r"[dmyhs]", code, re.I):
        code = _SHORT_DATE
    stamp = value if isinstance(value, datetime) else None
    if isinstance(value, date) and stamp is None:
        stamp = datetime(value.year, value.month, value.day)
    if isinstance(value, time):
        stamp = datetime.combine(date(1899, 12, 31), value)
    assert stamp is not None
    twelve = bool(re.search(r"am/pm|a/p", code, re.I))
    tokens = _DATE_TOKEN.findall(code)
    out: list[str] = []
    for i, token in enumerate(tokens):
        out.append(_date_token(token, stamp, twelve, _minutes_context(tokens, i)))
    return "".join(out)


def _minutes_context(tokens: list[str], i: int) -> bool:
    """Excel reads "m" as minutes right after an hour or right before seconds."""
    before = next((t for t in reversed(tokens[:i]) if re.fullmatch(r"[a-z]+", t, re.I)), "")
    after = next((t for t in tokens[i + 1 :] if re.fullmatch(r"[a-z]+", t, re.I)), "")
    return before.lower().startswith("h") or after.lower().startswith("s")


def _date_token(token: str, stamp: datetime, twelve: bool, minutes: bool) -> str:
    lower = token.lower()
    if token.startswith('"') or token.startswith("\\"):
        return _QUOTED.sub(lambda m: m.group(1) or m.group(2) or "", token)
    if lower in ("am/pm", "a/p"):
        am = stamp.hour < 12
        text = ("AM" if am else "PM") if lower == "am/pm" else ("A" if am else "P")
        return text if token[0].isupper() else text.lower()
    letter = lower[:1]
    if letter == "y":
        return f"{stamp.year % 100:02d}" if len(token) <= 2 else f"{stamp.year:04d}"
    if letter == "d":
        return _day(stamp, len(token))
    if letter == "m":
        if minutes and len(token) <= 2:
            return f"{stamp.minute:02d}" if len(token) == 2 else str(stamp.minute)
        return _month(stamp.month, len(token))
    if letter == "h":
        hour = (stamp.hour % 12 or 12) if twelve else stamp.hour
        return f"{hour:02d}" if len(token) == 2 else str(hour)
    if letter == "s":
        return f"{stamp.second:02d}" if len(token) == 2 else str(stamp.second)
    return token


def _day(stamp: datetime, width: int) -> str:
    if width == 1:
        return str(stamp.day)
    if width == 2:
        return f"{stamp.day:02d}"
    name = _DAY_NAMES[stamp.weekday()]
    return name[:3] if width == 3 else name


def _month(month: int, width: int) -> str:
    if width == 1:
        return str(month)
    if width == 2:
        return f"{month:02d}"
    name = _MONTH_NAMES[month - 1]
    return {3: name[:3], 5: name[0]}.get(width, name)


def format_number(value: float, code: str) -> str:
    """Render a number with a numeric code; "General" prints as a spreadsheet would."""
    if not code or code.lower() == "general" or code == "@":
        return _general(value)
    core = _NUMBER_CORE.search(code)
    if core is None:
        return _QUOTED.sub(lambda m: m.group(1) or m.group(2) or "", code)
    pattern = core.group()
    percent = "%" in code
    scaled = value * 100 if percent else value
    decimals = len(pattern.split(".", 1)[1]) if "." in pattern else 0
    body = f"{scaled:,.{decimals}f}" if "," in pattern.split(".")[0] else f"{scaled:.{decimals}f}"
    prefix = _QUOTED.sub(lambda m: m.group(1) or m.group(2) or "", code[: core.start()])
    suffix = _QUOTED.sub(lambda m: m.group(1) or m.group(2) or "", code[core.end() :])
    return f"{prefix}{body}{suffix}"


def _general(value: float) -> str:
    """Up to 11 significant digits, no trailing zeros, integers without a point."""
    if value == int(value) and abs(value) < 1e11:
        return str(int(value))
    text = f"{value:.11g}"
    return text
