"""The layout engine: a `Grid` from any reader -> raw sections, areas and actions.

The same for every format and council. A new layout habit belongs in one of
these stages (or in a profile entry), never in a reader.
"""
