import Foundation
import RampartCore
import RampartYAML
import Testing

/// Inputs built to crash, hang or exhaust a YAML reader; each must end quickly in a diagnostic.
@Suite struct YAMLHostileInputTests {
    @Test func billionLaughsStopsAtTheAliasBudget() {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let clock = ContinuousClock()
        var result: YAMLReadResult?
        let elapsed = clock.measure { result = YAMLTestSupport.read(lines.joined(separator: "\n")) }
        #expect(elapsed < .seconds(5))
        #expect(result?.diagnostics.map(\.code) == [.aliasBudgetExceeded])
        #expect(result?.diagnostics.first?.range?.start.line == 6)
        let root = result?.documents.first?.root
        #expect(root?["b"]?.listValue?.count == 9)
        #expect(root.map(Self.expandedSize) ?? 0 <= 100_000 + 100)
    }

    /// Nodes a consumer walking the tree visits, aliases counted each time.
    static func expandedSize(_ node: Node) -> Int {
        switch node.value {
        case .list(let items): 1 + items.reduce(0) { $0 + expandedSize($1) }
        case .map(let mapping): 1 + mapping.entries.reduce(0) { $0 + expandedSize($1.value) }
        default: 1
        }
    }

    @Test func budgetScalesWithTheDocument() {
        let reader = YAMLReader(limits: .init(maxAliasExpansion: 10, aliasExpansionFactor: 2))
        let ok = reader.read("a: &a [1, 2, 3]\nb: *a\n", file: "t.yaml")
        #expect(ok.diagnostics.isEmpty)
        let tooMany = reader.read("a: &a [1, 2, 3]\nb: [*a, *a, *a, *a, *a]\n", file: "t.yaml")
        #expect(tooMany.diagnostics.map(\.code) == [.aliasBudgetExceeded])
    }

    @Test func deepFlowNestingIsCutAtTheDepthLimit() {
        let depth = 600
        let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\nb: 1\n"
        let result = YAMLTestSupport.read(text)
        #expect(result.diagnostics.map(\.code) == [.nestingTooDeep])
        let root = result.documents.first?.root
        #expect(root?["b"]?.intValue == 1)
        var node = root?["a"]
        var levels = 0
        while let items = node?.listValue, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == 511)
        #expect(node?.isNull == true)
    }

    @Test(arguments: ["[", "{a: ", "[\"]\", "])
    func hundredThousandFlowLevelsStopQuickly(opener: String) {
        let depth = 100_000
        let text =
            "first: 1\n---\nsecond: " + String(repeating: opener, count: depth) + "1"
            + String(repeating: "]", count: depth)
        let clock = ContinuousClock()
        var result: YAMLReadResult?
        let elapsed = clock.measure { result = YAMLTestSupport.read(text) }
        #expect(elapsed < .seconds(5))
        // One from the composer's depth limit, one when the reader stops feeding libyaml.
        #expect(result?.diagnostics.map(\.code) == [.nestingTooDeep, .nestingTooDeep])
        #expect(result?.diagnostics.last?.message.contains("rest of the file was not read") == true)
        #expect(result?.documents.count == 1)
    }

    @Test func unclosedNestingIsASyntaxError() {
        let result = YAMLTestSupport.read(String(repeating: "[", count: 300))
        #expect(result.diagnostics.map(\.code) == [.syntaxError])
        #expect(result.documents.isEmpty)
    }

    @Test func deepBlockSequencesAreCut() {
        let text = String(repeating: "- ", count: 5_000) + "x\n"
        let result = YAMLReader(limits: .init(maxDepth: 100)).read(text, file: "t.yaml")
        #expect(result.diagnostics.map(\.code) == [.nestingTooDeep])
        #expect(result.documents.count == 1)
    }

    @Test func fiftyMegabyteSingleLineFinishesInSeconds() {
        var bytes = Array("key: ".utf8)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: 50 << 20))
        bytes.append(contentsOf: Array(" # tail\n".utf8))
        let clock = ContinuousClock()
        var result: YAMLReadResult?
        let elapsed = clock.measure { result = YAMLReader().read(bytes, file: "big.yaml") }
        #expect(elapsed < .seconds(20))
        #expect(result?.diagnostics.isEmpty == true)
        #expect(result?.documents.first?.root["key"]?.stringValue?.utf8.count == 50 << 20)
        #expect(result?.documents.first?.comments.map(\.text) == ["tail"])
    }

    @Test func manyHashesInsideAQuotedScalarAreNotComments() {
        let body = String(repeating: "x # ", count: 250_000)
        let result = YAMLTestSupport.read("a: \"\(body)\" # real\n")
        #expect(result.documents.first?.comments.map(\.text) == ["real"])
    }

    @Test func manyDuplicateKeysAreCappedAndFast() {
        let keys = (0..<50_000).map { "k\($0): 1" }
        let text = (keys + keys.reversed()).joined(separator: "\n")
        let clock = ContinuousClock()
        var result: YAMLReadResult?
        let elapsed = clock.measure { result = YAMLTestSupport.read(text) }
        #expect(elapsed < .seconds(20))
        #expect(result?.diagnostics.count == 101)
        #expect(result?.diagnostics.last?.level == .note)
        #expect(result?.documents.first?.root.mapValue?.count == 100_000)
    }

    @Test func inputAboveTheSizeLimitIsRefused() {
        let result = YAMLReader(limits: .init(maxInputBytes: 10)).read("a: 123456789012345\n", file: "t.yaml")
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
        #expect(result.documents.isEmpty)
    }

    @Test(arguments: [
        "a: [1, 2", "a: {b: ", "a: \"unterminated", "a: 'x", "- a\nb: c", "a:\n  - b\n c: d", "? ", "a: &", "a: *",
        "a: !<", "%YAML 1.1\n%YAML 1.1\n---\na", "[", "{", "a: |\n", "\"\\x\"", ":", "---\n...\n...", "a: b: c",
    ])
    func truncatedAndMalformedInputNeverCrashes(text: String) {
        let result = YAMLTestSupport.read(text)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.range?.file == "test.yaml")
        }
    }

    @Test func everyPrefixOfAManifestIsSafe() throws {
        let bytes = try YAMLTestSupport.fixture("deployment.yaml")
        for length in 0...bytes.count {
            let result = YAMLReader().read(Array(bytes[..<length]), file: "prefix.yaml")
            #expect(result.documents.count <= 3)
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("ab:-[]{},&*!|>'\"#? \n\t\r%@`.~0x".utf8) + [0xC3, 0xA9, 0xFF, 0x00, 0xEF, 0xBB, 0xBF]
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 64)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = YAMLReader().read(bytes, file: "random.yaml")
        }
    }
}

/// A small deterministic generator so random tests repeat.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
