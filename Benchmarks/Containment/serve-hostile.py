#!/usr/bin/env python3
"""Latency of `descent serve` while hostile local clients send 2 MiB request lines.

Usage: Benchmarks/Containment/serve-hostile.py [path/to/descent] [--clients 2] [--requests 40]

Builds nothing itself: it serves an empty temporary book (the placeholder page), starts
CLIENTS threads that each send `GET /aaaa…(2 MiB) HTTP/1.1` over and over, and times
REQUESTS ordinary `GET /` requests meanwhile (each with a 20 s timeout). Prints the
median, 95th percentile and maximum latency, and how many requests got no answer.
"""
import os, socket, statistics, subprocess, sys, tempfile, threading, time

descent = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ".build/release/descent"
clients = int(sys.argv[sys.argv.index("--clients") + 1]) if "--clients" in sys.argv else 2
requests = int(sys.argv[sys.argv.index("--requests") + 1]) if "--requests" in sys.argv else 40
port = 18000 + os.getpid() % 1000

book = tempfile.mkdtemp(prefix="descent-serve-bench-")
os.makedirs(os.path.join(book, "chapters"))
with open(os.path.join(book, "chapters", "01-a.md"), "w") as f:
    f.write("---\ntitle: A\n---\nText.\n")
server = subprocess.Popen(
    [os.path.abspath(descent), "serve", "--port", str(port), "--chapters", os.path.join(book, "chapters"),
     "--output", os.path.join(book, "site")],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=book)

def get(path="/", timeout=20.0):
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        ok = data.startswith(b"HTTP/1.1 200")
    except OSError:
        ok = False
    return ok, time.monotonic() - start

for _ in range(200):  # wait for the server
    if get(timeout=1)[0]:
        break
    time.sleep(0.1)

stop = threading.Event()
def hostile():
    line = b"GET /" + b"a" * (2 << 20) + b" HTTP/1.1\r\n\r\n"
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(line)
                s.recv(100)
        except OSError:
            pass

threads = [threading.Thread(target=hostile, daemon=True) for _ in range(clients)]
for t in threads:
    t.start()
time.sleep(1)
latencies, failures = [], 0
for _ in range(requests):
    ok, seconds = get()
    if ok:
        latencies.append(seconds)
    else:
        failures += 1
stop.set()
server.terminate()
try:
    server.wait(timeout=5)
except subprocess.TimeoutExpired:
    server.kill()
if latencies:
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    print(f"{clients} hostile clients: {len(latencies)}/{requests} answered; "
          f"median {statistics.median(latencies)*1000:.1f} ms, p95 {p95*1000:.1f} ms, max {latencies[-1]*1000:.1f} ms; "
          f"{failures} unanswered within 20 s")
else:
    print(f"{clients} hostile clients: 0/{requests} answered within 20 s")
