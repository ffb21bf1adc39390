#!/usr/bin/env bash
# Writes FILE.gz and FILE.br beside FILE, the encodings cmd/serve sends.
#
# The .gz is made by zopfli when it is installed (`make deps` installs it):
# its output is ordinary gzip that every browser reads, 4.5% smaller than
# gzip -9 on our wasm (about 70 KB), at ~30 s a build with 40 iterations
# (1.9 KB smaller than 5 iterations, for about 15 s more). Without zopfli
# it is gzip -9. The .br needs brotli and is skipped without it.
#
# go build rewrites the wasm on every `make wasm`, so a checksum of what was
# last compressed, kept in STAMP (outside web/static, which is embedded and
# served), lets an unchanged build skip the 12 s.
# Usage: scripts/compress.sh FILE STAMP
set -euo pipefail
file=${1:?usage: scripts/compress.sh FILE STAMP}
stamp_file=${2:?usage: scripts/compress.sh FILE STAMP}
sum=$(sha256sum "$file" | cut -d' ' -f1)
gzip_tool=gzip
command -v zopfli >/dev/null 2>&1 && gzip_tool=zopfli
br_tool=none
command -v brotli >/dev/null 2>&1 && br_tool=brotli
stamp="$sum $gzip_tool $br_tool"
if [ -f "$file.gz" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
  exit 0
fi
rm -f "$stamp_file"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
if [ "$gzip_tool" = zopfli ]; then
  zopfli --i40 -c "$file" >"$tmp"
else
  gzip -9 -c "$file" >"$tmp"
fi
chmod 644 "$tmp"
mv "$tmp" "$file.gz"
if command -v brotli >/dev/null 2>&1; then
  brotli -f -k -q 11 "$file"
else
  rm -f "$file.br" # a .br from an older build would be served instead
fi
mkdir -p "$(dirname "$stamp_file")"
echo "$stamp" >"$stamp_file"
