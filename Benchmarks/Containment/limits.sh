#!/usr/bin/env bash
# How long the containment limits take to act, with a release `descent` (default
# .build/release/descent): a block allocating without bound under the default 4 GiB
# memory limit, and a block printing 200 MB. Each is timed against the same chapter with
# a trivial block, so compile time cancels out. Prints seconds and the page size.
set -euo pipefail
descent=$(realpath "${1:-.build/release/descent}")
work=$(mktemp -d /tmp/descent-limits-XXXXXX)
trap 'rm -rf "$work"' EXIT

run() { # name body -> seconds of `descent build` (status ignored)
  mkdir -p "$work/$1/chapters"
  printf -- '---\ntitle: %s\n---\n```swift experiment\n%s\n```\n' "$1" "$2" > "$work/$1/chapters/01-$1.md"
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && "$descent" build > "$work/$1.log" 2>&1) || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

baseline=$(run baseline 'print("x")')
hog=$(run hog 'var chunks: [[UInt8]] = []
while true { chunks.append([UInt8](repeating: 1, count: 8 << 20)) }')
chatty=$(run chatty 'let line = String(repeating: "x", count: 99)
for _ in 0..<2_000_000 { print(line) }')
echo "baseline build (compile + trivial run): ${baseline} s"
echo "memory hog, default limit: build ${hog} s, so about $(echo "$hog - $baseline" | bc) s to hit the limit"
grep -m1 -o 'went over the memory limit[^)]*)' "$work/hog.log" || sed -n 1,5p "$work/hog.log"
echo "200 MB of printing: build ${chatty} s, so about $(echo "$chatty - $baseline" | bc) s for the run and the page"
ls -l "$work/chatty/site/01-chatty.html" 2>/dev/null | awk '{print "page: " $5 " bytes"}' || sed -n 1,5p "$work/chatty.log"
grep -m1 -o 'warning: block[^;]*' "$work/chatty.log" || true
