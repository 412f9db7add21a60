"""The hostile client of ``test_hostile``, run as a process of its own so that only the daemon's
memory is measured: ``python hostile_client.py GRPC_TARGET BASE_URL ROUNDS``.

It sends one round of the oversized requests, prints a JSON line of the answers and waits for
a line on stdin; then sends ROUNDS more and prints their answers: for each probe, how often
each answer ("CODE: message") came.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
from collections import Counter, defaultdict

import aiohttp
import grpc

IMAGINE = "/figment.v1.Figment/Imagine"
CONJURE = "/figment.v1.Figment/Conjure"
EMPTY_BLEND = bytes([(5 << 3) | 2, 0])  # ImagineRequest.blend (field 5), an empty entry
MESSAGES = {
    "gRPC 12 MB": b"\x0a\x06a lamp" + EMPTY_BLEND * 6_000_000,  # over every RPC's limit
    "gRPC 8 MB": b"\x0a\x06a lamp" + EMPTY_BLEND * 4_000_000,  # under Conjure's, over Imagine's
}
BODY = b'{"text":"a lamp","blend":[' + b"{}," * 3_000_000 + b"{}]}"  # 9 MB


async def main(target: str, base: str, rounds: int) -> None:
    answers: dict[str, Counter[str]] = defaultdict(Counter)
    async with (
        grpc.aio.insecure_channel(target, options=[("grpc.max_send_message_length", 32 << 20)])
        as channel,
        aiohttp.ClientSession() as session,
    ):  # fmt: skip
        raw = channel.unary_stream(IMAGINE, request_serializer=bytes)

        async def one_round() -> None:
            for name, message in MESSAGES.items():
                try:
                    async for _ in raw(message):
                        pass
                    answers[name]["OK"] += 1
                except grpc.aio.AioRpcError as exc:
                    answers[name][f"{exc.code().name}: {exc.details()}"] += 1
            for path in (IMAGINE, CONJURE):
                headers = {"Content-Type": "application/json"}
                async with session.post(base + path, data=io.BytesIO(BODY), headers=headers) as r:
                    error = (await r.json())["error"]
                answers[f"JSON 9 MB to {path.rsplit('/', 1)[1]}"][
                    f"{r.status} {error['code']}: {error['message']}"
                ] += 1

        await one_round()
        print(json.dumps(answers), flush=True)
        answers.clear()
        await asyncio.to_thread(sys.stdin.readline)
        for _ in range(rounds):
            await one_round()
        print(json.dumps(answers), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
