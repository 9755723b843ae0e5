"""What a person watching a batch on a terminal sees: the file being read and the time left."""

from __future__ import annotations

import io
from pathlib import Path

from actionplan.batch import FileOutcome
from actionplan.progress import reporter


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_names_the_file_being_read_and_shows_time_left() -> None:
    files = [Path("in/a.txt"), Path("in/b.txt"), Path("in/c.txt")]
    screen = _Terminal()
    with reporter(files, 1, quiet=False, err=screen) as report:
        labels = [report.label()]
        report(FileOutcome(files[0], "a"))
        labels.append(report.label())
        report(FileOutcome(files[1], "b", error="empty file"))
        report(FileOutcome(files[2], "c"))
        labels.append(report.label())
    assert labels == ["reading a.txt", "reading b.txt", "writing tables"]
    shown = screen.getvalue()
    assert "error: in/b.txt: empty file" in shown
    assert "eta" in shown


def test_with_several_workers_the_label_counts_the_others() -> None:
    files = [Path(f"{n}.pdf") for n in range(5)]
    with reporter(files, 3, quiet=False, err=_Terminal()) as report:
        report(FileOutcome(files[1], "1"))
        assert report.label() == "reading 0.pdf (+2)"
        for path in (files[0], files[2], files[3]):
            report(FileOutcome(path, path.stem))
        assert report.label() == "reading 4.pdf"
