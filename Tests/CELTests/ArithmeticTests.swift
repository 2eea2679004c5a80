import CEL
import Testing

@Suite struct ArithmeticTests {
    @Test(arguments: [
        ("9223372036854775807 + 1", "overflow"),
        ("-9223372036854775808 - 1", "overflow"),
        ("9223372036854775807 * 2", "overflow"),
        ("-9223372036854775808 / -1", "overflow"),
        ("-9223372036854775808 % -1", "overflow"),
        ("-(-9223372036854775808)", ""),
        ("0u - 1u", "overflow"),
        ("18446744073709551615u + 1u", "overflow"),
        ("1 / 0", "division by zero"),
        ("1 % 0", "modulus by zero"),
        ("1u / 0u", "division by zero"),
    ])
    func integerErrors(_ text: String, _ message: String) throws {
        let value = try evaluate(text)
        #expect(value.isError(containing: message), "\(text) gave \(value)")
    }

    @Test(arguments: [
        ("7 / 2", CELValue.int(3)),
        ("-7 / 2", .int(-3)),
        ("-7 % 2", .int(-1)),
        ("7u % 4u", .uint(3)),
        ("1.0 / 0.0", .double(.infinity)),
        ("-1.0 / 0.0", .double(-.infinity)),
        ("2.5 * 2.0", .double(5)),
        ("'ab' + 'cd'", .string("abcd")),
        ("size([1, 2] + [3])", .int(3)),
        ("b'a' + b'b' == b'ab'", .bool(true)),
    ])
    func results(_ text: String, _ expected: CELValue) throws {
        let value = try evaluate(text)
        #expect(value.isEqual(to: expected), "\(text) gave \(value)")
    }

    @Test func nanIsNeverEqual() throws {
        #expect(try evaluate("0.0/0.0 == 0.0/0.0").boolValue == false)
        #expect(try evaluate("0.0/0.0 != 0.0/0.0").boolValue == true)
        #expect(try evaluate("0.0/0.0 < 1.0").boolValue == false)
        #expect(try evaluate("[0.0/0.0] == [0.0/0.0]").boolValue == false)
    }

    @Test func mixedArithmeticIsRejected() throws {
        #expect(throws: CELCompileError.self) { try evaluate("1 + 1u") }
        #expect(try evaluate("dyn(1) + 1u", check: false).isError(containing: "no such overload"))
    }
}
