"""Training smoke test on a tiny random Llama: loss goes down, the adapter is in runtime format."""

from __future__ import annotations

import json

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("peft")

from figment.errors import InvalidArgument  # noqa: E402
from figment_lab.pipone.adapter_format import lora_name, read_adapter  # noqa: E402
from figment_lab.pipone.batches import encode  # noqa: E402
from figment_lab.pipone.dataset import build_dataset  # noqa: E402
from figment_lab.pipone.jsonl import write_jsonl  # noqa: E402
from figment_lab.pipone.train import TrainConfig, main, train  # noqa: E402

CHAT = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
LAYERS, HIDDEN, KV = 2, 32, 2


def _tiny(texts):
    from tokenizers import Tokenizer, models, pre_tokenizers

    specials = ["<pad>", "<unk>", "<|im_start|>", "<|im_end|>"]
    vocab = {t: i for i, t in enumerate(specials)}
    pre = pre_tokenizers.Whitespace()
    for text in texts:
        for word, _ in pre.pre_tokenize_str(text):
            vocab.setdefault(word, len(vocab))
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre
    tok = transformers.PreTrainedTokenizerFast(
        tokenizer_object=core, pad_token="<pad>", unk_token="<unk>", eos_token="<|im_end|>"
    )
    tok.add_special_tokens({"additional_special_tokens": ["<|im_start|>", "<|im_end|>"]})
    tok.chat_template = CHAT
    torch.manual_seed(0)
    config = transformers.LlamaConfig(
        vocab_size=len(tok), hidden_size=HIDDEN, intermediate_size=64, num_hidden_layers=LAYERS,
        num_attention_heads=4, num_key_value_heads=KV, max_position_embeddings=512,
        tie_word_embeddings=True,
    )  # fmt: skip
    return transformers.LlamaForCausalLM(config), tok


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("train")
    pairs = build_dataset(24, seed=5)
    data = write_jsonl(({"prompt": p.prompt, "answer": p.answer} for p in pairs), tmp / "d.jsonl")
    texts = [p.prompt for p in pairs] + [p.answer for p in pairs] + ["user assistant"]
    return tmp, data, texts


def _config(tmp, data, **kw):
    base = dict(
        name="tiny", data=data, out_dir=tmp / "adapters",
        learning_rate=1e-2, warmup_steps=0, batch_size=4, max_steps=12, eval_size=4,
        eval_every=6, patience=5, checkpoint_every=4, threads=1, device="cpu", progress=False,
        dropout=0.0,
    )  # fmt: skip
    merged = {**base, **kw}
    merged.setdefault("checkpoint_dir", tmp / "ck" / merged["name"])
    return TrainConfig(**merged)


def test_loss_goes_down_and_adapter_is_runtime_format(setup):
    tmp, data, texts = setup
    model, tok = _tiny(texts)
    out = train(_config(tmp, data, epochs=3.0), model=model, tokenizer=tok)
    manifest, arrays = read_adapter(out)
    assert set(manifest) == {
        "name", "description", "rank", "alpha", "targets", "base_sha256", "data_sha256",
        "created", "metrics",
    }  # fmt: skip
    assert manifest["targets"] == ["q_proj", "v_proj"] and manifest["rank"] == 8
    m = manifest["metrics"]
    assert m["eval_loss"] < m["eval_loss_base"], m
    assert m["steps"] == 12 and m["train_tokens"] > 0 and m["complete"] is True
    head = HIDDEN // 4
    assert len(arrays) == LAYERS * 2 * 2
    for i in range(LAYERS):
        pre = f"model.layers.{i}.self_attn."
        assert arrays[pre + "q_proj.lora_A"].shape == (8, HIDDEN)
        assert arrays[pre + "q_proj.lora_B"].shape == (HIDDEN, 8)
        assert arrays[pre + "v_proj.lora_A"].shape == (8, HIDDEN)
        assert arrays[pre + "v_proj.lora_B"].shape == (KV * head, 8)
        assert arrays[pre + "v_proj.lora_B"].dtype == np.float32
    assert np.abs(arrays["model.layers.0.self_attn.q_proj.lora_B"]).max() > 0
    assert (out / "MODEL_CARD.md").read_text().count(manifest["data_sha256"]) == 1
    assert json.loads((out / "training.json").read_text())["hyperparameters"]["rank"] == 8


def test_exported_delta_reproduces_the_trained_model(setup):
    """Adding (alpha/rank)·B@A to the base weights gives the PEFT model's logits."""
    tmp, data, texts = setup
    model, tok = _tiny(texts)
    base_state = {k: v.clone() for k, v in model.state_dict().items()}
    out = train(
        _config(tmp, data, name="delta", max_steps=4, eval_size=0), model=model, tokenizer=tok
    )
    manifest, arrays = read_adapter(out)
    ids, _ = encode(tok, "a whale", "of brass", 64)
    x = torch.tensor([ids])
    with torch.no_grad():
        tuned = model(input_ids=x).logits  # ``train`` wrapped this model in place with peft
        plain, _ = _tiny(texts)
        plain.load_state_dict(base_state)
        before = plain(input_ids=x).logits
        scale = manifest["alpha"] / manifest["rank"]
        sd = plain.state_dict()
        for name in arrays:
            if name.endswith("lora_A"):
                stem = name[: -len(".lora_A")]
                b, a = arrays[stem + ".lora_B"], arrays[name]
                sd[stem + ".weight"] += torch.from_numpy(scale * b @ a)
        plain.load_state_dict(sd)
        merged = plain(input_ids=x).logits
    assert torch.allclose(merged, tuned, atol=1e-4)
    assert not torch.allclose(before, tuned, atol=1e-4)


def test_resume_continues_from_checkpoint(setup):
    """Four steps, stop, resume to eight: the same adapter as eight steps in one go."""
    tmp, data, texts = setup
    cfg = _config(tmp, data, name="resume", max_steps=4, eval_size=0, epochs=3.0)
    model, tok = _tiny(texts)
    train(cfg, model=model, tokenizer=tok)
    model, tok = _tiny(texts)
    resumed = train(cfg.model_copy(update={"max_steps": 8}), model=model, tokenizer=tok)
    model, tok = _tiny(texts)
    straight = train(
        cfg.model_copy(update={"max_steps": 8, "name": "straight", "checkpoint_dir": tmp / "s"}),
        model=model,
        tokenizer=tok,
    )
    (m1, a1), (m2, a2) = read_adapter(resumed), read_adapter(straight)
    assert m1["metrics"]["steps"] == m2["metrics"]["steps"] == 8
    for name in a1:
        np.testing.assert_allclose(a1[name], a2[name], rtol=1e-5, atol=1e-6)
    model, tok = _tiny(texts)
    with pytest.raises(InvalidArgument, match="another run"):
        train(cfg.model_copy(update={"learning_rate": 0.5}), model=model, tokenizer=tok)


def test_lora_names_and_cli_errors(tmp_path, capsys):
    key = "base_model.model.model.layers.3.self_attn.v_proj.lora_B.weight"
    assert lora_name(key) == "model.layers.3.self_attn.v_proj.lora_B"
    with pytest.raises(ValueError):
        lora_name("base_model.model.lm_head.weight")
    assert main(["--name", "Bad Name", "--data", str(tmp_path / "x.jsonl")]) == 2
    assert main(["--name", "ok", "--data", str(tmp_path / "x.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_recipe_runner_skips_only_complete_adapters(tmp_path):
    from figment_lab.pipone.recipes import RECIPES, _done

    assert next(iter(RECIPES)) == "pip" and list(RECIPES)[-1] == "parse"
    assert {"cosmic", "culinary", "clockwork", "botanical"} <= set(RECIPES)
    for recipe in RECIPES.values():
        TrainConfig(
            name="x", data=recipe["data"], **{k: v for k, v in recipe.items() if k != "data"}
        )
    data = write_jsonl([{"prompt": "p", "answer": "a"}], tmp_path / "d.jsonl")
    from figment_lab.pipone.jsonl import sha256_file

    adapter = tmp_path / "pip"
    adapter.mkdir()
    for complete, expected in ((False, False), (True, True)):
        manifest = {"data_sha256": sha256_file(data), "metrics": {"complete": complete}}
        (adapter / "manifest.json").write_text(json.dumps(manifest))
        assert _done(adapter, data) is expected


def test_warm_start_from_a_partial_adapter_without_checkpoint(setup):
    """A fresh work tree keeps the committed partial adapter but not the checkpoint."""
    import shutil

    tmp, data, texts = setup
    cfg = _config(tmp, data, name="warm", max_steps=6, eval_every=3, epochs=3.0)
    model, tok = _tiny(texts)
    out = train(cfg, model=model, tokenizer=tok)
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["metrics"]["complete"] = False  # as if the run had been cut off after step 6
    (out / "manifest.json").write_text(json.dumps(manifest))
    shutil.rmtree(cfg.checkpoint_dir)
    model, tok = _tiny(texts)
    resumed = train(cfg.model_copy(update={"max_steps": 9}), model=model, tokenizer=tok)
    history = json.loads((resumed / "training.json").read_text())["history"]
    start = manifest["metrics"]["best_step"]
    assert {"step": start, "warm_start": True} in history
    assert read_adapter(resumed)[0]["metrics"]["steps"] == 9


def test_two_runs_cannot_train_one_adapter(setup):
    from figment.errors import FailedPrecondition
    from figment_lab.pipone.train import _lock

    tmp, _, _ = setup
    held = _lock(tmp / "ck-lock", "x")
    try:
        with pytest.raises(FailedPrecondition, match="another run is training x"):
            _lock(tmp / "ck-lock", "x")
    finally:
        held.close()
    _lock(tmp / "ck-lock", "x").close()  # free again once the first run ends


def test_a_run_can_start_from_another_adapters_weights(setup):
    """``init_from``: a new run on new pairs starts where a shipped adapter ended."""
    tmp, data, texts = setup
    first = train(_config(tmp, data, name="first", max_steps=8), model=_tiny(texts)[0],
                  tokenizer=_tiny(texts)[1])  # fmt: skip
    learned = read_adapter(first)[0]["metrics"]["eval_loss"]
    model, tok = _tiny(texts)
    cfg = _config(tmp, data, name="second", max_steps=2, init_from=first)
    second = train(cfg, model=model, tokenizer=tok)
    history = json.loads((second / "training.json").read_text())["history"]
    at_start = next(h["eval_loss"] for h in history if h["step"] == 0)
    assert at_start == pytest.approx(learned, rel=1e-3)  # the first run's weights, not fresh ones

    for bad, needle in ((dict(rank=4), "rank 8"), (dict(alpha=8.0), "alpha 16"),
                        (dict(name="first"), "where this run writes"),
                        (dict(init_from=tmp / "nowhere"), "not an adapter")):  # fmt: skip
        model, tok = _tiny(texts)
        cfg = _config(tmp, data, **{"name": "third", "init_from": first, **bad})
        with pytest.raises(InvalidArgument, match=rf"init_from.*{needle}"):
            train(cfg, model=model, tokenizer=tok)
