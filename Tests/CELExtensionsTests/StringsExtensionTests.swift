import CEL
import CELExtensions
import Testing

@Suite struct StringsExtensionTests {
    @Test(arguments: [
        ("'%d %s %f'.format([1, 'abc', 1.0])", "1 abc 1.000000"),
        ("'%.2f|%e'.format([3.14159, 1052.032911275])", "3.14|1.052033e+03"),
        ("'%s'.format([[1, 'a', 2.5, null, true]])", "[1, a, 2.5, null, true]"),
        ("'%s'.format([{'b': 1, 'a': [2]}])", "{a: [2], b: 1}"),
        ("'%x %X %o %b'.format([255, 'hi', 8, 5])", "ff 6869 10 101"),
        ("'%s %s'.format([duration('1m'), timestamp('2000-01-01T00:00:00Z')])", "60s 2000-01-01T00:00:00Z"),
        ("'%s'.format([1e20])", "100000000000000000000"),
        ("'%s'.format([0.000001])", "0.000001"),
        ("'%d'.format([-5])", "-5"),
        ("'%x'.format([-30])", "-1e"),
        ("['a', 'b'].join(', ')", "a, b"),
        ("'abc'.reverse()", "cba"),
        ("strings.quote('a\"b')", "\"a\\\"b\""),
    ])
    func formats(_ expression: String, _ expected: String) {
        #expect(Evaluate.value(expression).stringValue == expected, "\(Evaluate.value(expression))")
    }

    @Test func legacyScientificBeforeVersion4() throws {
        let legacy = CELEnvironment(libraries: [CELStandardLibrary(), CELStringsExtension(version: 2)])
        #expect(try legacy.compile("'%e'.format([3.14])").evaluate().stringValue == "3.140000×10⁰⁰")
        #expect(try legacy.compile("'%e'.format([0.0001])").evaluate().stringValue == "1.000000×10⁻⁰⁴")
        let current = CELEnvironment(libraries: [CELStandardLibrary(), CELStringsExtension(version: 4)])
        #expect(try current.compile("'%e'.format([3.14])").evaluate().stringValue == "3.140000e+00")
    }

    @Test(arguments: [
        ("'%a'.format([1])", "could not parse formatting clause: unrecognized formatting clause \"a\""),
        ("'%d %d'.format([1])", "index 1 out of range"),
        (
            "'%b'.format(['x'])",
            "error during formatting: only integers and bools can be formatted as binary, was given string"
        ),
        (
            "'%d'.format([duration('1s')])",
            "error during formatting: decimal clause can only be used on integers, was given google.protobuf.Duration"
        ),
    ])
    func formatErrors(_ expression: String, _ message: String) {
        #expect(Evaluate.errorMessage(expression) == message)
    }

    @Test func versionsGateFunctions() {
        #expect(CELStringsExtension(version: 0).functions.map(\.name).contains("format") == false)
        #expect(CELStringsExtension(version: 1).functions.map(\.name).contains("format"))
        #expect(CELStringsExtension(version: 0).functions.map(\.name).contains("join"))
        #expect(CELStringsExtension(version: 1).functions.map(\.name).contains("strings.quote"))
        #expect(CELStringsExtension(version: 2).functions.map(\.name).contains("reverse") == false)
        #expect(CELStringsExtension(version: 3).functions.map(\.name).contains("reverse"))
    }
}

@Suite struct MathAndEncodersTests {
    @Test(arguments: [
        "math.greatest(1, 2.5, 3u) == 3u",
        "math.least([5, -1.5, 2u]) == -1.5",
        "math.round(2.5) == 3.0 && math.round(-2.5) == -3.0",
        "math.bitShiftLeft(1, 64) == 0 && math.bitShiftRight(-1, 60) == 15",
        "math.sqrt(16) == 4.0",
        "math.sign(-3.5) == -1.0 && math.abs(-3) == 3",
        "base64.decode('aGVsbG8') == b'hello' && base64.encode(b'hi') == 'aGk='",
    ])
    func evaluatesTrue(_ expression: String) {
        #expect(Evaluate.isTrue(expression), "\(Evaluate.value(expression))")
    }

    @Test func errors() {
        #expect(Evaluate.errorMessage("math.abs(-9223372036854775808)") != nil)
        #expect(Evaluate.errorMessage("math.bitShiftLeft(1, -1)")?.contains("negative offset") == true)
        #expect(Evaluate.errorMessage("base64.decode('a$')") != nil)
    }

    @Test func versionsGateFunctions() {
        #expect(!CELMathExtension(version: 0).functions.map(\.name).contains("math.ceil"))
        #expect(!CELMathExtension(version: 1).functions.map(\.name).contains("math.sqrt"))
        #expect(CELMathExtension(version: 2).functions.map(\.name).contains("math.sqrt"))
    }
}
