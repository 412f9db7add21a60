#!/usr/bin/env bash
# Regenerate the Python code for the contract. CI runs this and fails if the result differs.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m grpc_tools.protoc -Iproto \
  --python_out=engine --pyi_out=engine --grpc_python_out=engine \
  proto/figment/v1/figment.proto
