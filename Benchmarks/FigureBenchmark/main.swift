// Renders the reference figure set and reports wall and CPU milliseconds per figure
// (median), PNG sizes and peak memory, comparing Cairo's PNG writer with Plotting's encoder.
//   swift run -c release --scratch-path .build-plotting FigureBenchmark [--scale S] [--repeats N] [--ours-only]
//   … FigureBenchmark --samples DIR [--scale S]    writes every Gallery figure, light and dark
// Run the built binary directly (.build-plotting/release/FigureBenchmark) for a true peak
// memory: `swift run` execs it, and ru_maxrss then includes the driver's own footprint.
import Plotting
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

if let dir = option("--samples") {
    let scale = Double(option("--scale") ?? "2") ?? 2
    for (name, figure) in Gallery.all {
        for theme in Theme.allCases {
            let bytes = try figure.renderPNG(theme: theme, scale: scale)
            let path = "\(dir)/\(name)-\(theme).png"
            guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
            _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
            print("\(path)  \(bytes.count / 1024) KB")
        }
    }
    exit(0)
}
runBenchmark(scale: Double(option("--scale") ?? "1") ?? 1, repeats: Int(option("--repeats") ?? "5") ?? 5,
             writers: arguments.contains("--ours-only") ? [.optimized] : [.cairo, .optimized])
