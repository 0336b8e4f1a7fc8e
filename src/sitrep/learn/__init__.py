"""Learning: train the heads that :mod:`sitrep.extract.learned` stacks on the rules, and measure them honestly.

:mod:`~sitrep.learn.data` reads coded files (ACLED, GTD, UCDP) into training rows with the coder's template text
stripped; :mod:`~sitrep.learn.features` runs the rules over them once; :mod:`~sitrep.learn.train` fits the heads
(scikit-learn, the optional 'model' extra) and writes a model file; :mod:`~sitrep.learn.cv` scores rules, model
and both stacked, leaving one country out at a time; :mod:`~sitrep.learn.encoder` runs all-MiniLM-L6-v2 in numpy
for measuring heads on contextual sentence vectors (measured and not shipped: see the README).

This package sits after evaluate (it drives the extractor through :mod:`sitrep.api`); no stage imports it.
"""
