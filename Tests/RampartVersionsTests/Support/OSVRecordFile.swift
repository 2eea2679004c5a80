import Foundation
import RampartVersions
import Testing

/// The parts of an OSV JSON record the range tests need, decoded with Foundation (test target only).
struct OSVRecordFile: Decodable {
    struct Package: Decodable {
        let ecosystem: String
        let name: String
    }

    struct Range: Decodable {
        let type: String
        let repo: String?
        let events: [[String: String]]
    }

    struct Affected: Decodable {
        let package: Package
        let ranges: [Range]?
        let versions: [String]?
    }

    let id: String
    let withdrawn: String?
    let affected: [Affected]?

    /// Converts to the module's plain model.
    var advisory: OSVAdvisory {
        OSVAdvisory(
            id: id, withdrawn: withdrawn,
            affected: (affected ?? []).map { entry in
                OSVAffected(
                    ecosystem: entry.package.ecosystem,
                    name: entry.package.name,
                    ranges: (entry.ranges ?? []).map { range in
                        OSVRange(
                            type: OSVRange.RangeType(range.type),
                            repository: range.repo,
                            events: range.events.flatMap { event in
                                event.map { OSVEvent(OSVEvent.Kind($0.key), $0.value) }
                            })
                    },
                    versions: entry.versions ?? [])
            })
    }

    /// Decodes one advisory file below `vulndata/osv`.
    static func load(_ relativePath: String) throws -> OSVAdvisory? {
        guard let url = VulnData.url("osv/\(relativePath)") else { return nil }
        return try JSONDecoder().decode(OSVRecordFile.self, from: Data(contentsOf: url)).advisory
    }

    /// Decodes every advisory of one ecosystem directory.
    static func loadAll(_ directory: String) throws -> [OSVAdvisory] {
        guard let url = VulnData.url("osv/\(directory)") else { return [] }
        let decoder = JSONDecoder()
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map { name in
            try decoder.decode(OSVRecordFile.self, from: Data(contentsOf: url.appendingPathComponent(name))).advisory
        }
    }
}
