import Plotting
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// CPU time of the whole process (all threads), seconds: robust when the machine is shared.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The issue's reference set: 12 contour + trajectory figures (200 × 200 grid, 20 levels,
/// 2–3 runs of 20–200 steps), 6 learning-rate plots, 4 log-scale loss plots with 4 series.
func referenceSet() -> [(kind: String, figure: Figure)] {
    var set: [(String, Figure)] = []
    let objectives: [(String, @Sendable (Double, Double) -> Double, ClosedRange<Double>, ClosedRange<Double>)] = [
        ("ravine", { x, y in 0.1 * x * x + 2 * y * y }, -6...6, -3...3),
        ("rosenbrock", { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }, -2...2, -1...3),
        ("bowl", { x, y in x * x + y * y + 0.5 * x * y }, -3...3, -3...3),
        ("saddle", { x, y in x * x - y * y + 0.1 * pow(y, 4) }, -3...3, -3...3),
    ]
    for k in 0..<12 {
        let (name, f, xr, yr) = objectives[k % objectives.count]
        let runs = 2 + k % 2
        let steps = [20, 60, 120, 200][k % 4]
        let start = (xr.lowerBound * 0.8, yr.upperBound * 0.8)
        let baseRate = name == "rosenbrock" ? 0.001 : 0.08
        set.append(("contour", Figure(title: "\(name) #\(k)", xLabel: "x₁", yLabel: "x₂", width: 1280, height: 960) {
            Contour(x: xr, y: yr, resolution: 200, levels: .linear(count: 20), function: f)
            for r in 0..<runs {
                Trajectory(Gallery.gradientDescent(f, from: start, learningRate: baseRate * Double(r + 1),
                                                   momentum: 0.3 * Double(r), steps: steps),
                           label: "run \(r + 1)")
            }
        }))
    }
    for k in 0..<6 {
        let n = 200 + 100 * k
        set.append(("learning-rate", Figure(title: "Schedule #\(k)", xLabel: "step", yLabel: "η", width: 1280, height: 960) {
            Line((0..<n).map { 0.1 * pow(0.5, Double($0 / (n / 4))) }, label: "step decay")
            Line((0..<n).map { 0.05 * (1 + cos(Double.pi * Double($0) / Double(n))) }, label: "cosine")
        }))
    }
    for k in 0..<4 {
        set.append(("loss-log", Figure(title: "Loss #\(k)", xLabel: "step", yLabel: "loss", yScale: .log,
                                       width: 1280, height: 960) {
            for s in 0..<4 {
                Line((0..<1000).map { lossValue(t: $0, series: s, figure: k) }, label: "optimizer \(s + 1)")
            }
        }))
    }
    return set
}

func runBenchmark(scale: Double, repeats: Int, writers: [PNGWriter] = [.cairo, .optimized]) {
    let set = referenceSet()
    let kinds = ["contour", "learning-rate", "loss-log"]
    print("Reference set: \(set.count) figures, 1280×960 CSS px at scale \(scale) "
          + "(\(Int(1280 * scale))×\(Int(960 * scale)) px), median of \(repeats) repeats")
    for writer in writers {
        var times: [String: [Double]] = [:]
        var cpuTimes: [String: [Double]] = [:]
        var sizes: [String: [Int]] = [:]
        _ = try? set[0].figure.renderPNG(theme: .light, scale: scale, writer: writer)  // warm font caches
        for (kind, figure) in set {
            var wall: [Double] = [], cpu: [Double] = []
            var size = 0
            for _ in 0..<repeats {
                let t0 = now(), c0 = cpuNow()
                let png = try! figure.renderPNG(theme: .light, scale: scale, writer: writer)
                wall.append((now() - t0) * 1000)
                cpu.append((cpuNow() - c0) * 1000)
                size = png.count
            }
            times[kind, default: []].append(median(wall))
            cpuTimes[kind, default: []].append(median(cpu))
            sizes[kind, default: []].append(size)
        }
        print("\n\(writer == .cairo ? "Cairo's PNG writer (libpng)" : "Plotting encoder")")
        print("kind            figures  wall ms  CPU ms  PNG KB (min…max, mean)")
        var all: [Double] = [], allCPU: [Double] = []
        for kind in kinds {
            let t = times[kind] ?? [], c = cpuTimes[kind] ?? [], s = sizes[kind] ?? []
            all += t
            allCPU += c
            let mean = s.reduce(0, +) / max(1, s.count)
            print(kind.padding(16) + "\(t.count)".padding(9) + fmt(median(t)).padding(9) + fmt(median(c)).padding(8)
                  + "\(s.min()! / 1024)…\(s.max()! / 1024), \(mean / 1024)")
        }
        print("overall".padding(16) + "\(all.count)".padding(9) + fmt(median(all)).padding(9) + fmt(median(allCPU)))
    }
    geometryOnly(set)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\npeak memory (ru_maxrss): \(usage.ru_maxrss / 1024) MB")
}

func fmt(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return String(r)
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}

func lossValue(t: Int, series s: Int, figure k: Int) -> Double {
    let rate: Double = 0.003 * Double(s + 1 + k)
    let d: Double = exp(-Double(t) * rate)
    let wiggle: Double = 0.3 * sin(Double(t) * 0.37 + Double(s))
    return 3 * d + 1e-3 * (1 + wiggle)
}

/// Time spent in layout and geometry alone (recording renderer, no rasterization or PNG).
func geometryOnly(_ set: [(kind: String, figure: Figure)]) {
    var times: [String: [Double]] = [:]
    for (kind, figure) in set {
        let t0 = now()
        try! figure.render(to: RecordingRenderer(), theme: .light)
        times[kind, default: []].append((now() - t0) * 1000)
    }
    print("\ngeometry only (recording renderer): "
          + times.keys.sorted().map { "\($0) \(fmt(median(times[$0]!))) ms" }.joined(separator: ", "))
}
