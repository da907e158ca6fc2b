"""The edit loop's reference (issue 13): a warm ipykernel re-executing one cell that draws a
200x200-grid contour plot with a 20-step gradient-descent path, with matplotlib's inline backend
at 1280x960 — what a notebook author waits for after changing one number. Prints the median of N
runs (default 9). Compare with BuildBenchmark's "experiment edit to page".

    python3 -m pip install --user jupyter_client ipykernel matplotlib numpy
    python3 Benchmarks/JupyterReference/warm_cell.py 9
"""
import time, statistics, sys
from jupyter_client.manager import start_new_kernel
CELL = r'''
import numpy as np, matplotlib.pyplot as plt
x1, x2 = np.meshgrid(np.linspace(-6, 6, 200), np.linspace(-3, 3, 200))
f = 0.1 * x1**2 + 2 * x2**2
fig, ax = plt.subplots(figsize=(12.8, 9.6), dpi=100)
ax.contourf(x1, x2, f, levels=20); ax.contour(x1, x2, f, levels=20, colors="k", linewidths=0.5)
xs = [(-5.0, -2.0)]
for _ in range(20):
    a, b = xs[-1]; xs.append((a - 0.4 * 0.2 * a, b - 0.4 * 4 * b))
ax.plot(*zip(*xs), "o-", color="orange")
plt.show()
'''
km, kc = start_new_kernel(kernel_name="python3")
def run():
    t = time.perf_counter()
    msg_id = kc.execute(CELL)
    got_image = False
    while True:
        m = kc.get_iopub_msg(timeout=60)
        if m["msg_type"] == "display_data" and "image/png" in m["content"]["data"]:
            got_image = True
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle" and m["parent_header"].get("msg_id") == msg_id:
            break
    assert got_image
    return time.perf_counter() - t
kc.execute("%matplotlib inline"); time.sleep(1)
run(); run()  # warm
n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
times = [run() for _ in range(n)]
print(f"warm Jupyter cell (contour 200x200, 1280x960 inline PNG): median {statistics.median(times):.3f} s over {n}")
kc.stop_channels(); km.shutdown_kernel()
