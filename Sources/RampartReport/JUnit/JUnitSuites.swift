/// One JUnit `<testcase>` and how it ended.
struct JUnitTestCase {
    enum Outcome {
        case passed
        case failure(message: String, type: String, details: String)
        case error(message: String, type: String, details: String)
        case skipped(message: String)
    }

    var name: String
    var className: String
    var file: String?
    var line: Int?
    var outcome: Outcome = .passed
    /// Text for `<system-out>`.
    var output: String?
}

/// Test cases grouped into suites by file, written as one `<testsuites>` document.
struct JUnitSuites {
    private var order: [String] = []
    private var cases: [String: [JUnitTestCase]] = [:]

    var isEmpty: Bool { order.isEmpty }

    mutating func add(_ testCase: JUnitTestCase, to suite: String) {
        if cases[suite] == nil { order.append(suite) }
        cases[suite, default: []].append(testCase)
    }

    /// The XML document; suites sorted by name, cases in insertion order.
    func xml(name: String) -> String {
        var body: [String] = []
        var totals = Counts()
        for suite in order.sorted() {
            let suiteCases = cases[suite] ?? []
            let counts = Counts(suiteCases)
            totals.add(counts)
            body.append(
                "  <testsuite name=\"\(XMLText.attribute(suite))\" \(counts.attributes) time=\"0\">"
            )
            for testCase in suiteCases { body.append(contentsOf: Self.lines(of: testCase)) }
            body.append("  </testsuite>")
        }
        let head = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"\(XMLText.attribute(name))\" \(totals.attributes) time=\"0\">",
        ]
        return (head + body + ["</testsuites>"]).joined(separator: "\n") + "\n"
    }

    private static func lines(of testCase: JUnitTestCase) -> [String] {
        var open = "    <testcase name=\"\(XMLText.attribute(testCase.name))\""
        open += " classname=\"\(XMLText.attribute(testCase.className))\""
        if let file = testCase.file { open += " file=\"\(XMLText.attribute(file))\"" }
        if let line = testCase.line, line >= 1 { open += " line=\"\(line)\"" }
        open += " time=\"0\""
        var inner: [String] = []
        switch testCase.outcome {
        case .passed: break
        case .failure(let message, let type, let details):
            inner.append(element("failure", message: message, type: type, details: details))
        case .error(let message, let type, let details):
            inner.append(element("error", message: message, type: type, details: details))
        case .skipped(let message):
            inner.append("      <skipped message=\"\(XMLText.attribute(message))\"/>")
        }
        if let output = testCase.output {
            inner.append("      <system-out>\(XMLText.content(output))</system-out>")
        }
        guard !inner.isEmpty else { return [open + "/>"] }
        return [open + ">"] + inner + ["    </testcase>"]
    }

    private static func element(_ name: String, message: String, type: String, details: String) -> String {
        "      <\(name) message=\"\(XMLText.attribute(message))\" type=\"\(XMLText.attribute(type))\">"
            + XMLText.content(details) + "</\(name)>"
    }

    private struct Counts {
        var tests = 0, failures = 0, errors = 0, skipped = 0

        init() {}

        init(_ cases: [JUnitTestCase]) {
            for testCase in cases {
                tests += 1
                switch testCase.outcome {
                case .passed: break
                case .failure: failures += 1
                case .error: errors += 1
                case .skipped: skipped += 1
                }
            }
        }

        mutating func add(_ other: Counts) {
            tests += other.tests
            failures += other.failures
            errors += other.errors
            skipped += other.skipped
        }

        var attributes: String {
            "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
        }
    }
}
