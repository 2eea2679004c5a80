// swift-tools-version: 6.1
// Fuzz targets for Rampart, kept out of the root package. Build with sanitizers:
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address
// or run one with `scripts/fuzz.sh TARGET SECONDS` from the repository root.

import PackageDescription

let package = Package(
    name: "RampartFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Rampart", path: "..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (provided by -sanitize=fuzzer).
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzCELParser",
            dependencies: ["CLibFuzzer", .product(name: "CEL", package: "Rampart")]
        ),
        .executableTarget(
            name: "FuzzYAML",
            dependencies: ["CLibFuzzer", .product(name: "RampartReaders", package: "Rampart")]
        ),
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["CLibFuzzer", .product(name: "RampartReaders", package: "Rampart")]
        ),
        .executableTarget(
            name: "FuzzDockerfile",
            dependencies: ["CLibFuzzer", .product(name: "RampartDockerfile", package: "Rampart")]
        ),
    ]
)
