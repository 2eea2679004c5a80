import CEL
import CELSyntax
import Testing

@Suite struct CheckerTests {
    static let environment = CELEnvironment(
        variables: [
            CELVariable("object", .dyn), CELVariable("name", .string), CELVariable("counts", .map(.string, .int)),
            CELVariable("k8s.io.ns", .string),
        ],
        options: CELOptions(container: "k8s.io"))

    static func issues(_ text: String) -> [CELIssue] {
        do {
            _ = try environment.compile(text)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func undeclaredReferenceHasAPosition() {
        let issues = Self.issues("name == 'a' && nmae == 'b'")
        #expect(issues.count == 1)
        #expect(issues.first?.code == .undeclaredReference)
        #expect(issues.first?.location == Source.Location(line: 1, column: 16))
        #expect(issues.first?.message.contains("nmae") == true)
    }

    @Test func wrongArityAndNoMatchingOverload() {
        #expect(Self.issues("size(name, name)").first?.code == .noMatchingOverload)
        #expect(Self.issues("name.startsWith(1)").first?.code == .noMatchingOverload)
        #expect(Self.issues("name + 1").first?.code == .noMatchingOverload)
        #expect(Self.issues("undefinedFunction(1)").first?.code == .undeclaredReference)
    }

    @Test(arguments: [
        ("name.size()", "int"),
        ("counts['a'] + 1", "int"),
        ("counts.map(k, counts[k] > 1)", "list(bool)"),
        ("object.spec.containers", "dyn"),
        ("object.spec.containers.all(c, c.privileged)", "bool"),
        ("[name, 'x']", "list(string)"),
        ("[name, 1]", "list(dyn)"),
        ("{'a': [1]}", "map(string, list(int))"),
        ("ns", "string"),
        ("optional.of(name)", "optional_type(string)"),
        ("counts[?'x'].orValue(0)", "int"),
        ("type(name)", "type(string)"),
        ("timestamp('2020-01-01T00:00:00Z') - duration('1h')", "google.protobuf.Timestamp"),
    ])
    func deducedTypes(_ text: String, _ expected: String) throws {
        let program = try Self.environment.compile(text)
        #expect(program.resultType.description == expected, "\(text)")
    }

    @Test func containerResolvesQualifiedNames() throws {
        let program = try Self.environment.compile("ns + '/' + name")
        let value = program.evaluate(["k8s.io.ns": "default", "name": "web"])
        #expect(value.stringValue == "default/web")
    }

    @Test func checkingCanBeDisabled() throws {
        let environment = CELEnvironment(options: CELOptions(typeCheck: false))
        let program = try environment.compile("undeclared.field == 1")
        #expect(program.evaluate(["undeclared": .map(CELDictionaryMap(["field": 1]))]).boolValue == true)
        #expect(program.evaluate().isError(containing: "undeclared"))
    }

    @Test func syntaxErrorsAreCompileErrors() {
        #expect(throws: CELCompileError.self) { try Self.environment.compile("name ==") }
    }
}

@Suite struct ErrorLocationTests {
    @Test func evaluationErrorsPointAtTheFailingSubexpression() throws {
        let environment = CELEnvironment(variables: [CELVariable("object", .dyn)])
        let program = try environment.compile("object.kind == 'Pod' &&\n  object.spec.replicas / 0 > 1")
        let value = program.evaluate(["object": .dictionary(["kind": "Pod", "spec": .dictionary(["replicas": 2])])])
        guard case .error(let error) = value else {
            Issue.record("expected an error, got \(value)")
            return
        }
        #expect(error.message.contains("division by zero"))
        #expect(program.location(of: error) == Source.Location(line: 2, column: 24))
        let missing = program.evaluate(["object": .dictionary(["kind": "Pod"])])
        if case .error(let error) = missing {
            #expect(program.location(of: error) == Source.Location(line: 2, column: 9))
        } else {
            Issue.record("expected an error, got \(missing)")
        }
    }
}
