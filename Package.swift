// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Descent",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
        /// The library chapter experiments are compiled against (see README, "Architecture").
        .library(name: "Experiments", type: .dynamic, targets: ["Experiments"]),
        .library(name: "Descent", targets: ["Descent"]),
        .library(name: "Plotting", targets: ["Plotting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        /// The runtime ↔ builder event protocol: no dependencies, no Foundation.
        .target(name: "RunProtocol"),
        .target(name: "Descent", dependencies: [.product(name: "RealModule", package: "swift-numerics"), "RunProtocol"]),
        .target(name: "Plotting", dependencies: ["CCairo", "CZlib"]),
        .target(name: "Experiments", dependencies: ["Descent", "Plotting", "RunProtocol"]),
        .target(name: "MathML"),
        .target(name: "Notebook", dependencies: ["RunProtocol", "CCmark"]),
        // descent-math.absent lists the characters the font subset lacks: read by a test
        // and by scripts/subset-math-font, not shipped.
        .target(name: "Site", dependencies: ["Notebook", "MathML", "CCmark"], exclude: ["Resources/descent-math.absent"], resources: [
            .copy("Resources/descent-math.woff2"), .copy("Resources/descent-math.unicode-range"),
            .copy("Resources/README-descent-math.txt"),
        ]),
        .target(name: "DescentCLI", dependencies: [
            "Notebook", "Site",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "descent", dependencies: ["DescentCLI"]),

        .executableTarget(name: "OptimizerBenchmark", dependencies: ["Descent"], path: "Benchmarks/OptimizerBenchmark"),
        .executableTarget(name: "FigureBenchmark", dependencies: ["Plotting"], path: "Benchmarks/FigureBenchmark"),
        .executableTarget(name: "SweepBenchmark", dependencies: ["Experiments"], path: "Benchmarks/SweepBenchmark"),
        .executableTarget(name: "BuildBenchmark", dependencies: ["Notebook", "Site", "DescentCLI"], path: "Benchmarks/BuildBenchmark"),

        .testTarget(name: "DescentTests", dependencies: ["Descent"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], resources: [.copy("References")]),
        .testTarget(name: "RunProtocolTests", dependencies: ["RunProtocol"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "RunProtocol"]),
        .testTarget(name: "MathMLTests", dependencies: ["MathML"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI"]),
    ]
)
