public import RampartCore

/// A configuration format Rampart understands: it recognises its documents among parsed files and
/// turns them into ``ConfigResource``s for the policy engine.
///
/// Formats are plug-ins: one folder under `Formats/` and one line in ``BuiltinFormats``. A format
/// never parses text itself; ``ConfigFileReader`` parses each file once per syntax and hands the
/// documents to every format that declares that syntax.
public protocol ConfigFormat: Sendable {
    /// Stable identifier (`kubernetes`, `dockerfile`), unique among formats.
    var id: String { get }
    /// Bumped whenever the format's output changes, so caches keyed by it are invalidated.
    var version: Int { get }
    /// The syntaxes whose documents this format examines (`yaml`, `json`, `dockerfile`).
    var syntaxes: Set<String> { get }
    /// The resources found in one file's documents, plus diagnostics. Documents that are not of this
    /// format are skipped quietly.
    func resources(in documents: [Document]) -> (resources: [ConfigResource], diagnostics: [Diagnostic])
}
