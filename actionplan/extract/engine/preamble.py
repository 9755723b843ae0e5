"""An area opened by text above its table: "Recommendation 3: ..." and the lines after it.

Until the table begins, each line adds to the area: its wording, then, after
an "Outcomes:" or "Measures of success:" label, to that list; a "Timescale:"
line gives the area's timescale.
"""

from __future__ import annotations

from dataclasses import dataclass

from actionplan.extract.engine.profile import Profile
from actionplan.extract.engine.raw import RawArea
from actionplan.extract.engine.titles import due_label, preamble_label


@dataclass
class Preamble:
    area: RawArea
    heading: str
    fresh: bool = True  # no line added since the heading
    target: str = "text"  # what the next line adds to: text, outcomes or measures

    def add(self, text: str, profile: Profile) -> None:
        text = text.strip()
        if not text:
            return
        self.fresh = False
        due = due_label(profile, text)
        if due is not None:
            self.area.timescale = due
            return
        label = preamble_label(profile, text)
        if label:
            self.target = label
            return
        if self.target == "text":
            self.area.text = f"{self.area.text} {text}".strip() if self.area.text else text
        elif self.target == "outcomes":
            self.area.outcomes.append(text)
        else:
            self.area.measures.append(text)
