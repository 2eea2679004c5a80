// swift-tools-version: 6.1
// Rampart benchmarks: executables outside the test graph. Each compares Rampart with the peer
// tool in the same run (see the run-*.sh scripts).

import PackageDescription

let package = Package(
    name: "RampartBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Rampart", path: "..")],
    targets: [
        .target(name: "CMallocCounter"),
        .executableTarget(
            name: "CELBench",
            dependencies: [
                "CMallocCounter",
                .product(name: "CEL", package: "Rampart"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
