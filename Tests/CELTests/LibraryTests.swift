import CEL
import Testing

/// A versioned library as an extension author writes one: version 2 adds `shout`.
struct GreetingLibrary: CELLibrary {
    var id: String { "test.greeting" }
    var version: Int = 2

    var functions: [CELFunction] {
        var functions = [
            CELFunction(
                "greet",
                .unary("greet_string", .string, .string) { .string("hello " + ($0.stringValue ?? "")) },
                .unary("greet_int", .int, .string) { value in
                    guard case .int(let n) = value else { return .error(.noSuchOverload, "greet") }
                    return .string("hello #\(n)")
                })
        ]
        if version >= 2 {
            functions.append(
                CELFunction(
                    "shout",
                    .unary("string_shout", .string, .string, member: true) {
                        .string(($0.stringValue ?? "").uppercased())
                    }))
        }
        return functions
    }

    var variables: [CELVariable] { [CELVariable("greeting.default", .string, value: "hi")] }
}

/// An opaque host value with its own type and an ordering overload.
struct Version: CELOpaqueValue {
    var major: Int
    var celType: CELType { .opaque("test.Version", []) }
    func isEqual(to other: any CELOpaqueValue) -> Bool { (other as? Version)?.major == major }
}

struct VersionLibrary: CELLibrary {
    var id: String { "test.version" }
    var version: Int { 1 }
    var functions: [CELFunction] {
        let versionType = CELType.opaque("test.Version", [])
        return [
            CELFunction(
                "version",
                .unary("version_int", .int, versionType) { value in
                    guard case .int(let n) = value else { return .error(.noSuchOverload, "version") }
                    return .opaque(Version(major: Int(n)))
                }),
            CELFunction(
                "_<_",
                .binary("less_version", versionType, versionType, .bool) { a, b in
                    guard case .opaque(let x as Version) = a, case .opaque(let y as Version) = b else {
                        return .error(.noSuchOverload, "_<_")
                    }
                    return .bool(x.major < y.major)
                }),
        ]
    }
}

@Suite struct LibraryTests {
    @Test func libraryFunctionsDispatchOnRuntimeType() throws {
        let environment = CELEnvironment(libraries: CELEnvironment.defaultLibraries + [GreetingLibrary()])
        #expect(try environment.compile("greet('ann')").evaluate().stringValue == "hello ann")
        #expect(try environment.compile("greet(3)").evaluate().stringValue == "hello #3")
        #expect(try environment.compile("[1, 'b'].map(x, greet(x))").evaluate().isEqual(to: ["hello #1", "hello b"]))
        #expect(try environment.compile("greet(dyn(1.5))").evaluate().isError(containing: "no such overload"))
        #expect(try environment.compile("'x'.shout() + greeting.default").evaluate().stringValue == "Xhi")
    }

    @Test func olderLibraryVersionDoesNotDeclareNewerFunctions() throws {
        let environment = CELEnvironment(libraries: CELEnvironment.defaultLibraries + [GreetingLibrary(version: 1)])
        #expect(throws: CELCompileError.self) { try environment.compile("'x'.shout()") }
        #expect(try environment.compile("greet('a')").evaluate().stringValue == "hello a")
    }

    @Test func opaqueValuesUseTheirOverloads() throws {
        let environment = CELEnvironment(libraries: CELEnvironment.defaultLibraries + [VersionLibrary()])
        #expect(try environment.compile("version(1) < version(2)").evaluate().boolValue == true)
        #expect(
            try environment.compile("version(3) == version(3) && version(3) != version(4)").evaluate().boolValue == true
        )
        #expect(try environment.compile("type(version(1))").evaluate().isEqual(to: .type(.opaque("test.Version", []))))
    }

    @Test func constantPatternsAreCompiledOnceAndBadOnesFail() throws {
        let environment = CELEnvironment(variables: [CELVariable("s", .string)])
        let program = try environment.compile("s.matches('^[a-z]+[0-9]$')")
        #expect(program.evaluate(["s": "abc1"]).boolValue == true)
        #expect(program.evaluate(["s": "abc"]).boolValue == false)
        let broken = try environment.compile("s.matches('(')")
        #expect(broken.evaluate(["s": "x"]).isError(containing: "invalid regular expression"))
        let dynamic = try CELEnvironment(variables: [CELVariable("s", .string), CELVariable("p", .string)]).compile(
            "matches(s, p)")
        #expect(dynamic.evaluate(["s": "a1", "p": "[0-9]"]).boolValue == true)
    }

    @Test func stringFunctionsCountCodePoints() throws {
        #expect(try evaluate("size('héllo') == 5 && size(b'h\\xc3\\xa9') == 3").boolValue == true)
        #expect(
            try evaluate("'héllo'.contains('éll') && 'héllo'.startsWith('hé') && 'héllo'.endsWith('llo')").boolValue
                == true)
    }

    @Test func throwingConvenience() throws {
        let program = try CELEnvironment().compile("1 / 0")
        #expect(throws: CELError.self) { try program.evaluateOrThrow(CELBindings()) }
    }
}

@Suite struct TypedOverloadTests {
    struct ReverseLibrary: CELLibrary {
        var id: String { "test.reverse" }
        var version: Int { 1 }
        var functions: [CELFunction] {
            [
                CELFunction("reverse", .typed("string_reverse", member: true) { (s: String) in String(s.reversed()) }),
                CELFunction(
                    "clamp",
                    .typedThrowing("clamp_int_int") { (value: Int64, limit: Int64) throws(CELError) -> Int64 in
                        guard limit >= 0 else { throw CELError(.invalidArgument, "limit must not be negative") }
                        return min(value, limit)
                    }),
            ]
        }
    }

    @Test func typedOverloadsConvertAndCheck() throws {
        let environment = CELEnvironment(libraries: CELEnvironment.defaultLibraries + [ReverseLibrary()])
        #expect(try environment.compile("'abc'.reverse()").evaluate().stringValue == "cba")
        #expect(try environment.compile("clamp(10, 3)").evaluate().isEqual(to: .int(3)))
        #expect(try environment.compile("clamp(10, -1)").evaluate().isError(containing: "negative"))
        #expect(try environment.compile("'abc'.reverse()").resultType == .string)
        #expect(throws: CELCompileError.self) { try environment.compile("clamp('a', 1)") }
    }
}

@Suite struct OptionalMacroTests {
    struct OptMacroLibrary: CELLibrary {
        var id: String { "test.optmacros" }
        var version: Int { 1 }
        var functions: [CELFunction] { [] }
        var macros: [String] { ["optMap", "optFlatMap"] }
    }

    @Test(arguments: [false, true])
    func optMapWithAndWithoutTheParserMacro(_ expand: Bool) throws {
        let libraries = CELEnvironment.defaultLibraries + (expand ? [OptMacroLibrary()] : [])
        let environment = CELEnvironment(libraries: libraries)
        #expect(try environment.compile("optional.of(41).optMap(x, x + 1).value()").evaluate().isEqual(to: .int(42)))
        #expect(try environment.compile("optional.none().optMap(x, x + 1).hasValue()").evaluate().boolValue == false)
        #expect(
            try environment.compile("{'a': {'b': 1}}.?a.optFlatMap(m, m.?b).value()").evaluate().isEqual(to: .int(1)))
    }
}
