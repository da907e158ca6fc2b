// What a sweep figure costs at build time and in bytes: chapter 5's learning-rate sweep
// (24 values of η on the ravine, 40-step paths drawn) and a 2-D η × β momentum grid.
//   swift build -c release --product SweepBenchmark && .build/release/SweepBenchmark [--repeats N]
// Reports, as medians over N repeats: making the frames (the runs and figure values),
// sharing the axes, splitting the layers (recording every frame in both themes, finding
// what is shared, encoding what varies, rendering the two backgrounds), rendering the
// default frame's two PNGs; and the bytes a one-theme reader downloads.
import Experiments
#if canImport(Glibc)
import Glibc
#endif

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let arguments = Array(CommandLine.arguments.dropFirst())
let repeats = arguments.firstIndex(of: "--repeats").flatMap { Int(arguments[$0 + 1]) } ?? 5

func measure(_ name: String, frames make: () throws -> [Figure], defaultFrame: Int) throws {
    var times: [String: [Double]] = [:]
    var bytes = (light: 0, dark: 0, frames: 0, count: 0)
    for _ in 0..<repeats {
        var t = now()
        let figures = try make()
        times["frames", default: []].append(now() - t); t = now()
        let fixed = try Figure.sharingAxes(figures)
        times["shared axes", default: []].append(now() - t); t = now()
        let layers = try SweepLayers(frames: fixed)
        times["layers", default: []].append(now() - t); t = now()
        let light = try fixed[defaultFrame].renderPNG(theme: .light), dark = try fixed[defaultFrame].renderPNG(theme: .dark)
        times["default PNGs", default: []].append(now() - t)
        let script = layers.frameOperations.joined(separator: ",").utf8.count + layers.topOperations.utf8.count
            + layers.colorsJSON.utf8.count + layers.clipsJSON.utf8.count
        bytes = (light.count + layers.backgroundPNG(.light).count, dark.count + layers.backgroundPNG(.dark).count,
                 script, figures.count)
    }
    let total = ["frames", "shared axes", "layers", "default PNGs"].map { median(times[$0]!) }
    print("\(name): \(bytes.count) frames")
    for (label, ms) in zip(["frames", "shared axes", "layers", "default PNGs"], total) {
        print("  " + label + String(repeating: " ", count: max(1, 15 - label.count)) + "\(Int(ms.rounded())) ms")
    }
    print("  total          \(Int(total.reduce(0, +).rounded())) ms (median of \(repeats))")
    print("  bytes: default + background PNG \(bytes.light / 1000) KB light, \(bytes.dark / 1000) KB dark;"
          + " drawing operations \(bytes.frames / 1000) KB (\(bytes.frames / bytes.count) B a frame, before readouts)")
}

let start: Vector = [-5, -2]
let rates = (1...24).map { 0.025 * Double($0) }
try measure("chapter 5, η sweep", frames: {
    try rates.map { η in
        let run = try GradientDescent(learningRate: η).run(on: .ravine, from: start, steps: 40)
        return Figure.contours(of: .ravine, runs: [run], title: "η = \(significant(η))").legend(.hidden)
    }
}, defaultFrame: 15)

let etas = (1...9).map { 0.05 * Double($0) }, betas = (0...8).map { 0.1 * Double($0) }
try measure("momentum, η × β grid", frames: {
    try etas.flatMap { η in
        try betas.map { β in
            let run = try Momentum(learningRate: η, beta: β).run(on: .ravine, from: start, steps: 60)
            return Figure.contours(of: .ravine, runs: [run], title: "η = \(significant(η)), β = \(significant(β))")
                .legend(.hidden)
        }
    }
}, defaultFrame: 40)
