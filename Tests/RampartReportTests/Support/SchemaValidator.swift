import Foundation
import RampartTesting

/// Runs `../shared/schemas/validate.py` on rendered output.
///
/// Needs python3 with `jsonschema`; tests skip when either is missing, except under `CI=true`
/// where they fail.
enum SchemaValidator {
    /// The validator script, when the shared folder has it.
    static let script: URL? = SharedData.url("schemas/validate.py")

    /// `true` when python3 can import what the script needs.
    static let hasPython: Bool = {
        guard let result = try? run(["-c", "import jsonschema, referencing"]) else { return false }
        return result.status == 0
    }()

    /// `true` when validation can run here.
    static var isAvailable: Bool { script != nil && hasPython }

    /// Why validation cannot run, for the failure message under CI.
    static var unavailableReason: String {
        script == nil
            ? "shared schemas not found (set RAMPART_SHARED to the shared folder)"
            : "python3 with jsonschema >= 4.18 is not installed"
    }

    /// Validates `text` against a schema short name (`sarif`) or schema file path.
    ///
    /// - Returns: The exit status (0 valid, 1 invalid, 2 usage) and the script's output.
    static func validate(_ text: String, schema: String, fileExtension: String) throws -> (
        status: Int32, output: String
    ) {
        guard let script else { return (2, unavailableReason) }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("rampart-report-\(UUID().uuidString).\(fileExtension)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run([script.path, schema, file.path])
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
