import CEL
import Testing

@Suite struct ConcurrencyTests {
    @Test func oneProgramEvaluatedFromManyTasks() async throws {
        let environment = CELEnvironment(variables: [CELVariable("n", .int), CELVariable("items", .list(.int))])
        let program = try environment.compile("items.filter(x, x % n == 0).map(x, x * 2).size() + n")
        let results = await withTaskGroup(of: (Int64, CELValue).self) { group in
            for n in Int64(1)...64 {
                group.addTask {
                    let items = CELValue.list(CELArrayList((0..<200).map { CELValue.int(Int64($0)) }))
                    var last = CELValue.null
                    for _ in 0..<20 { last = program.evaluate(["n": .int(n), "items": items]) }
                    return (n, last)
                }
            }
            var collected: [(Int64, CELValue)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 64)
        for (n, value) in results {
            let expected = Int64((0..<200).filter { Int64($0) % n == 0 }.count) + n
            #expect(value.isEqual(to: .int(expected)), "n = \(n): \(value)")
        }
    }
}
