import CEL
import Testing

@Suite struct RE2RegexTests {
    @Test func findAndFindAll() throws {
        let digits = try RE2Regex("[0-9]+")
        let text = "this is a 123 string 456"
        #expect(digits.firstMatch(in: text) == "123")
        #expect(digits.allMatches(in: text) == ["123", "456"])
        #expect(digits.allMatches(in: text, limit: 1) == ["123"])
        #expect(digits.allMatches(in: text, limit: 0) == [])
        #expect(try RE2Regex("xyz").firstMatch(in: text) == nil)
        #expect(try RE2Regex("a*").allMatches(in: "baaac") == ["", "aaa", ""])
        #expect(try RE2Regex("a*").allMatches(in: "xé") == ["", "", ""])
        #expect(try RE2Regex("").allMatches(in: "ab").count == 3)
        #expect(try RE2Regex("b(x)?").matchRanges(in: "abxb", group: 1) == [2..<3, 3..<4])
        #expect(try RE2Regex("é+").allMatches(in: "xééy é") == ["éé", "é"])
    }

    @Test func invalidPatternReportsRE2Message() {
        do {
            _ = try RE2Regex(")")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.goStyleMessage == "error parsing regexp: unexpected ): `)`")
        }
        #expect(throws: RE2Regex.SyntaxError.self) { try RE2Regex("x++") }
        #expect(throws: RE2Regex.SyntaxError.self) { try RE2Regex("(?<name") }
    }

    @Test func matchingIsLinearOnCatastrophicPatterns() throws {
        let hostile = try RE2Regex("(a*)*b")
        let subject = String(repeating: "a", count: 100_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(!hostile.matches(subject))
            #expect(hostile.firstMatch(in: subject) == nil)
        }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
        let nested = try RE2Regex("(x+x+)+y")
        let elapsedNested = clock.measure { #expect(!nested.matches(String(repeating: "x", count: 50_000))) }
        #expect(elapsedNested < .seconds(2), "took \(elapsedNested)")
    }
}
