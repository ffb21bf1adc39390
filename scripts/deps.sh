#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks: Debian's chromium
# for the browser tests, node for the wasm tests, zopfli and brotli for the
# wasm's smaller download (scripts/compress.sh). Go modules come through
# `go test` itself.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v brotli >/dev/null 2>&1 || need+=(brotli) # the wasm's .br beside its .gz
command -v zopfli >/dev/null 2>&1 || need+=(zopfli) # its .gz, 4.5% under gzip -9
if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
go mod download
