import CEL
import Foundation
import Testing

@Suite struct TimeTests {
    @Test(arguments: [
        ("timestamp('2009-02-13T23:31:30Z').getHours('America/Los_Angeles')", Int64(15)),
        ("timestamp('2009-07-13T23:31:30Z').getHours('America/Los_Angeles')", 16),
        ("timestamp('2009-02-13T23:31:30Z').getHours('+05:30')", 5),
        ("timestamp('2009-02-13T23:31:30Z').getMinutes('+05:30')", 1),
        ("timestamp('2009-02-13T23:31:30Z').getHours('-08:00')", 15),
        ("timestamp('2009-02-13T23:31:30Z').getDayOfWeek('Asia/Tokyo')", 6),
        ("timestamp('2009-12-31T23:00:00Z').getFullYear('Europe/Berlin')", 2010),
        ("timestamp('2009-12-31T23:00:00Z').getDayOfYear()", 364),
        ("timestamp('2012-02-29T12:00:00Z').getMonth()", 1),
        ("timestamp('2012-02-29T12:00:00Z').getDate()", 29),
        ("timestamp('1969-12-31T23:59:59.5Z').getMilliseconds()", 500),
        ("timestamp('2009-02-13T23:31:30+01:00').getHours()", 22),
        ("duration('1h2m3.5s').getSeconds()", 3723),
        ("duration('-90m').getHours()", -1),
        ("duration('1.5ms').getMilliseconds()", 1),
        ("int(timestamp('1970-01-01T00:00:00Z') + duration('1h'))", 3600),
    ])
    func accessors(_ text: String, _ expected: Int64) throws {
        let value = try evaluate(text)
        guard case .int(let actual) = value else {
            Issue.record("\(text) gave \(value)")
            return
        }
        #expect(actual == expected, "\(text)")
    }

    @Test(arguments: [
        ("string(timestamp('2009-02-13T23:31:30.120Z'))", "2009-02-13T23:31:30.12Z"),
        ("string(duration('1h'))", "3600s"),
        ("string(duration('-1.5s'))", "-1.5s"),
        ("string(duration('100ns'))", "0.0000001s"),
        ("string(timestamp('0001-01-01T00:00:00Z'))", "0001-01-01T00:00:00Z"),
        ("string(1e21)", "1e+21"),
        ("string(0.000001)", "1e-06"),
        ("string(123456789.0)", "123456789"),
        ("string(-0.0)", "-0"),
    ])
    func formatting(_ text: String, _ expected: String) throws {
        let value = try evaluate(text)
        #expect(value.stringValue == expected, "\(text) gave \(value)")
    }

    @Test(arguments: [
        "timestamp('2009-02-30T00:00:00Z')", "timestamp('2009-02-13 23:31:30Z')", "timestamp('10000-01-01T00:00:00Z')",
        "duration('1d')", "duration('')", "duration('3000000h')",
        "timestamp('9999-12-31T23:59:59Z') + duration('1s')",
        "timestamp('2009-02-13T23:31:30Z').getHours('Mars/Olympus')",
    ])
    func invalidInputsAreErrors(_ text: String) throws {
        #expect(try evaluate(text).isError(), "\(text)")
    }

    @Test func zoneDatabaseIsTheSystemOne() {
        // Foundation reads IANA zones from the system's zoneinfo files on Linux.
        #if os(Linux)
            #expect(FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/America/Los_Angeles"))
        #endif
        #expect(TimeZone(identifier: "America/Los_Angeles") != nil)
    }
}
