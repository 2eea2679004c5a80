import CEL
import Testing

@Suite struct CostLimitTests {
    static let bigList = CELValue.list(CELArrayList((0..<1000).map { CELValue.int(Int64($0)) }))

    @Test func nestedComprehensionsExceedTheBudget() throws {
        let value = try evaluate(
            "l.all(a, l.all(b, l.all(c, a + b + c >= 0)))", ["l": Self.bigList], costLimit: 1_000_000)
        #expect(value.isError(containing: "operation cancelled: actual cost limit exceeded"))
    }

    @Test func exhaustedBudgetWinsOverAbsorption() throws {
        // `true || …` would absorb an ordinary error, but a cancelled evaluation stays cancelled.
        let value = try evaluate("l.map(a, l.map(b, b)).size() > 0 || true", ["l": Self.bigList], costLimit: 50_000)
        #expect(value.isError(containing: "cost limit"))
    }

    @Test func withinBudgetSucceedsAndReportsCost() throws {
        let environment = CELEnvironment(
            variables: [CELVariable("l", .list(.int))], options: CELOptions(costLimit: 5_000))
        let program = try environment.compile("l.filter(x, x % 2 == 0).size()")
        let evaluation = program.evaluateWithCost(CELBindings(["l": Self.bigList]))
        #expect(evaluation.value.isEqual(to: .int(500)))
        #expect(evaluation.cost >= 1000 && evaluation.cost <= 5_000)
    }

    @Test func stringConcatenationCostGrowsWithSize() throws {
        let environment = CELEnvironment(variables: [CELVariable("s", .string)], options: CELOptions(costLimit: nil))
        let program = try environment.compile("s + s")
        let small = program.evaluateWithCost(CELBindings(["s": "ab"])).cost
        let large = program.evaluateWithCost(CELBindings(["s": .string(String(repeating: "x", count: 100_000))])).cost
        #expect(large > small + 1000)
    }

    @Test func createdListsAreCapped() throws {
        let environment = CELEnvironment(
            variables: [CELVariable("l", .list(.int))],
            options: CELOptions(costLimit: nil, maxCreatedCollectionSize: 10_000))
        let value = try environment.compile("l.map(a, l.map(b, b)).size()").evaluate(["l": Self.bigList])
        #expect(value.isError() == false)
        let flat = try environment.compile("l.map(a, a) + l.map(a, a) + l.map(a, a)").evaluate(["l": Self.bigList])
        #expect(flat.isError() == false)
        let tooBig = try CELEnvironment(
            variables: [CELVariable("l", .list(.int))],
            options: CELOptions(costLimit: nil, maxCreatedCollectionSize: 1_500)
        ).compile("l + l").evaluate(["l": Self.bigList])
        #expect(tooBig.isError(containing: "exceeds the limit"))
    }

    @Test func comprehensionNestingIsLimitedAtCompileTime() throws {
        let environment = CELEnvironment(options: CELOptions(maxComprehensionNesting: 2))
        #expect(throws: CELCompileError.self) {
            try environment.compile("[1].all(a, [2].all(b, [3].all(c, a < b)))")
        }
        _ = try environment.compile("[1].all(a, [2].all(b, a < b))")
    }
}

@Suite struct HostileInputTests {
    @Test func mapBuildingIsLinear() throws {
        let entries = (0..<20_000).map { (CELMapKey.int(Int64($0)), CELValue.int(Int64($0))) }
        let environment = CELEnvironment(variables: [CELVariable("m", .map(.int, .int))])
        let program = try environment.compile("m.transformMap(k, v, v + 1)")
        let evaluation = program.evaluateWithCost(CELBindings(["m": .map(CELDictionaryMap(entries))]))
        guard case .map(let result) = evaluation.value else {
            Issue.record("expected a map, got \(evaluation.value)")
            return
        }
        #expect(result.count == 20_000 && result.value(forKey: .int(7))?.isEqual(to: .int(8)) == true)
        #expect(evaluation.cost < 100_000)
        #expect(
            try evaluate("{1: 2, 2: 3}.transformMapEntry(k, v, {1: v}).size()").isError(containing: "already exists"))
    }

    @Test func deepExpressionsCompileAndEvaluate() throws {
        let text = Array(repeating: "(", count: 100).joined() + "1" + Array(repeating: " + 1)", count: 100).joined()
        #expect(try evaluate(text).isEqual(to: .int(101)))
    }
}
