"""Decoding on the tiny model: determinism, adapters per request, sampling, stops, cancel, batching."""

from __future__ import annotations

import asyncio
import itertools
import threading

import numpy as np
import pytest

from figment.errors import InvalidArgument
from figment.model import Batcher, SamplingParams

GREEDY = SamplingParams(max_tokens=24, temperature=0)


def tokens(chunks) -> list[int]:
    return [t for c in chunks for t in c.token_ids]


@pytest.fixture
def prompt(tiny):
    return tiny.encode(tiny.chat_prompt([{"role": "user", "content": "conjure a lamp"}]))


@pytest.fixture(scope="module")
def batcher(tiny):
    e = Batcher(tiny, max_batch=4)
    yield e
    e.close()


def test_chat_template(tiny):
    p = tiny.chat_prompt([{"role": "user", "content": "hi"}], system="Be brief.")
    assert (
        p
        == "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    )
    assert tiny.chat_prompt([{"role": "user", "content": "hi"}]).startswith(
        "<|im_start|>system\nYou are a helpful"
    )


def test_greedy_is_deterministic_and_finishes(tiny, prompt):
    a, b = list(tiny.generate(prompt, GREEDY)), list(tiny.generate(prompt, GREEDY))
    assert tokens(a) == tokens(b) and len(tokens(a)) == 24
    assert a[-1].finish_reason == "length" and all(c.finish_reason is None for c in a[:-1])
    assert "".join(c.text for c in a) == tiny.decode(tokens(a))


def test_adapter_interleaving_matches_separate_runs(tiny, tiny_adapters, batcher, prompt):
    feed = tiny.adapter_feed([(tiny_adapters["dream"], 1.0)])
    alone_on = tokens(tiny.generate(prompt, GREEDY, lora=feed))
    alone_off = tokens(tiny.generate(prompt, GREEDY))
    assert alone_on != alone_off
    seq = [tokens(batcher.stream(prompt, GREEDY, lora=f)) for f in (feed, {}, feed, {})]
    assert seq == [alone_on, alone_off, alone_on, alone_off]


def test_blend_one_zero_equals_single_and_intensity_zero_is_base(tiny, tiny_adapters, prompt):
    a, b = tiny_adapters["dream"], tiny_adapters["wood"]
    single = tokens(tiny.generate(prompt, GREEDY, lora=tiny.adapter_feed([(a, 1.0)])))
    blend = tokens(tiny.generate(prompt, GREEDY, lora=tiny.adapter_feed([(a, 1.0), (b, 0.0)])))
    assert blend == single
    base = tokens(tiny.generate(prompt, GREEDY))
    assert (
        tokens(tiny.generate(prompt, GREEDY, lora=tiny.adapter_feed([(a, 1.0)], intensity=0.0)))
        == base
    )


def test_concurrent_mixed_adapters_match_solo(tiny, tiny_adapters, batcher):
    feeds = [{}, tiny.adapter_feed([(tiny_adapters["dream"], 1.0)]),
             tiny.adapter_feed([(tiny_adapters["dream"], 0.5), (tiny_adapters["wood"], 0.5)]), {}]  # fmt: skip
    prompts = [
        tiny.encode(tiny.chat_prompt([{"role": "user", "content": "x" * (3 * k + 1)}]))
        for k in range(4)
    ]
    solo = [tokens(tiny.generate(p, GREEDY, lora=f)) for p, f in zip(prompts, feeds, strict=True)]
    got: dict[int, list[int]] = {}

    def run(k):
        got[k] = tokens(batcher.stream(prompts[k], GREEDY, lora=feeds[k]))

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[k] for k in range(4)] == solo


def test_seed_reproduces(tiny, prompt):
    p = dict(max_tokens=20, temperature=1.0, top_p=0.95, top_k=50)
    a = tokens(tiny.generate(prompt, SamplingParams(**p, seed=7)))
    assert a == tokens(tiny.generate(prompt, SamplingParams(**p, seed=7)))
    assert a != tokens(tiny.generate(prompt, SamplingParams(**p, seed=8)))


def test_cancellation_stops_decoding(tiny, prompt, batcher):
    cancel = threading.Event()
    seen = []
    for c in tiny.generate(prompt, SamplingParams(max_tokens=200, temperature=0), cancel=cancel):
        seen.append(c)
        if len(seen) == 3:
            cancel.set()
    assert seen[-1].finish_reason == "cancelled" and len(seen) == 4
    stream = batcher.stream(prompt, SamplingParams(max_tokens=200, temperature=0))
    next(stream)
    stream.close()  # closing the consumer cancels in the worker


def test_stop_sequence_and_processor(tiny, prompt):
    forced = tiny.encode("abcXYZdef")
    calls = []

    def force(step, ids, logits):
        calls.append((step, len(ids)))
        out = np.full_like(logits, -np.inf)
        out[forced[step % len(forced)]] = 0.0
        return out

    chunks = list(
        tiny.generate(
            prompt,
            SamplingParams(max_tokens=50, temperature=0, stop=["XYZ"]),
            logits_processor=force,
        )
    )
    assert "".join(c.text for c in chunks) == "abc"
    assert chunks[-1].finish_reason == "stop"
    assert calls[0] == (0, len(prompt)) and calls[1] == (1, len(prompt) + 1)


def test_repetition_controls_change_output(tiny, prompt):
    base = tokens(tiny.generate(prompt, SamplingParams(max_tokens=40, temperature=0)))
    nr = tokens(
        tiny.generate(prompt, SamplingParams(max_tokens=40, temperature=0, no_repeat_ngram_size=2))
    )
    bigrams = list(itertools.pairwise(nr))
    assert len(bigrams) == len(set(bigrams))
    rp = tokens(
        tiny.generate(prompt, SamplingParams(max_tokens=40, temperature=0, repetition_penalty=1.5))
    )
    assert rp != base or nr != base


@pytest.mark.parametrize(
    "field,value",
    [("temperature", -0.1), ("top_p", 1.5), ("top_p", 0.0), ("max_tokens", 10**6), ("max_tokens", 0),
     ("top_k", -1), ("repetition_penalty", 0.0), ("no_repeat_ngram_size", 99), ("seed", -3), ("stop", ["x"] * 17)],
)  # fmt: skip
def test_bad_params_name_the_field(field, value):
    with pytest.raises(InvalidArgument) as e:
        SamplingParams(**{field: value})
    assert e.value.field == field and field in str(e.value)


def test_prompt_too_long_for_context(tiny):
    with pytest.raises(InvalidArgument, match="max_tokens"):
        tiny.new_sequence([5] * 500, SamplingParams(max_tokens=100))


def test_async_stream(tiny, batcher, prompt):
    async def main():
        return [c async for c in batcher.astream(prompt, GREEDY)]

    chunks = asyncio.run(main())
    assert tokens(chunks) == tokens(tiny.generate(prompt, GREEDY))


def test_device_info(tiny):
    info = tiny.device_info()
    assert info["provider"] == "CPUExecutionProvider" and info["intra_op_threads"] == 1


def test_closing_a_stream_early_does_not_set_the_callers_event(tiny):
    import threading

    from figment.model import Batcher, SamplingParams

    batcher = Batcher(tiny)
    try:
        caller = threading.Event()
        stream = batcher.stream(
            "hello", SamplingParams(max_tokens=20, temperature=0.0), cancel=caller
        )
        next(stream)
        stream.close()
        assert not caller.is_set()
        caller.set()
        chunks = list(
            batcher.stream("hello", SamplingParams(max_tokens=20, temperature=0.0), cancel=caller)
        )
        assert chunks[-1].finish_reason == "cancelled"
    finally:
        batcher.close()


def test_kv_in_place_equals_copying_through_joins_leaves_and_growth(
    tiny, tiny_adapters, monkeypatch
):
    """The CPU path keeps the KV cache in bound buffers; the CUDA path passes copies. Rows that
    join late, leave early, carry different adapters and outgrow the reserved capacity (the first
    reservation is prompt + 128 positions) must decode the same tokens on both."""
    from figment.model._batch import Batch

    feeds = [{}, tiny.adapter_feed([(tiny_adapters["dream"], 1.0)]), {},
             tiny.adapter_feed([(tiny_adapters["wood"], 0.7)])]  # fmt: skip
    lengths = [300, 40, 170, 5]
    prompts = [
        tiny.encode(tiny.chat_prompt([{"role": "user", "content": "lamp " * (k + 1)}]))
        for k in range(4)
    ]

    def run(in_place: bool) -> list[list[int]]:
        monkeypatch.setattr(tiny, "kv_in_place", in_place)
        seqs = [
            tiny.new_sequence(p, SamplingParams(max_tokens=n, temperature=0), lora=f)
            for p, f, n in zip(prompts, feeds, lengths, strict=True)
        ]
        batch, steps = Batch(tiny), 0
        while batch.rows or steps == 0 or any(not s.done for s in seqs):
            if steps < len(seqs) * 7 and steps % 7 == 0:  # join one every 7 steps
                batch.admit(seqs[steps // 7])
            batch.step()
            steps += 1
        if in_place:
            assert tiny.kv_in_place and batch.past == []
        return [list(s.generated) for s in seqs]

    copied, in_place = run(False), run(True)
    assert len(in_place[0]) == 300  # outgrew the first reservation twice
    assert in_place == copied


def test_threads_spin_briefly_by_default_and_sleep_when_asked(tiny_dirs):
    from figment.model import LanguageModel
    from figment.model.runtime import SPIN_US

    opts = LanguageModel(tiny_dirs["int4"], threads=1).session.get_session_options()
    assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "1"
    assert opts.get_session_config_entry("session.intra_op.spin_duration_us") == str(SPIN_US)
    sleeping = LanguageModel(tiny_dirs["int4"], threads=1, spin_us=0)
    opts = sleeping.session.get_session_options()
    assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    with pytest.raises(ValueError, match="spin_us"):
        LanguageModel(tiny_dirs["int4"], threads=1, spin_us=-1)
