public import RampartCore
import RampartDockerfile
import RampartJSON
import RampartYAML

/// Parses one configuration file into documents, choosing the syntax from the file name (and, for a
/// file named on the command line, from its content).
///
/// Each file is parsed once; every ``ConfigFormat`` of that syntax then looks at the documents.
public struct ConfigFileReader: Sendable {
    /// Limits applied while reading.
    var yamlReader = YAMLReader()
    var jsonReader = JSONReader()

    /// Creates a reader.
    public init() {}

    /// The syntax of a file from its name, or `nil` when Rampart does not read such files.
    public static func syntax(ofPath path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return "yaml" }
        if lower.hasSuffix(".json") { return "json" }
        if DockerfileDetector.isDockerfileName(name) { return "dockerfile" }
        return nil
    }

    /// The syntax of a file the user named explicitly: by name first, then by content.
    public static func syntax(ofExplicitFile path: String, text: String) -> String? {
        if let syntax = syntax(ofPath: path) { return syntax }
        if DockerfileDetector.looksLikeDockerfile(text) { return "dockerfile" }
        return nil
    }

    /// A cheap test on the raw bytes: can this file hold anything a format wants? Lets a scan skip
    /// the many JSON files (package.json, tsconfig.json …) that are not configuration.
    public static func isWorthParsing(_ bytes: [UInt8], syntax: String) -> Bool {
        switch syntax {
        case "json": return bytes.containsSubsequence(Array("\"apiVersion\"".utf8))
        default: return true
        }
    }

    /// Parses the file's bytes as `syntax`.
    public func read(_ bytes: [UInt8], file: String, syntax: String) -> (
        documents: [Document], diagnostics: [Diagnostic]
    ) {
        switch syntax {
        case "yaml":
            let result = yamlReader.read(bytes, file: file)
            return (result.documents, result.diagnostics)
        case "json":
            let result = jsonReader.read(bytes, file: file)
            return (result.document.map { [$0] } ?? [], result.diagnostics)
        case "dockerfile":
            let (dockerfile, diagnostics) = DockerfileParser().parse(bytes: bytes, file: file)
            return ([dockerfile.document()], diagnostics)
        default:
            return ([], [])
        }
    }
}

extension Array where Element == UInt8 {
    /// `true` when `needle` occurs in the array (first-byte scan; needles are short).
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        return withUnsafeBufferPointer { haystack in
            var index = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var matched = true
                    for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                        matched = false
                        break
                    }
                    if matched { return true }
                }
                index += 1
            }
            return false
        }
    }
}
