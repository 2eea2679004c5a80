import CELExtensions
import Testing

@Suite struct StringFunctionsTests {
    @Test func charAt() throws {
        #expect(try StringFunctions.charAt("tacocat", 3) == "o")
        #expect(try StringFunctions.charAt("tacocat", 7) == "")
        #expect(try StringFunctions.charAt("©αT", 1) == "α")
        #expect(throws: ExtensionError.self) { try StringFunctions.charAt("tacocat", 30) }
    }

    @Test func indexOf() throws {
        #expect(try StringFunctions.indexOf("tacocat", "") == 0)
        #expect(try StringFunctions.indexOf("tacocat", "ac") == 1)
        #expect(try StringFunctions.indexOf("tacocat", "none") == -1)
        #expect(try StringFunctions.indexOf("tacocat", "", offset: 3) == 3)
        #expect(try StringFunctions.indexOf("tacocat", "at", offset: 3) == 5)
        #expect(try StringFunctions.indexOf("ta©o©αT", "©αT", offset: 3) == 4)
        #expect(try StringFunctions.indexOf("ta©o©αT", "©α", offset: 5) == -1)
        #expect(try StringFunctions.indexOf("hello wello", "ello", offset: 6) == 7)
        #expect(throws: ExtensionError.self) { try StringFunctions.indexOf("tacocat", "a", offset: 30) }
    }

    @Test func lastIndexOf() throws {
        #expect(try StringFunctions.lastIndexOf("", "@@") == -1)
        #expect(try StringFunctions.lastIndexOf("tacocat", "") == 7)
        #expect(try StringFunctions.lastIndexOf("tacocat", "at") == 5)
        #expect(try StringFunctions.lastIndexOf("tacocat", "a", offset: 3) == 1)
        #expect(try StringFunctions.lastIndexOf("ta©o©αT", "©", offset: 3) == 2)
        #expect(try StringFunctions.lastIndexOf("ta©o©αT", "©α", offset: 4) == 4)
        #expect(try StringFunctions.lastIndexOf("bananananana", "nana", offset: 7) == 6)
        #expect(try StringFunctions.lastIndexOf("hello wello", "hello wello") == 0)
        #expect(throws: ExtensionError.self) { try StringFunctions.lastIndexOf("tacocat", "a", offset: -1) }
        #expect(throws: ExtensionError.self) { try StringFunctions.lastIndexOf("tacocat", "a", offset: 30) }
    }

    @Test func casing() {
        #expect(StringFunctions.lowerASCII("TacoCÆt Xii") == "tacocÆt xii")
        #expect(StringFunctions.upperASCII("tacoCαt") == "TACOCαT")
    }

    @Test func replace() {
        #expect(StringFunctions.replace("{0} days {0} hours", "{0}", "2") == "2 days 2 hours")
        #expect(StringFunctions.replace("{0} days {0} hours", "{0}", "2", limit: 1) == "2 days {0} hours")
        #expect(StringFunctions.replace("1 ©αT taco", "αT", "o©α") == "1 ©o©α taco")
        #expect(StringFunctions.replace("ab", "", "-") == "-a-b-")
        #expect(StringFunctions.replace("ab", "", "-", limit: 2) == "-a-b")
        #expect(StringFunctions.replace("aaa", "a", "b", limit: 0) == "aaa")
    }

    @Test func split() {
        #expect(StringFunctions.split("hello world", " ") == ["hello", "world"])
        #expect(StringFunctions.split("hello world events!", " ", limit: 0) == [])
        #expect(StringFunctions.split("hello world events!", " ", limit: 1) == ["hello world events!"])
        #expect(StringFunctions.split("hello world events!", " ", limit: 2) == ["hello", "world events!"])
        #expect(StringFunctions.split("o©o©o©o", "©", limit: -1) == ["o", "o", "o", "o"])
        #expect(StringFunctions.split("abc", "") == ["a", "b", "c"])
        #expect(StringFunctions.split("abc", "", limit: 2) == ["a", "bc"])
        #expect(StringFunctions.split("", ",") == [""])
    }

    @Test func substring() throws {
        #expect(try StringFunctions.substring("tacocat", 4) == "cat")
        #expect(try StringFunctions.substring("tacocat", 0, 4) == "taco")
        #expect(try StringFunctions.substring("ta©o©αT", 2, 6) == "©o©α")
        do { _ = try StringFunctions.substring("tacocat", 4, 3) } catch {
            #expect(error.message == "invalid substring range. start: 4, end: 3")
        }
        do { _ = try StringFunctions.substring("tacocat", 49, 50) } catch {
            #expect(error.message == "index out of range: 49")
        }
        do { _ = try StringFunctions.substring("tacocat", 1, 50) } catch {
            #expect(error.message == "index out of range: 50")
        }
    }

    @Test func trim() {
        #expect(StringFunctions.trim(" \u{0C}\n\r\t\u{0B}text  ") == "text")
        #expect(StringFunctions.trim("\u{85}\u{a0}\u{1680}text\u{2000}\u{3000}") == "text")
        let kept = "\u{180e}text\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}"
        #expect(StringFunctions.trim(kept) == kept)
    }

    @Test func reverseAndQuote() {
        #expect(StringFunctions.reverse("Ta©oCαt") == "tαCo©aT")
        #expect(StringFunctions.quote("first\nsecond") == "\"first\\nsecond\"")
        #expect(StringFunctions.quote("bell\u{07}") == "\"bell\\a\"")
        #expect(StringFunctions.quote("mid \" quote \\") == "\"mid \\\" quote \\\\\"")
        #expect(StringFunctions.quote("😀ta©o") == "\"😀ta©o\"")
    }
}

@Suite struct StringFunctionsHostileInputTests {
    @Test func searchesStayLinear() throws {
        let haystack = String(repeating: "a", count: 200_000)
        let needle = String(repeating: "a", count: 100_000) + "b"
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try StringFunctions.indexOf(haystack, needle) == -1)
        #expect(try StringFunctions.lastIndexOf(haystack, needle) == -1)
        #expect(StringFunctions.split(haystack, needle).count == 1)
        #expect(StringFunctions.replace(haystack, needle, "x") == haystack)
        #expect(try StringFunctions.lastIndexOf(haystack, String(repeating: "a", count: 100_000)) == 100_000)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func overlappingLastIndex() throws {
        #expect(try StringFunctions.lastIndexOf("nanana", "nana") == 2)
        #expect(try StringFunctions.indexOf("ta©o©αT", "αT") == 5)
        #expect(StringFunctions.split("a,b,,c", ",") == ["a", "b", "", "c"])
        #expect(StringFunctions.replace("aaaa", "aa", "b") == "bb")
    }
}
