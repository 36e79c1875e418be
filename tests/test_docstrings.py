"""The examples in the extractor's docstrings run and print what they show."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg.extract as extract

MODULES = sorted(f"kg.extract.{info.name}" for info in pkgutil.iter_modules(extract.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"


def test_the_rule_modules_have_examples():
    attempted = sum(doctest.testmod(importlib.import_module(name)).attempted for name in MODULES)
    assert attempted >= 25
