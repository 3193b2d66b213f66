"""eventscribe.yaml_text: the C parser where PyYAML has it, reading exactly what the safe loader reads."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from eventscribe.yaml_text import SAFE_LOADER, load_yaml


def test_the_c_parser_is_used_where_pyyaml_was_built_with_libyaml():
    if yaml.__with_libyaml__:
        assert SAFE_LOADER is yaml.CSafeLoader
    else:
        assert SAFE_LOADER is yaml.SafeLoader


@pytest.mark.parametrize(
    ("package", "name"),
    [
        ("eventscribe.events.data", "rules.yaml"),
        ("eventscribe.events.data", "grammar.yaml"),
        ("eventscribe.events.data", "plover_modes.yaml"),
        ("eventscribe.actors.data", "resolution.yaml"),
        ("eventscribe.actors.data", "additions.yaml"),
        ("eventscribe.actors.data", "nominals.yaml"),
    ],
)
def test_packaged_files_read_the_same_as_with_the_pure_python_safe_loader(package, name):
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_unsafe_tags_are_refused_and_errors_keep_their_line():
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']\n")
    with pytest.raises(yaml.YAMLError) as caught:
        load_yaml("actors:\n  - names: [A\n  - b: c\n")
    assert caught.value.problem_mark is not None and caught.value.problem_mark.line >= 1
