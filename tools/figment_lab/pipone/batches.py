"""Turning pairs into training batches: chat formatting, answer-only labels, padding, loss."""

from __future__ import annotations

from typing import Any

__all__ = ["collate", "encode", "eval_loss"]


def encode(tokenizer: Any, prompt: str, answer: str, max_length: int) -> tuple[list[int], int]:
    """Token ids of a chat-formatted pair and where the answer starts (its loss region)."""
    head = tokenizer.apply_chat_template(
        [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
    )
    end = tokenizer.eos_token or "<|im_end|>"
    prompt_ids = tokenizer(head, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(answer + end + "\n", add_special_tokens=False)["input_ids"]
    ids = (prompt_ids + answer_ids)[:max_length]
    return ids, min(len(prompt_ids), len(ids))


def collate(batch: list[tuple[list[int], int]], pad_id: int, device: Any) -> dict[str, Any]:
    """Right-padded model inputs; labels are -100 outside the answers."""
    import torch

    width = max(len(ids) for ids, _ in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for row, (ids, start) in enumerate(batch):
        t = torch.tensor(ids, dtype=torch.long)
        input_ids[row, : len(ids)] = t
        mask[row, : len(ids)] = 1
        labels[row, start : len(ids)] = t[start:]
    return {
        "input_ids": input_ids.to(device),
        "attention_mask": mask.to(device),
        "labels": labels.to(device),
    }


def eval_loss(
    model: Any, examples: list[tuple[list[int], int]], bs: int, pad: int, dev: Any
) -> float:
    """Mean loss per answer token over ``examples``."""
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(examples), bs):
            batch = collate(examples[i : i + bs], pad, dev)
            logits = model(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).logits
            shift_logits = logits[:, :-1].reshape(-1, logits.shape[-1]).float()
            shift_labels = batch["labels"][:, 1:].reshape(-1)
            loss = torch.nn.functional.cross_entropy(
                shift_logits, shift_labels, ignore_index=-100, reduction="sum"
            )
            total += float(loss)
            count += int((shift_labels != -100).sum())
    model.train()
    return total / max(count, 1)
