#if canImport(Glibc)
import Glibc
#endif
@testable import Plotting

/// Tolerant image comparison and reference-file handling for the few pixel tests.
enum PixelComparison {
    struct Difference {
        var meanError: Double
        var maxError: Int
        /// Fraction of pixels differing by more than 24 levels in some channel.
        var changedFraction: Double
    }

    static func compare(_ a: PNGDecoding.Image, _ b: PNGDecoding.Image) -> Difference {
        guard a.width == b.width, a.height == b.height else { return Difference(meanError: 255, maxError: 255, changedFraction: 1) }
        var total = 0, maxError = 0, changed = 0
        for p in 0..<(a.width * a.height) {
            var worst = 0
            for c in 0..<3 {
                let d = abs(Int(a.rgba[p * 4 + c]) - Int(b.rgba[p * 4 + c]))
                total += d
                worst = max(worst, d)
            }
            maxError = max(maxError, worst)
            if worst > 24 { changed += 1 }
        }
        let n = Double(a.width * a.height)
        return Difference(meanError: Double(total) / (3 * n), maxError: maxError, changedFraction: Double(changed) / n)
    }

    static var referenceDirectory: String {
        let file = "\(#filePath)"
        return String(file[..<file.lastIndex(of: "/")!]) + "/References"
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        return bytes
    }

    static func write(_ bytes: [UInt8], to path: String) {
        guard let f = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
    }

    /// True when golden files should be re-recorded (PLOTTING_RECORD=1).
    static var recording: Bool { getenv("PLOTTING_RECORD").map { String(cString: $0) == "1" } ?? false }
}
