// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode and the upcoming
/// features we hold ourselves to.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // Exclusivity stays checked at compile time and in debug builds (the tests); release
    // builds drop the run-time checks, which cost ~9 % of convert (docs/benchmarks.md).
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "tkingest",
    products: [
        .executable(name: "tkingest", targets: ["tkingest"]),
        .library(name: "WordML", targets: ["WordML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // MARK: C boundary (module map + shim header only)
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: Shared vocabulary: error codes, diagnostics, limits
        .target(name: "IngestCore", swiftSettings: swiftSettings),

        // MARK: Stage 1 — Unzip (libzip; OPC content types and relationships)
        .target(
            name: "DocxPackage",
            dependencies: ["CLibZip", "IngestCore", "XMLStreaming"],
            swiftSettings: swiftSettings
        ),

        // MARK: Stage 2 — Parse (libxml2 SAX2 → block model)
        .target(
            name: "XMLStreaming",
            dependencies: ["CLibXML2", "IngestCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WordML",
            dependencies: ["DocxPackage", "XMLStreaming", "IngestCore"],
            swiftSettings: swiftSettings
        ),

        // MARK: Stage 3 — Segment (blocks → items and replies)
        .target(
            name: "Segmentation",
            dependencies: ["WordML", "IngestCore"],
            swiftSettings: swiftSettings
        ),

        // MARK: Stage 4 — Emit (the normalized JSON contract)
        .target(
            name: "NormalizedJSON",
            dependencies: ["Segmentation", "WordML", "IngestCore"],
            swiftSettings: swiftSettings
        ),

        // MARK: Orchestration (all stages on one input; batch runs)
        .target(
            name: "Pipeline",
            dependencies: [
                "NormalizedJSON", "Segmentation", "WordML", "IngestCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Command-line tool
        .executableTarget(
            name: "tkingest",
            dependencies: [
                "WordML", "DocxPackage", "IngestCore", "Segmentation", "NormalizedJSON", "Pipeline", "XMLStreaming",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Fuzzing (libFuzzer under -DFUZZING; replays files otherwise)
        .executableTarget(
            name: "tkingest-fuzz",
            dependencies: ["Pipeline", "IngestCore"],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "WordMLTests",
            dependencies: [
                "WordML", "DocxPackage", "IngestCore", "XMLStreaming", "Segmentation", "NormalizedJSON", "Pipeline", "tkingest",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
