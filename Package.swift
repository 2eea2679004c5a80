// swift-tools-version: 6.1
// Rampart: one binary that secures a cloud-native system across its whole life.
// Layout and dependency rules: see DESIGN.md (§2). A test (ArchitectureTests) enforces the edges.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Rampart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rampart", targets: ["rampart"]),
        .library(name: "CEL", targets: ["CELSyntax", "CEL", "CELExtensions"]),
        .library(name: "RampartReaders", targets: ["RampartCore", "RampartYAML", "RampartJSON"]),
        .library(name: "RampartDockerfile", targets: ["RampartDockerfile"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
    ],
    targets: [
        // MARK: Layer 0 — standalone CEL (never imports Rampart*)
        .target(name: "CELSyntax", swiftSettings: swiftSettings),
        .target(
            name: "CRE2",
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            linkerSettings: [.linkedLibrary("re2"), .linkedLibrary("stdc++")]
        ),
        .target(name: "CEL", dependencies: ["CELSyntax", "CRE2"], swiftSettings: swiftSettings),
        .target(name: "CELExtensions", dependencies: ["CEL", "CELSyntax", "CRE2"], swiftSettings: swiftSettings),

        // MARK: Layer 0 — vocabulary
        .target(
            name: "RampartCore",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: swiftSettings
        ),

        .target(name: "RampartVersions", swiftSettings: swiftSettings),

        // MARK: Layer 1 — syntaxes (one each, no cross-imports)
        .target(name: "RampartHCL", dependencies: ["RampartCore"], swiftSettings: swiftSettings),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "RampartYAML", dependencies: ["RampartCore", "CLibYAML"], swiftSettings: swiftSettings),
        .target(name: "RampartJSON", dependencies: ["RampartCore"], swiftSettings: swiftSettings),
        .target(name: "RampartDockerfile", dependencies: ["RampartCore"], swiftSettings: swiftSettings),

        // MARK: Layer 2 — data
        .target(
            name: "RampartRules",
            dependencies: ["RampartCore"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),

        // MARK: Layer 3 — engines
        .target(
            name: "RampartPolicy",
            dependencies: ["RampartCore", "RampartYAML", "CEL", "CELSyntax", "CELExtensions"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RampartIaC",
            dependencies: ["RampartCore", "RampartYAML", "RampartJSON", "RampartDockerfile"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RampartReport",
            dependencies: ["RampartCore", .product(name: "Rainbow", package: "Rainbow")],
            swiftSettings: swiftSettings
        ),

        // MARK: Layer 4 — orchestration
        .target(
            name: "RampartScanner",
            dependencies: ["RampartCore", "RampartIaC", "RampartPolicy", "RampartRules", "RampartYAML"],
            swiftSettings: swiftSettings
        ),

        // MARK: Layer 6 — command line
        .target(
            name: "RampartCLI",
            dependencies: [
                "RampartCore", "RampartScanner", "RampartReport", "RampartPolicy", "RampartRules",
                "RampartIaC", "RampartYAML", "RampartJSON", "CEL", "CELSyntax", "CELExtensions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "rampart", dependencies: ["RampartCLI"], swiftSettings: swiftSettings),

        // MARK: Test support
        .target(name: "RampartTesting", dependencies: ["RampartCore"], path: "Tests/RampartTesting", swiftSettings: swiftSettings),

        // MARK: Tests
        .testTarget(name: "CELSyntaxTests", dependencies: ["CELSyntax"], swiftSettings: swiftSettings),
        .testTarget(name: "CELTests", dependencies: ["CEL", "CELSyntax", "CELExtensions"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CELConformanceTests", dependencies: ["CEL", "CELSyntax", "CELExtensions"], exclude: ["known-failures.txt"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "CELExtensionsTests", dependencies: ["CEL", "CELSyntax", "CELExtensions"], exclude: ["k8s-known-failures.txt", "cel-ext-known-failures.txt"],
            swiftSettings: swiftSettings),
        .testTarget(name: "RampartCoreTests", dependencies: ["RampartCore", "RampartTesting"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartYAMLTests", dependencies: ["RampartYAML", "RampartCore", "RampartTesting"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartJSONTests", dependencies: ["RampartJSON", "RampartCore", "RampartTesting"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartDockerfileTests",
            dependencies: ["RampartDockerfile", "RampartCore", "RampartTesting"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RampartPolicyTests",
            dependencies: ["RampartPolicy", "RampartCore", "RampartYAML", "RampartTesting", "CEL"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RampartIaCTests", dependencies: ["RampartIaC", "RampartCore", "RampartTesting"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartRulesTests",
            dependencies: ["RampartRules", "RampartScanner", "RampartPolicy", "RampartIaC", "RampartCore", "RampartTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RampartReportTests", dependencies: ["RampartReport", "RampartCore", "RampartTesting"], exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartScannerTests",
            dependencies: ["RampartScanner", "RampartCore", "RampartTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "RampartCLITests", dependencies: ["RampartCLI", "RampartCore", "RampartTesting"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RampartVersionsTests", dependencies: ["RampartVersions", "RampartTesting"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .testTarget(name: "RampartHCLTests", dependencies: ["RampartHCL", "RampartCore", "RampartTesting"], swiftSettings: swiftSettings),
        .testTarget(name: "ArchitectureTests", dependencies: ["RampartTesting"], swiftSettings: swiftSettings),
    ],
    cxxLanguageStandard: .cxx17
)
