"""The daemon's model choice: settings name a build and a device; the shared model follows them."""

from __future__ import annotations

import pytest

from figment.config import load_settings
from figment.errors import FailedPrecondition, MissingDependency
from figment.model import build_model, service


@pytest.fixture
def restore_choice():
    """Unload the models a test loaded."""
    before = dict(service._models)
    yield
    for key in set(service._models) - set(before):
        service._models.pop(key).batcher.close()


def test_settings_name_the_build_and_device():
    s = load_settings(None, model="int4-fast", device="cpu")
    assert (s.model, s.device) == ("int4-fast", "cpu")
    assert load_settings(None).model == "int4"
    with pytest.raises(FailedPrecondition, match="config model"):
        load_settings(None, model="int8")
    with pytest.raises(FailedPrecondition, match="config device"):
        load_settings(None, device="tpu")


def test_shared_model_loads_the_configured_build(tmp_path, tiny_source, restore_choice):
    build_model(tmp_path / "models", "int4", progress=None, source=tiny_source)
    build_model(tmp_path / "models", "int4-fast", progress=None, source=tiny_source)
    from figment.stages import Host

    shared = Host(home=tmp_path, model="int4-fast", device="cpu").language_model()
    info = shared.model.device_info()
    assert info["precision"] == "int4-fast" and info["provider"] == "CPUExecutionProvider"
    assert service.shared_model(tmp_path, "int4-fast", "cpu") is shared  # loaded once
    models = tmp_path / "models"
    assert service.loaded_provider(models, "int4-fast", "cpu") == "CPUExecutionProvider"
    assert service.loaded_provider(models, "int4-fast", "auto") is None  # not loaded for auto
    assert service.loaded_provider(models, "fp32", "cpu") is None
    assert service.shared_model(tmp_path, "int4").model.device_info()["precision"] == "int4"


def test_a_missing_build_says_how_to_make_it(tmp_path, restore_choice):
    with pytest.raises(MissingDependency, match="fp32 language model"):
        service.shared_model(tmp_path, "fp32")


def test_shared_model_rejects_unknown_names(tmp_path, restore_choice):
    with pytest.raises(ValueError, match="int4, int4-fast, fp32"):
        service.shared_model(tmp_path, "int2")
    with pytest.raises(ValueError, match="device"):
        service.shared_model(tmp_path, "int4", "npu")


def test_describe_lists_every_build_and_marks_the_selected_one(
    tmp_path, tiny_source, restore_choice
):
    from figment.config import Settings
    from figment.engine import Engine

    build_model(tmp_path / "models", "int4-fast", progress=None, source=tiny_source)
    engine = Engine(Settings(home=tmp_path, model="int4-fast", device="cpu", grpc_port=0))
    assert (engine.host.model, engine.host.device) == ("int4-fast", "cpu")  # what stages load
    models = {m.precision: m for m in engine.describe().models}
    assert set(models) == {"int4", "int4-fast", "fp32"}
    assert models["int4-fast"].status == "built, selected"
    assert models["int4-fast"].device == "cpu (not loaded)"
    assert models["fp32"].status == "not built: `figment model build --precision fp32`"
    assert models["fp32"].device == ""


def test_the_settings_offer_every_build():
    from typing import get_args

    from figment.config import Settings
    from figment.model.build import PRECISIONS

    assert set(get_args(Settings.model_fields["model"].annotation)) == set(PRECISIONS)


def test_the_cli_builds_the_settings_model(tmp_path, tiny_source, monkeypatch):
    from figment.cli import _ensure_model
    from figment.config import Settings

    monkeypatch.delenv("FIGMENT_HOME", raising=False)  # the settings' home alone decides
    built = build_model(tmp_path / "models", "int4-fast", progress=None, source=tiny_source)
    assert _ensure_model(Settings(home=tmp_path, model="int4-fast")) == built


def test_the_spin_setting_reaches_the_loaded_model(tmp_path, tiny_source, restore_choice):
    from figment.config import Settings
    from figment.engine import Engine

    assert Settings().spin_us == 50
    with pytest.raises(FailedPrecondition, match="config spin_us"):
        load_settings(None, spin_us=-1)
    build_model(tmp_path / "models", "int4", progress=None, source=tiny_source)
    engine = Engine(Settings(home=tmp_path, device="cpu", grpc_port=0, spin_us=0))
    options = engine.host.language_model().model.session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
