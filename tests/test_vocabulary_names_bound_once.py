"""Each word list in the language data is bound once: a second module-level binding of the same name silently
replaces the first for every later reader (patterns compiled above it kept the first, code importing it gets the
second), and ruff does not flag it."""

import ast
from collections import Counter
from pathlib import Path

import pytest

from sitrep.extract.lang.en import incidents

LANG_MODULES = sorted(Path(incidents.__file__).parent.glob("*.py"))


def _module_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", LANG_MODULES, ids=lambda p: p.name)
def test_no_word_list_is_bound_twice_in_a_language_module(path: Path) -> None:
    twice = sorted(name for name, count in _module_level_names(path).items() if count > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    module = tmp_path / "words.py"
    module.write_text('NOUNS = r"(?:man|men)"\nOTHER = 1\nNOUNS = {"man", "men"}\n', encoding="utf-8")
    assert _module_level_names(module)["NOUNS"] == 2
