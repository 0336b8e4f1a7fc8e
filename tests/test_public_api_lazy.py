"""The public names load on first use, and stay the functions they name whatever subpackage is imported later."""

import subprocess
import sys


def test_extract_and_ingest_stay_functions_after_their_subpackages_are_imported() -> None:
    code = ("import sitrep; import sitrep.ingest.readers, sitrep.extract.pipeline, sitrep.api; "
            "print(callable(sitrep.extract), callable(sitrep.ingest), sitrep.extract.__module__, "
            "sitrep.ingest.__module__)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["True", "True", "sitrep.api", "sitrep.api"]


def test_importing_sitrep_loads_neither_spacy_nor_duckdb() -> None:
    code = "import sys, sitrep; print(sorted(m for m in ('spacy', 'duckdb', 'matplotlib') if m in sys.modules))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_the_report_stage_names_its_functions_and_loads_matplotlib_only_to_draw() -> None:
    code = ("import sys; import sitrep.report.filters; print('matplotlib' in sys.modules); "
            "import sitrep.report.render; from sitrep.report import render; print(callable(render), render.__module__)")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["False", "True", "sitrep.report.render"]
