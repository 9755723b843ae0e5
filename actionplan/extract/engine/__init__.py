"""The layout engine: a `Grid` from any reader -> raw sections, areas and actions.

The same for every format and council. `layout.layout(grid, profile)` is the
entry point; `layout.Walker` walks the blocks in reading order and asks the
stages below, each a small module of functions on plain data that the tests
try alone. A new layout habit belongs in the stage it concerns (or in a
profile entry), never in a reader.

1. Grid clean-up, before the walk: `records` (a label | value table or
   "Label: value" paragraphs per action, and their transpose, turned into one
   header and a row per record), `running` (page numbers, titles repeated at
   page tops), `columns` (list numbers and bullets given a column of their own).
2. Tables and column roles: `roles` (a heading's role from its wording),
   `content_roles` (a column's role from its cells), `header` (a header row as
   a whole: two-row headers, an objective column as the area, one score per
   column), `tables` (`TableColumns`, the columns a header row opens).
3. The kind of every row: `row_kinds` (`RowDecision`, list items, glossary
   entries), `text_rows` (titles, notes, key entries), `titles` (what a line
   of text says: section label, timescale, area heading), `continuation`
   (a row cut by a page turn).
4. A data row's values: `cells` (cells under their roles, values carried
   down), `refs` (a Ref column's number), `bullets` (one action per bullet).
5. Hierarchy: `hierarchy` (`PlanTree`: sections, areas, actions), `preamble`
   (an area written above its table), `numbering` (numbers the plan left out).
6. Raw records and after: `raw` (`RawPlan`, what the engine hands on),
   `assemble` (raw -> normalised, validated records), `meta`, `authority`
   (title, council, dates), `profile` (heading synonyms, section and area patterns).

`ahead` is what the walk looks ahead at (the next block, the rows of a table).
`actionplan detect --rows` and `actionplan debug` print the decisions kept
on the raw plan: tables, header rows, column roles and why, every row's kind.
"""
