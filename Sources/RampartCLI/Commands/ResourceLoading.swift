import Foundation
import RampartCore
import RampartIaC

/// Reads the resources of one file for `policy eval`.
enum ResourceLoading {
    static func resources(at path: String) throws -> [ConfigResource] {
        guard let data = FileManager.default.contents(atPath: path) else { throw RampartFailure("cannot read \(path)") }
        let bytes = [UInt8](data)
        guard
            let syntax = ConfigFileReader.syntax(
                ofExplicitFile: path, text: String(decoding: bytes.prefix(65536), as: UTF8.self))
        else {
            throw RampartFailure("\(path) is neither YAML, JSON nor a Dockerfile")
        }
        let (documents, diagnostics) = ConfigFileReader().read(bytes, file: path, syntax: syntax)
        for diagnostic in diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        return BuiltinFormats.all.filter { $0.syntaxes.contains(syntax) }.flatMap {
            $0.resources(in: documents).resources
        }
    }
}
