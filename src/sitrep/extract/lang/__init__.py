"""Vocabulary per language, one folder each (as spaCy's ``lang/`` modules): ``en/`` holds English.

Each language folder has the same modules and names: ``counting`` (what a number counts: killed, wounded,
operations, vehicles …) and ``incidents`` (triggers, hedges, unnamed perpetrators, victims, places, casualty
phrases). The rules read their words from here, so a newcomer extends a list without reading a rule. Dates and number
words have their own tables in :mod:`sitrep.extract.dates` and :mod:`sitrep.extract.numbers`.
"""
