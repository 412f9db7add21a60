"""Regenerate tests/model/lm_reference.json: greedy tokens from PyTorch/transformers for fixed prompts.

transformers loads the shipped GGUF with ``gguf_file=`` (dequantized to fp32): the definition of
"the shipped model". Needs the build extra (torch, transformers, gguf). Offline: HF_HUB_OFFLINE=1.

    python scripts/make_lm_reference.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "engine"))

PROMPTS = [
    "What is the capital of France?",
    "Describe a chair made of clouds.",
    "Write a haiku about the sea.",
    "Invent a new fruit and describe its taste.",
    "Tell me about a lamp that dreams.",
]
NEW_TOKENS = 32
OUT = Path(__file__).resolve().parents[1] / "tests" / "model" / "lm_reference.json"


def main() -> None:
    """Run the prompts greedily in transformers and write the JSON."""
    import torch
    import transformers
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from figment.model._gguf import file_sha256, find_smollm2_gguf

    path = find_smollm2_gguf()
    tok = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(
        str(path.parent), gguf_file=path.name, dtype=torch.float32
    )
    model.eval()
    cases = []
    for text in PROMPTS:
        messages = [{"role": "user", "content": text}]
        ids = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)
        ids = list(ids["input_ids"] if hasattr(ids, "keys") else ids)
        with torch.no_grad():
            out = model.generate(torch.tensor([ids]), max_new_tokens=NEW_TOKENS, do_sample=False)
        cases.append(
            {"messages": messages, "input_ids": ids, "output_ids": out[0, len(ids) :].tolist()}
        )
        print(text, "->", tok.decode(cases[-1]["output_ids"]))
    ref = {
        "source_sha256": file_sha256(path),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "new_tokens": NEW_TOKENS,
        "cases": cases,
    }
    OUT.write_text(json.dumps(ref, indent=1) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
