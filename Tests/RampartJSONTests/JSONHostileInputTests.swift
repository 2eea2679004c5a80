import RampartCore
import RampartJSON
import Testing

@Suite struct JSONHostileInputTests {
    @Test(arguments: ["[", "{\"a\":"])
    func deepNestingStopsAtTheLimitWithoutRecursion(opener: String) {
        let text = String(repeating: opener, count: 100_000)
        let clock = ContinuousClock()
        var result: JSONReadResult?
        let elapsed = clock.measure { result = JSONTestSupport.read(text) }
        #expect(elapsed < .seconds(5))
        #expect(result?.document == nil)
        #expect(result?.diagnostics.map(\.code) == [.nestingTooDeep])
    }

    @Test func nestingJustBelowTheLimitIsRead() {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(JSONTestSupport.read(text).document != nil)
        let deeper = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(JSONTestSupport.read(deeper).document == nil)
    }

    @Test func largeSingleLineFileIsFast() {
        var bytes = Array("[\"".utf8)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: 20 << 20))
        bytes.append(contentsOf: Array("\"".utf8))
        for number in 0..<200_000 { bytes.append(contentsOf: Array(",\(number)".utf8)) }
        bytes.append(UInt8(ascii: "]"))
        let clock = ContinuousClock()
        var result: JSONReadResult?
        let elapsed = clock.measure { result = JSONReader().read(bytes, file: "big.json") }
        #expect(elapsed < .seconds(20))
        #expect(result?.document?.root.listValue?.count == 200_001)
    }

    @Test func manyWarningsAreCapped() {
        let text = "[" + Array(repeating: "\"\\ud800\"", count: 10_000).joined(separator: ",") + "]"
        let result = JSONTestSupport.read(text)
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.last?.level == .note)
        #expect(result.document?.root.listValue?.count == 10_000)
    }

    @Test func inputAboveTheSizeLimitIsRefused() {
        let result = JSONReader(options: .init(maxInputBytes: 4)).read("[1,2,3]", file: "t.json")
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
    }

    @Test func everyPrefixOfAManifestIsSafe() throws {
        let bytes = try JSONTestSupport.fixture("deployment.json")
        for length in 0..<bytes.count {
            let result = JSONReader().read(Array(bytes[..<length]), file: "prefix.json")
            #expect(result.document == nil || length >= bytes.count - 1)
            #expect(!result.diagnostics.isEmpty || result.document != nil)
        }
    }

    @Test func randomBytesNeverCrash() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        let alphabet =
            Array("{}[]:,\"\\/*-+.0123456789eEtrufalsn u \n\r\t".utf8) + [0xC3, 0xA9, 0xFF, 0xED, 0xA0, 0x00]
        for options in [JSONReader.Options(), .jsonc] {
            for _ in 0..<2_000 {
                let length = Int(next() % 48)
                let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
                _ = JSONReader(options: options).read(bytes, file: "random.json")
            }
        }
    }
}
