import CELExtensions
import Testing

@Suite struct QuantityTests {
    func q(_ text: String) throws -> Quantity { try Quantity(parsing: text) }

    @Test(arguments: [
        "12Mi", "1.5", "500m", "1e3", "0.2G", "-1Ki", "+5", "1E", "1.", ".5", "0", "10n", "3u", "2Ei", "1e-3",
    ])
    func parsesValidQuantities(_ text: String) {
        #expect(Quantity.isValid(text))
    }

    @Test func rejectsBadFormatWithKubernetesMessage() {
        #expect(throws: QuantityError.self) { try Quantity(parsing: "10Mo") }
        do {
            _ = try Quantity(parsing: "10Mo")
        } catch {
            #expect(error.message.hasPrefix("quantities must match the regular expression"))
        }
        do {
            _ = try Quantity(parsing: "10Mm")
        } catch {
            #expect(error.message == "unable to parse quantity's suffix")
        }
        #expect(!Quantity.isValid(""))
        #expect(!Quantity.isValid("1.2.3"))
        #expect(!Quantity.isValid("5Z"))
    }

    @Test func semanticEquality() throws {
        #expect(try q("200M") == q("0.2G"))
        #expect(try q("2M") == q("0.002G"))
        #expect(try q("2000k") == q("2M"))
        #expect(try q("200M") != q("0.3G"))
        #expect(try q("1Ki") == q("1024"))
        #expect(try q("1e3") == q("1k"))
        var set = Set<Quantity>()
        set.insert(try q("200M"))
        #expect(set.contains(try q("0.2G")))
    }

    @Test func comparison() throws {
        #expect(try q("50M") < q("50Mi"))
        #expect(try q("50M").compare(to: q("100M")) == -1)
        #expect(try q("50Mi").compare(to: q("50M")) == 1)
        #expect(try q("-1").compare(to: q("-2")) == 1)
        #expect(try q("1e100").compare(to: q("9e99")) == 1)
    }

    @Test func exactArithmetic() throws {
        #expect(try q("50k") + q("20") == q("50.02k"))
        #expect(try q("50k") - q("20") == q("49.98k"))
        #expect(try (q("50k") + Quantity(20) - q("100k")).int64Value == -49980)
        let huge = try q("9999999999999999999999999999999999999")
        #expect(try (huge + q("1")).compare(to: huge + q("2")) == -1)
        #expect(try (q("0.1") + q("0.2")) == q("0.3"))
    }

    @Test func integerConversion() throws {
        #expect(try q("50k").int64Value == 50000)
        #expect(try q("50").isInteger)
        #expect(try !q("9999999999999999999999999999999999999G").isInteger)
        #expect(try q("9999999999999999999999999999999999999G").int64Value == nil)
        #expect(try q("1.5").int64Value == nil)
        #expect(try q("1500m").int64Value == nil)
        #expect(try q("2000m").int64Value == 2)
        #expect(try q("-9223372036854775808").int64Value == .min)
        #expect(try q("9223372036854775808").int64Value == nil)
    }

    @Test func approximateDoubleAndSign() throws {
        #expect(try q("50.703k").approximateDouble == 50703.0)
        #expect(try q("1Mi").approximateDouble == 1_048_576)
        #expect(try q("-3").sign == -1)
        #expect(try q("0").sign == 0)
        #expect(try q("0.000001").sign == 1)
    }

    @Test func roundsUpBelowNano() throws {
        #expect(try q("0.1n") == q("1n"))
        #expect(try q("-0.1n") == q("-1n"))
        #expect(try q("1.0000000001") == q("1.000000001"))
    }

    @Test func binaryValuesAreCapped() throws {
        #expect(try q("100Ei") == Quantity(Int64.max))
    }

    @Test func hugeExponentIsRejectedNotMaterialized() {
        #expect(!Quantity.isValid("1e999999999"))
    }

    @Test func decimalText() throws {
        #expect(try (q("50k") - q("20")).decimalText == "49980")
        #expect(try (q("1") - q("1.25")).decimalText == "-0.25")
    }
}

@Suite struct QuantityLimitsTests {
    @Test func longMantissasParseExactly() throws {
        let digits = String(repeating: "9", count: 5_000)
        let quantity = try Quantity(parsing: digits)
        #expect(quantity.decimalText == digits)
        #expect(try (quantity + Quantity(parsing: "1")).decimalText == "1" + String(repeating: "0", count: 5_000))
        #expect(
            try Quantity(parsing: "123456789012345678901234567890.5").decimalText == "123456789012345678901234567890.5")
    }

    @Test func tooManyDigitsIsAnError() {
        #expect(!Quantity.isValid(String(repeating: "1", count: 20_000)))
    }
}
